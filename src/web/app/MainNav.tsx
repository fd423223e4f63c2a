import { useLocation } from 'react-router';
import { RouterAnchor } from '../components/AppLink';
import { type MessageKey, useT } from '../i18n/i18n';

const ITEMS: { to: string; label: MessageKey }[] = [
  { to: '/', label: 'nav.organisatie' },
  { to: '/teams', label: 'nav.teams' },
  { to: '/medewerkers', label: 'nav.medewerkers' },
  { to: '/organogram', label: 'nav.organogram' },
  { to: '/expertises', label: 'nav.expertises' },
];

function currentState(pathname: string, to: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  if (to !== '/' && pathname.startsWith(`${to}/`)) return 'true';
  return undefined;
}

/** The main menu: a navigation landmark with a list of links; Tab moves through it. */
export function MainNav() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <nav className="utrecht-nav-bar wb-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content wb-nav__content">
        <ul className="utrecht-nav-list wb-nav__list">
          {ITEMS.map((item) => (
            <li key={item.to} className="utrecht-nav-list__item">
              <RouterAnchor
                to={item.to}
                className="utrecht-link utrecht-nav-list__link wb-nav__link"
                aria-current={currentState(pathname, item.to)}
              >
                {t(item.label)}
              </RouterAnchor>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

import { useLocation } from 'react-router';
import type { Actie } from '../access/mag';
import { useMag } from '../access/sessie';
import { RouterAnchor } from '../components/AppLink';
import { type MessageKey, useT } from '../i18n/i18n';

/** The menu items, each shown only to the roles that may use the page (src/web/access/mag.ts). */
export const MENU: { to: string; label: MessageKey; actie: Actie }[] = [
  { to: '/', label: 'nav.organisatie', actie: 'organisatie.bekijken' },
  { to: '/organisatie/capaciteit', label: 'nav.capaciteit', actie: 'organisatie.capaciteit' },
  { to: '/begroting', label: 'nav.begroting', actie: 'begroting.bekijken' },
  { to: '/teams', label: 'nav.teams', actie: 'teams.bekijken' },
  { to: '/medewerkers', label: 'nav.medewerkers', actie: 'medewerkers.bekijken' },
  { to: '/organogram', label: 'nav.organogram', actie: 'organogram.bekijken' },
  { to: '/expertises', label: 'nav.expertises', actie: 'expertises.bekijken' },
  { to: '/wendbaar', label: 'nav.wendbaar', actie: 'portfolio.bekijken' },
  { to: '/inzetverzoeken', label: 'nav.inzetverzoeken', actie: 'inzetverzoeken.bekijken' },
  { to: '/beheer/accounts', label: 'nav.accounts', actie: 'accounts.beheren' },
  { to: '/beheer/audit', label: 'nav.audit', actie: 'audit.bekijken' },
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
  const mag = useMag();
  return (
    <nav className="utrecht-nav-bar wb-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content wb-nav__content">
        <ul className="utrecht-nav-list wb-nav__list">
          {MENU.filter((item) => mag(item.actie)).map((item) => (
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

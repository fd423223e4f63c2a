import { useLocation } from 'react-router';
import type { RouteSleutel } from '../access/routes';
import { useMag } from '../access/sessie';
import { RouterAnchor } from '../components/AppLink';
import { type MessageKey, useT } from '../i18n/i18n';

/** The menu items, each shown only to the roles that may use the page (the routes the server lists for the session). */
export const MENU: { to: string; label: MessageKey; route: RouteSleutel }[] = [
  { to: '/', label: 'nav.organisatie', route: 'GET /organisatie' },
  { to: '/organisatie/capaciteit', label: 'nav.capaciteit', route: 'GET /organisatie/capaciteit' },
  { to: '/begroting', label: 'nav.begroting', route: 'GET /begrotingsprogrammas' },
  { to: '/teams', label: 'nav.teams', route: 'GET /teams' },
  { to: '/medewerkers', label: 'nav.medewerkers', route: 'GET /medewerkers' },
  { to: '/organogram', label: 'nav.organogram', route: 'GET /organisatie/organogram' },
  { to: '/expertises', label: 'nav.expertises', route: 'GET /expertises' },
  { to: '/wendbaar', label: 'nav.wendbaar', route: 'GET /portfolio' },
  { to: '/inzetverzoeken', label: 'nav.inzetverzoeken', route: 'GET /inzetverzoeken' },
  { to: '/beheer/accounts', label: 'nav.accounts', route: 'GET /accounts' },
  { to: '/beheer/audit', label: 'nav.audit', route: 'GET /auditregels' },
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
          {MENU.filter((item) => mag(item.route)).map((item) => (
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

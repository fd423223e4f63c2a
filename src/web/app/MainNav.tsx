import { useId } from 'react';
import { useLocation } from 'react-router';
import type { RouteSleutel } from '../access/routes';
import { useMag } from '../access/sessie';
import { getMijnWerk, type MijnWerk } from '../api/home';
import { RouterAnchor } from '../components/AppLink';
import { useResource } from '../components/useResource';
import { type MessageKey, useT } from '../i18n/i18n';

/** The menu items, each shown only to the roles that may use the page (the routes the server lists for the session). */
export const MENU: { to: string; label: MessageKey; route: RouteSleutel }[] = [
  // Each role's home; the organisation overview (/organisatie) is one click from it.
  { to: '/', label: 'nav.home', route: 'GET /mijn-werk' },
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

/**
 * Which count of the home (GET /mijn-werk) a menu item shows: the work that waits on the page behind
 * it. Dossier steps and decisions are counted in "Mijn werk" only: the portfolio does not list them.
 */
const AANTAL: Partial<Record<string, (t: MijnWerk['tellingen']) => number>> = {
  '/': (t) => t.totaal,
  '/inzetverzoeken': (t) => t.inzetverzoeken,
};

/**
 * A menu link with the number of things waiting behind it, "Inzetverzoeken (3)". The link keeps its
 * plain name (what people say to voice control); the number is its description for screen readers.
 */
function MenuLink({
  to,
  label,
  aantal,
  current,
}: {
  to: string;
  label: string;
  aantal: number;
  current?: 'page' | 'true';
}) {
  const t = useT();
  const id = useId();
  return (
    <>
      <RouterAnchor
        to={to}
        className="utrecht-link utrecht-nav-list__link wb-nav__link"
        aria-current={current}
        aria-describedby={aantal > 0 ? id : undefined}
      >
        {/* One inline box, so the space before the count survives the link's flex layout. */}
        <span>
          {label}
          {aantal > 0 && <span aria-hidden="true"> ({aantal})</span>}
        </span>
      </RouterAnchor>
      {aantal > 0 && (
        <span id={id} hidden>
          {t('nav.aantalWachtend', { aantal: String(aantal) })}
        </span>
      )}
    </>
  );
}

function currentState(pathname: string, to: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  // The overview belongs to the home it is linked from.
  if (to === '/' && pathname === '/organisatie') return 'true';
  if (to !== '/' && pathname.startsWith(`${to}/`)) return 'true';
  return undefined;
}

/** The main menu: a navigation landmark with a list of links; Tab moves through it. */
export function MainNav() {
  const t = useT();
  const { pathname } = useLocation();
  const mag = useMag();
  // The counts follow the navigation: after answering on one page, the next page shows the new ones.
  const werk = useResource(mag('GET /mijn-werk') ? `menu-werk:${pathname}` : null, getMijnWerk);
  return (
    <nav className="utrecht-nav-bar wb-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content wb-nav__content">
        <ul className="utrecht-nav-list wb-nav__list">
          {MENU.filter((item) => mag(item.route)).map((item) => (
            <li key={item.to} className="utrecht-nav-list__item">
              <MenuLink
                to={item.to}
                label={t(item.label)}
                aantal={(werk.data && AANTAL[item.to]?.(werk.data.tellingen)) ?? 0}
                current={currentState(pathname, item.to)}
              />
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

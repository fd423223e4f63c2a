import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { RouteSleutel } from '../access/routes';
import { useMag } from '../access/sessie';
import { getMijnWerk, type MijnWerk } from '../api/home';
import { RouterAnchor } from '../components/AppLink';
import { useResource } from '../components/useResource';
import { type MessageKey, useT } from '../i18n/i18n';

/**
 * The menu items, each shown only to the roles that may use the page (the routes the server lists for
 * the session). At most nine for any role, so the menu fits one row at 1280 px: the organogram is
 * linked from the teams list, the pages around the formatie from the formatie page, and the
 * expertises from the teams and medewerkers lists (Mensen took their place: every role has it). The
 * programme budget is linked from the organisation overview and the formatie page, so that
 * Verandering (Zo werken we, the OR, the change programme: every role reads it) has its place.
 */
export const MENU: { to: string; label: MessageKey; route: RouteSleutel }[] = [
  // Each role's home; the organisation overview (/organisatie) is one click from it.
  { to: '/', label: 'nav.home', route: 'GET /mijn-werk' },
  { to: '/organisatie/capaciteit', label: 'nav.capaciteit', route: 'GET /organisatie/capaciteit' },
  { to: '/organisatie/formatie', label: 'nav.formatie', route: 'GET /organisatie/formatie' },
  { to: '/teams', label: 'nav.teams', route: 'GET /teams' },
  { to: '/medewerkers', label: 'nav.medewerkers', route: 'GET /medewerkers' },
  { to: '/mensen', label: 'nav.mensen', route: 'GET /mijn-puls-rondes' },
  { to: '/verandering', label: 'nav.verandering', route: 'GET /zo-werken-we-paginas' },
  { to: '/wendbaar', label: 'nav.wendbaar', route: 'GET /portfolio' },
  { to: '/inzetverzoeken', label: 'nav.inzetverzoeken', route: 'GET /inzetverzoeken' },
  { to: '/beheer/accounts', label: 'nav.accounts', route: 'GET /accounts' },
  { to: '/beheer/audit', label: 'nav.audit', route: 'GET /auditregels' },
  { to: '/beheer/gegevens', label: 'nav.gegevensbeheer', route: 'GET /beheer/backup' },
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

/** From this width on the menu fits beside the page and is open; below it folds behind "Menu" (issue 17, item 7). */
const BREED = '(min-width: 48rem)';
const isBreed = () => typeof window === 'undefined' || !window.matchMedia || window.matchMedia(BREED).matches;

interface MenuStaat {
  open: boolean;
  setOpen(open: boolean): void;
  /** The id of the list the "Menu" button opens (its aria-controls). */
  lijstId: string;
  knopRef: RefObject<HTMLButtonElement | null>;
}

/**
 * Whether the main menu is open: open on a wide screen, folded on a phone so the page itself is on
 * the first screen. Crossing the width follows it; choosing a page on a phone folds the menu again.
 */
function useMenuStaat(): MenuStaat {
  const [open, setOpen] = useState(isBreed);
  const lijstId = useId();
  const knopRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (!window.matchMedia) return;
    const mq = window.matchMedia(BREED);
    const volg = () => setOpen(mq.matches);
    mq.addEventListener('change', volg);
    return () => mq.removeEventListener('change', volg);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation, by design.
  useEffect(() => {
    if (!isBreed()) setOpen(false);
  }, [pathname]);
  return { open, setOpen, lijstId, knopRef };
}

/** The "Menu" button of a narrow screen, inside the menu's landmark: a disclosure for its list. */
function MenuKnop({ menu }: { menu: MenuStaat }) {
  const t = useT();
  return (
    <button
      type="button"
      ref={menu.knopRef}
      className="wb-menu-knop"
      aria-expanded={menu.open}
      aria-controls={menu.lijstId}
      onClick={() => menu.setOpen(!menu.open)}
    >
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {menu.open ? (
          <path d="M4 4l12 12M16 4L4 16" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        ) : (
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        )}
      </svg>
      {t('nav.menu')}
    </button>
  );
}

/** The main menu: a navigation landmark with a list of links; Tab moves through it. */
export function MainNav() {
  const t = useT();
  const menu = useMenuStaat();
  const { pathname } = useLocation();
  const mag = useMag();
  // The counts follow the navigation: after answering on one page, the next page shows the new ones.
  const werk = useResource(mag('GET /mijn-werk') ? `menu-werk:${pathname}` : null, getMijnWerk);
  // Escape folds the menu on a narrow screen and gives focus back to its button.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || isBreed() || !menu.open) return;
    menu.setOpen(false);
    menu.knopRef.current?.focus();
  };
  return (
    <nav
      className="utrecht-nav-bar wb-nav"
      aria-label={t('nav.label')}
      data-open={menu.open}
      onKeyDown={onKeyDown}
    >
      <div className="utrecht-nav-bar__content wb-nav__content">
        <MenuKnop menu={menu} />
        <ul className="utrecht-nav-list wb-nav__list" id={menu.lijstId} hidden={!menu.open}>
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

import { useLocation } from 'react-router';
import type { RouteSleutel } from '../../access/routes';
import { useMag } from '../../access/sessie';
import { type MessageKey, useT } from '../../i18n/i18n';
import { RouterAnchor } from '../AppLink';

/** The pages of the agile side, each for the roles that may read it. */
export const WENDBAAR_MENU: { to: string; label: MessageKey; route: RouteSleutel }[] = [
  { to: '/wendbaar', label: 'wb.nav.portfolio', route: 'GET /portfolio' },
  { to: '/wendbaar/opgaven', label: 'wb.nav.opgaven', route: 'GET /opgaven' },
  { to: '/wendbaar/ambities', label: 'wb.nav.ambities', route: 'GET /bestuurlijke-ambities' },
  {
    to: '/wendbaar/bestuursopdrachten',
    label: 'wb.nav.bestuursopdrachten',
    route: 'GET /bestuursopdrachten',
  },
  { to: '/wendbaar/college', label: 'wb.nav.college', route: 'GET /bestuursopdrachten' },
  { to: '/wendbaar/programmas', label: 'wb.nav.programmas', route: 'GET /programmas' },
  {
    to: '/wendbaar/verdeelvoorstellen',
    label: 'wb.nav.verdeelvoorstellen',
    route: 'GET /verdeelvoorstellen',
  },
  { to: '/wendbaar/inzet-per-team', label: 'wb.nav.inzetPerTeam', route: 'GET /organisatie/inzetverzoeken' },
];

function huidig(pathname: string, to: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  if (to !== '/wendbaar' && pathname.startsWith(`${to}/`)) return 'true';
  return undefined;
}

/** The sub-navigation of the agile side: a labelled navigation landmark above every page of it. */
export function WendbaarNav() {
  const t = useT();
  const mag = useMag();
  const { pathname } = useLocation();
  return (
    <nav className="wb-subnav" aria-label={t('wb.nav.label')}>
      <ul className="wb-subnav__lijst">
        {WENDBAAR_MENU.filter((item) => mag(item.route)).map((item) => (
          <li key={item.to} className="wb-subnav__item">
            <RouterAnchor to={item.to} className="wb-subnav__link" aria-current={huidig(pathname, item.to)}>
              {t(item.label)}
            </RouterAnchor>
          </li>
        ))}
      </ul>
    </nav>
  );
}

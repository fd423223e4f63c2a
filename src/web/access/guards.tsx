import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppLink } from '../components/AppLink';
import { Loading } from '../components/DataState';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/i18n';
import type { RouteSleutel } from './routes';
import { useMag, useSessie } from './sessie';
import { metTerug, PAD, volgendeStap } from './stappen';

/**
 * To the login page: with `?terug=` (where to go after logging in again) unless the user logged out
 * on purpose, and with the reason the session ended, which the login page shows.
 */
export function NaarInloggen({ terug }: { terug: string | null }) {
  const { reden } = useSessie();
  const bewust = reden === 'uitgelogd' || reden === 'overalUitgelogd';
  return <Navigate to={metTerug(PAD.inloggen, bewust ? null : terug)} replace state={{ reden }} />;
}

/**
 * The pages of the app behind the login: without a session to the login page, with an unfinished
 * one to its next step (own password, set up or enter the second factor), always with `?terug=`.
 */
export function RequireSessie() {
  const { sessie, laden } = useSessie();
  const location = useLocation();
  if (laden) return <Loading />;
  const terug = `${location.pathname}${location.search}`;
  if (!sessie) return <NaarInloggen terug={terug} />;
  const stap = volgendeStap(sessie);
  if (stap) return <Navigate to={metTerug(stap, terug)} replace />;
  return <Outlet />;
}

/** "Geen toegang": the page exists, but not for this role. */
export function GeenToegang() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('geenToegang.titel')} />
      <Paragraph>{t('geenToegang.tekst')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('nietGevonden.home')}</AppLink>
      </Paragraph>
    </>
  );
}

/** Renders the page only for sessions that may call `route`; others see "Geen toegang". */
export function Toegestaan({ route, children }: { route: RouteSleutel; children: ReactNode }) {
  const mag = useMag();
  return mag(route) ? children : <GeenToegang />;
}

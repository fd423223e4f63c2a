import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { NaarInloggen } from '../../access/guards';
import { useSessie } from '../../access/sessie';
import { naStap, volgendeStap } from '../../access/stappen';
import type { Sessie } from '../../api/toegang.types';
import { Loading } from '../DataState';

/**
 * A page of one login step (set up or enter the second factor): only while that is the session's
 * next step. Without a session it goes to the login page, otherwise to the step that is due.
 */
export function StapPagina({
  pad,
  children,
}: {
  pad: string;
  children(sessie: Sessie, terug: string | null): ReactNode;
}) {
  const { sessie, laden } = useSessie();
  const [params] = useSearchParams();
  const terug = params.get('terug');
  if (laden) return <Loading />;
  if (!sessie) return <NaarInloggen terug={terug} />;
  if (volgendeStap(sessie) !== pad) return <Navigate to={naStap(sessie, terug)} replace />;
  return children(sessie, terug);
}

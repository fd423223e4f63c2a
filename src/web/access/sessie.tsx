import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { setAuthListener, setCsrfToken } from '../api/http';
import { getSessie, logout, logoutEverywhere } from '../api/toegang';
import type { Sessie } from '../api/toegang.types';
import type { RouteSleutel } from './routes';
import { metTerug, PAD, volgendeStap } from './stappen';

/** Why the login page opens: shown there as a message. */
export type InlogReden = 'uitgelogd' | 'overalUitgelogd' | 'verlopen';

export interface SessieApi {
  /** The session, or null when nobody is logged in. */
  sessie: Sessie | null;
  /** Why the session ended in this tab (logged out, expired): the login page says so. */
  reden: InlogReden | null;
  /** True until the first answer of GET /sessies/huidig. */
  laden: boolean;
  /** Keeps a session the server returned (after login, the second step, …). */
  zetSessie(sessie: Sessie | null, reden?: InlogReden): void;
  /** Asks the server again (e.g. after a password change). */
  vernieuw(): Promise<Sessie | null>;
  /** Ends this session, or with `overal` every session of the account; then opens the login page. */
  uitloggen(overal?: boolean): Promise<void>;
}

const SessieContext = createContext<SessieApi | null>(null);

const huidigPad = () => `${window.location.pathname}${window.location.search}`;
const opInlogpagina = () =>
  window.location.pathname === PAD.inloggen || window.location.pathname.startsWith(`${PAD.inloggen}/`);

/**
 * Holds the session for the whole app. Asks the server once at start. A 401 from any later call
 * (the session ended or timed out) clears it, and the page guards then open the login page with
 * `?terug=` the current page and the reason; a 403 "second step needed" opens the TOTP page.
 */
export function SessieProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [sessie, setSessie] = useState<Sessie | null>(null);
  const [reden, setReden] = useState<InlogReden | null>(null);
  const [laden, setLaden] = useState(true);

  const zetSessie = useCallback((next: Sessie | null, waarom?: InlogReden) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSessie(next);
    setReden(next ? null : (waarom ?? null));
  }, []);

  const vernieuw = useCallback(async () => {
    try {
      const next = await getSessie();
      zetSessie(next);
      return next;
    } catch {
      zetSessie(null);
      return null;
    }
  }, [zetSessie]);

  useEffect(() => {
    vernieuw().finally(() => setLaden(false));
  }, [vernieuw]);

  useEffect(() => {
    setAuthListener({
      nietIngelogd() {
        // The guards of the page (RequireSessie, the login steps) then open the login page.
        if (!opInlogpagina()) zetSessie(null, 'verlopen');
      },
      stapNodig() {
        if (opInlogpagina()) return;
        const terug = huidigPad();
        vernieuw().then((next) => {
          const stap = next && volgendeStap(next);
          if (stap) navigate(metTerug(stap, terug));
        });
      },
    });
    return () => setAuthListener(null);
  }, [navigate, vernieuw, zetSessie]);

  const uitloggen = useCallback(
    async (overal = false) => {
      try {
        await (overal ? logoutEverywhere() : logout());
      } finally {
        zetSessie(null, overal ? 'overalUitgelogd' : 'uitgelogd');
        if (opInlogpagina()) navigate(PAD.inloggen, { replace: true });
      }
    },
    [navigate, zetSessie],
  );

  const value = useMemo(
    () => ({ sessie, reden, laden, zetSessie, vernieuw, uitloggen }),
    [sessie, reden, laden, zetSessie, vernieuw, uitloggen],
  );
  return <SessieContext.Provider value={value}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieApi {
  const api = useContext(SessieContext);
  if (!api) throw new Error('useSessie buiten SessieProvider');
  return api;
}

/**
 * `mag('PATCH /teams/{teamId}')`: may the logged-in session call this route at all (its roles and
 * second factor, as the server lists them in `routes`)? False when nobody is logged in. Whether it
 * may act on one particular team, dossier or request is in that resource's own `mag`.
 */
export function useMag(): (route: RouteSleutel) => boolean {
  const { sessie } = useSessie();
  const routes = useMemo(() => new Set<string>(sessie?.routes ?? []), [sessie]);
  return useCallback((route: RouteSleutel) => routes.has(route), [routes]);
}

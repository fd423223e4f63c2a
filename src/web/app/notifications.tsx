import { Alert, Paragraph } from '@utrecht/component-library-react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useLocation } from 'react-router';

interface Notification {
  text: string;
  /** The path on which the message belongs; it disappears when the user goes elsewhere. */
  path: string;
  /** The section where the action was; the message shows there while that section is on the page. */
  plek: string | null;
  /** Move focus to the message (when the control that was used is gone or closed). */
  focus: boolean;
  id: number;
}

export interface NotifyOptions {
  /** Pass when you navigate to another page right after. */
  path?: string;
  /** The section to show the message in; defaults to the section the caller is rendered in. */
  bij?: string | null;
  /** Move focus to the message once it shows. */
  focus?: boolean;
}

interface NotificationApi {
  /** Shows a success message; by default next to the action (in the nearest section). */
  notify(text: string, options?: NotifyOptions): void;
  /** Sections announce themselves as a place for messages while they are mounted. */
  meldPlek(plek: string): () => void;
}

const NotificationContext = createContext<NotificationApi>({ notify: () => {}, meldPlek: () => () => {} });
const NotificationValue = createContext<{ notification: Notification | null; plekken: ReadonlySet<string> }>({
  notification: null,
  plekken: new Set(),
});
/** The section a component is rendered in (set by Section), so its messages show there. */
const PlekContext = createContext<string | null>(null);
export const MeldingPlek = PlekContext.Provider;

let nextId = 1;

export function NotificationProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [notification, setNotification] = useState<Notification | null>(null);
  const [plekken, setPlekken] = useState<ReadonlyMap<string, number>>(new Map());
  const notify = useCallback(
    (text: string, options?: NotifyOptions) =>
      setNotification({
        text,
        path: options?.path ?? window.location.pathname,
        // Navigating away: the section of this page will not be there.
        plek: options?.path ? null : (options?.bij ?? null),
        focus: options?.focus ?? false,
        id: nextId++,
      }),
    [],
  );
  const meldPlek = useCallback((plek: string) => {
    const tel = (delta: number) =>
      setPlekken((oud) => {
        const nieuw = new Map(oud);
        const aantal = (nieuw.get(plek) ?? 0) + delta;
        if (aantal > 0) nieuw.set(plek, aantal);
        else nieuw.delete(plek);
        return nieuw;
      });
    tel(1);
    return () => tel(-1);
  }, []);
  const api = useMemo(() => ({ notify, meldPlek }), [notify, meldPlek]);
  const current = notification && notification.path === pathname ? notification : null;
  const waarde = useMemo(
    () => ({ notification: current, plekken: new Set(plekken.keys()) }),
    [current, plekken],
  );
  return (
    <NotificationContext.Provider value={api}>
      <NotificationValue.Provider value={waarde}>{children}</NotificationValue.Provider>
    </NotificationContext.Provider>
  );
}

/** `notify(text)` shows the message in the section the calling component is in (if any). */
export function useNotify(): NotificationApi['notify'] {
  const { notify } = useContext(NotificationContext);
  const plek = useContext(PlekContext);
  return useCallback(
    (text: string, options?: NotifyOptions) =>
      notify(text, { ...options, bij: options?.bij === undefined ? plek : options.bij }),
    [notify, plek],
  );
}

/** Registers a section (by its id) as a place where messages can show. */
export function useMeldPlek(plek: string) {
  const { meldPlek } = useContext(NotificationContext);
  useEffect(() => meldPlek(plek), [meldPlek, plek]);
}

function Melding({ notification, className }: { notification: Notification; className: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { focus } = notification;
  // Each message mounts anew (keyed by its id), so this runs once per message.
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} className={className}>
      <Alert type="ok" className="wb-notification">
        <Paragraph>
          <span className="wb-notification__icon" aria-hidden="true">
            ✓{' '}
          </span>
          {notification.text}
        </Paragraph>
      </Alert>
    </div>
  );
}

/**
 * The one polite live region for success messages; it is always in the DOM so updates are announced.
 * When the message belongs to a section on the page it is shown there (SectieMelding) and only read
 * out from here, so a sighted user sees it where the action was, not thousands of pixels up.
 */
export function NotificationRegion() {
  const { notification, plekken } = useContext(NotificationValue);
  const elders = notification?.plek != null && plekken.has(notification.plek);
  return (
    <div className="wb-live-region" role="status" aria-live="polite">
      {notification &&
        (elders ? (
          <span className="wb-visually-hidden" key={notification.id}>
            {notification.text}
          </span>
        ) : (
          <Melding key={notification.id} notification={notification} className="wb-melding" />
        ))}
    </div>
  );
}

/** The visible message in a section, when the last action was there (announced by NotificationRegion). */
export function SectieMelding({ plek }: { plek: string }) {
  const { notification } = useContext(NotificationValue);
  if (!notification || notification.plek !== plek) return null;
  return (
    <Melding key={notification.id} notification={notification} className="wb-melding wb-sectie-melding" />
  );
}

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useLocation } from 'react-router';

interface Notification {
  text: string;
  /** The path on which the message belongs; it disappears when the user goes elsewhere. */
  path: string;
  id: number;
}

interface NotificationApi {
  /** Shows a success message; pass `path` when you navigate to another page right after. */
  notify(text: string, options?: { path?: string }): void;
}

const NotificationContext = createContext<NotificationApi>({ notify: () => {} });
const NotificationValue = createContext<Notification | null>(null);

let nextId = 1;

export function NotificationProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [notification, setNotification] = useState<Notification | null>(null);
  const notify = useCallback(
    (text: string, options?: { path?: string }) =>
      setNotification({ text, path: options?.path ?? window.location.pathname, id: nextId++ }),
    [],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  const current = notification && notification.path === pathname ? notification : null;
  return (
    <NotificationContext.Provider value={api}>
      <NotificationValue.Provider value={current}>{children}</NotificationValue.Provider>
    </NotificationContext.Provider>
  );
}

export function useNotify(): NotificationApi['notify'] {
  return useContext(NotificationContext).notify;
}

/** The polite live region for success messages; it is always in the DOM so updates are announced. */
export function NotificationRegion() {
  const notification = useContext(NotificationValue);
  return (
    <div className="wb-live-region" role="status" aria-live="polite">
      {notification && (
        <Alert type="ok" key={notification.id} className="wb-notification">
          <Paragraph>
            <span className="wb-notification__icon" aria-hidden="true">
              ✓{' '}
            </span>
            {notification.text}
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}

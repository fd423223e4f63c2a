import { Button } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useSessie } from '../../access/sessie';
import { PAD } from '../../access/stappen';
import { exportPersoonsgegevens } from '../../api/toegang';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { RouterAnchor } from '../AppLink';
import { toProblemError } from '../useResource';

/** Saves the AVG export (JSON) as a file. */
function bewaarJson(data: unknown, bestandsnaam: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The small account menu in the header: a disclosure button with a list of links and buttons (not an
 * ARIA menu, so Tab and screen readers work as everywhere). Escape or a click elsewhere closes it.
 */
export function AccountMenu() {
  const t = useT();
  const notify = useNotify();
  const { uitloggen } = useSessie();
  const [open, setOpen] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const buiten = (event: MouseEvent | FocusEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    const opEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('mousedown', buiten);
    document.addEventListener('focusin', buiten);
    document.addEventListener('keydown', opEscape);
    return () => {
      document.removeEventListener('mousedown', buiten);
      document.removeEventListener('focusin', buiten);
      document.removeEventListener('keydown', opEscape);
    };
  }, [open]);

  const download = async () => {
    setFout(null);
    setBezig(true);
    try {
      bewaarJson(await exportPersoonsgegevens(), 'mijn-gegevens-wendbaar.json');
      setOpen(false);
      notify(t('account.gedownload'));
    } catch (error) {
      const problem = toProblemError(error);
      setFout(problem.detail ?? problem.title);
    } finally {
      setBezig(false);
    }
  };

  return (
    <div className="wb-account-menu" ref={rootRef}>
      <Button
        ref={buttonRef}
        appearance="subtle-button"
        className="wb-header-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('account.menu')}
        <span className="wb-account-menu__chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </Button>
      <div id={panelId} className="wb-account-menu__panel" hidden={!open}>
        <ul className="wb-account-menu__list">
          <li>
            <RouterAnchor
              to={`${PAD.wachtwoord}?terug=${encodeURIComponent(window.location.pathname)}`}
              className="wb-account-menu__item"
              onClick={() => setOpen(false)}
            >
              {t('account.wachtwoordWijzigen')}
            </RouterAnchor>
          </li>
          <li>
            <button type="button" className="wb-account-menu__item" onClick={download} aria-busy={bezig}>
              {t('account.download')}
            </button>
          </li>
          <li>
            <button type="button" className="wb-account-menu__item" onClick={() => uitloggen(true)}>
              {t('account.overalUitloggen')}
            </button>
          </li>
        </ul>
        {fout && (
          <p className="wb-inline-error" role="alert">
            {fout}
          </p>
        )}
      </div>
    </div>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useT } from '../../i18n/i18n';

/**
 * "Afdrukken" on a dossier: the browser's print dialog, with the print stylesheet (theme/print.css)
 * leaving out the menu, buttons and forms (issue 17, item 8).
 */
export function AfdrukKnop() {
  const t = useT();
  return (
    <Button
      type="button"
      appearance="secondary-action-button"
      className="wb-afdruk-knop"
      onClick={() => window.print()}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M5 8V2h10v6M5 15H3V8h14v7h-2M5 12h10v6H5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
      {t('app.afdrukken')}
    </Button>
  );
}

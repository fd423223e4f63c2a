import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * The one-time password the server returns once (new account, reset): shown in an alert that takes
 * focus, with a copy button. It is not stored anywhere; leaving the page makes it gone.
 */
export function EenmaligWachtwoord({ wachtwoord, naam }: { wachtwoord: string; naam: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [gekopieerd, setGekopieerd] = useState(false);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const kopieer = async () => {
    try {
      await navigator.clipboard.writeText(wachtwoord);
      setGekopieerd(true);
    } catch {
      setGekopieerd(false);
    }
  };
  return (
    <div ref={ref} tabIndex={-1} className="wb-eenmalig">
      <Alert type="warning" role="alert">
        <Heading level={2} className="wb-alert-heading">
          {t('accounts.eenmalig.titel', { naam })}
        </Heading>
        <Paragraph>{t('accounts.eenmalig.uitleg')}</Paragraph>
        <p className="wb-eenmalig__wachtwoord">
          <span className="wb-visually-hidden">{t('accounts.eenmalig.label')}: </span>
          <code className="wb-code" data-testid="eenmalig-wachtwoord">
            {wachtwoord}
          </code>
        </p>
        <Button appearance="secondary-action-button" onClick={kopieer}>
          {t('accounts.eenmalig.kopieer')}
        </Button>
        <span className="wb-eenmalig__status" role="status">
          {gekopieerd ? ` ${t('accounts.eenmalig.gekopieerd')}` : ''}
        </span>
      </Alert>
    </div>
  );
}

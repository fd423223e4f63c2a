import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { resetPassword, resetTotp } from '../../api/toegang';
import type { Account } from '../../api/toegang.types';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { toProblemError } from '../useResource';
import { EenmaligWachtwoord } from './EenmaligWachtwoord';

type Actie = 'wachtwoord' | 'totp';

/** "Wachtwoord herstellen" and "Tweestapsverificatie opnieuw instellen", each after a confirmation. */
export function AccountHerstel({ account, onChanged }: { account: Account; onChanged(): void }) {
  const t = useT();
  const notify = useNotify();
  const [bevestigen, setBevestigen] = useState<Actie | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [wachtwoord, setWachtwoord] = useState<string | null>(null);

  const voerUit = async () => {
    if (!bevestigen) return;
    setBezig(true);
    setFout(null);
    try {
      if (bevestigen === 'wachtwoord') {
        setWachtwoord((await resetPassword(account.id)).tijdelijkWachtwoord);
      } else {
        await resetTotp(account.id);
        notify(t('accounts.totpHersteld', { naam: account.naam }));
      }
      onChanged();
    } catch (error) {
      const problem = toProblemError(error);
      setFout(problem.detail ?? problem.title);
    } finally {
      setBezig(false);
      setBevestigen(null);
    }
  };

  return (
    <>
      {wachtwoord && <EenmaligWachtwoord wachtwoord={wachtwoord} naam={account.naam} />}
      {fout && (
        <p className="wb-inline-error" role="alert">
          {fout}
        </p>
      )}
      <Paragraph className="wb-muted">{t('accounts.herstel.uitleg')}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => setBevestigen('wachtwoord')}>
          {t('accounts.wachtwoordHerstellen')}
        </Button>
        <Button
          appearance="secondary-action-button"
          onClick={() => setBevestigen('totp')}
          disabled={!account.totpIngesteld}
        >
          {t('accounts.totpHerstellen')}
        </Button>
      </ButtonGroup>
      <ConfirmDialog
        open={bevestigen === 'wachtwoord'}
        title={t('accounts.wachtwoordHerstellen.vraag', { naam: account.naam })}
        confirmLabel={t('accounts.wachtwoordHerstellen')}
        busy={bezig}
        onConfirm={voerUit}
        onCancel={() => setBevestigen(null)}
      >
        {t('accounts.wachtwoordHerstellen.gevolg')}
      </ConfirmDialog>
      <ConfirmDialog
        open={bevestigen === 'totp'}
        title={t('accounts.totpHerstellen.vraag', { naam: account.naam })}
        confirmLabel={t('accounts.totpHerstellen')}
        busy={bezig}
        onConfirm={voerUit}
        onCancel={() => setBevestigen(null)}
      >
        {t('accounts.totpHerstellen.gevolg')}
      </ConfirmDialog>
    </>
  );
}

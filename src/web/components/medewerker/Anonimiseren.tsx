import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { anonimiseerMedewerker } from '../../api/toegang';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { toProblemError } from '../useResource';

/**
 * For a beheerder: anonymise a medewerker who left longer ago than the retention period. The server
 * decides whether that moment has come and says so; the audit trail keeps only pseudonymous ids.
 */
export function Anonimiseren({
  medewerkerId,
  naam,
  onDone,
}: {
  medewerkerId: string;
  naam: string;
  onDone(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);

  const voerUit = async () => {
    setBezig(true);
    setFout(null);
    try {
      const r = await anonimiseerMedewerker(medewerkerId);
      notify(t('anonimiseren.gedaan', { pseudoniem: r.pseudoniem }));
      onDone();
    } catch (error) {
      const problem = toProblemError(error);
      setFout(problem.detail ?? problem.title);
    } finally {
      setBezig(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Paragraph className="wb-muted">{t('anonimiseren.uitleg')}</Paragraph>
      {fout && (
        <p className="wb-inline-error" role="alert">
          {fout}
        </p>
      )}
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('anonimiseren.knop')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('anonimiseren.vraag', { naam })}
        confirmLabel={t('anonimiseren.knop')}
        busy={bezig}
        onConfirm={voerUit}
        onCancel={() => setOpen(false)}
      >
        {t('anonimiseren.gevolg')}
      </ConfirmDialog>
    </>
  );
}

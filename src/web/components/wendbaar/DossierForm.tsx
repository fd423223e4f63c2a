import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { type FormState, useForm } from '../useForm';

/**
 * One part of a dossier (an opgave, a section of a bestuursopdracht) as a form that saves only that
 * part, with the dossier's `versie` as If-Match. A 412 says that somebody else changed the dossier
 * and offers to reload the part with what is saved now; the other parts keep what was typed.
 */
export function DossierForm<D, W>({
  dossier,
  prefix,
  sectie,
  labels,
  beginWaarden,
  opslaan,
  velden,
  onSaved,
  haalActueel,
}: {
  dossier: D;
  /** The id prefix of the fields: links to them (a step's missing items) use it too. */
  prefix: string;
  /** The part's name, for its save button and the message afterwards. */
  sectie: string;
  labels(waarden: W): Record<string, string>;
  beginWaarden(dossier: D): W;
  /** Saves; may throw a ProblemError (also for a number that is not one). */
  opslaan(waarden: W): Promise<D>;
  velden(form: FormState, waarden: W, zet: (waarden: W) => void): ReactNode;
  onSaved(dossier: D): void;
  /** Reads the dossier again (after a 412); null when that failed too. */
  haalActueel(): Promise<D | null>;
}) {
  const t = useT();
  const notify = useNotify();
  const [waarden, setWaarden] = useState(() => beginWaarden(dossier));
  const form = useForm(prefix, labels(waarden));
  const submit = form.handleSubmit(async () => {
    const saved = await opslaan(waarden);
    onSaved(saved);
    notify(t('wb.sectieOpgeslagen', { sectie }));
  });
  return (
    <form className="wb-form wb-sectie-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        onReload={() => {
          void haalActueel().then((actueel) => {
            if (actueel) setWaarden(beginWaarden(actueel));
          });
        }}
      />
      {velden(form, waarden, setWaarden)}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.sectieOpslaan', { sectie })}
      </Button>
    </form>
  );
}

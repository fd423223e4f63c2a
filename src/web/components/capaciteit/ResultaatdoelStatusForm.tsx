import { Button } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import {
  RESULTAATDOEL_STATUSSEN,
  type Resultaatdoel,
  type ResultaatdoelStatus,
  updateResultaatdoel,
} from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField } from '../FormFields';
import { useForm } from '../useForm';
import { type HaalActueel, metConflictHerladen } from './ResultaatdoelWijzigenForm';

/** Change only the status of a goal (PATCH with If-Match); a 412 shows the current status again. */
export function ResultaatdoelStatusForm({
  doel,
  haalActueel,
  onSaved,
}: {
  doel: Resultaatdoel;
  haalActueel: HaalActueel;
  onSaved(doel: Resultaatdoel): void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>(doel.status);
  const form = useForm('rd-status', { status: t('rd.veld.status') });
  // Follows the saved status (after a save here, in the edit form, or a reload after a 412).
  useEffect(() => setStatus(doel.status), [doel.status]);

  const submit = form.handleSubmit(async () => {
    const saved = await metConflictHerladen(
      () => updateResultaatdoel(doel.id, doel.versie, { status: status as ResultaatdoelStatus }),
      haalActueel,
      (actueel) => {
        if (actueel) setStatus(actueel.status);
      },
    );
    onSaved(saved);
  });

  return (
    <form className="wb-form wb-status-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        conflict={{ titel: t('rd.conflict.titel'), tekst: t('rd.conflict.status') }}
      />
      <SelectField
        form={form}
        name="status"
        value={status}
        onChange={setStatus}
        options={RESULTAATDOEL_STATUSSEN.map((s) => ({ value: s, label: t(`rd.status.${s}`) }))}
        description={t('rd.veld.status.uitleg')}
      />
      <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
        {t('rd.status.opslaan')}
      </Button>
    </form>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createOpgave } from '../../../api/wendbaar';
import type { Opgave, Programma } from '../../../api/wendbaar.types';
import { useT } from '../../../i18n/i18n';
import { ErrorSummary } from '../../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../FormFields';
import { useForm } from '../../useForm';

/** Signal a new opgave: its title, a description and (optionally) the programme it belongs to. */
export function OpgaveNieuwForm({
  programmas,
  onCreated,
}: {
  programmas: Programma[];
  onCreated(opgave: Opgave): void;
}) {
  const t = useT();
  const [titel, setTitel] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [programmaId, setProgrammaId] = useState('');
  const form = useForm('opgave-nieuw', {
    titel: t('wb.opgave.titel'),
    omschrijving: t('wb.opgave.omschrijving'),
    programmaId: t('wb.programma'),
  });
  const submit = form.handleSubmit(async () => {
    onCreated(
      await createOpgave({
        titel: titel.trim(),
        omschrijving: omschrijving.trim() || null,
        programmaId: programmaId || null,
      }),
    );
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} autoComplete="off" />
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        description={t('wb.opgave.omschrijving.uitleg')}
        rows={3}
        optional
      />
      <SelectField
        form={form}
        name="programmaId"
        value={programmaId}
        onChange={setProgrammaId}
        options={programmas.map((p) => ({ value: p.id, label: p.naam }))}
        placeholder={t('wb.geenProgramma')}
        optional
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.opgave.signaleren')}
      </Button>
    </form>
  );
}

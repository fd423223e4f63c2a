import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createActie } from '../../api/gesprek';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/** Adding an agreed action to a conversation (the leidinggevende or P&O). */
export function ActieForm({ gesprekId, onSaved }: { gesprekId: string; onSaved(): void }) {
  const t = useT();
  const [omschrijving, setOmschrijving] = useState('');
  const [eigenaar, setEigenaar] = useState('medewerker');
  const [deadline, setDeadline] = useState('');
  const form = useForm(`actie-${gesprekId}`, {
    omschrijving: t('gesprek.actie.omschrijving'),
    eigenaar: t('gesprek.actie.eigenaar'),
    deadline: t('gesprek.actie.deadline'),
  });
  const submit = form.handleSubmit(async () => {
    await createActie(gesprekId, {
      omschrijving,
      eigenaar: eigenaar as 'medewerker' | 'leidinggevende',
      deadline: deadline || null,
    });
    setOmschrijving('');
    setDeadline('');
    onSaved();
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <Fieldset>
        <FieldsetLegend>{t('gesprek.actie.legend')}</FieldsetLegend>
        <TextField form={form} name="omschrijving" value={omschrijving} onChange={setOmschrijving} />
        <SelectField
          form={form}
          name="eigenaar"
          value={eigenaar}
          onChange={setEigenaar}
          options={(['medewerker', 'leidinggevende'] as const).map((e) => ({
            value: e,
            label: t(`gesprek.actie.eigenaar.${e}`),
          }))}
        />
        <TextField
          form={form}
          name="deadline"
          type="date"
          size="sm"
          optional
          value={deadline}
          onChange={setDeadline}
        />
      </Fieldset>
      <FormKnoppen label={t('gesprek.actie.toevoegen')} busy={form.busy} />
    </form>
  );
}

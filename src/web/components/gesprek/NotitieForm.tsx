import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createNotitie } from '../../api/gesprek';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/** The medewerker's own note on a conversation: only they write it. */
export function NotitieForm({ gesprekId, onSaved }: { gesprekId: string; onSaved(): void }) {
  const t = useT();
  const [tekst, setTekst] = useState('');
  const form = useForm(`notitie-${gesprekId}`, { tekst: t('gesprek.notitie') });
  const submit = form.handleSubmit(async () => {
    await createNotitie(gesprekId, tekst);
    setTekst('');
    onSaved();
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <Fieldset>
        <FieldsetLegend>{t('gesprek.notitie.legend')}</FieldsetLegend>
        <TextareaField
          form={form}
          name="tekst"
          value={tekst}
          onChange={setTekst}
          rows={4}
          description={t('gesprek.notitie.uitleg')}
        />
      </Fieldset>
      <FormKnoppen label={t('gesprek.notitie.toevoegen')} busy={form.busy} />
    </form>
  );
}

import { useState } from 'react';
import { createOrVerzoek } from '../../api/or-dossier';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/** A new request to the OR, saved as a draft (the directeur submits it from its page). */
export function VerzoekForm({ onAangemaakt }: { onAangemaakt(id: string): void }) {
  const t = useT();
  const [soort, setSoort] = useState('advies');
  const [onderwerp, setOnderwerp] = useState('');
  const [aanleiding, setAanleiding] = useState('');
  const [voorgenomenBesluit, setVoorgenomenBesluit] = useState('');
  const [personeleGevolgen, setPersoneleGevolgen] = useState('');
  const [reactieGevraagdVoor, setReactieGevraagdVoor] = useState('');
  const form = useForm('or-nieuw', {
    soort: t('or.veld.soort'),
    onderwerp: t('or.veld.onderwerp'),
    aanleiding: t('or.veld.aanleiding'),
    voorgenomenBesluit: t('or.veld.voorgenomenBesluit'),
    personeleGevolgen: t('or.veld.personeleGevolgen'),
    reactieGevraagdVoor: t('or.veld.reactieGevraagdVoor'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const v = await createOrVerzoek({
          soort: soort as 'advies',
          onderwerp,
          aanleiding: aanleiding || null,
          voorgenomenBesluit: voorgenomenBesluit || null,
          personeleGevolgen: personeleGevolgen || null,
          reactieGevraagdVoor: reactieGevraagdVoor || null,
        });
        onAangemaakt(v.id);
      })}
    >
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="soort"
        value={soort}
        onChange={setSoort}
        options={(['advies', 'instemming', 'informatie'] as const).map((s) => ({
          value: s,
          label: t(`or.soort.${s}`),
        }))}
      />
      <TextField form={form} name="onderwerp" value={onderwerp} onChange={setOnderwerp} />
      <TextareaField form={form} name="aanleiding" optional value={aanleiding} onChange={setAanleiding} />
      <TextareaField
        form={form}
        name="voorgenomenBesluit"
        optional
        value={voorgenomenBesluit}
        onChange={setVoorgenomenBesluit}
      />
      <TextareaField
        form={form}
        name="personeleGevolgen"
        optional
        value={personeleGevolgen}
        onChange={setPersoneleGevolgen}
        description={t('or.veld.personeleGevolgenUitleg')}
      />
      <TextField
        form={form}
        name="reactieGevraagdVoor"
        type="date"
        size="sm"
        optional
        value={reactieGevraagdVoor}
        onChange={setReactieGevraagdVoor}
      />
      <FormKnoppen label={t('or.aanmaken')} busy={form.busy} />
    </form>
  );
}

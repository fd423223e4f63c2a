import { useState } from 'react';
import { createOrVerzoek, type OrVerzoek, updateOrVerzoek } from '../../api/or-dossier';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

type Soort = OrVerzoek['soort'];

/**
 * A request to the OR: new, saved as a draft, or — given `verzoek` — the draft edited with its
 * version (If-Match) until the directeur submits it from its page.
 */
export function VerzoekForm({
  verzoek,
  onOpgeslagen,
  onCancel,
  onReload,
}: {
  verzoek?: OrVerzoek;
  onOpgeslagen(id: string): void;
  onCancel?: () => void;
  /** After a 412: load the verzoek again. */
  onReload?: () => void;
}) {
  const t = useT();
  const [soort, setSoort] = useState<string>(verzoek?.soort ?? 'advies');
  const [onderwerp, setOnderwerp] = useState(verzoek?.onderwerp ?? '');
  const [aanleiding, setAanleiding] = useState(verzoek?.aanleiding ?? '');
  const [voorgenomenBesluit, setVoorgenomenBesluit] = useState(verzoek?.voorgenomenBesluit ?? '');
  const [personeleGevolgen, setPersoneleGevolgen] = useState(verzoek?.personeleGevolgen ?? '');
  const [reactieGevraagdVoor, setReactieGevraagdVoor] = useState(verzoek?.reactieGevraagdVoor ?? '');
  const form = useForm(verzoek ? 'or-wijzig' : 'or-nieuw', {
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
        const velden = {
          soort: soort as Soort,
          onderwerp,
          aanleiding: aanleiding || null,
          voorgenomenBesluit: voorgenomenBesluit || null,
          personeleGevolgen: personeleGevolgen || null,
          reactieGevraagdVoor: reactieGevraagdVoor || null,
        };
        const v = verzoek
          ? await updateOrVerzoek(verzoek.id, verzoek.versie, velden)
          : await createOrVerzoek(velden);
        onOpgeslagen(v.id);
      })}
    >
      <ErrorSummary form={form} onReload={onReload} />
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
      <FormKnoppen
        label={verzoek ? t('or.wijzigingOpslaan') : t('or.aanmaken')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}

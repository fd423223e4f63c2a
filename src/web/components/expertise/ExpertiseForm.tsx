import { useId, useState } from 'react';
import { createExpertise, updateExpertise } from '../../api/client';
import type { Expertise } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

export interface ExpertiseFormProps {
  expertise?: Expertise;
  categorieen: string[];
  onSaved(expertise: Expertise): void;
  onCancel?: () => void;
  onReload?: () => void;
}

/** Create or edit an expertise of the catalogue. */
export function ExpertiseForm({ expertise, categorieen, onSaved, onCancel, onReload }: ExpertiseFormProps) {
  const t = useT();
  const listId = useId();
  const [naam, setNaam] = useState(expertise?.naam ?? '');
  const [categorie, setCategorie] = useState(expertise?.categorie ?? '');
  const [omschrijving, setOmschrijving] = useState(expertise?.omschrijving ?? '');
  const form = useForm(expertise ? 'expertise-wijzigen' : 'expertise-nieuw', {
    naam: t('veld.naam'),
    categorie: t('veld.categorie'),
    omschrijving: t('veld.omschrijving'),
  });
  const submit = form.handleSubmit(async () => {
    const body = {
      naam: naam.trim(),
      categorie: categorie.trim(),
      omschrijving: omschrijving.trim() || null,
    };
    const saved = expertise
      ? await updateExpertise(expertise.id, expertise.versie, body)
      : await createExpertise(body);
    if (!expertise) {
      setNaam('');
      setCategorie('');
      setOmschrijving('');
    }
    onSaved(saved);
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <TextField
        form={form}
        name="categorie"
        value={categorie}
        onChange={setCategorie}
        size="md"
        autoComplete="off"
        list={listId}
        description={t('veld.categorie.uitleg')}
      />
      <datalist id={listId}>
        {categorieen.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        optional
        rows={3}
      />
      <FormKnoppen
        label={expertise ? t('actie.wijzigingenOpslaan') : t('expertises.nieuw.opslaan')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}

import { useState } from 'react';
import { vandaag } from '../../../domain/datum';
import { createEvaluatie, getOnderwerpKeuze } from '../../api/evaluatie';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/**
 * A new evaluation, saved as a concept: its title, what it evaluates (the organisation, or a phase or
 * theme of the change programme) and its date. Questions, findings and actions follow on its page.
 */
export function NieuweEvaluatieForm({ onOpgeslagen }: { onOpgeslagen(id: string): void }) {
  const t = useT();
  const keuze = useResource('evaluatie-onderwerpen', () => getOnderwerpKeuze());
  const [titel, setTitel] = useState('');
  const [onderwerp, setOnderwerp] = useState('organisatie');
  const [datum, setDatum] = useState(vandaag());
  const form = useForm('evaluatie-nieuw', {
    titel: t('evaluatie.veld.titel'),
    onderwerp: t('evaluatie.veld.onderwerp'),
    datum: t('evaluatie.veld.datum'),
  });
  const opties = [
    { value: 'organisatie', label: t('evaluatie.onderwerp.organisatie') },
    ...(keuze.data?.fases ?? []).map((f) => ({
      value: `fase:${f.id}`,
      label: t('evaluatie.onderwerp.fase', { volgnummer: f.volgnummer, naam: f.naam }),
    })),
    ...(keuze.data?.themas ?? []).map((th) => ({
      value: `thema:${th.id}`,
      label: t('evaluatie.onderwerp.thema', { naam: th.naam }),
    })),
  ];
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const [soort, id] = onderwerp.split(':') as ['organisatie' | 'fase' | 'thema', string | undefined];
        const e = await createEvaluatie({
          titel,
          datum,
          onderwerp:
            soort === 'fase' ? { soort, faseId: id } : soort === 'thema' ? { soort, themaId: id } : { soort },
        });
        onOpgeslagen(e.id);
      })}
    >
      <ErrorSummary form={form} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <SelectField form={form} name="onderwerp" value={onderwerp} onChange={setOnderwerp} options={opties} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <FormKnoppen label={t('evaluatie.aanmaken')} busy={form.busy} />
    </form>
  );
}

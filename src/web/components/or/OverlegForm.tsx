import { useState } from 'react';
import { createOrOverleg, listOrVerzoeken, type OrOverleg, updateOrOverleg } from '../../api/or-dossier';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { useResource } from '../useResource';
import { type Kolom, type Rij, RijenEditor, rijLabels } from '../wendbaar/RijenEditor';

/**
 * An overlegvergadering: planned with its date, title and agenda (a point may be about a verzoek),
 * or — given `overleg` — edited with its version, the minutes included. The agenda is saved as a
 * whole, as the API replaces it.
 */
export function OverlegForm({
  overleg,
  onOpgeslagen,
  onReload,
}: {
  overleg?: OrOverleg;
  onOpgeslagen(o: OrOverleg): void;
  onReload?: () => void;
}) {
  const t = useT();
  const [datum, setDatum] = useState(overleg?.datum ?? '');
  const [titel, setTitel] = useState(overleg?.titel ?? '');
  const [notulen, setNotulen] = useState(overleg?.notulen ?? '');
  const [agenda, setAgenda] = useState<Rij[]>(
    overleg?.agenda.map((p) => ({ titel: p.titel, verzoekId: p.verzoek?.id ?? '' })) ?? [
      { titel: '', verzoekId: '' },
    ],
  );
  const verzoeken = useResource('or-overleg-verzoeken', () => listOrVerzoeken());
  const kolommen: Kolom[] = [
    { sleutel: 'titel', label: t('or.overleg.puntTitel') },
    {
      sleutel: 'verzoekId',
      label: t('or.overleg.puntVerzoek'),
      soort: 'keuze',
      optional: true,
      placeholder: t('or.overleg.geenVerzoek'),
      opties: (verzoeken.data?.resultaten ?? []).map((v) => ({ value: v.id, label: v.onderwerp })),
    },
  ];
  const rijNaam = (n: number) => t('or.overleg.punt', { n });
  const form = useForm(overleg ? `or-overleg-${overleg.id}` : 'or-overleg-nieuw', {
    datum: t('or.overleg.datum'),
    titel: t('or.overleg.titel'),
    agenda: t('or.overleg.agenda'),
    ...rijLabels('agenda', kolommen, agenda.length, rijNaam),
    ...(overleg && { notulen: t('or.overleg.notulen') }),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const punten = agenda.map((p) => ({ titel: p.titel ?? '', verzoekId: p.verzoekId || null }));
        const o = overleg
          ? await updateOrOverleg(overleg.id, overleg.versie, { datum, titel, notulen, agenda: punten })
          : await createOrOverleg({ datum, titel, agenda: punten });
        onOpgeslagen(o);
      })}
    >
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <RijenEditor
        form={form}
        legend={t('or.overleg.agenda')}
        naam="agenda"
        kolommen={kolommen}
        rijen={agenda}
        onChange={setAgenda}
        rijNaam={rijNaam}
        toevoegenLabel={t('or.overleg.puntToevoegen')}
      />
      {overleg && (
        <TextareaField form={form} name="notulen" optional rows={10} value={notulen} onChange={setNotulen} />
      )}
      <FormKnoppen label={overleg ? t('or.overleg.opslaan') : t('or.overleg.plannen')} busy={form.busy} />
    </form>
  );
}

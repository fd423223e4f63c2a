import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { vandaag } from '../../../domain/datum';
import type { OnderwerpSoort } from '../../../domain/evaluatie';
import { useMag } from '../../access/sessie';
import { createEvaluatie, getOnderwerpKeuze } from '../../api/evaluatie';
import { listOpgaven } from '../../api/wendbaar';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/** The API field that names the thing evaluated, per kind of subject (the organisation names none). */
const KEUZE_VELD = {
  fase: 'onderwerp.faseId',
  thema: 'onderwerp.themaId',
  opgave: 'onderwerp.opgaveId',
} as const satisfies Partial<Record<OnderwerpSoort, string>>;
type Keuze = keyof typeof KEUZE_VELD;
/** The kinds of subject in the order a writer thinks of them: the whole first. */
const SOORTEN: readonly OnderwerpSoort[] = ['organisatie', 'fase', 'thema', 'opgave'];

/**
 * A new evaluation, saved as a concept: its title, what it evaluates and its date. First the kind of
 * subject (the organisation, a phase or theme of the change programme, or an opgave), then which
 * one from a list. `opgaveId` starts it as an evaluation of that opgave (a link from the opgave).
 * Questions, findings and actions follow on its page.
 */
export function NieuweEvaluatieForm({
  opgaveId,
  onOpgeslagen,
}: {
  opgaveId?: string;
  onOpgeslagen(id: string): void;
}) {
  const t = useT();
  const mag = useMag();
  // Opgaven only for whoever may read them; the others choose among the programme and the organisation.
  const opgavenLezen = mag('GET /opgaven');
  const programma = useResource('evaluatie-onderwerpen', () => getOnderwerpKeuze());
  const opgaven = useResource(opgavenLezen ? 'evaluatie-opgaven' : null, () => listOpgaven());
  const [titel, setTitel] = useState('');
  const [soort, setSoort] = useState<OnderwerpSoort>(opgaveId && opgavenLezen ? 'opgave' : 'organisatie');
  const [keuze, setKeuze] = useState<Record<Keuze, string>>({
    fase: '',
    thema: '',
    opgave: opgaveId ?? '',
  });
  const [datum, setDatum] = useState(vandaag());
  const form = useForm('evaluatie-nieuw', {
    titel: t('evaluatie.veld.titel'),
    'onderwerp.soort': t('evaluatie.veld.onderwerp'),
    'onderwerp.faseId': t('evaluatie.veld.fase'),
    'onderwerp.themaId': t('evaluatie.veld.thema'),
    'onderwerp.opgaveId': t('evaluatie.veld.opgave'),
    datum: t('evaluatie.veld.datum'),
  });

  const soorten = SOORTEN.filter((s) => s !== 'opgave' || opgavenLezen);
  const lijsten = {
    fase: (programma.data?.fases ?? []).map((f) => ({
      value: f.id,
      label: t('evaluatie.onderwerp.fase', { volgnummer: f.volgnummer, naam: f.naam }),
    })),
    thema: (programma.data?.themas ?? []).map((th) => ({ value: th.id, label: th.naam })),
    opgave: (opgaven.data?.resultaten ?? []).map((o) => ({ value: o.id, label: o.titel })),
  };
  const geladen = { fase: programma.data, thema: programma.data, opgave: opgaven.data };
  // Only a choice the list holds counts: an opgave from a link that is gone asks for a choice again.
  const gekozen = (s: Keuze) => (lijsten[s].some((o) => o.value === keuze[s]) ? keuze[s] : '');
  const id = (s: Keuze) => gekozen(s) || null;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const e = await createEvaluatie({
          titel,
          datum,
          onderwerp:
            soort === 'fase'
              ? { soort, faseId: id('fase') }
              : soort === 'thema'
                ? { soort, themaId: id('thema') }
                : soort === 'opgave'
                  ? { soort, opgaveId: id('opgave') }
                  : { soort },
        });
        onOpgeslagen(e.id);
      })}
    >
      <ErrorSummary form={form} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <SelectField
        form={form}
        name="onderwerp.soort"
        value={soort}
        onChange={(w) => setSoort(w as OnderwerpSoort)}
        options={soorten.map((s) => ({ value: s, label: t(`evaluatie.onderwerpSoort.${s}`) }))}
      />
      {soort !== 'organisatie' && (
        <>
          <SelectField
            // One field per kind, so each keeps its own choice and its own error.
            key={soort}
            form={form}
            name={KEUZE_VELD[soort]}
            value={gekozen(soort)}
            onChange={(w) => setKeuze((k) => ({ ...k, [soort]: w }))}
            placeholder={t(`evaluatie.kies.${soort}`)}
            options={lijsten[soort]}
          />
          {geladen[soort] && lijsten[soort].length === 0 && (
            <Paragraph>{t(`evaluatie.geenKeuze.${soort}`)}</Paragraph>
          )}
        </>
      )}
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <FormKnoppen label={t('evaluatie.aanmaken')} busy={form.busy} />
    </form>
  );
}

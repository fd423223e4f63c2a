import { useState } from 'react';
import { createRaadsbrief, type RaadsbriefDetail, updateRaadsbrief } from '../../api/raadsbrief';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

const SECTIES = ['aanleiding', 'kernboodschap', 'toelichting', 'vervolg', 'bijlagen'] as const;
type Sectie = (typeof SECTIES)[number];

/**
 * The sections of a raadsbrief: new (the server takes the first snapshot), or — given `brief` — the
 * concept edited with its version (If-Match). All sections but the onderwerp may stay empty until
 * the college approves; the server then lists what is missing.
 */
export function RaadsbriefForm({
  brief,
  onOpgeslagen,
  onReload,
}: {
  brief?: RaadsbriefDetail;
  onOpgeslagen(b: RaadsbriefDetail): void;
  /** After a 412: load the letter again. */
  onReload?: () => void;
}) {
  const t = useT();
  const [onderwerp, setOnderwerp] = useState(brief?.onderwerp ?? '');
  const [secties, setSecties] = useState<Record<Sectie, string>>({
    aanleiding: brief?.aanleiding ?? '',
    kernboodschap: brief?.kernboodschap ?? '',
    toelichting: brief?.toelichting ?? '',
    vervolg: brief?.vervolg ?? '',
    bijlagen: brief?.bijlagen ?? '',
  });
  const [portefeuillehouder, setPortefeuillehouder] = useState(brief?.portefeuillehouder ?? '');
  const [datum, setDatum] = useState(brief?.datum ?? '');
  const form = useForm(brief ? 'rb-wijzig' : 'rb-nieuw', {
    onderwerp: t('rb.veld.onderwerp'),
    ...Object.fromEntries(SECTIES.map((s) => [s, t(`rb.veld.${s}`)])),
    portefeuillehouder: t('rb.veld.portefeuillehouder'),
    datum: t('rb.veld.datum'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        const velden = { onderwerp, ...secties, portefeuillehouder, datum: datum || null };
        onOpgeslagen(
          brief ? await updateRaadsbrief(brief.id, brief.versie, velden) : await createRaadsbrief(velden),
        );
      })}
    >
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="onderwerp" value={onderwerp} onChange={setOnderwerp} />
      {SECTIES.map((s) => (
        <TextareaField
          key={s}
          form={form}
          name={s}
          optional
          value={secties[s]}
          onChange={(v) => setSecties((x) => ({ ...x, [s]: v }))}
          description={s === 'aanleiding' ? t('rb.veld.alineas') : undefined}
        />
      ))}
      <TextField
        form={form}
        name="portefeuillehouder"
        optional
        value={portefeuillehouder}
        onChange={setPortefeuillehouder}
      />
      <TextField form={form} name="datum" type="date" size="sm" optional value={datum} onChange={setDatum} />
      <FormKnoppen label={brief ? t('rb.opslaan') : t('rb.aanmaken')} busy={form.busy} />
    </form>
  );
}

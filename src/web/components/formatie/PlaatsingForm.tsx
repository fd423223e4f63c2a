import { useState } from 'react';
import { ProblemError } from '../../api/client';
import {
  createPlaatsing,
  type Formatieplaats,
  type NieuwePlaatsing,
  type Plaatsing,
} from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { asEntered, parseNumberFields, withReasons } from '../numbers';
import { useForm } from '../useForm';

/** What a place is called in a list: "Beleidsadviseur, schaal 10 (0,5 fte vacant)". */
export function plaatsLabel(
  p: Formatieplaats,
  { t, formatFte }: Pick<ReturnType<typeof useI18n>, 't' | 'formatFte'>,
): string {
  const vacant = p.vacatureFte > 0 ? ` (${t('fm.vacantFte', { fte: formatFte(p.vacatureFte) })})` : '';
  return `${p.functie.naam}, ${t('fm.schaalN', { schaal: p.salarisschaal })}${vacant}`;
}

/** Places a medewerker (for part of their time) on one of the team's formatieplaatsen. */
export function PlaatsingForm({
  plaatsen,
  peildatum,
  onCreated,
}: {
  plaatsen: Formatieplaats[];
  peildatum: string;
  onCreated(plaatsing: Plaatsing, plaats: Formatieplaats): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // A vacant place is the likely choice: offered first.
  const gesorteerd = [...plaatsen].sort((a, b) => Number(b.vacatureFte > 0) - Number(a.vacatureFte > 0));
  const [plaatsId, setPlaatsId] = useState('');
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const [fte, setFte] = useState('');
  const [ingangsdatum, setIngangsdatum] = useState(peildatum);
  const [einddatum, setEinddatum] = useState('');
  const form = useForm('plaatsing-nieuw', {
    formatieplaatsId: t('fm.veld.formatieplaats'),
    medewerkerId: t('fm.veld.medewerker'),
    fte: t('fm.veld.plaatsingFte'),
    ingangsdatum: t('veld.ingangsdatum'),
    einddatum: t('fm.veld.einddatum'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ fte }, t('fout.geenGetal'));
    const plaats = plaatsen.find((p) => p.id === plaatsId);
    if (!plaats) {
      // Without a place there is no address to send to: say so, with the other empty fields.
      throw new ProblemError(400, {
        title: t('fm.fout.kiesPlaats'),
        status: 400,
        invalidParams: [
          { name: 'formatieplaatsId', code: 'verplicht', reason: t('fm.fout.kiesPlaats') },
          ...(medewerker
            ? []
            : [{ name: 'medewerkerId', code: 'verplicht', reason: t('fm.fout.kiesMedewerker') }]),
          ...(getallen.fte === null ? [{ name: 'fte', code: 'verplicht', reason: t('fm.fout.fte') }] : []),
        ],
      });
    }
    try {
      const plaatsing = await createPlaatsing(
        plaats.id,
        asEntered<NieuwePlaatsing>({
          medewerkerId: medewerker?.id ?? '',
          fte: getallen.fte,
          ingangsdatum,
          einddatum: einddatum || null,
        }),
      );
      setMedewerker(null);
      setFte('');
      setEinddatum('');
      onCreated(plaatsing, plaats);
    } catch (error) {
      throw withReasons(error, { medewerkerId: medewerker ? false : t('fm.fout.kiesMedewerker') });
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="plaatsing-form">
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="formatieplaatsId"
        value={plaatsId}
        onChange={setPlaatsId}
        placeholder={t('fm.kies')}
        options={gesorteerd.map((p) => ({ value: p.id, label: plaatsLabel(p, i18n) }))}
      />
      <MedewerkerKiezer form={form} name="medewerkerId" value={medewerker} onChange={setMedewerker} />
      <TextField
        form={form}
        name="fte"
        value={fte}
        onChange={setFte}
        size="sm"
        inputMode="decimal"
        autoComplete="off"
        description={t('fm.veld.plaatsingFte.uitleg')}
      />
      <TextField
        form={form}
        name="ingangsdatum"
        type="date"
        value={ingangsdatum}
        onChange={setIngangsdatum}
        size="sm"
      />
      <TextField
        form={form}
        name="einddatum"
        type="date"
        value={einddatum}
        onChange={setEinddatum}
        size="sm"
        optional
      />
      <FormKnoppen label={t('fm.plaatsing.toevoegen')} busy={form.busy} />
    </form>
  );
}

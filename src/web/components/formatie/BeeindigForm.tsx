import { useState } from 'react';
import { ProblemError } from '../../api/client';
import { type Formatieplaats, updateFormatieplaats, updatePlaatsing } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { plaatsLabel } from './PlaatsingForm';

/**
 * Ends a formatieplaats or one plaatsing on it from a date: a PATCH with the einddatum and the
 * version read (If-Match), so a change by somebody else in between is reported, not overwritten.
 */
export function BeeindigForm({
  plaatsen,
  peildatum,
  onEnded,
  onReload,
}: {
  plaatsen: Formatieplaats[];
  peildatum: string;
  onEnded(wat: string): void;
  onReload(): void;
}) {
  const i18n = useI18n();
  const { t, formatFte } = i18n;
  const [keuze, setKeuze] = useState('');
  const [einddatum, setEinddatum] = useState(peildatum);
  const form = useForm('beeindig', {
    keuze: t('fm.veld.beeindigWat'),
    einddatum: t('fm.veld.laatsteDag'),
  });
  const opties = plaatsen.flatMap((p) => [
    { value: `plaats:${p.id}`, label: t('fm.beeindig.plaats', { plaats: plaatsLabel(p, i18n) }) },
    ...p.plaatsingen.map((x) => ({
      value: `plaatsing:${x.id}`,
      label: t('fm.beeindig.plaatsing', {
        naam: x.medewerker.naam,
        fte: formatFte(x.fte),
        plaats: p.functie.naam,
      }),
    })),
  ]);

  const submit = form.handleSubmit(async () => {
    const [soort, id] = keuze.split(':');
    const optie = opties.find((o) => o.value === keuze);
    if (soort === 'plaats') {
      const plaats = plaatsen.find((p) => p.id === id)!;
      await updateFormatieplaats(plaats.id, plaats.versie, { einddatum: einddatum || null });
    } else if (soort === 'plaatsing') {
      const plaatsing = plaatsen.flatMap((p) => p.plaatsingen).find((x) => x.id === id)!;
      await updatePlaatsing(plaatsing.id, plaatsing.versie, { einddatum: einddatum || null });
    } else {
      throw new ProblemError(400, {
        title: t('fm.fout.kiesBeeindig'),
        status: 400,
        invalidParams: [{ name: 'keuze', code: 'verplicht', reason: t('fm.fout.kiesBeeindig') }],
      });
    }
    setKeuze('');
    onEnded(optie?.label ?? '');
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="beeindig-form">
      <ErrorSummary form={form} onReload={onReload} />
      <SelectField
        form={form}
        name="keuze"
        value={keuze}
        onChange={setKeuze}
        placeholder={t('fm.kies')}
        options={opties}
      />
      <TextField
        form={form}
        name="einddatum"
        type="date"
        value={einddatum}
        onChange={setEinddatum}
        size="sm"
        description={t('fm.veld.laatsteDag.uitleg')}
      />
      <FormKnoppen label={t('fm.beeindig.knop')} busy={form.busy} />
    </form>
  );
}

import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { createFormatieplaats, type Formatieplaats, type NieuweFormatieplaats } from '../../api/formatie';
import { listProgrammas } from '../../api/wendbaar';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, parseNumberFields, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/**
 * Adds a formatieplaats to a team. Sent as entered: the server names every problem at once
 * (a temporary place needs an end date, a programme funding needs its programme).
 */
export function FormatieplaatsForm({
  teamId,
  peildatum,
  onCreated,
}: {
  teamId: string;
  peildatum: string;
  onCreated(plaats: Formatieplaats): void;
}) {
  const t = useT();
  const mag = useMag();
  const [functieNaam, setFunctieNaam] = useState('');
  const [functiefamilie, setFunctiefamilie] = useState('');
  const [functieniveau, setFunctieniveau] = useState('');
  const [salarisschaal, setSalarisschaal] = useState('');
  const [fte, setFte] = useState('');
  const [ingangsdatum, setIngangsdatum] = useState(peildatum);
  const [einddatum, setEinddatum] = useState('');
  const [soort, setSoort] = useState('');
  const [financiering, setFinanciering] = useState('');
  const [programmaId, setProgrammaId] = useState('');
  const [subsidie, setSubsidie] = useState('');
  const programmas = useResource(
    financiering === 'programma' && mag('GET /programmas') ? 'programmas' : null,
    listProgrammas,
  );
  const form = useForm(`fp-nieuw-${teamId}`, {
    functieNaam: t('fm.veld.functie'),
    functiefamilie: t('fm.veld.functiefamilie'),
    functieniveau: t('fm.veld.functieniveau'),
    salarisschaal: t('fm.veld.schaal'),
    fte: t('fm.veld.fte'),
    ingangsdatum: t('veld.ingangsdatum'),
    einddatum: t('fm.veld.einddatum'),
    soort: t('fm.veld.soort'),
    financiering: t('fm.veld.financiering'),
    programmaId: t('fm.veld.programma'),
    subsidie: t('fm.veld.subsidie'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ fte }, t('fout.geenGetal'));
    try {
      const plaats = await createFormatieplaats(
        teamId,
        asEntered<NieuweFormatieplaats>({
          functieNaam: functieNaam.trim(),
          functiefamilie: functiefamilie.trim() || null,
          functieniveau: functieniveau.trim() || null,
          salarisschaal: salarisschaal.trim(),
          fte: getallen.fte,
          ingangsdatum,
          einddatum: einddatum || null,
          soort,
          financiering,
          programmaId: financiering === 'programma' ? programmaId || null : null,
          subsidie: financiering === 'subsidie' ? subsidie.trim() || null : null,
        }),
      );
      setFunctieNaam('');
      setFunctiefamilie('');
      setFunctieniveau('');
      setSalarisschaal('');
      setFte('');
      setEinddatum('');
      onCreated(plaats);
    } catch (error) {
      throw withReasons(error, {
        soort: soort ? false : t('fm.fout.kiesSoort'),
        financiering: financiering ? false : t('fm.fout.kiesFinanciering'),
      });
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="formatieplaats-form">
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="functieNaam"
        value={functieNaam}
        onChange={setFunctieNaam}
        autoComplete="off"
      />
      <TextField
        form={form}
        name="functiefamilie"
        value={functiefamilie}
        onChange={setFunctiefamilie}
        optional
        size="md"
        autoComplete="off"
        description={t('fm.veld.functiefamilie.uitleg')}
      />
      <TextField
        form={form}
        name="functieniveau"
        value={functieniveau}
        onChange={setFunctieniveau}
        optional
        size="sm"
        autoComplete="off"
      />
      <TextField
        form={form}
        name="salarisschaal"
        value={salarisschaal}
        onChange={setSalarisschaal}
        size="sm"
        autoComplete="off"
        description={t('fm.veld.schaal.uitleg')}
      />
      <TextField
        form={form}
        name="fte"
        value={fte}
        onChange={setFte}
        size="sm"
        inputMode="decimal"
        autoComplete="off"
        description={t('fm.veld.fte.uitleg')}
      />
      <TextField
        form={form}
        name="ingangsdatum"
        type="date"
        value={ingangsdatum}
        onChange={setIngangsdatum}
        size="sm"
      />
      <SelectField
        form={form}
        name="soort"
        value={soort}
        onChange={setSoort}
        placeholder={t('fm.kies')}
        options={[
          { value: 'structureel', label: t('fm.soort.structureel') },
          { value: 'tijdelijk', label: t('fm.soort.tijdelijk') },
        ]}
      />
      <TextField
        form={form}
        name="einddatum"
        type="date"
        value={einddatum}
        onChange={setEinddatum}
        size="sm"
        optional={soort !== 'tijdelijk'}
        description={t('fm.veld.einddatum.uitleg')}
      />
      <SelectField
        form={form}
        name="financiering"
        value={financiering}
        onChange={setFinanciering}
        placeholder={t('fm.kies')}
        options={[
          { value: 'regulier', label: t('fm.financiering.regulier') },
          { value: 'programma', label: t('fm.financiering.programma') },
          { value: 'subsidie', label: t('fm.financiering.subsidie') },
        ]}
      />
      {financiering === 'programma' && (
        <SelectField
          form={form}
          name="programmaId"
          value={programmaId}
          onChange={setProgrammaId}
          placeholder={t('fm.kies')}
          options={(programmas.data?.resultaten ?? []).map((p) => ({ value: p.id, label: p.naam }))}
        />
      )}
      {financiering === 'subsidie' && (
        <TextField form={form} name="subsidie" value={subsidie} onChange={setSubsidie} autoComplete="off" />
      )}
      <FormKnoppen label={t('fm.plaats.toevoegen')} busy={form.busy} />
    </form>
  );
}

import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createGesprek, type Gesprek, listGesprekssoorten } from '../../api/gesprek';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { todayIso } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/** Recording a conversation (the current leidinggevende or P&O); actions are added to it afterwards. */
export function GesprekForm({
  medewerkerId,
  onSaved,
}: {
  medewerkerId: string;
  onSaved(gesprek: Gesprek): void;
}) {
  const t = useT();
  const soorten = useResource('gesprekssoorten', listGesprekssoorten);
  const [soort, setSoort] = useState('');
  const [datum, setDatum] = useState(todayIso());
  const [status, setStatus] = useState('gevoerd');
  const [deelnemers, setDeelnemers] = useState('');
  const [verslag, setVerslag] = useState('');
  const form = useForm('gesprek-nieuw', {
    soort: t('gesprek.soort'),
    datum: t('gesprek.datum'),
    status: t('gesprek.status'),
    deelnemers: t('gesprek.deelnemers'),
    verslag: t('gesprek.verslag'),
  });
  const submit = form.handleSubmit(async () => {
    const g = await createGesprek(medewerkerId, {
      soort,
      datum,
      status: status as 'gepland' | 'gevoerd' | 'vastgesteld',
      deelnemers: deelnemers.trim() || null,
      verslag: verslag.trim() || null,
    });
    setSoort('');
    setDeelnemers('');
    setVerslag('');
    onSaved(g);
  });
  const opties = (soorten.data?.resultaten ?? [])
    .filter((s) => s.actief)
    .map((s) => ({ value: s.code, label: s.naam }));
  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <Fieldset>
        <FieldsetLegend>{t('gesprek.legend')}</FieldsetLegend>
        <SelectField
          form={form}
          name="soort"
          value={soort}
          onChange={setSoort}
          placeholder={t('veld.kies')}
          options={opties}
        />
        <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
        <SelectField
          form={form}
          name="status"
          value={status}
          onChange={setStatus}
          options={(['gepland', 'gevoerd', 'vastgesteld'] as const).map((s) => ({
            value: s,
            label: t(`gesprek.status.${s}`),
          }))}
        />
        <TextField form={form} name="deelnemers" optional value={deelnemers} onChange={setDeelnemers} />
        <TextareaField form={form} name="verslag" optional value={verslag} onChange={setVerslag} rows={6} />
      </Fieldset>
      <FormKnoppen label={t('gesprek.vastleggen')} busy={form.busy} />
    </form>
  );
}

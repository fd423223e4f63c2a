import { useState } from 'react';
import { createScenario, type Scenario, type ScenarioSamenvatting, updateScenario } from '../../api/scenario';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { vandaagIso } from '../formatie/bedrag';
import { useForm } from '../useForm';

/** Makes a scenario: naam, peildatum (default today) and an optional toelichting. */
export function NieuwScenarioForm({
  onCreated,
}: {
  onCreated(scenario: Scenario | ScenarioSamenvatting): void;
}) {
  const t = useT();
  const [naam, setNaam] = useState('');
  const [peildatum, setPeildatum] = useState(vandaagIso());
  const [toelichting, setToelichting] = useState('');
  const form = useForm('scenario-nieuw', {
    naam: t('sc.veld.naam'),
    peildatum: t('sc.veld.peildatum'),
    toelichting: t('sc.veld.toelichting'),
  });
  const submit = form.handleSubmit(async () => {
    const scenario = await createScenario({
      naam: naam.trim(),
      peildatum,
      toelichting: toelichting.trim() || null,
    });
    onCreated(scenario);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="scenario-form">
      <ErrorSummary form={form} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <TextField
        form={form}
        name="peildatum"
        type="date"
        value={peildatum}
        onChange={setPeildatum}
        size="sm"
        description={t('sc.veld.peildatum.uitleg')}
      />
      <TextareaField form={form} name="toelichting" value={toelichting} onChange={setToelichting} optional />
      <FormKnoppen label={t('sc.nieuw')} busy={form.busy} />
    </form>
  );
}

/** Changes naam, toelichting and status of a scenario with the version read (If-Match). */
export function ScenarioGegevensForm({
  scenario,
  onSaved,
  onReload,
}: {
  scenario: Scenario;
  onSaved(scenario: Scenario): void;
  onReload(): void;
}) {
  const t = useT();
  const [naam, setNaam] = useState(scenario.naam);
  const [toelichting, setToelichting] = useState(scenario.toelichting ?? '');
  const [status, setStatus] = useState(scenario.status);
  const form = useForm(`scenario-${scenario.id}`, {
    naam: t('sc.veld.naam'),
    toelichting: t('sc.veld.toelichting'),
    status: t('sc.veld.status'),
  });
  const submit = form.handleSubmit(async () => {
    const bijgewerkt = await updateScenario(scenario.id, scenario.versie, {
      naam: naam.trim(),
      toelichting: toelichting.trim() || null,
      ...(status !== scenario.status && status !== 'vastgesteld' ? { status } : {}),
    });
    onSaved(bijgewerkt);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="scenario-gegevens-form">
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <TextareaField form={form} name="toelichting" value={toelichting} onChange={setToelichting} optional />
      <SelectField
        form={form}
        name="status"
        value={status}
        onChange={(s) => setStatus(s as Scenario['status'])}
        options={(['concept', 'voorgesteld', 'verworpen'] as const).map((s) => ({
          value: s,
          label: t(`sc.status.${s}`),
        }))}
        description={t('sc.veld.status.uitleg')}
      />
      <FormKnoppen label={t('actie.wijzigingenOpslaan')} busy={form.busy} />
    </form>
  );
}

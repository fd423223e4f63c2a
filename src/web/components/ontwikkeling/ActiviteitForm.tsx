import { useState } from 'react';
import {
  createOntwikkelactiviteit,
  type Ontwikkelactiviteit,
  type Ontwikkelplan,
  updateOntwikkelactiviteit,
} from '../../api/ontwikkeling';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, getalAlsTekst, parseNumberFields } from '../numbers';
import { useForm } from '../useForm';
import { ACTIVITEIT_SOORTEN, ACTIVITEIT_STATUSSEN } from './keuzes';

/**
 * Adds an activity to a plan, or changes one (with the version read, If-Match). Native fields in a
 * plain form: every field reachable with Tab, submitted with Enter; the server judges every field at
 * once and the summary lists what to fix.
 */
export function ActiviteitForm({
  plan,
  activiteit,
  onSaved,
  onCancel,
}: {
  plan: Ontwikkelplan;
  activiteit?: Ontwikkelactiviteit;
  onSaved(a: Ontwikkelactiviteit): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const [soort, setSoort] = useState<string>(activiteit?.soort ?? 'training');
  const [titel, setTitel] = useState(activiteit?.titel ?? '');
  const [van, setVan] = useState(activiteit?.van ?? '');
  const [tot, setTot] = useState(activiteit?.tot ?? '');
  const [kosten, setKosten] = useState(getalAlsTekst(activiteit?.kosten ?? 0, lang));
  const [uren, setUren] = useState(getalAlsTekst(activiteit?.uren ?? 0, lang));
  const [status, setStatus] = useState<string>(activiteit?.status ?? 'gepland');
  const [doelId, setDoelId] = useState(activiteit?.doelId ?? '');
  const form = useForm(`activiteit-${activiteit?.id ?? plan.id}`, {
    soort: t('ow.veld.soort'),
    titel: t('ow.veld.titel'),
    van: t('ow.veld.van'),
    tot: t('ow.veld.tot'),
    kosten: t('ow.veld.kosten'),
    uren: t('ow.veld.uren'),
    status: t('ow.veld.status'),
    doelId: t('ow.veld.doelId'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ kosten, uren }, t('fout.geenGetal'));
    const body = asEntered<Parameters<typeof createOntwikkelactiviteit>[1]>({
      soort: soort as Ontwikkelactiviteit['soort'],
      titel,
      van,
      tot,
      kosten: getallen.kosten ?? 0,
      uren: getallen.uren ?? 0,
      status: status as Ontwikkelactiviteit['status'],
      doelId: doelId || null,
    });
    const a = activiteit
      ? await updateOntwikkelactiviteit(activiteit.id, activiteit.versie, body)
      : await createOntwikkelactiviteit(plan.id, body);
    onSaved(a);
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="activiteit-form">
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="soort"
        value={soort}
        onChange={setSoort}
        options={ACTIVITEIT_SOORTEN.map((s) => ({ value: s, label: t(`ow.activiteitSoort.${s}`) }))}
      />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} autoComplete="off" />
      <TextField form={form} name="van" type="date" size="sm" value={van} onChange={setVan} />
      <TextField form={form} name="tot" type="date" size="sm" value={tot} onChange={setTot} />
      <TextField
        form={form}
        name="kosten"
        value={kosten}
        onChange={setKosten}
        size="sm"
        inputMode="decimal"
        autoComplete="off"
      />
      <TextField
        form={form}
        name="uren"
        value={uren}
        onChange={setUren}
        size="sm"
        inputMode="decimal"
        autoComplete="off"
      />
      <SelectField
        form={form}
        name="status"
        value={status}
        onChange={setStatus}
        options={ACTIVITEIT_STATUSSEN.map((s) => ({ value: s, label: t(`ow.activiteitStatus.${s}`) }))}
      />
      {plan.doelen.length > 0 && (
        <SelectField
          form={form}
          name="doelId"
          optional
          value={doelId}
          onChange={setDoelId}
          placeholder={t('ow.veld.geenDoel')}
          options={plan.doelen.map((d) => ({ value: d.id, label: d.omschrijving }))}
        />
      )}
      <FormKnoppen label={t('ow.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

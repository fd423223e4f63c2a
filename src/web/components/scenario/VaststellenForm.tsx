import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Scenario, stelVast } from '../../api/scenario';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { vandaagIso } from '../formatie/bedrag';
import { useForm } from '../useForm';

/**
 * The directie adopts the scenario with its besluit (datum, kenmerk, omschrijving). The form asks
 * for confirmation first: adopting changes the live formatie and cannot be undone.
 */
export function VaststellenForm({
  scenario,
  onAdopted,
  onReload,
}: {
  scenario: Scenario;
  onAdopted(): void;
  onReload(): void;
}) {
  const t = useT();
  const [besluitdatum, setBesluitdatum] = useState(vandaagIso());
  const [kenmerk, setKenmerk] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const form = useForm(`vaststellen-${scenario.id}`, {
    besluitdatum: t('sc.veld.besluitdatum'),
    kenmerk: t('sc.veld.kenmerk'),
    omschrijving: t('sc.veld.omschrijving'),
  });
  const vaststellen = form.handleSubmit(async () => {
    setBevestigen(false);
    await stelVast(scenario.id, scenario.versie, {
      besluitdatum,
      kenmerk: kenmerk.trim(),
      omschrijving: omschrijving.trim() || null,
    });
    onAdopted();
  });
  return (
    <form
      className="wb-form"
      noValidate
      data-testid="vaststellen-form"
      onSubmit={(event) => {
        event.preventDefault();
        setBevestigen(true);
      }}
    >
      <Paragraph>{t('sc.vaststellen.uitleg')}</Paragraph>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField
        form={form}
        name="besluitdatum"
        type="date"
        value={besluitdatum}
        onChange={setBesluitdatum}
        size="sm"
      />
      <TextField
        form={form}
        name="kenmerk"
        value={kenmerk}
        onChange={setKenmerk}
        size="md"
        autoComplete="off"
      />
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        optional
      />
      <FormKnoppen label={t('sc.vaststellen')} busy={form.busy} />
      <ConfirmDialog
        open={bevestigen}
        title={t('sc.vaststellen.bevestig.titel')}
        confirmLabel={t('sc.vaststellen')}
        busy={form.busy}
        onConfirm={() => void vaststellen()}
        onCancel={() => setBevestigen(false)}
      >
        {t('sc.vaststellen.bevestig.tekst', { naam: scenario.naam, kenmerk: kenmerk.trim() || '—' })}
      </ConfirmDialog>
    </form>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { startVerdeelvoorstel } from '../../api/inzet';
import type { Verdeelvoorstel } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { parseNumberFields } from '../numbers';
import { useForm } from '../useForm';
import { kwartaalVan, planKwartalen } from '../wendbaar/kwartalen';

/**
 * Start a verdeelvoorstel for a quarter, optionally with limits: at most so many agile dossiers a
 * person, a minimum of useful hours a week, and the computing time. The server answers at once and
 * computes in the background.
 */
export function VerdeelStartForm({ onStarted }: { onStarted(voorstel: Verdeelvoorstel): void }) {
  const { t } = useI18n();
  const [periode, setPeriode] = useState(kwartaalVan());
  const [maxDossiers, setMaxDossiers] = useState('');
  const [minimumUren, setMinimumUren] = useState('');
  const [tijdslimiet, setTijdslimiet] = useState('');
  const form = useForm('verdeel', {
    periode: t('vv.veld.periode'),
    maxDossiers: t('vv.veld.maxDossiers'),
    minimumUren: t('vv.veld.minimumUren'),
    tijdslimietSeconden: t('vv.veld.tijdslimiet'),
  });
  const submit = form.handleSubmit(async () => {
    const g = parseNumberFields(
      { maxDossiers, minimumUren, tijdslimietSeconden: tijdslimiet },
      t('fout.geenGetal'),
    );
    onStarted(
      await startVerdeelvoorstel({
        periode,
        ...(g.maxDossiers !== null ? { maxDossiers: g.maxDossiers } : {}),
        ...(g.minimumUren !== null ? { minimumUren: g.minimumUren } : {}),
        ...(g.tijdslimietSeconden !== null ? { tijdslimietSeconden: g.tijdslimietSeconden } : {}),
      }),
    );
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="periode"
        value={periode}
        onChange={setPeriode}
        options={planKwartalen([periode]).map((k) => ({ value: k, label: k }))}
        description={t('vv.veld.periode.uitleg')}
      />
      <div className="wb-field-row">
        <TextField
          form={form}
          name="maxDossiers"
          value={maxDossiers}
          onChange={setMaxDossiers}
          inputMode="numeric"
          size="sm"
          autoComplete="off"
          optional
          description={t('vv.veld.maxDossiers.uitleg')}
        />
        <TextField
          form={form}
          name="minimumUren"
          value={minimumUren}
          onChange={setMinimumUren}
          inputMode="decimal"
          size="sm"
          autoComplete="off"
          optional
          description={t('vv.veld.minimumUren.uitleg')}
        />
        <TextField
          form={form}
          name="tijdslimietSeconden"
          value={tijdslimiet}
          onChange={setTijdslimiet}
          inputMode="numeric"
          size="sm"
          autoComplete="off"
          optional
          description={t('vv.veld.tijdslimiet.uitleg')}
        />
      </div>
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('vv.starten')}
      </Button>
    </form>
  );
}

import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { getInstellingen, zetInstellingen } from '../../api/inzet';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { ErrorSummary } from '../ErrorSummary';
import { RadioGroupField } from '../KeuzeVelden';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/** The steps the API accepts (VERDEEL_STAPPEN in src/domain/verdeel-stappen.ts), with their labels. */
const STAPPEN = [
  { waarde: 0.5, tekst: 'iz.stap.0.5' },
  { waarde: 1, tekst: 'iz.stap.1' },
  { waarde: 2, tekst: 'iz.stap.2' },
  { waarde: 4, tekst: 'iz.stap.4' },
] as const;

/**
 * The organisation's hour step for verdeelvoorstellen (the setting verdeelStapUren): whole hours by
 * default, half days for an organisation that plans in dagdelen. Saved with If-Match of the
 * settings' versie; a 412 offers to reload. The page shows it only to who may change settings.
 */
export function VerdeelStapForm() {
  const { t } = useI18n();
  const notify = useNotify();
  const instellingen = useResource('instellingen', getInstellingen);
  const [keuze, setKeuze] = useState<string | null>(null);
  const form = useForm('verdeelstap', { verdeelStapUren: t('iz.stap.keuze') });
  const huidig = instellingen.data;

  if (instellingen.error) return <LoadError error={instellingen.error} onRetry={instellingen.reload} />;
  if (!huidig) return <Loading />;
  const gekozen = keuze ?? String(huidig.verdeelStapUren);
  const labelVan = (waarde: number) => {
    const stap = STAPPEN.find((s) => s.waarde === waarde);
    return stap ? t(stap.tekst) : String(waarde);
  };

  const submit = form.handleSubmit(async () => {
    const opgeslagen = await zetInstellingen(huidig.versie, { verdeelStapUren: Number(gekozen) });
    instellingen.setData(opgeslagen);
    setKeuze(null);
    // Shown in the section this form is in, next to the button that was used.
    notify(t('iz.stap.opgeslagen', { stap: labelVan(opgeslagen.verdeelStapUren) }));
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="verdeelstap-form">
      <ErrorSummary form={form} onReload={instellingen.reload} />
      <Paragraph>{t('iz.stap.uitleg')}</Paragraph>
      <RadioGroupField
        form={form}
        name="verdeelStapUren"
        value={gekozen}
        onChange={setKeuze}
        keuzes={STAPPEN.map((s) => ({ value: String(s.waarde), label: t(s.tekst) }))}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('iz.stap.opslaan')}
      </Button>
    </form>
  );
}

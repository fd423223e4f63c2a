import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { neemBesluit } from '../../../api/wendbaar';
import { BESLUIT_UITKOMSTEN, type BesluitInvoer, type Bestuursopdracht } from '../../../api/wendbaar.types';
import { useI18n } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../ConfirmDialog';
import { ErrorSummary } from '../../ErrorSummary';
import { TextareaField, TextField } from '../../FormFields';
import { RadioGroupField } from '../../KeuzeVelden';
import { asEntered, parseNumberFields, todayIso, withReasons } from '../../numbers';
import { useForm } from '../../useForm';

/**
 * The college's besluit on the version that lies before it: the version number (filled in with the
 * submitted one), the outcome, the decision number and date, and any conditions.
 */
export function BesluitForm({
  opdrachtId,
  versie,
  onSaved,
}: {
  opdrachtId: string;
  /** The number of the submitted version. */
  versie: number | null;
  onSaved(opdracht: Bestuursopdracht): void;
}) {
  const { t, formatDate } = useI18n();
  const [nummer, setNummer] = useState(versie === null ? '' : String(versie));
  const [uitkomst, setUitkomst] = useState('');
  const [besluitnummer, setBesluitnummer] = useState('');
  const [datum, setDatum] = useState(todayIso());
  const [voorwaarden, setVoorwaarden] = useState('');
  // A besluit is final (it freezes the version and moves the opdracht on): asked once more.
  const [bevestig, setBevestig] = useState(false);
  const form = useForm(`besluit-${opdrachtId}`, {
    versie: t('wb.besluit.versie'),
    uitkomst: t('wb.besluit.uitkomst'),
    besluitnummer: t('wb.besluit.besluitnummer'),
    datum: t('wb.besluit.datum'),
    voorwaarden: t('wb.besluit.voorwaarden'),
  });

  const submit = form.handleSubmit(async () => {
    setBevestig(false);
    const getallen = parseNumberFields({ versie: nummer }, t('fout.geenGetal'));
    try {
      onSaved(
        await neemBesluit(
          opdrachtId,
          asEntered<BesluitInvoer>({
            versie: getallen.versie,
            uitkomst,
            besluitnummer: besluitnummer.trim(),
            datum,
            voorwaarden: voorwaarden.trim() || null,
          }),
        ),
      );
    } catch (error) {
      throw withReasons(error, { uitkomst: !uitkomst && t('wb.besluit.kiesUitkomst') });
    }
  });

  return (
    <>
      <form
        className="wb-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // Without an outcome the server lists what is missing; nothing to confirm yet.
          if (uitkomst) setBevestig(true);
          else submit();
        }}
      >
        <ErrorSummary form={form} />
        <TextField
          form={form}
          name="versie"
          value={nummer}
          onChange={setNummer}
          inputMode="numeric"
          size="sm"
          description={t('wb.besluit.versie.uitleg')}
          autoComplete="off"
        />
        <RadioGroupField
          form={form}
          name="uitkomst"
          value={uitkomst}
          onChange={setUitkomst}
          keuzes={BESLUIT_UITKOMSTEN.map((u) => ({
            value: u,
            label: t(`wb.bo.status.${u}`),
            uitleg: t(`wb.besluit.uitkomst.${u}`),
          }))}
        />
        <div className="wb-field-row">
          <TextField
            form={form}
            name="besluitnummer"
            value={besluitnummer}
            onChange={setBesluitnummer}
            size="md"
            autoComplete="off"
          />
          <TextField form={form} name="datum" type="date" value={datum} onChange={setDatum} size="sm" />
        </div>
        <TextareaField
          form={form}
          name="voorwaarden"
          value={voorwaarden}
          onChange={setVoorwaarden}
          rows={3}
          optional
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('wb.besluit.vastleggen')}
        </Button>
      </form>
      <ConfirmDialog
        open={bevestig}
        title={t('wb.besluit.bevestigTitel')}
        confirmLabel={t('wb.besluit.vastleggen')}
        busy={form.busy}
        onCancel={() => setBevestig(false)}
        onConfirm={() => submit()}
      >
        {uitkomst
          ? t('wb.besluit.bevestigTekst', {
              uitkomst: t(`wb.bo.status.${uitkomst as (typeof BESLUIT_UITKOMSTEN)[number]}`),
              versie: nummer,
              kenmerk: besluitnummer.trim()
                ? t('wb.besluit.kenmerk', { besluitnummer: besluitnummer.trim() })
                : t('wb.besluit.zonderNummer'),
              datum: datum ? formatDate(datum) : '–',
            })
          : ''}
      </ConfirmDialog>
    </>
  );
}

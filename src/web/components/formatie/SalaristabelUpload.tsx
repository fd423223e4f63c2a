import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { ProblemError } from '../../api/client';
import { laadSalaristabel, type Salaristabel } from '../../api/formatie';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { toProblemError } from '../useResource';

/**
 * Loads a salary table from a CSV or XLSX file. The server checks every row and loads nothing on an
 * error; every bad row it names is listed below the summary (a table of 300 amounts may have many),
 * each with its row and column, so the file can be corrected in one go.
 */
export function SalaristabelUpload({ onLoaded }: { onLoaded(tabel: Salaristabel): void }) {
  const t = useT();
  const [bestand, setBestand] = useState<File | null>(null);
  const [geldigVanaf, setGeldigVanaf] = useState('');
  const [naam, setNaam] = useState('');
  const [rijFouten, setRijFouten] = useState<string[]>([]);
  const [invoerSleutel, setInvoerSleutel] = useState(0);
  const lijstId = useId();
  const form = useForm('salaristabel-laden', {
    bestand: t('sal.veld.bestand'),
    geldigVanaf: t('sal.veld.geldigVanaf'),
    naam: t('sal.veld.naam'),
  });
  const bestandId = form.idFor('bestand');
  const bestandFout = form.errorFor('bestand');

  const submit = form.handleSubmit(async () => {
    setRijFouten([]);
    if (!bestand) {
      throw new ProblemError(400, {
        title: t('sal.fout.geenBestand'),
        status: 400,
        invalidParams: [
          { name: 'bestand', code: 'verplicht', reason: t('sal.fout.geenBestand') },
          ...(geldigVanaf
            ? []
            : [{ name: 'geldigVanaf', code: 'verplicht', reason: t('sal.fout.geenDatum') }]),
        ],
      });
    }
    try {
      const tabel = await laadSalaristabel(bestand, { geldigVanaf, naam: naam.trim() || undefined });
      setBestand(null);
      setGeldigVanaf('');
      setNaam('');
      setInvoerSleutel((n) => n + 1);
      onLoaded(tabel);
    } catch (error) {
      const probleem = toProblemError(error);
      const rijen = probleem.invalidParams.filter((p) => p.name.startsWith('bestand'));
      if (rijen.length === 0) throw error;
      // The rows go in their own list; the summary says how many and links to the file field.
      setRijFouten(rijen.map((p) => p.reason));
      throw new ProblemError(probleem.status, {
        ...probleem.problem,
        invalidParams: [
          ...probleem.invalidParams.filter((p) => !p.name.startsWith('bestand')),
          { name: 'bestand', code: 'rijen', reason: t('sal.fout.rijen', { aantal: rijen.length }) },
        ],
      });
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="salaristabel-upload">
      <ErrorSummary form={form} />
      {rijFouten.length > 0 && (
        <section className="wb-fm-rijfouten" aria-labelledby={lijstId} data-testid="salaristabel-rijfouten">
          <Heading level={3} id={lijstId}>
            {t('sal.rijfouten.titel', { aantal: rijFouten.length })}
          </Heading>
          <UnorderedList>
            {rijFouten.map((fout) => (
              <UnorderedListItem key={fout}>{fout}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      <FormField
        type="text"
        invalid={Boolean(bestandFout)}
        label={<FormLabel htmlFor={bestandId}>{form.labels.bestand}</FormLabel>}
        description={
          <FormFieldDescription id={`${bestandId}-omschrijving`}>
            {t('sal.veld.bestand.uitleg')}
          </FormFieldDescription>
        }
        errorMessage={
          bestandFout ? (
            <FormFieldErrorMessage id={`${bestandId}-fout`}>
              <span className="wb-visually-hidden">{t('fout.prefix')} </span>
              {bestandFout}
            </FormFieldErrorMessage>
          ) : undefined
        }
        input={
          <input
            key={invoerSleutel}
            id={bestandId}
            name="bestand"
            type="file"
            className="wb-fm-bestand"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={[`${bestandId}-omschrijving`, bestandFout ? `${bestandId}-fout` : '']
              .filter(Boolean)
              .join(' ')}
            aria-invalid={bestandFout ? true : undefined}
            onChange={(event) => setBestand(event.target.files?.[0] ?? null)}
          />
        }
      />
      <TextField
        form={form}
        name="geldigVanaf"
        type="date"
        value={geldigVanaf}
        onChange={setGeldigVanaf}
        size="sm"
      />
      <TextField
        form={form}
        name="naam"
        value={naam}
        onChange={setNaam}
        optional
        autoComplete="off"
        description={t('sal.veld.naam.uitleg')}
      />
      <FormKnoppen label={t('sal.laden')} busy={form.busy} />
    </form>
  );
}

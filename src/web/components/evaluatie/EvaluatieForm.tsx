import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Evaluatie, updateEvaluatie } from '../../api/evaluatie';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

type BevindingSoort = Evaluatie['bevindingen'][number]['soort'];
const BEVINDING_SOORTEN: readonly BevindingSoort[] = ['sterk', 'verbeterpunt', 'risico'];

/**
 * The concept of an evaluation, edited as one document with its version (If-Match): title, date,
 * summary, and the questions and findings as lists (saved as a whole). Vaststellen happens on the
 * page, after saving.
 */
export function EvaluatieForm({
  evaluatie: e,
  onOpgeslagen,
  onReload,
}: {
  evaluatie: Evaluatie;
  onOpgeslagen(e: Evaluatie): void;
  onReload(): void;
}) {
  const t = useT();
  const [titel, setTitel] = useState(e.titel);
  const [datum, setDatum] = useState(e.datum);
  const [samenvatting, setSamenvatting] = useState(e.samenvatting);
  const [vragen, setVragen] = useState(e.vragen.map((v) => ({ vraag: v.vraag, antwoord: v.antwoord })));
  const [bevindingen, setBevindingen] = useState(
    e.bevindingen.map((b) => ({ soort: b.soort, tekst: b.tekst })),
  );
  const labels: Record<string, string> = {
    titel: t('evaluatie.veld.titel'),
    datum: t('evaluatie.veld.datum'),
    samenvatting: t('evaluatie.veld.samenvatting'),
  };
  vragen.forEach((_, i) => {
    labels[`vragen[${i}].vraag`] = t('evaluatie.vraag', { n: i + 1 });
    labels[`vragen[${i}].antwoord`] = t('evaluatie.antwoord', { n: i + 1 });
  });
  bevindingen.forEach((_, i) => {
    labels[`bevindingen[${i}].soort`] = t('evaluatie.bevindingSoort', { n: i + 1 });
    labels[`bevindingen[${i}].tekst`] = t('evaluatie.bevinding', { n: i + 1 });
  });
  const form = useForm('evaluatie-wijzig', labels);
  const zetVraag = (i: number, veld: 'vraag' | 'antwoord', w: string) =>
    setVragen((l) => l.map((v, j) => (j === i ? { ...v, [veld]: w } : v)));
  const zetBevinding = (i: number, w: Partial<{ soort: BevindingSoort; tekst: string }>) =>
    setBevindingen((l) => l.map((b, j) => (j === i ? { ...b, ...w } : b)));
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        onOpgeslagen(
          await updateEvaluatie(e.id, e.versie, {
            titel,
            datum,
            samenvatting,
            vragen: vragen.map((v) => ({ vraag: v.vraag, antwoord: v.antwoord })),
            bevindingen,
          }),
        );
      })}
    >
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <TextareaField
        form={form}
        name="samenvatting"
        optional
        value={samenvatting}
        onChange={setSamenvatting}
      />
      <h3>{t('evaluatie.vragen')}</h3>
      {vragen.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list has no ids until saved; its order is its identity
        <div key={i}>
          <TextField
            form={form}
            name={`vragen[${i}].vraag`}
            value={v.vraag}
            onChange={(w) => zetVraag(i, 'vraag', w)}
          />
          <TextareaField
            form={form}
            name={`vragen[${i}].antwoord`}
            optional
            rows={3}
            value={v.antwoord}
            onChange={(w) => zetVraag(i, 'antwoord', w)}
          />
          <Button appearance="subtle-button" onClick={() => setVragen((l) => l.filter((_, j) => j !== i))}>
            {t('evaluatie.vraagWeghalen', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => setVragen((l) => [...l, { vraag: '', antwoord: '' }])}
        >
          {t('evaluatie.vraagToevoegen')}
        </Button>
      </ButtonGroup>
      <h3>{t('evaluatie.bevindingen')}</h3>
      {bevindingen.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list has no ids until saved; its order is its identity
        <div key={i}>
          <SelectField
            form={form}
            name={`bevindingen[${i}].soort`}
            value={b.soort}
            onChange={(w) => zetBevinding(i, { soort: w as BevindingSoort })}
            options={BEVINDING_SOORTEN.map((s) => ({ value: s, label: t(`evaluatie.bevinding.${s}`) }))}
          />
          <TextareaField
            form={form}
            name={`bevindingen[${i}].tekst`}
            rows={3}
            value={b.tekst}
            onChange={(w) => zetBevinding(i, { tekst: w })}
          />
          <Button
            appearance="subtle-button"
            onClick={() => setBevindingen((l) => l.filter((_, j) => j !== i))}
          >
            {t('evaluatie.bevindingWeghalen', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          onClick={() => setBevindingen((l) => [...l, { soort: 'verbeterpunt', tekst: '' }])}
        >
          {t('evaluatie.bevindingToevoegen')}
        </Button>
      </ButtonGroup>
      <FormKnoppen label={t('evaluatie.opslaan')} busy={form.busy} />
    </form>
  );
}

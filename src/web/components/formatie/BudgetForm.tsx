import { useState } from 'react';
import { createLoonsombudget, type Loonsombudget, updateLoonsombudget } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, getalAlsTekst, parseNumberFields } from '../numbers';
import { useForm } from '../useForm';

/**
 * Sets a team's loonsombudget for one of the years shown: a new budget is created, an existing one
 * replaced with the version read (If-Match).
 */
export function BudgetForm({
  teamId,
  jaren,
  budgetten,
  onSaved,
  onReload,
}: {
  teamId: string;
  jaren: number[];
  budgetten: Loonsombudget[];
  onSaved(budget: Loonsombudget): void;
  onReload(): void;
}) {
  const { t, lang } = useI18n();
  const [jaar, setJaar] = useState(String(jaren[0] ?? new Date().getFullYear()));
  const bestaand = budgetten.find((b) => String(b.jaar) === jaar);
  const [bedrag, setBedrag] = useState(getalAlsTekst(bestaand?.bedrag, lang));
  const form = useForm(`budget-${teamId}`, {
    jaar: t('ls.veld.jaar'),
    bedrag: t('ls.veld.bedrag'),
  });

  const kiesJaar = (j: string) => {
    setJaar(j);
    setBedrag(getalAlsTekst(budgetten.find((b) => String(b.jaar) === j)?.bedrag, lang));
  };

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ bedrag }, t('fout.geenGetal'));
    const budget = bestaand
      ? await updateLoonsombudget(bestaand.id, bestaand.versie, getallen.bedrag as number)
      : await createLoonsombudget(
          teamId,
          asEntered<{ jaar: number; bedrag: number }>({ jaar: Number(jaar), bedrag: getallen.bedrag }),
        );
    onSaved(budget);
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="budget-form">
      <ErrorSummary form={form} onReload={onReload} />
      <SelectField
        form={form}
        name="jaar"
        value={jaar}
        onChange={kiesJaar}
        options={jaren.map((j) => ({ value: String(j), label: String(j) }))}
      />
      <TextField
        form={form}
        name="bedrag"
        value={bedrag}
        onChange={setBedrag}
        size="md"
        inputMode="decimal"
        autoComplete="off"
        description={bestaand ? t('ls.veld.bedrag.bestaand') : t('ls.veld.bedrag.uitleg')}
      />
      <FormKnoppen label={t('ls.budget.opslaan')} busy={form.busy} />
    </form>
  );
}

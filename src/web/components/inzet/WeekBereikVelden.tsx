import { type Translate, useT } from '../../i18n/i18n';
import { TextField } from '../FormFields';
import type { FormState } from '../useForm';

/** The labels of the two fields by API name, to spread into `useForm`'s labels in form order. */
export const weekBereikLabels = (t: Translate) => ({
  vanWeek: t('iz.veld.vanWeek'),
  totWeek: t('iz.veld.totWeek'),
});

/**
 * "Vanaf week" and "Tot en met week" (the API fields `vanWeek` and `totWeek`, ISO weeks such as
 * 2027-W05), each with its hint and the server's error at the field. Sits in a `wb-field-row`.
 */
export function WeekBereikVelden({
  form,
  van,
  tot,
  onVan,
  onTot,
}: {
  form: FormState;
  van: string;
  tot: string;
  onVan(week: string): void;
  onTot(week: string): void;
}) {
  const t = useT();
  return (
    <>
      <TextField
        form={form}
        name="vanWeek"
        value={van}
        onChange={onVan}
        size="sm"
        autoComplete="off"
        description={t('iz.veld.week.uitleg')}
      />
      <TextField
        form={form}
        name="totWeek"
        value={tot}
        onChange={onTot}
        size="sm"
        autoComplete="off"
        description={t('iz.veld.week.uitleg')}
      />
    </>
  );
}

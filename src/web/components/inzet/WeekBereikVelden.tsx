import { useMemo } from 'react';
import { vandaag } from '../../../domain/datum';
import { isoWeek } from '../../../domain/kalender';
import type { Translate } from '../../i18n/i18n';
import type { FormState } from '../useForm';
import { WeekKiezer } from '../WeekKiezer';
import { totNaVan, weekKeuzes } from '../weeklijst';

/** The labels of the two fields by API name, to spread into `useForm`'s labels in form order. */
export const weekBereikLabels = (t: Translate) => ({
  vanWeek: t('iz.veld.vanWeek'),
  totWeek: t('iz.veld.totWeek'),
});

/**
 * "Vanaf week" and "Tot en met week" (the API fields `vanWeek` and `totWeek`, ISO weeks such as
 * 2027-W05), picked from lists of weeks with their dates rather than typed (issue 17, item 6), each
 * with the server's error at the field. The lists run from the current week (or an earlier week
 * already chosen) about two years ahead; "tot en met" offers no week before "vanaf", and follows
 * when "vanaf" moves past it. Sits in a `wb-field-row`.
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
  // The municipality's today (as the server counts weeks), fixed while the form is open.
  const huidig = useMemo(() => isoWeek(vandaag()), []);
  const keuzes = weekKeuzes({ begin: huidig, van, tot });
  return (
    <>
      <WeekKiezer
        form={form}
        name="vanWeek"
        value={van}
        weken={keuzes.van}
        onChange={(week) => {
          onVan(week);
          const nieuwTot = totNaVan({ vanOud: van, totOud: tot, vanNieuw: week });
          if (nieuwTot !== tot) onTot(nieuwTot);
        }}
      />
      <WeekKiezer form={form} name="totWeek" value={tot} weken={keuzes.tot} onChange={onTot} />
    </>
  );
}

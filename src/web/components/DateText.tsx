import { useI18n } from '../i18n/i18n';

/** A date in the reader's language, e.g. "1 maart 2024", machine-readable in `datetime`. */
export function DateText({ value, empty = '' }: { value: string | null | undefined; empty?: string }) {
  const { formatDate } = useI18n();
  if (!value) return <>{empty}</>;
  return <time dateTime={value}>{formatDate(value)}</time>;
}

/** FTE with two decimals in nl-NL ("0,89"). */
export function FteText({ value }: { value: number | null | undefined }) {
  const { formatFte } = useI18n();
  return <>{formatFte(value)}</>;
}

/** Hours per week ("32 uur per week" / "32,5 uur per week"). */
export function UrenText({ value }: { value: number | null | undefined }) {
  const { formatNumber, t } = useI18n();
  if (value === null || value === undefined) return null;
  return <>{t('eenheid.uurPerWeek', { uren: formatNumber(value) })}</>;
}

/** A moment (UTC timestamp) in the reader's language and time zone, e.g. "1 mrt 2024, 14:05". */
export function TijdstipText({ value }: { value: string }) {
  const { locale } = useI18n();
  const tekst = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
  return <time dateTime={value}>{tekst}</time>;
}

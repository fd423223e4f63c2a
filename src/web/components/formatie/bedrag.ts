import type { I18n } from '../../i18n/i18n';

/** An amount in whole euros in the reader's language: "€ 1.234.567". */
export const euro = ({ formatNumber }: Pick<I18n, 'formatNumber'>, bedrag: number | null | undefined) =>
  bedrag === null || bedrag === undefined ? '' : `€ ${formatNumber(Math.round(bedrag), 0)}`;

/** Today as yyyy-mm-dd in the reader's time zone (the default peildatum). */
export const vandaagIso = () => {
  const nu = new Date();
  return new Date(nu.getTime() - nu.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

export const isIsoDatum = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

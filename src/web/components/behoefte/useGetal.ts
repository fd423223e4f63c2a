import { useI18n } from '../../i18n/i18n';
import type { Eenheid } from './cijfers';

/** How a figure in a unit is written: hours with one decimal, FTE with two, euro whole. */
export function useGetal(eenheid: Eenheid): (waarde: number | null) => string {
  const { locale, formatNumber } = useI18n();
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return (waarde) => {
    if (waarde === null) return '–';
    if (eenheid === 'euro') return euro.format(waarde);
    return formatNumber(waarde, eenheid === 'fte' ? 2 : 1);
  };
}

import type { BehoefteCel } from '../../api/behoefte';
import type { MessageKey } from '../../i18n/i18n';

/** The figures of a cell in the order the table shows them, each with where it comes from. */
export const CIJFERS = [
  { sleutel: 'resultaatdoelen', label: 'bh.cijfer.resultaatdoelen', bron: 'resultaatdoelen' },
  { sleutel: 'inzet', label: 'bh.cijfer.inzet', bron: 'inzet' },
  { sleutel: 'capaciteitsvragen', label: 'bh.cijfer.capaciteitsvragen', bron: 'capaciteitsvragen' },
  { sleutel: 'vraag', label: 'bh.cijfer.vraag', bron: null },
  { sleutel: 'beschikbaar', label: 'bh.cijfer.beschikbaar', bron: 'beschikbaar' },
  { sleutel: 'tekort', label: 'bh.cijfer.tekort', bron: null },
] as const satisfies readonly {
  sleutel: keyof BehoefteCel['uren'];
  label: MessageKey;
  bron: keyof BehoefteCel['bronnen'] | null;
}[];

export type Eenheid = 'uren' | 'fte' | 'euro';
export const EENHEDEN: readonly Eenheid[] = ['uren', 'fte', 'euro'];

export function waardeVan(
  cel: BehoefteCel,
  eenheid: Eenheid,
  sleutel: keyof BehoefteCel['uren'],
): number | null {
  const cijfers = eenheid === 'euro' ? cel.euro : cel[eenheid];
  return cijfers ? cijfers[sleutel] : null;
}

/** A period key as people read it: '2027-01' → 'jan 2027', '2027-Q1' → 'K1 2027'. */
export function periodeLabel(sleutel: string, locale: string): string {
  if (/^\d{4}-Q[1-4]$/.test(sleutel))
    return `${locale.startsWith('nl') ? 'K' : 'Q'}${sleutel.slice(6)} ${sleutel.slice(0, 4)}`;
  if (/^\d{4}-\d{2}$/.test(sleutel)) {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${sleutel}-01T00:00:00Z`),
    );
  }
  return sleutel;
}

/** The month-range query of the page from the address, with this year as the default. */
export function leesBereik(params: URLSearchParams, nu: Date) {
  const maand = /^\d{4}-(0[1-9]|1[0-2])$/;
  const jaar = nu.getFullYear();
  const van = params.get('van');
  const tot = params.get('tot');
  const per = params.get('per') === 'kwartaal' ? 'kwartaal' : 'maand';
  const v = van && maand.test(van) ? van : `${jaar}-01`;
  return { van: v, tot: tot && maand.test(tot) ? tot : `${v.slice(0, 4)}-12`, per } as const;
}

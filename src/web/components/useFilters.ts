import { useEffect, useState } from 'react';
import type { useQueryState } from './useQueryState';

type QueryState = ReturnType<typeof useQueryState>;

/**
 * The filters of a list page. They live in the URL (`waarden`, with a default where the URL says
 * nothing); the fields hold what the person typed (`invoer`) until the filters are applied, and follow
 * the URL when it changes (back, a link). Applying sets every filter at once and goes to page 1;
 * clearing removes them and the sorting.
 */
export function useFilters<K extends string>(query: QueryState, standaard: Record<K, string>) {
  const namen = Object.keys(standaard) as K[];
  const waarden = Object.fromEntries(namen.map((naam) => [naam, query.get(naam, standaard[naam])])) as Record<
    K,
    string
  >;
  const [invoer, setInvoer] = useState(waarden);
  const sleutel = JSON.stringify(waarden);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sleutel` stands for the URL's filter values
  useEffect(() => setInvoer(waarden), [sleutel]);
  return {
    waarden,
    invoer,
    /** The change handler of one filter field. */
    zet: (naam: K) => (waarde: string) => setInvoer((oud) => ({ ...oud, [naam]: waarde })),
    toepassen: () => query.update(Object.fromEntries(namen.map((naam) => [naam, invoer[naam].trim()]))),
    wissen: () => query.update({ ...Object.fromEntries(namen.map((naam) => [naam, null])), sorteer: null }),
  };
}

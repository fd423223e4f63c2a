/** Numbers and durations as a Dutch reader expects them: 25.000 and 1,2 s. */
export const formatAantal = (n: number): string => n.toLocaleString('nl-NL');

export const formatSeconden = (ms: number): string =>
  `${(ms / 1000).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

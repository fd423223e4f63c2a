/**
 * The states of a resultaatdoel (a team's result goal for a period). Any state may follow any other:
 * the team reports where the goal stands, there is no lifecycle to enforce.
 */
export const RESULTAATDOEL_STATUSSEN = ['gepland', 'actief', 'behaald', 'niet-behaald', 'vervallen'] as const;
export type ResultaatdoelStatus = (typeof RESULTAATDOEL_STATUSSEN)[number];

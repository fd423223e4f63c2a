/** Where a bestuurlijke ambitie comes from: the coalition agreement, the college programme, or later. */
export const AMBITIE_BRONNEN = ['coalitieakkoord', 'collegeprogramma', 'nieuw'] as const;
export type AmbitieBron = (typeof AMBITIE_BRONNEN)[number];

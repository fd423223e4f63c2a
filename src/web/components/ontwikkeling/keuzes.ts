/** The choices of the development forms, in the order the contract lists them. */
export const ACTIVITEIT_SOORTEN = [
  'training',
  'cursus',
  'coaching',
  'intervisie',
  'traineeship',
  'jobrotatie',
  'overig',
] as const;
export const ACTIVITEIT_STATUSSEN = ['gepland', 'bezig', 'afgerond', 'geannuleerd'] as const;
export const DOEL_STATUSSEN = ['open', 'bezig', 'behaald', 'vervallen'] as const;

import type { Rol } from '../domain/rol';

/**
 * Who may import from the HR system: P&O, who keeps the personnel data, and the beheerder, who
 * installs and connects the system. An import file names every medewerker, so reading it, its dry
 * run and its commit are recorded as bulk reads of personal data (and the commit as a write).
 */
export const IMPORTEURS: readonly Rol[] = ['po', 'beheerder'];

export const IMPORT_ROUTES = {
  'GET /import-velden': { toegang: IMPORTEURS },
  'POST /import-bestanden': { toegang: IMPORTEURS, leestPersoonsgegevens: 'bulk' },
  'POST /import-proeven': { toegang: IMPORTEURS, leestPersoonsgegevens: 'bulk' },
  // A dry run in the background: its report (once ready) names every person in the file.
  'GET /import-proeven/{proefId}': { toegang: IMPORTEURS, leestPersoonsgegevens: 'bulk' },
  'POST /imports': { toegang: IMPORTEURS, leestPersoonsgegevens: 'bulk' },
  'GET /imports': { toegang: IMPORTEURS },
  'GET /import-koppelingen': { toegang: IMPORTEURS },
  'POST /import-koppelingen': { toegang: IMPORTEURS },
  'GET /import-koppelingen/{koppelingId}': { toegang: IMPORTEURS },
  'PATCH /import-koppelingen/{koppelingId}': { toegang: IMPORTEURS },
  'DELETE /import-koppelingen/{koppelingId}': { toegang: IMPORTEURS },
} as const satisfies Record<string, { toegang: readonly Rol[]; leestPersoonsgegevens?: boolean | 'bulk' }>;

/**
 * What an import file is before any meaning is given to it. The types are declared in the domain
 * (src/domain/import-tabel.ts), which gives the cells meaning and may not import src/import; the
 * readers and their callers take them from here.
 */
export type { Cel, RuweRij, RuweTabel } from '../domain/import-tabel';
export { isLegeCel } from '../domain/import-tabel';

/**
 * A versioned migration: plain PostgreSQL statements, run in order inside one transaction.
 *
 * Adding one is adding one file to this folder; src/db/migrator.ts finds it, there is no list to
 * update. The file:
 * - is named `NNNN_<naam>.ts`: the next number, four digits, no gaps and no number twice (the
 *   migrator refuses to start otherwise), then a name in lower case, digits, `_` or `-`;
 * - exports exactly one `Migration` (by convention `export const migrationNNNN: Migration`), whose
 *   `name` is the file name without `.ts` (the name recorded in schema_migratie).
 *
 * Other files here (this one, tests) are not migrations. A landed migration is never edited: a change
 * is a new migration.
 */
export interface Migration {
  name: string;
  statements: string[];
}

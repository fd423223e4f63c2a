import type { Migration } from './migration';

/**
 * Formatieplaatsen as a third kind of import (issue 16, "and formatieplaatsen where those exist";
 * src/domain/import-formatie.ts). Migration 0019 allowed only 'medewerkers' and 'teams' as the kind
 * of a saved column mapping and of a committed import: both checks now allow 'formatieplaatsen'.
 * The constraints carry PostgreSQL's default names (table_column_check) on both engines.
 */
export const migration0027: Migration = {
  name: '0027_import_formatieplaatsen',
  statements: [
    'alter table import_koppeling drop constraint import_koppeling_soort_check',
    `alter table import_koppeling add constraint import_koppeling_soort_check
      check (soort in ('medewerkers', 'teams', 'formatieplaatsen'))`,
    'alter table import_verwerking drop constraint import_verwerking_soort_check',
    `alter table import_verwerking add constraint import_verwerking_soort_check
      check (soort in ('medewerkers', 'teams', 'formatieplaatsen'))`,
  ],
};

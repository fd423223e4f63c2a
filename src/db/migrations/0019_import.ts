import type { Migration } from './migration';

/**
 * Import from the HR system (issue 16).
 *
 * - `import_koppeling`: a named column mapping (Wendbaar field → the file's header text), saved so
 *   the next file from the same HR system maps itself. `velden` is a JSON object; which fields are
 *   valid is src/domain/import-velden.ts's, checked by the service, not by the table.
 * - `import_verwerking`: one row per committed import: the file's name and SHA-256, its kind, the
 *   peildatum and the counts. The file itself is never stored (it holds personal data the tables
 *   already hold); the audit record points at this row.
 */
export const migration0019: Migration = {
  name: '0019_import',
  statements: [
    `create table import_koppeling (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 100),
      soort text not null check (soort in ('medewerkers', 'teams')),
      velden jsonb not null,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create unique index import_koppeling_naam_uniek on import_koppeling (lower(naam))',
    `create table import_verwerking (
      id uuid primary key default gen_random_uuid(),
      bestandsnaam text not null check (length(bestandsnaam) between 1 and 255),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      soort text not null check (soort in ('medewerkers', 'teams')),
      peildatum date not null,
      volledig boolean not null,
      aantallen jsonb not null,
      door_account_id uuid references account (id),
      verwerkt_op timestamptz not null default now()
    )`,
    'create index import_verwerking_verwerkt_op on import_verwerking (verwerkt_op desc)',
  ],
};

import type { Migration } from './migration';

/**
 * Formatie (issue 13, first slice): the approved positions of a team over time, and who fills them.
 *
 * - A formatieplaats is expressed in FTE and may be larger than 1: municipalities budget a function
 *   as "Beleidsmedewerker, 2,0 fte" rather than as two numbered chairs, and part-timers fill it in
 *   shares. Up to 99 FTE, four decimals (an hour a week is 0,0278 FTE).
 * - Funding says where the money comes from: the regular budget, a programma (its id) or a subsidy
 *   (described in words). A temporary place always has an end date.
 * - A plaatsing puts one medewerker on one place for a period with an FTE share; the same person is
 *   on the same place once at a time (the exclusion constraint; btree_gist is loaded on both
 *   engines). Whether the shares fit the place (boventallig) or the person's contract is the
 *   service's and src/domain/formatie.ts's to judge: the first is reported, the second refused.
 */
export const migration0012: Migration = {
  name: '0012_formatie',
  statements: [
    `create table formatieplaats (
      id uuid primary key default gen_random_uuid(),
      team_id uuid not null references team (id),
      functie_naam text not null check (length(btrim(functie_naam)) between 1 and 200),
      functiefamilie text check (length(functiefamilie) <= 200),
      functieniveau text check (length(functieniveau) <= 50),
      salarisschaal text not null check (salarisschaal ~ '^[0-9A-Za-z.+-]{1,10}$'),
      fte numeric(6, 4) not null check (fte > 0 and fte <= 99),
      ingangsdatum date not null,
      einddatum date,
      soort text not null check (soort in ('structureel', 'tijdelijk')),
      financiering text not null check (financiering in ('regulier', 'programma', 'subsidie')),
      programma_id uuid references programma (id),
      subsidie text check (length(subsidie) <= 500),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (einddatum is null or einddatum >= ingangsdatum),
      check (soort = 'structureel' or einddatum is not null),
      check ((financiering = 'programma') = (programma_id is not null)),
      check ((financiering = 'subsidie') = (subsidie is not null))
    )`,
    'create index formatieplaats_team on formatieplaats (team_id, ingangsdatum)',
    `create table plaatsing (
      id uuid primary key default gen_random_uuid(),
      formatieplaats_id uuid not null references formatieplaats (id),
      medewerker_id uuid not null references medewerker (id),
      fte numeric(6, 4) not null check (fte > 0 and fte <= 2),
      ingangsdatum date not null,
      einddatum date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (einddatum is null or einddatum >= ingangsdatum),
      constraint plaatsing_een_keer exclude using gist (
        medewerker_id with =, formatieplaats_id with =, daterange(ingangsdatum, einddatum, '[]') with &&
      )
    )`,
    'create index plaatsing_formatieplaats on plaatsing (formatieplaats_id)',
    'create index plaatsing_medewerker on plaatsing (medewerker_id)',
  ],
};

import type { Migration } from './migration';

/**
 * Loonsom (issue 13, second slice): salary tables as data, the employer's costs as effective-dated
 * settings, and a loonsombudget per team and year.
 *
 * - A salaristabel holds, per salarisschaal (the same codes as formatieplaats.salarisschaal) and
 *   trede, the full-time monthly amount; it applies from its geldig_vanaf until the next table's.
 *   One table per date: loading a correction for the same date is a change to that table.
 * - werkgeverslasten: the IKB, pension (employer share) and social premiums as percentages of the
 *   salary, an optional overhead per FTE per year, the yearly increase assumed after the newest
 *   table, and the trede vacancies are costed at (null: the middle of the scale). One row per date.
 * - loonsombudget: the budget a team has for its loonsom in a year (the begroting has no budget
 *   lines per team, so it is kept here).
 */
export const migration0013: Migration = {
  name: '0013_loonsom',
  statements: [
    `create table salaristabel (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 200),
      geldig_vanaf date not null,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint salaristabel_geldig_vanaf_uniek unique (geldig_vanaf)
    )`,
    `create table salaristabel_bedrag (
      salaristabel_id uuid not null references salaristabel (id) on delete cascade,
      schaal text not null check (schaal ~ '^[0-9A-Za-z.+-]{1,10}$'),
      trede integer not null check (trede between 0 and 99),
      bedrag numeric(7, 2) not null check (bedrag > 0),
      primary key (salaristabel_id, schaal, trede)
    )`,
    `create table werkgeverslasten (
      id uuid primary key default gen_random_uuid(),
      geldig_vanaf date not null,
      ikb_percentage numeric(6, 3) not null check (ikb_percentage between 0 and 100),
      pensioen_percentage numeric(6, 3) not null check (pensioen_percentage between 0 and 100),
      sociale_premies_percentage numeric(6, 3) not null check (sociale_premies_percentage between 0 and 100),
      opslag_per_fte numeric(10, 2) check (opslag_per_fte >= 0),
      loonstijging_percentage numeric(6, 3) not null default 0 check (loonstijging_percentage between -50 and 50),
      vacature_trede integer check (vacature_trede between 0 and 99),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint werkgeverslasten_geldig_vanaf_uniek unique (geldig_vanaf)
    )`,
    `create table loonsombudget (
      id uuid primary key default gen_random_uuid(),
      team_id uuid not null references team (id),
      jaar integer not null check (jaar between 2000 and 2100),
      bedrag numeric(14, 2) not null check (bedrag >= 0),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint loonsombudget_team_jaar_uniek unique (team_id, jaar)
    )`,
  ],
};

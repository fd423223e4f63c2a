import type { Migration } from './migration';

/**
 * Ontwikkeling (issue 14, items 1, 3 and 4): development plans of medewerkers, teams and leaders,
 * the organisation's development themes, and the ontwikkelbudget.
 *
 * - An ontwikkelplan belongs to exactly one owner: a medewerker (soort 'medewerker', or
 *   'leiderschap' for the leadership development of a teamleider or directeur) or a team (soort
 *   'team'). One plan per owner, soort and year.
 * - `budget_team_id` is the team whose ontwikkelbudget the plan's costs are charged to: the team
 *   itself for a team plan, the medewerker's basisteam when the plan was made, or null for the
 *   organisation's own budget (a directeur's leadership plan). Kept on the plan, so a move to
 *   another team does not move last year's spending with the person.
 * - Amounts are whole cents (bigint), hours numeric: no rounding drift in budget sums.
 * - ontwikkelbudget: one per year for the organisation (team_id null) and per team and year; two
 *   partial unique indexes because null is never equal to null in a plain unique constraint.
 */
export const migration0017: Migration = {
  name: '0017_ontwikkeling',
  statements: [
    `create table ontwikkelthema (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 200),
      omschrijving text check (omschrijving is null or length(omschrijving) <= 2000),
      actief boolean not null default true,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      constraint ontwikkelthema_naam_uniek unique (naam)
    )`,
    `create table ontwikkelplan (
      id uuid primary key default gen_random_uuid(),
      jaar integer not null check (jaar between 2000 and 2100),
      soort text not null check (soort in ('medewerker', 'team', 'leiderschap')),
      medewerker_id uuid references medewerker (id),
      team_id uuid references team (id),
      budget_team_id uuid references team (id),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint ontwikkelplan_een_eigenaar check ((medewerker_id is null) <> (team_id is null)),
      constraint ontwikkelplan_soort_past check ((soort = 'team') = (team_id is not null))
    )`,
    `create unique index ontwikkelplan_medewerker_uniek on ontwikkelplan (medewerker_id, soort, jaar)
      where medewerker_id is not null`,
    'create unique index ontwikkelplan_team_uniek on ontwikkelplan (team_id, jaar) where team_id is not null',
    `create table ontwikkeldoel (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references ontwikkelplan (id) on delete cascade,
      omschrijving text not null check (length(btrim(omschrijving)) between 1 and 1000),
      status text not null default 'open' check (status in ('open', 'bezig', 'behaald', 'vervallen')),
      thema_id uuid references ontwikkelthema (id),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index ontwikkeldoel_plan on ontwikkeldoel (plan_id)',
    `create table ontwikkelactiviteit (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references ontwikkelplan (id) on delete cascade,
      doel_id uuid references ontwikkeldoel (id) on delete set null,
      soort text not null check (soort in ('training', 'cursus', 'coaching', 'intervisie', 'traineeship', 'jobrotatie', 'overig')),
      titel text not null check (length(btrim(titel)) between 1 and 300),
      van date not null,
      tot date not null,
      kosten_centen bigint not null default 0 check (kosten_centen between 0 and 100000000000),
      uren numeric(7, 2) not null default 0 check (uren between 0 and 10000),
      status text not null default 'gepland' check (status in ('gepland', 'bezig', 'afgerond', 'geannuleerd')),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint ontwikkelactiviteit_periode check (van <= tot)
    )`,
    'create index ontwikkelactiviteit_plan on ontwikkelactiviteit (plan_id)',
    `create table ontwikkelbudget (
      id uuid primary key default gen_random_uuid(),
      jaar integer not null check (jaar between 2000 and 2100),
      team_id uuid references team (id),
      bedrag_centen bigint not null check (bedrag_centen between 0 and 100000000000000),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create unique index ontwikkelbudget_team_jaar on ontwikkelbudget (team_id, jaar) where team_id is not null',
    'create unique index ontwikkelbudget_organisatie_jaar on ontwikkelbudget (jaar) where team_id is null',
  ],
};

import type { Migration } from './migration';

/**
 * The robust side, second part: the programme budget (begrotingsprogramma's with their beleidsdoelen
 * per begrotingsjaar), teams' result goals with a unique priority within team and period, the goals'
 * progress history, and inzet: runs of whole weeks with hours per week of a medewerker on a goal.
 * The priority constraint is deferrable so a reorder can swap ranks inside one transaction; a
 * version per (medewerker, goal) guards the grid against lost updates.
 */
export const migration0004: Migration = {
  name: '0004_resultaatdoelen',
  statements: [
    `create table begrotingsprogramma (
      id uuid primary key default gen_random_uuid(),
      begrotingsjaar smallint not null check (begrotingsjaar between 2000 and 2100),
      code text not null,
      naam text not null,
      unique (begrotingsjaar, code)
    )`,
    `create table beleidsdoel (
      id uuid primary key default gen_random_uuid(),
      begrotingsprogramma_id uuid not null references begrotingsprogramma (id),
      naam text not null,
      omschrijving text
    )`,
    `create table resultaatdoel (
      id uuid primary key default gen_random_uuid(),
      team_id uuid not null references team (id),
      periode text not null check (periode ~ '^[0-9]{4}(-Q[1-4])?$'),
      titel text not null,
      omschrijving text,
      indicator text,
      doelwaarde numeric(12, 2),
      eenheid text,
      prioriteit integer not null check (prioriteit >= 1),
      geschatte_uren numeric(8, 2) not null default 0 check (geschatte_uren >= 0),
      eigenaar_medewerker_id uuid references medewerker (id),
      status text not null default 'gepland' check (status in ('gepland', 'actief', 'behaald', 'niet-behaald', 'vervallen')),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint resultaatdoel_prioriteit_uniek unique (team_id, periode, prioriteit) deferrable initially immediate
    )`,
    `create table resultaatdoel_beleidsdoel (
      resultaatdoel_id uuid not null references resultaatdoel (id) on delete cascade,
      beleidsdoel_id uuid not null references beleidsdoel (id),
      gewicht numeric(4, 3) not null check (gewicht > 0 and gewicht <= 1),
      primary key (resultaatdoel_id, beleidsdoel_id)
    )`,
    `create table voortgang (
      id uuid primary key default gen_random_uuid(),
      resultaatdoel_id uuid not null references resultaatdoel (id),
      datum date not null,
      waarde numeric(12, 2),
      toelichting text,
      account_id uuid references account (id),
      aangemaakt_op timestamptz not null default now()
    )`,
    'create index voortgang_resultaatdoel on voortgang (resultaatdoel_id, datum)',
    `create table inzet (
      id uuid primary key default gen_random_uuid(),
      medewerker_id uuid not null references medewerker (id),
      soort text not null check (soort in ('robuust', 'wendbaar')),
      resultaatdoel_id uuid references resultaatdoel (id),
      van date not null,
      tot date not null,
      uren_per_week numeric(5, 2) not null check (uren_per_week > 0 and uren_per_week <= 60),
      check (tot >= van and extract(isodow from van) = 1 and extract(isodow from tot) = 7),
      check (soort <> 'robuust' or resultaatdoel_id is not null),
      exclude using gist (medewerker_id with =, resultaatdoel_id with =, daterange(van, tot, '[]') with &&)
    )`,
    'create index inzet_medewerker on inzet (medewerker_id, van)',
    'create index inzet_resultaatdoel on inzet (resultaatdoel_id)',
    `create table inzet_reeks (
      medewerker_id uuid not null references medewerker (id),
      resultaatdoel_id uuid not null references resultaatdoel (id),
      versie integer not null default 0,
      primary key (medewerker_id, resultaatdoel_id)
    )`,
  ],
};

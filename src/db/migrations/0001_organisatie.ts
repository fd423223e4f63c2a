import type { Migration } from './migration';

/**
 * The organisation register: teams, medewerkers, contracturen, teamlidmaatschap, leiderschap and
 * the expertise catalogue. Effective-dated facts are kept as [ingangsdatum, einddatum] ranges; the
 * exclusion constraints make the database itself refuse overlaps, so history is never overwritten.
 */
export const migration0001: Migration = {
  name: '0001_organisatie',
  statements: [
    'create extension if not exists btree_gist',
    `create table team (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 200),
      soort text not null check (soort in ('directie', 'basisteam')),
      parent_id uuid references team (id),
      omschrijving text,
      opgeheven_op date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      unique (id, soort),
      check (parent_id is null or parent_id <> id)
    )`,
    'create unique index team_naam_uniek on team (lower(naam)) where opgeheven_op is null',
    'create index team_parent on team (parent_id)',
    `create table medewerker (
      id uuid primary key default gen_random_uuid(),
      personeelsnummer text not null unique,
      voornaam text not null,
      tussenvoegsel text,
      achternaam text not null,
      e_mail text not null,
      functie text not null,
      schaal smallint not null check (schaal between 1 and 18),
      trede smallint not null check (trede between 0 and 20),
      in_dienst date not null,
      uit_dienst date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (uit_dienst is null or uit_dienst >= in_dienst)
    )`,
    'create unique index medewerker_e_mail_uniek on medewerker (lower(e_mail))',
    'create index medewerker_achternaam on medewerker (lower(achternaam), lower(voornaam))',
    `create table contracturen (
      id uuid primary key default gen_random_uuid(),
      medewerker_id uuid not null references medewerker (id),
      uren_per_week numeric(5, 2) not null check (uren_per_week >= 0 and uren_per_week <= 40),
      ingangsdatum date not null,
      einddatum date,
      aangemaakt_op timestamptz not null default now(),
      check (einddatum is null or einddatum >= ingangsdatum),
      exclude using gist (medewerker_id with =, daterange(ingangsdatum, einddatum, '[]') with &&)
    )`,
    'create index contracturen_medewerker on contracturen (medewerker_id, ingangsdatum)',
    `create table teamlidmaatschap (
      id uuid primary key default gen_random_uuid(),
      medewerker_id uuid not null references medewerker (id),
      team_id uuid not null references team (id),
      ingangsdatum date not null,
      einddatum date,
      aangemaakt_op timestamptz not null default now(),
      check (einddatum is null or einddatum >= ingangsdatum),
      exclude using gist (medewerker_id with =, daterange(ingangsdatum, einddatum, '[]') with &&)
    )`,
    'create index teamlidmaatschap_team on teamlidmaatschap (team_id, ingangsdatum)',
    'create index teamlidmaatschap_medewerker on teamlidmaatschap (medewerker_id, ingangsdatum)',
    `create table leiderschap (
      id uuid primary key default gen_random_uuid(),
      medewerker_id uuid not null references medewerker (id),
      team_id uuid not null,
      rol text not null check (rol in ('teamleider', 'directeur')),
      gemeentesecretaris boolean not null default false,
      team_soort text generated always as (case rol when 'teamleider' then 'basisteam' else 'directie' end) stored,
      ingangsdatum date not null,
      einddatum date,
      aangemaakt_op timestamptz not null default now(),
      foreign key (team_id, team_soort) references team (id, soort),
      check (einddatum is null or einddatum >= ingangsdatum),
      check (not gemeentesecretaris or rol = 'directeur'),
      exclude using gist (team_id with =, daterange(ingangsdatum, einddatum, '[]') with &&) where (rol = 'teamleider'),
      exclude using gist (medewerker_id with =, team_id with =, daterange(ingangsdatum, einddatum, '[]') with &&)
    )`,
    'create index leiderschap_medewerker on leiderschap (medewerker_id)',
    `create table expertise (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 120),
      categorie text not null,
      omschrijving text,
      vervallen boolean not null default false,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create unique index expertise_naam_uniek on expertise (lower(naam))',
    `create table medewerker_expertise (
      medewerker_id uuid not null references medewerker (id),
      expertise_id uuid not null references expertise (id),
      niveau smallint not null check (niveau between 1 and 4),
      ambitie boolean not null default false,
      versie integer not null default 1,
      gewijzigd_op timestamptz not null default now(),
      primary key (medewerker_id, expertise_id)
    )`,
    'create index medewerker_expertise_expertise on medewerker_expertise (expertise_id, niveau)',
  ],
};

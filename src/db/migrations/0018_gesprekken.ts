import type { Migration } from './migration';

/**
 * The gesprekscyclus (issue 14, item 2).
 *
 * - `gesprekssoort`: the kinds of conversation the organisation holds (planning, voortgang,
 *   ontwikkeling, and whatever P&O adds). A table rather than an `instelling` row, because a
 *   conversation refers to its kind by key and a kind that is no longer used is switched off
 *   (`actief`), never deleted, so old conversations keep their name.
 * - `gesprek`: one conversation of one medewerker. `leidinggevende_id` and `team_id` are the
 *   medewerker's basisteam and its teamleider ON THE DATE of the conversation, derived from
 *   teamlidmaatschap and leiderschap when it is recorded (src/domain/gesprek.ts): the one who held
 *   it keeps seeing it after a move, the current teamleider sees it too (src/access/gesprek.ts).
 * - `gesprek_actie`: what was agreed, with its owner (medewerker or leidinggevende) and deadline.
 * - `gesprek_notitie`: the medewerker's own notes; only the medewerker writes them.
 */
export const migration0018: Migration = {
  name: '0018_gesprekken',
  statements: [
    `create table gesprekssoort (
      code text primary key check (code ~ '^[a-z][a-z0-9-]{0,39}$'),
      naam text not null check (length(naam) between 1 and 100),
      actief boolean not null default true,
      volgorde integer not null default 0
    )`,
    `insert into gesprekssoort (code, naam, volgorde) values
      ('planning', 'Planningsgesprek', 1),
      ('voortgang', 'Voortgangsgesprek', 2),
      ('ontwikkeling', 'Ontwikkelgesprek', 3)`,
    `create table gesprek (
      id uuid primary key default gen_random_uuid(),
      medewerker_id uuid not null references medewerker (id),
      soort text not null references gesprekssoort (code),
      datum date not null,
      team_id uuid references team (id),
      leidinggevende_id uuid references medewerker (id),
      deelnemers text not null default '' check (length(deelnemers) <= 1000),
      verslag text not null default '' check (length(verslag) <= 20000),
      status text not null default 'gepland' check (status in ('gepland', 'gevoerd', 'vastgesteld')),
      aangemaakt_door uuid references account (id),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index gesprek_medewerker on gesprek (medewerker_id, datum)',
    'create index gesprek_leidinggevende on gesprek (leidinggevende_id)',
    `create table gesprek_actie (
      id uuid primary key default gen_random_uuid(),
      gesprek_id uuid not null references gesprek (id) on delete cascade,
      omschrijving text not null check (length(omschrijving) between 1 and 1000),
      eigenaar text not null check (eigenaar in ('medewerker', 'leidinggevende')),
      deadline date,
      afgerond_op date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index gesprek_actie_gesprek on gesprek_actie (gesprek_id)',
    'create index gesprek_actie_open on gesprek_actie (deadline) where afgerond_op is null',
    `create table gesprek_notitie (
      id uuid primary key default gen_random_uuid(),
      gesprek_id uuid not null references gesprek (id) on delete cascade,
      tekst text not null check (length(tekst) between 1 and 4000),
      aangemaakt_op timestamptz not null default now()
    )`,
    'create index gesprek_notitie_gesprek on gesprek_notitie (gesprek_id)',
  ],
};

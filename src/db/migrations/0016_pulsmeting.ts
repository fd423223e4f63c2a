import type { Migration } from './migration';

/**
 * The pulsmeting (issue 14, item 5), anonymous by construction.
 *
 * - `puls_antwoord` holds an answer with no link to the person: no medewerker, no account, no
 *   timestamp, and a random id. It carries the respondent's basisteam on the day of answering,
 *   because results per team are the point of the round; those are published only for groups of at
 *   least five answers (src/domain/puls-anonimiteit.ts).
 * - `puls_deelname` records that a person answered a round (one per person per round, enforced by
 *   its primary key, also under concurrent submissions). It has no key that joins to an answer and
 *   no timestamp, so "who answered when" cannot be paired with "what was answered when".
 * - Questions are rows of the round, so a round keeps the wording it was answered with.
 */
export const migration0016: Migration = {
  name: '0016_pulsmeting',
  statements: [
    `create table puls_ronde (
      id uuid primary key default gen_random_uuid(),
      titel text not null check (length(titel) between 1 and 200),
      status text not null default 'concept' check (status in ('concept', 'open', 'gesloten')),
      open_vraag text check (open_vraag is null or length(open_vraag) between 1 and 500),
      geopend_op timestamptz,
      gesloten_op timestamptz,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now()
    )`,
    `create table puls_vraag (
      ronde_id uuid not null references puls_ronde (id) on delete cascade,
      code text not null check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
      tekst text not null check (length(tekst) between 1 and 300),
      volgorde integer not null,
      primary key (ronde_id, code)
    )`,
    `create table puls_antwoord (
      id uuid primary key default gen_random_uuid(),
      ronde_id uuid not null references puls_ronde (id),
      team_id uuid references team (id),
      scores jsonb not null,
      open_antwoord text check (open_antwoord is null or length(open_antwoord) <= 2000)
    )`,
    'create index puls_antwoord_ronde_team on puls_antwoord (ronde_id, team_id)',
    `create table puls_deelname (
      ronde_id uuid not null references puls_ronde (id),
      medewerker_id uuid not null references medewerker (id),
      primary key (ronde_id, medewerker_id)
    )`,
  ],
};

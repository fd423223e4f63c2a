import type { Migration } from './migration';

/**
 * The veranderprogramma (issue 15, item 1; src/domain/veranderprogramma.ts).
 *
 * - `verander_fase`: the numbered phases 0..5 of the programme (one row per number), with goal,
 *   period and status.
 * - `verander_thema`: a theme carried by a trekker (a medewerker), optionally placed in a phase.
 * - `verander_thema_lid`: the transitieteam of a theme. A member's hours are not stored here but
 *   as `inzet` (soort 'wendbaar', `inzet.verander_thema_id`), written through the inzet repository,
 *   so every capacity figure (beschikbaarheid, werkdruk, team capacity) counts them with no second
 *   path. Membership periods are whole weeks (monday..sunday) because inzet is.
 * - `verander_actie`: actions and milestones of a theme with an owner and a date, tracked to done.
 *
 * The inzet check `inzet_wendbaar_heeft_vraag` (0006) is relaxed: wendbaar inzet may hang on a
 * theme instead of a capaciteitsvraag or resultaatdoel.
 */
export const migration0023: Migration = {
  name: '0023_veranderprogramma',
  statements: [
    `create table verander_fase (
      id uuid primary key default gen_random_uuid(),
      volgnummer integer not null unique check (volgnummer between 0 and 5),
      naam text not null check (length(naam) between 1 and 200),
      doel text not null default '' check (length(doel) <= 4000),
      van date,
      tot date,
      status text not null default 'gepland' check (status in ('gepland', 'lopend', 'afgerond')),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (van is null or tot is null or tot >= van)
    )`,
    `create table verander_thema (
      id uuid primary key default gen_random_uuid(),
      naam text not null unique check (length(naam) between 1 and 200),
      omschrijving text not null default '' check (length(omschrijving) <= 4000),
      trekker_medewerker_id uuid references medewerker (id),
      fase_id uuid references verander_fase (id),
      status text not null default 'actief' check (status in ('actief', 'gepauzeerd', 'afgerond')),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index verander_thema_trekker on verander_thema (trekker_medewerker_id)',
    'create index verander_thema_fase on verander_thema (fase_id)',
    `create table verander_thema_lid (
      id uuid primary key default gen_random_uuid(),
      thema_id uuid not null references verander_thema (id) on delete cascade,
      medewerker_id uuid not null references medewerker (id),
      rol text not null default 'lid' check (length(rol) between 1 and 200),
      uren_per_week numeric(5, 2) not null check (uren_per_week > 0 and uren_per_week <= 60),
      van date not null,
      tot date not null,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (tot >= van and extract(isodow from van) = 1 and extract(isodow from tot) = 7),
      unique (thema_id, medewerker_id)
    )`,
    'create index verander_thema_lid_medewerker on verander_thema_lid (medewerker_id)',
    `create table verander_actie (
      id uuid primary key default gen_random_uuid(),
      thema_id uuid not null references verander_thema (id) on delete cascade,
      soort text not null check (soort in ('actie', 'mijlpaal')),
      titel text not null check (length(titel) between 1 and 300),
      toelichting text not null default '' check (length(toelichting) <= 4000),
      eigenaar_medewerker_id uuid references medewerker (id),
      datum date,
      status text not null default 'open' check (status in ('open', 'gereed')),
      gereed_op date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check ((status = 'gereed') = (gereed_op is not null))
    )`,
    'create index verander_actie_thema on verander_actie (thema_id, datum)',
    'alter table inzet add column verander_thema_id uuid references verander_thema (id)',
    'create index inzet_verander_thema on inzet (verander_thema_id)',
    'alter table inzet drop constraint inzet_wendbaar_heeft_vraag',
    `alter table inzet add constraint inzet_wendbaar_heeft_vraag check (soort <> 'wendbaar'
      or capaciteitsvraag_id is not null or resultaatdoel_id is not null or verander_thema_id is not null)`,
    `alter table inzet add constraint inzet_verander_thema_overlap
      exclude using gist (medewerker_id with =, verander_thema_id with =, daterange(van, tot, '[]') with &&)`,
  ],
};

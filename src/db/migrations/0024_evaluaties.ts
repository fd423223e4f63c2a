import type { Migration } from './migration';

/**
 * Evaluaties (issue 15, item 2; src/domain/evaluatie.ts).
 *
 * - `evaluatie`: an evaluation moment of a phase, a theme, the organisation as a whole or an opgave
 *   (`onderwerp_soort` with exactly the matching nullable foreign key set, checked here), with its
 *   date, summary and state `concept` → `vastgesteld`.
 * - `evaluatie_vraag` and `evaluatie_bevinding`: the questions asked (with the answer found) and the
 *   findings, in order.
 * - `evaluatie_actie`: the follow-up actions, each with an owner (a medewerker) and a date, tracked
 *   to `gereed`.
 *
 * "Earlier evaluations stay readable as they were": once vastgesteld, triggers refuse every update or
 * delete of the evaluation, its questions and its findings; of a follow-up action only the progress
 * columns (status, gereed_op, gereed_door, versie, gewijzigd_op) may still change, and it cannot be
 * removed. Inserts are left to the service: a backup restore inserts a vastgestelde evaluation before
 * its rows, parents first, and must not be refused.
 */
export const migration0024: Migration = {
  name: '0024_evaluaties',
  statements: [
    `create table evaluatie (
      id uuid primary key default gen_random_uuid(),
      titel text not null check (length(titel) between 1 and 300),
      onderwerp_soort text not null check (onderwerp_soort in ('fase', 'thema', 'organisatie', 'opgave')),
      verander_fase_id uuid references verander_fase (id),
      verander_thema_id uuid references verander_thema (id),
      opgave_id uuid references opgave (id),
      datum date not null,
      status text not null default 'concept' check (status in ('concept', 'vastgesteld')),
      samenvatting text not null default '' check (length(samenvatting) <= 8000),
      vastgesteld_op timestamptz,
      vastgesteld_door text,
      aangemaakt_door text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint evaluatie_een_onderwerp check (
        (verander_fase_id is not null) = (onderwerp_soort = 'fase')
        and (verander_thema_id is not null) = (onderwerp_soort = 'thema')
        and (opgave_id is not null) = (onderwerp_soort = 'opgave')
      ),
      constraint evaluatie_vastgesteld_compleet check ((status = 'vastgesteld') = (vastgesteld_op is not null))
    )`,
    'create index evaluatie_fase on evaluatie (verander_fase_id)',
    'create index evaluatie_thema on evaluatie (verander_thema_id)',
    'create index evaluatie_opgave on evaluatie (opgave_id)',
    'create index evaluatie_datum on evaluatie (datum)',
    `create table evaluatie_vraag (
      id uuid primary key default gen_random_uuid(),
      evaluatie_id uuid not null references evaluatie (id) on delete cascade,
      volgorde integer not null,
      vraag text not null check (length(vraag) between 1 and 1000),
      antwoord text not null default '' check (length(antwoord) <= 8000)
    )`,
    'create index evaluatie_vraag_evaluatie on evaluatie_vraag (evaluatie_id, volgorde)',
    `create table evaluatie_bevinding (
      id uuid primary key default gen_random_uuid(),
      evaluatie_id uuid not null references evaluatie (id) on delete cascade,
      volgorde integer not null,
      soort text not null default 'verbeterpunt' check (soort in ('sterk', 'verbeterpunt', 'risico')),
      tekst text not null check (length(tekst) between 1 and 4000)
    )`,
    'create index evaluatie_bevinding_evaluatie on evaluatie_bevinding (evaluatie_id, volgorde)',
    `create table evaluatie_actie (
      id uuid primary key default gen_random_uuid(),
      evaluatie_id uuid not null references evaluatie (id) on delete cascade,
      omschrijving text not null check (length(omschrijving) between 1 and 1000),
      eigenaar_medewerker_id uuid not null references medewerker (id),
      datum date not null,
      status text not null default 'open' check (status in ('open', 'gereed')),
      gereed_op date,
      gereed_door text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint evaluatie_actie_gereed_compleet check ((status = 'gereed') = (gereed_op is not null))
    )`,
    'create index evaluatie_actie_evaluatie on evaluatie_actie (evaluatie_id)',
    // Mijn werk asks for one owner's open actions.
    `create index evaluatie_actie_eigenaar_open on evaluatie_actie (eigenaar_medewerker_id) where status = 'open'`,
    `create function evaluatie_onveranderlijk() returns trigger language plpgsql as $$
      begin
        if old.status = 'vastgesteld' then
          raise exception 'Een vastgestelde evaluatie is onveranderlijk' using errcode = '55000';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`,
    `create trigger evaluatie_geen_wijziging before update or delete on evaluatie
      for each row execute function evaluatie_onveranderlijk()`,
    // Questions and findings: refused when the evaluation they belong (or are moved) to is vastgesteld.
    // Under a cascade from deleting a concept evaluation the parent is already gone: allowed.
    `create function evaluatie_onderdeel_onveranderlijk() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from evaluatie e where e.status = 'vastgesteld'
            and (e.id = old.evaluatie_id or (tg_op = 'UPDATE' and e.id = new.evaluatie_id))) then
          raise exception 'Een vastgestelde evaluatie is onveranderlijk' using errcode = '55000';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`,
    `create trigger evaluatie_vraag_geen_wijziging before update or delete on evaluatie_vraag
      for each row execute function evaluatie_onderdeel_onveranderlijk()`,
    `create trigger evaluatie_bevinding_geen_wijziging before update or delete on evaluatie_bevinding
      for each row execute function evaluatie_onderdeel_onveranderlijk()`,
    // A follow-up action of a vastgestelde evaluation: only its progress may change.
    `create function evaluatie_actie_alleen_voortgang() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from evaluatie e where e.id = old.evaluatie_id and e.status = 'vastgesteld') then
          if tg_op = 'DELETE'
              or new.evaluatie_id is distinct from old.evaluatie_id
              or new.omschrijving is distinct from old.omschrijving
              or new.eigenaar_medewerker_id is distinct from old.eigenaar_medewerker_id
              or new.datum is distinct from old.datum
              or new.aangemaakt_op is distinct from old.aangemaakt_op then
            raise exception 'Van een actie uit een vastgestelde evaluatie verandert alleen de voortgang'
              using errcode = '55000';
          end if;
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`,
    `create trigger evaluatie_actie_voortgang before update or delete on evaluatie_actie
      for each row execute function evaluatie_actie_alleen_voortgang()`,
  ],
};

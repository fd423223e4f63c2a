import type { Migration } from './migration';

/**
 * The OR-dossier (issue 15, item 4; src/domain/or-dossier.ts, or-termijnen.ts).
 *
 * - `or_verzoek`: a request of the directie to the ondernemingsraad for advice (art. 25), consent
 *   (art. 27) or information, with the OR's answer and the directie's decision on the same row: one
 *   procedure has one answer and one decision, and the dates the law attaches follow from them.
 *   `documenten` holds typed references ({soort, id, titel} to a voorstel, scenario or
 *   bestuursopdracht, checked to exist when stored; or {soort: 'link', url, titel}) as jsonb: they are
 *   read with the verzoek, never queried on their own. No personal data beyond the authors' names.
 * - `or_overleg`: an overlegvergadering with its notulen; `or_agendapunt` its agenda (optionally
 *   about a verzoek); `or_overleg_actie` what was agreed, with an owner (a name or body, free text)
 *   and a due date, tracked to done.
 */
export const migration0022: Migration = {
  name: '0022_or_dossier',
  statements: [
    `create table or_verzoek (
      id uuid primary key default gen_random_uuid(),
      soort text not null check (soort in ('advies', 'instemming', 'informatie')),
      status text not null default 'concept' check (status in ('concept', 'ingediend', 'advies-uitgebracht',
        'instemming-gegeven', 'instemming-geweigerd', 'besluit-genomen', 'ingetrokken')),
      onderwerp text not null check (length(onderwerp) between 1 and 300),
      aanleiding text check (length(aanleiding) <= 8000),
      voorgenomen_besluit text check (length(voorgenomen_besluit) <= 8000),
      personele_gevolgen text check (length(personele_gevolgen) <= 8000),
      documenten jsonb not null default '[]',
      reactie_gevraagd_voor date,
      or_geinformeerd_op date,
      reactie_uitkomst text check (reactie_uitkomst in ('positief', 'negatief', 'voorwaardelijk', 'gegeven', 'geweigerd')),
      reactie_tekst text check (length(reactie_tekst) <= 8000),
      reactie_op date,
      reactie_door text,
      besluit_tekst text check (length(besluit_tekst) <= 8000),
      besluit_datum date,
      besluit_or_geinformeerd_op date,
      besluit_volgt_advies boolean,
      besluit_door text,
      or_ziet_af_van_opschorting boolean not null default false,
      vervangende_toestemming_datum date,
      vervangende_toestemming_kenmerk text check (length(vervangende_toestemming_kenmerk) <= 200),
      ingetrokken_op date,
      intrekking_reden text check (length(intrekking_reden) <= 2000),
      aangemaakt_door text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check ((besluit_datum is null) = (besluit_or_geinformeerd_op is null)),
      check ((vervangende_toestemming_datum is null) = (vervangende_toestemming_kenmerk is null))
    )`,
    'create index or_verzoek_status on or_verzoek (status)',
    `create table or_overleg (
      id uuid primary key default gen_random_uuid(),
      datum date not null,
      titel text not null check (length(titel) between 1 and 300),
      notulen text not null default '' check (length(notulen) <= 50000),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index or_overleg_datum on or_overleg (datum)',
    `create table or_agendapunt (
      id uuid primary key default gen_random_uuid(),
      overleg_id uuid not null references or_overleg (id) on delete cascade,
      volgorde integer not null,
      titel text not null check (length(titel) between 1 and 300),
      verzoek_id uuid references or_verzoek (id)
    )`,
    'create index or_agendapunt_overleg on or_agendapunt (overleg_id, volgorde)',
    'create index or_agendapunt_verzoek on or_agendapunt (verzoek_id)',
    `create table or_overleg_actie (
      id uuid primary key default gen_random_uuid(),
      overleg_id uuid not null references or_overleg (id) on delete cascade,
      omschrijving text not null check (length(omschrijving) between 1 and 1000),
      eigenaar text not null check (length(eigenaar) between 1 and 200),
      deadline date,
      afgerond_op date,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index or_overleg_actie_overleg on or_overleg_actie (overleg_id)',
  ],
};

import type { Migration } from './migration';

/**
 * The agile side: programma's, opgaven with their exploration (stakeholders, findings), the
 * college's role decision and their lifecycle; bestuurlijke ambities; bestuursopdrachten whose
 * working copy is a JSON document, frozen on submission into immutable versions (the database
 * refuses to change or remove one) on which the college decides; and capaciteitsvragen of either
 * kind of dossier. Every step of a lifecycle is kept in `dossier_overgang`.
 */
export const migration0005: Migration = {
  name: '0005_wendbaar',
  statements: [
    `create table programma (
      id uuid primary key default gen_random_uuid(),
      naam text not null unique,
      omschrijving text,
      programmaregisseur_medewerker_id uuid references medewerker (id),
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    `create table opgave (
      id uuid primary key default gen_random_uuid(),
      titel text not null,
      omschrijving text,
      status text not null default 'signalering' check (status in
        ('signalering', 'verkenning', 'rolbepaling', 'aanpak', 'uitvoering', 'evaluatie', 'afgerond')),
      programma_id uuid references programma (id),
      programmaregisseur_medewerker_id uuid references medewerker (id),
      eigenaarschap text check (eigenaarschap in ('laag', 'midden', 'hoog')),
      overheidsrol_primair text check (overheidsrol_primair in ('rechtmatig', 'presterend', 'netwerkend', 'participerend')),
      overheidsrol_secundair text[] not null default '{}',
      rolbepaling_datum date,
      rolbepaling_besluit text,
      strategie text,
      aanpak text,
      evaluatie text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint opgave_rolbepaling_compleet check (
        (eigenaarschap is null and overheidsrol_primair is null and rolbepaling_datum is null and rolbepaling_besluit is null)
        or (eigenaarschap is not null and overheidsrol_primair is not null and rolbepaling_datum is not null and rolbepaling_besluit is not null))
    )`,
    'create index opgave_programma on opgave (programma_id)',
    `create table opgave_stakeholder (
      id uuid primary key default gen_random_uuid(),
      opgave_id uuid not null references opgave (id),
      naam text not null,
      soort text not null check (soort in ('intern', 'extern')),
      belang text,
      invloed text not null check (invloed in ('laag', 'midden', 'hoog')),
      betrokkenheid text not null check (betrokkenheid in ('informeren', 'raadplegen', 'coproduceren', 'meebeslissen')),
      aangemaakt_op timestamptz not null default now()
    )`,
    'create index opgave_stakeholder_opgave on opgave_stakeholder (opgave_id)',
    `create table opgave_bevinding (
      id uuid primary key default gen_random_uuid(),
      opgave_id uuid not null references opgave (id),
      datum date not null,
      tekst text not null,
      account_id uuid references account (id),
      aangemaakt_op timestamptz not null default now()
    )`,
    'create index opgave_bevinding_opgave on opgave_bevinding (opgave_id, datum)',
    `create table bestuurlijke_ambitie (
      id uuid primary key default gen_random_uuid(),
      titel text not null,
      tekst text,
      bron text not null check (bron in ('coalitieakkoord', 'collegeprogramma', 'nieuw')),
      portefeuillehouder text not null,
      voortgang smallint check (voortgang between 0 and 100),
      voortgang_toelichting text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    `create table ambitie_opgave (
      ambitie_id uuid not null references bestuurlijke_ambitie (id),
      opgave_id uuid not null references opgave (id),
      primary key (ambitie_id, opgave_id)
    )`,
    `create table bestuursopdracht (
      id uuid primary key default gen_random_uuid(),
      titel text not null,
      status text not null default 'concept' check (status in ('concept', 'verkend', 'ter-besluitvorming',
        'vastgesteld', 'gewijzigd-vastgesteld', 'aangehouden', 'afgewezen', 'in-uitvoering', 'afgerond', 'geevalueerd')),
      ambitie_id uuid references bestuurlijke_ambitie (id),
      programma_id uuid references programma (id),
      inhoud jsonb not null,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create index bestuursopdracht_ambitie on bestuursopdracht (ambitie_id)',
    `create table bestuursopdracht_versie (
      bestuursopdracht_id uuid not null references bestuursopdracht (id),
      nummer integer not null check (nummer >= 1),
      inhoud text not null,
      sha256 text not null,
      ingediend_op timestamptz not null default now(),
      account_id uuid references account (id),
      primary key (bestuursopdracht_id, nummer)
    )`,
    `create function bestuursopdracht_versie_onveranderlijk() returns trigger language plpgsql as $$
      begin
        raise exception 'Een ingediende versie van een bestuursopdracht is onveranderlijk' using errcode = '55000';
      end $$`,
    `create trigger bestuursopdracht_versie_geen_wijziging before update or delete on bestuursopdracht_versie
      for each row execute function bestuursopdracht_versie_onveranderlijk()`,
    `create trigger bestuursopdracht_versie_geen_truncate before truncate on bestuursopdracht_versie
      for each statement execute function bestuursopdracht_versie_onveranderlijk()`,
    `create table besluit (
      id uuid primary key default gen_random_uuid(),
      bestuursopdracht_id uuid not null,
      versie_nummer integer not null,
      uitkomst text not null check (uitkomst in ('vastgesteld', 'gewijzigd-vastgesteld', 'aangehouden', 'afgewezen')),
      besluitnummer text not null,
      datum date not null,
      voorwaarden text,
      account_id uuid references account (id),
      aangemaakt_op timestamptz not null default now(),
      foreign key (bestuursopdracht_id, versie_nummer) references bestuursopdracht_versie (bestuursopdracht_id, nummer),
      unique (bestuursopdracht_id, versie_nummer)
    )`,
    `create table capaciteitsvraag (
      id uuid primary key default gen_random_uuid(),
      opgave_id uuid references opgave (id),
      bestuursopdracht_id uuid references bestuursopdracht (id),
      expertise_id uuid not null references expertise (id),
      minimum_niveau smallint not null check (minimum_niveau between 1 and 4),
      team_id uuid references team (id),
      periode text not null check (periode ~ '^[0-9]{4}-Q[1-4]$'),
      uren numeric(8, 2) not null check (uren > 0),
      toelichting text,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      constraint capaciteitsvraag_een_dossier check ((opgave_id is null) <> (bestuursopdracht_id is null))
    )`,
    'create index capaciteitsvraag_opgave on capaciteitsvraag (opgave_id)',
    'create index capaciteitsvraag_bestuursopdracht on capaciteitsvraag (bestuursopdracht_id)',
    `create table dossier_overgang (
      id bigint generated always as identity primary key,
      opgave_id uuid references opgave (id),
      bestuursopdracht_id uuid references bestuursopdracht (id),
      van text not null,
      naar text not null,
      toelichting text,
      account_id uuid references account (id),
      op timestamptz not null default now(),
      constraint dossier_overgang_een_dossier check ((opgave_id is null) <> (bestuursopdracht_id is null))
    )`,
    'create index dossier_overgang_opgave on dossier_overgang (opgave_id, id)',
    'create index dossier_overgang_bestuursopdracht on dossier_overgang (bestuursopdracht_id, id)',
  ],
};

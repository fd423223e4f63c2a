import type { Migration } from './migration';

/**
 * Staffing the agile side: a priority per capaciteitsvraag, the share of a team's capacity kept for
 * robust work (per team, or the organisation's default), inzetverzoeken that the teamleider of the
 * medewerker's basisteam consents to, declines or answers with other hours — consent creates agile
 * inzet tied to the request and the capaciteitsvraag — and verdeelscenario's: computed proposals that
 * never touch live data until lines are turned into requests.
 */
export const migration0006: Migration = {
  name: '0006_inzetverzoeken',
  statements: [
    `alter table capaciteitsvraag add column prioriteit smallint not null default 3 check (prioriteit between 1 and 5)`,
    `alter table team add column robuust_reservering numeric(4, 3) check (robuust_reservering between 0 and 1)`,
    `insert into instelling (sleutel, waarde) values ('robuustReservering', '0.6'::jsonb)`,
    `create table inzetverzoek (
      id uuid primary key default gen_random_uuid(),
      capaciteitsvraag_id uuid not null references capaciteitsvraag (id),
      medewerker_id uuid not null references medewerker (id),
      team_id uuid not null references team (id),
      van date not null,
      tot date not null,
      uren_per_week numeric(5, 2) not null check (uren_per_week > 0 and uren_per_week <= 60),
      status text not null default 'aangevraagd'
        check (status in ('aangevraagd', 'ingestemd', 'afgewezen', 'tegenvoorstel', 'ingetrokken')),
      toelichting text,
      reden text,
      tegen_van date,
      tegen_tot date,
      tegen_uren_per_week numeric(5, 2) check (tegen_uren_per_week > 0 and tegen_uren_per_week <= 60),
      reservering_overschreden boolean not null default false,
      overschrijding_reden text,
      boven_beschikbaar boolean not null default false,
      scenario_id uuid,
      aangevraagd_door uuid references account (id),
      aangevraagd_op timestamptz not null default now(),
      beslist_door uuid references account (id),
      beslist_op timestamptz,
      versie integer not null default 1,
      check (tot >= van and extract(isodow from van) = 1 and extract(isodow from tot) = 7),
      check (not reservering_overschreden or overschrijding_reden is not null)
    )`,
    'create index inzetverzoek_team on inzetverzoek (team_id, status)',
    'create index inzetverzoek_medewerker on inzetverzoek (medewerker_id)',
    'create index inzetverzoek_vraag on inzetverzoek (capaciteitsvraag_id)',
    'alter table inzet add column capaciteitsvraag_id uuid references capaciteitsvraag (id)',
    'alter table inzet add column inzetverzoek_id uuid references inzetverzoek (id)',
    `alter table inzet add constraint inzet_wendbaar_heeft_vraag check (soort <> 'wendbaar' or capaciteitsvraag_id is not null or resultaatdoel_id is not null)`,
    `alter table inzet add constraint inzet_wendbaar_overlap
      exclude using gist (medewerker_id with =, capaciteitsvraag_id with =, daterange(van, tot, '[]') with &&)`,
    `create table verdeelscenario (
      id uuid primary key default gen_random_uuid(),
      periode text not null check (periode ~ '^[0-9]{4}-Q[1-4]$'),
      status text not null default 'rekent' check (status in ('rekent', 'klaar', 'mislukt')),
      parameters jsonb not null,
      voortgang jsonb,
      resultaat jsonb,
      fout text,
      aangemaakt_door uuid references account (id),
      aangemaakt_op timestamptz not null default now(),
      klaar_op timestamptz
    )`,
    'alter table inzetverzoek add constraint inzetverzoek_scenario foreign key (scenario_id) references verdeelscenario (id)',
  ],
};

import type { Migration } from './migration';

/**
 * Scenario's (issue 13, item 5): a what-if on the formatie that leaves live data untouched until the
 * directie adopts it.
 *
 * - A scenario stores only its wijzigingen (a delta), never a copy of the formatie rows: applied to
 *   the live formatie from the peildatum on, they give the scenario's formatie whenever it is read.
 *   A stored copy would go stale with every placement P&O records meanwhile, and adopting it would
 *   have to reconcile two versions; a delta adopts as exactly what it shows.
 * - scenario_wijziging: ordered (volgnummer), the kind in `soort`, its fields as jsonb checked by
 *   the contract's zod schema on the way in and out (src/contract/scenario.ts).
 * - The besluit fields are filled once, when the directie adopts it (status vastgesteld); the check
 *   keeps a vastgesteld scenario from lacking them.
 */
export const migration0014: Migration = {
  name: '0014_scenario',
  statements: [
    `create table scenario (
      id uuid primary key default gen_random_uuid(),
      naam text not null check (length(btrim(naam)) between 1 and 200),
      peildatum date not null,
      status text not null default 'concept'
        check (status in ('concept', 'voorgesteld', 'vastgesteld', 'verworpen')),
      toelichting text check (length(toelichting) <= 10000),
      aangemaakt_door uuid references account (id),
      besluitdatum date,
      besluit_kenmerk text check (length(besluit_kenmerk) <= 100),
      besluit_omschrijving text check (length(besluit_omschrijving) <= 10000),
      vastgesteld_door uuid references account (id),
      vastgesteld_op timestamptz,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      check (status <> 'vastgesteld' or (besluitdatum is not null and besluit_kenmerk is not null
        and vastgesteld_op is not null))
    )`,
    `create table scenario_wijziging (
      id uuid primary key default gen_random_uuid(),
      scenario_id uuid not null references scenario (id) on delete cascade,
      volgnummer integer not null check (volgnummer > 0),
      soort text not null check (soort in ('plaats-toevoegen', 'plaats-beeindigen', 'plaats-verplaatsen',
        'plaats-herschalen', 'budget-wijzigen')),
      ingangsdatum date,
      gegevens jsonb not null,
      aangemaakt_op timestamptz not null default now(),
      constraint scenario_wijziging_volgorde unique (scenario_id, volgnummer),
      check ((soort = 'budget-wijzigen') = (ingangsdatum is null))
    )`,
    `create table scenario_opmerking (
      id uuid primary key default gen_random_uuid(),
      scenario_id uuid not null references scenario (id) on delete cascade,
      account_id uuid references account (id),
      auteur text not null,
      tekst text not null check (length(btrim(tekst)) between 1 and 5000),
      geplaatst_op timestamptz not null default now()
    )`,
    'create index scenario_opmerking_scenario on scenario_opmerking (scenario_id, geplaatst_op)',
  ],
};

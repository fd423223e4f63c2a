import type { Migration } from './migration';

/**
 * The onderbouwd voorstel (issue 13, item 6).
 *
 * - `scenario.voorstelteksten`: the editable text sections (aanleiding, toelichting op de behoefte,
 *   risico's, gevraagd besluit, ontwikkelbudget) as one jsonb object, checked by the contract's zod
 *   schema on the way in and out (src/contract/voorstel.ts). A column, not a table: the texts belong
 *   to one scenario, change with its version (If-Match on the scenario) and are always read whole.
 * - `voorstel`: one frozen snapshot per generated document, append-only (triggers refuse update,
 *   delete and truncate): the document is made again from `snapshot` on every download, byte for
 *   byte, and `sha256` is the hash printed on it. The documentnummer WB-<jaar>-<volgnummer> is
 *   unique; the number is taken under a lock on the year's rows by the repository.
 * - `aangemaakt_door_naam` is kept next to the account id: the name printed in the answer is the one
 *   at the moment the snapshot was taken, as the document itself is.
 */
export const migration0015: Migration = {
  name: '0015_voorstel',
  statements: [
    `alter table scenario add column voorstelteksten jsonb not null default '{}'::jsonb`,
    `create table voorstel (
      id uuid primary key default gen_random_uuid(),
      scenario_id uuid not null references scenario (id),
      documentnummer text not null unique check (documentnummer ~ '^WB-[0-9]{4}-[0-9]{4,}$'),
      jaar integer not null check (jaar between 2000 and 2100),
      volgnummer integer not null check (volgnummer > 0),
      gegenereerd_op timestamptz not null,
      snapshot jsonb not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      aangemaakt_door uuid references account (id),
      aangemaakt_door_naam text not null,
      constraint voorstel_volgnummer unique (jaar, volgnummer)
    )`,
    'create index voorstel_scenario on voorstel (scenario_id, gegenereerd_op desc)',
    `create function voorstel_onveranderlijk() returns trigger language plpgsql as $$
      begin
        raise exception 'Een vastgelegd voorstel is onveranderlijk' using errcode = '55000';
      end $$`,
    `create trigger voorstel_geen_wijziging before update or delete on voorstel
      for each row execute function voorstel_onveranderlijk()`,
    `create trigger voorstel_geen_truncate before truncate on voorstel
      for each statement execute function voorstel_onveranderlijk()`,
  ],
};

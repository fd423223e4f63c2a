import type { Migration } from './migration';

/**
 * The raadsbrief (issue 15, item 5; src/domain/raadsbrief.ts, docs/raadsbrief.md).
 *
 * - `raadsbrief`: the letter of the college to the gemeenteraad with its editable sections as columns
 *   (always read and written whole with the letter's version, If-Match on `versie`), its state
 *   concept → vastgesteld (by the college, date and name) → verzonden (date and name). The
 *   documentnummer RB-<jaar>-<volgnummer> is unique; the repository takes the number under a lock.
 *   The database itself guards the states, so no code path can change what the raad received:
 *   a sent letter refuses every update and delete; an approved letter only allows the step to sent,
 *   its sections and snapshot stay as the college approved them.
 * - `raadsbrief_momentopname`: a frozen, citable snapshot of the generated parts (organisation in
 *   numbers, portfolio, programme, formatie), append-only; `sha256` is the hash of its canonical JSON
 *   printed on the letter. A refresh while concept adds a new one and points the letter to it.
 * - `raadsbrief_document`: the DOCX and PDF bytes of a sent letter as sent, with their hashes,
 *   append-only: "stays downloadable exactly as sent" does not depend on the renderer staying the same.
 */
export const migration0025: Migration = {
  name: '0025_raadsbrief',
  statements: [
    `create table raadsbrief (
      id uuid primary key default gen_random_uuid(),
      documentnummer text not null unique check (documentnummer ~ '^RB-[0-9]{4}-[0-9]{4,}$'),
      jaar integer not null check (jaar between 2000 and 2100),
      volgnummer integer not null check (volgnummer > 0),
      status text not null default 'concept' check (status in ('concept', 'vastgesteld', 'verzonden')),
      onderwerp text not null check (length(onderwerp) between 1 and 300),
      aanleiding text not null default '' check (length(aanleiding) <= 8000),
      kernboodschap text not null default '' check (length(kernboodschap) <= 8000),
      toelichting text not null default '' check (length(toelichting) <= 20000),
      vervolg text not null default '' check (length(vervolg) <= 8000),
      bijlagen text not null default '' check (length(bijlagen) <= 4000),
      portefeuillehouder text not null default '' check (length(portefeuillehouder) <= 200),
      datum date,
      momentopname_id uuid,
      vastgesteld_op date,
      vastgesteld_door text,
      verzonden_op date,
      verzonden_door text,
      aangemaakt_door uuid references account (id),
      aangemaakt_door_naam text not null,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now(),
      constraint raadsbrief_volgnummer unique (jaar, volgnummer),
      check ((vastgesteld_op is null) = (status = 'concept')),
      check ((verzonden_op is null) = (status <> 'verzonden')),
      check (status = 'concept' or (momentopname_id is not null and datum is not null))
    )`,
    'create index raadsbrief_status on raadsbrief (status, aangemaakt_op desc)',
    `create table raadsbrief_momentopname (
      id uuid primary key default gen_random_uuid(),
      raadsbrief_id uuid not null references raadsbrief (id),
      volgnummer integer not null check (volgnummer > 0),
      genomen_op timestamptz not null,
      inhoud jsonb not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      genomen_door_naam text not null,
      constraint raadsbrief_momentopname_volgnummer unique (raadsbrief_id, volgnummer)
    )`,
    // The letter's current snapshot must be one of its own. Not a foreign key: the snapshot already
    // refers to its letter, and a cycle of foreign keys leaves a backup no order to restore in
    // (src/db/backup.ts). A constraint trigger checked at commit keeps the same promise, also for a
    // restore that loads the letter before its snapshots.
    `create function raadsbrief_momentopname_bestaat() returns trigger language plpgsql as $$
      begin
        if new.momentopname_id is not null and not exists (
          select 1 from raadsbrief_momentopname m
          where m.id = new.momentopname_id and m.raadsbrief_id = new.id
        ) then
          raise exception 'De momentopname hoort niet bij deze raadsbrief' using errcode = '23503';
        end if;
        return null;
      end $$`,
    `create constraint trigger raadsbrief_momentopname_verwijzing
      after insert or update of momentopname_id on raadsbrief
      deferrable initially deferred
      for each row execute function raadsbrief_momentopname_bestaat()`,
    `create table raadsbrief_document (
      raadsbrief_id uuid not null references raadsbrief (id),
      formaat text not null check (formaat in ('docx', 'pdf')),
      inhoud bytea not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      opgeslagen_op timestamptz not null default now(),
      primary key (raadsbrief_id, formaat)
    )`,
    `create function raadsbrief_onveranderlijk() returns trigger language plpgsql as $$
      begin
        raise exception 'Een vastgelegde momentopname of verzonden document is onveranderlijk' using errcode = '55000';
      end $$`,
    `create trigger raadsbrief_momentopname_geen_wijziging before update or delete on raadsbrief_momentopname
      for each row execute function raadsbrief_onveranderlijk()`,
    `create trigger raadsbrief_momentopname_geen_truncate before truncate on raadsbrief_momentopname
      for each statement execute function raadsbrief_onveranderlijk()`,
    `create trigger raadsbrief_document_geen_wijziging before update or delete on raadsbrief_document
      for each row execute function raadsbrief_onveranderlijk()`,
    `create trigger raadsbrief_document_geen_truncate before truncate on raadsbrief_document
      for each statement execute function raadsbrief_onveranderlijk()`,
    // The letter's own guard: sent is final; approved only moves to sent, with nothing else changed.
    `create function raadsbrief_bewaak_status() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'concept' then
            raise exception 'Een vastgestelde of verzonden raadsbrief kan niet worden verwijderd' using errcode = '55000';
          end if;
          return old;
        end if;
        if old.status = 'verzonden' then
          raise exception 'Een verzonden raadsbrief is onveranderlijk' using errcode = '55000';
        end if;
        if old.status = 'vastgesteld' and (
          new.status <> 'verzonden'
          or (new.onderwerp, new.aanleiding, new.kernboodschap, new.toelichting, new.vervolg, new.bijlagen,
              new.portefeuillehouder, new.datum, new.momentopname_id, new.vastgesteld_op, new.vastgesteld_door,
              new.documentnummer)
            is distinct from
             (old.onderwerp, old.aanleiding, old.kernboodschap, old.toelichting, old.vervolg, old.bijlagen,
              old.portefeuillehouder, old.datum, old.momentopname_id, old.vastgesteld_op, old.vastgesteld_door,
              old.documentnummer)
        ) then
          raise exception 'Een vastgestelde raadsbrief kan alleen nog worden verzonden' using errcode = '55000';
        end if;
        return new;
      end $$`,
    `create trigger raadsbrief_statusbewaking before update or delete on raadsbrief
      for each row execute function raadsbrief_bewaak_status()`,
    `create trigger raadsbrief_geen_truncate before truncate on raadsbrief
      for each statement execute function raadsbrief_onveranderlijk()`,
  ],
};

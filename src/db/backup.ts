import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { loadMigrations, type Migration } from './migrator';
import type { Database } from './schema';

/**
 * Backup and restore of the whole database in one engine-neutral file (docs/overstappen-naar-postgresql.md
 * describes the format). Every value travels as PostgreSQL's own text form, read under fixed session
 * settings (UTC, ISO dates), and goes back in through the type's input function: a timestamp keeps
 * its microseconds, a numeric its digits, jsonb its canonical text, on PGlite and PostgreSQL alike.
 */

export const BACKUP_FORMAAT = 'wendbaar-backup';
export const BACKUP_FORMAATVERSIE = 1;

/** The file cannot be restored (or this database cannot take it); the message says why, in Dutch. */
export class BackupFout extends Error {
  override name = 'BackupFout';
}

type Db = Kysely<Database> | Transaction<Database>;

interface Kolom {
  naam: string;
  type: string;
  json: boolean;
  sorteerbaar: boolean;
  gegenereerd: boolean;
  identiteit: boolean;
}

export interface TabelOpzet {
  naam: string;
  kolommen: Kolom[];
  sleutel: Kolom[];
  /** Pairs (own column, referenced column) of foreign keys to the table itself, e.g. team.parent_id. */
  zelfVerwijzingen: { van: string[]; naar: string[] }[];
}

export interface Reeks {
  naam: string;
  waarde: number;
  aangeroepen: boolean;
}

export interface BackupKop {
  soort: 'kop';
  formaat: typeof BACKUP_FORMAAT;
  formaatversie: number;
  /** The last migration applied: the schema version the rows belong to. */
  schemaversie: string;
  migraties: { naam: string; uitgevoerd_op: string }[];
  gemaakt_op: string;
  bron: string;
  tabellen: string[];
  reeksen: Reeks[];
}

export interface TabelTelling {
  rijen: number;
  sha256: string;
}

/** What a backup holds, per table: row count and SHA-256 over its rows in key order. */
export interface Vingerafdruk {
  schemaversie: string;
  tabellen: Record<string, TabelTelling>;
  reeksen: Record<string, string>;
}

const id = (naam: string) => sql.id(naam);

/** Session settings that make every value's text form the same on every engine and server. */
async function vasteInstellingen(trx: Db): Promise<void> {
  for (const s of [
    `set local timezone = 'UTC'`,
    `set local datestyle = 'ISO, YMD'`,
    `set local intervalstyle = 'postgres'`,
    'set local extra_float_digits = 1',
    `set local bytea_output = 'hex'`,
  ]) {
    await sql.raw(s).execute(trx);
  }
}

/** The tables of the schema (schema_migratie aside), parents before the tables that refer to them. */
export async function leesOpzet(db: Db): Promise<TabelOpzet[]> {
  const kolommen = await sql<{
    tabel: string;
    kolom: string;
    type: string;
    json: boolean;
    sorteerbaar: boolean;
    gegenereerd: boolean;
    identiteit: boolean;
  }>`
    select c.relname as tabel, a.attname as kolom, format_type(a.atttypid, a.atttypmod) as type,
      t.typname in ('json', 'jsonb') as json, t.typcollation <> 0 as sorteerbaar,
      a.attgenerated <> '' as gegenereerd, a.attidentity <> '' as identiteit
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      and c.relname <> 'schema_migratie'
    order by c.relname, a.attnum`.execute(db);
  const sleutels = await sql<{
    tabel: string;
    soort: string;
    naar: string | null;
    van: string[];
    doel: string[];
  }>`
    select c.relname as tabel, k.contype::text as soort, f.relname as naar,
      array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i)
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as van,
      array(select a.attname::text from unnest(coalesce(k.confkey, '{}')) with ordinality u(n, i)
            join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as doel
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class f on f.oid = k.confrelid
    where n.nspname = current_schema() and k.contype in ('p', 'f') and c.relname <> 'schema_migratie'`.execute(
    db,
  );

  const tabellen = new Map<string, TabelOpzet>();
  for (const k of kolommen.rows) {
    let t = tabellen.get(k.tabel);
    if (!t) {
      t = { naam: k.tabel, kolommen: [], sleutel: [], zelfVerwijzingen: [] };
      tabellen.set(k.tabel, t);
    }
    t.kolommen.push({
      naam: k.kolom,
      type: k.type,
      json: k.json,
      sorteerbaar: k.sorteerbaar,
      gegenereerd: k.gegenereerd,
      identiteit: k.identiteit,
    });
  }
  const ouders = new Map<string, Set<string>>([...tabellen.keys()].map((t) => [t, new Set()]));
  for (const s of sleutels.rows) {
    const t = tabellen.get(s.tabel);
    if (!t) continue;
    if (s.soort === 'p') t.sleutel = s.van.map((n) => t.kolommen.find((k) => k.naam === n)!);
    else if (s.naar === s.tabel) t.zelfVerwijzingen.push({ van: s.van, naar: s.doel });
    else if (s.naar && tabellen.has(s.naar)) ouders.get(s.tabel)!.add(s.naar);
  }
  for (const t of tabellen.values()) {
    if (t.sleutel.length === 0) {
      // Without a key the order of rows, and so the fingerprint, is not defined.
      throw new BackupFout(
        `Tabel ${t.naam} heeft geen primaire sleutel; zo kan Wendbaar er geen back-up van maken.`,
      );
    }
  }

  // Kahn's algorithm, by name within a level: the same schema always gives the same order.
  const volgorde: TabelOpzet[] = [];
  const klaar = new Set<string>();
  while (klaar.size < tabellen.size) {
    const gereed = [...tabellen.keys()]
      .filter((t) => !klaar.has(t) && [...ouders.get(t)!].every((o) => klaar.has(o)))
      .sort();
    if (gereed.length === 0) {
      const rest = [...tabellen.keys()].filter((t) => !klaar.has(t));
      throw new BackupFout(`De tabellen ${rest.join(', ')} verwijzen in een kring naar elkaar.`);
    }
    for (const t of gereed) {
      klaar.add(t);
      volgorde.push(tabellen.get(t)!);
    }
  }
  return volgorde;
}

async function leesReeksen(db: Db): Promise<Reeks[]> {
  const namen = await sql<{ naam: string }>`
    select c.relname as naam from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'S' order by c.relname collate "C"`.execute(db);
  const reeksen: Reeks[] = [];
  for (const { naam } of namen.rows) {
    const r = await sql<{ waarde: string; aangeroepen: boolean }>`
      select last_value::text as waarde, is_called as aangeroepen from ${id(naam)}`.execute(db);
    reeksen.push({ naam, waarde: Number(r.rows[0]!.waarde), aangeroepen: r.rows[0]!.aangeroepen });
  }
  return reeksen;
}

async function leesMigraties(db: Db): Promise<{ naam: string; uitgevoerd_op: string }[]> {
  // A database without Wendbaar's tables has no migrations yet: say so, rather than fail on the query.
  const tabel = await sql<{ t: string | null }>`select to_regclass('schema_migratie')::text as t`.execute(db);
  if (!tabel.rows[0]?.t) return [];
  const r = await sql<{ naam: string; uitgevoerd_op: string }>`
    select naam, uitgevoerd_op::text as uitgevoerd_op from schema_migratie order by naam collate "C"`.execute(
    db,
  );
  return r.rows;
}

const BATCH = 2000;

/**
 * The rows of one table as JSON texts (one object per row, every value in its text form, json and
 * jsonb as themselves, generated columns left out), in key order. Text keys sort by "C" (bytes),
 * which is the same on every server whatever its locale.
 */
async function* leesRijen(trx: Db, t: TabelOpzet): AsyncGenerator<string> {
  const opgeslagen = t.kolommen.filter((k) => !k.gegenereerd);
  const lijst = sql.join(
    opgeslagen.map((k) => (k.json ? sql`t.${id(k.naam)}` : sql`t.${id(k.naam)}::text as ${id(k.naam)}`)),
  );
  const sleutel = (k: Kolom) => (k.sorteerbaar ? sql`t.${id(k.naam)} collate "C"` : sql`t.${id(k.naam)}`);
  const orde = sql.join(t.sleutel.map(sleutel));
  const sleutelTekst = sql.join(t.sleutel.map((k, i) => sql`t.${id(k.naam)}::text as ${id(`k${i}`)}`));
  let vorige: string[] | null = null;
  for (;;) {
    const na: ReturnType<typeof sql> = vorige
      ? sql`where (${orde}) > (${sql.join(
          t.sleutel.map((k, i) =>
            k.sorteerbaar
              ? sql`${vorige![i]}::${sql.raw(k.type)} collate "C"`
              : sql`${vorige![i]}::${sql.raw(k.type)}`,
          ),
        )})`
      : sql``;
    const r = await sql<Record<string, string>>`
      select row_to_json(r)::text as regel, ${sleutelTekst}
      from ${id(t.naam)} t cross join lateral (select ${lijst}) r
      ${na}
      order by ${orde}
      limit ${BATCH}`.execute(trx);
    for (const rij of r.rows) yield rij.regel!;
    if (r.rows.length < BATCH) return;
    const laatste = r.rows[r.rows.length - 1]!;
    vorige = t.sleutel.map((_, i) => laatste[`k${i}`]!);
  }
}

/** A table's rows are hashed as the file holds them: each row's JSON text and a newline. */
function nieuweTeller() {
  const hash = createHash('sha256');
  let rijen = 0;
  return {
    tel(regel: string) {
      hash.update(regel);
      hash.update('\n');
      rijen++;
    },
    uitkomst: (): TabelTelling => ({ rijen, sha256: hash.digest('hex') }),
  };
}

/**
 * Writes a backup, line by line, from one consistent snapshot (a repeatable read transaction): the
 * running server may go on writing meanwhile. `schrijf` gets each line without its newline.
 */
export async function schrijfBackup(
  db: Kysely<Database>,
  schrijf: (regel: string) => void | Promise<void>,
  { bron }: { bron: string },
): Promise<Vingerafdruk> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await vasteInstellingen(trx);
      const migraties = await leesMigraties(trx);
      const schemaversie = migraties.at(-1)?.naam;
      if (!schemaversie)
        throw new BackupFout(
          'In deze database staat nog geen Wendbaar (geen tabellen, nog niet gemigreerd); er is niets om te ' +
            'bewaren. Controleer WENDBAAR_DATA_DIR of DATABASE_URL.',
        );
      const opzet = await leesOpzet(trx);
      const reeksen = await leesReeksen(trx);
      const kop: BackupKop = {
        soort: 'kop',
        formaat: BACKUP_FORMAAT,
        formaatversie: BACKUP_FORMAATVERSIE,
        schemaversie,
        migraties,
        gemaakt_op: new Date().toISOString(),
        bron,
        tabellen: opzet.map((t) => t.naam),
        reeksen,
      };
      await schrijf(JSON.stringify(kop));
      const tabellen: Record<string, TabelTelling> = {};
      for (const t of opzet) {
        const kolommen = t.kolommen.filter((k) => !k.gegenereerd).map((k) => k.naam);
        await schrijf(JSON.stringify({ soort: 'tabel', naam: t.naam, kolommen }));
        const teller = nieuweTeller();
        for await (const regel of leesRijen(trx, t)) {
          teller.tel(regel);
          await schrijf(`{"r":${regel}}`);
        }
        tabellen[t.naam] = teller.uitkomst();
        await schrijf(JSON.stringify({ soort: 'einde_tabel', naam: t.naam, ...tabellen[t.naam] }));
      }
      await schrijf(JSON.stringify({ soort: 'einde', tabellen: opzet.length }));
      return { schemaversie, tabellen, reeksen: reeksVingerafdruk(reeksen) };
    });
}

function reeksVingerafdruk(reeksen: Reeks[]): Record<string, string> {
  return Object.fromEntries(
    reeksen.map((r) => [r.naam, `${r.waarde}${r.aangeroepen ? '' : ' (ongebruikt)'}`]),
  );
}

/**
 * The fingerprint of every table, exactly as a backup would record it: equal fingerprints mean
 * equal contents, whichever engine each database runs on.
 */
export async function vingerafdruk(db: Kysely<Database>): Promise<Vingerafdruk> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await vasteInstellingen(trx);
      const migraties = await leesMigraties(trx);
      const tabellen: Record<string, TabelTelling> = {};
      for (const t of await leesOpzet(trx)) {
        const teller = nieuweTeller();
        for await (const regel of leesRijen(trx, t)) teller.tel(regel);
        tabellen[t.naam] = teller.uitkomst();
      }
      return {
        schemaversie: migraties.at(-1)?.naam ?? '',
        tabellen,
        reeksen: reeksVingerafdruk(await leesReeksen(trx)),
      };
    });
}

// ---------------------------------------------------------------------------------------------------
// Restore

export interface HerstelUitkomst {
  /** The schema version of the file. */
  schemaversie: string;
  /** Migrations applied after loading, to bring an older file up to this version of Wendbaar. */
  bijgewerkt: string[];
  tabellen: number;
  rijen: number;
}

/** Tables a migration fills itself (settings, fixed lists): an otherwise empty database still has these. */
function gevuldDoorMigraties(migraties: readonly Migration[]): Set<string> {
  const namen = new Set<string>();
  for (const m of migraties) {
    for (const s of m.statements) for (const t of s.matchAll(/insert\s+into\s+"?(\w+)"?/gi)) namen.add(t[1]!);
  }
  return namen;
}

/** Reads a header line and checks that this version of Wendbaar can restore it. */
export function controleerKop(regel: string | undefined, bekend: readonly Migration[]): BackupKop {
  let kop: Partial<BackupKop> | undefined;
  try {
    kop = regel ? (JSON.parse(regel) as Partial<BackupKop>) : undefined;
  } catch {}
  if (kop?.soort !== 'kop' || kop.formaat !== BACKUP_FORMAAT) {
    throw new BackupFout('Dit bestand is geen back-up van Wendbaar (de kopregel ontbreekt of klopt niet).');
  }
  if (typeof kop.formaatversie !== 'number' || kop.formaatversie > BACKUP_FORMAATVERSIE) {
    throw new BackupFout(
      `Deze back-up heeft bestandsformaat ${kop.formaatversie}; deze versie van Wendbaar leest tot en met ` +
        `formaat ${BACKUP_FORMAATVERSIE}. Herstel hem met een nieuwere versie van Wendbaar.`,
    );
  }
  const namen = bekend.map((m) => m.name);
  const versie = String(kop.schemaversie ?? '');
  if (!namen.includes(versie)) {
    throw new BackupFout(
      `Deze back-up komt van een nieuwere versie van Wendbaar: schemaversie ${versie} is hier onbekend ` +
        `(deze versie gaat tot ${namen.at(-1)}). Werk Wendbaar eerst bij en herstel daarna; er is niets gewijzigd.`,
    );
  }
  const inBestand = (kop.migraties ?? []).map((m) => m.naam);
  const verwacht = namen.slice(0, namen.indexOf(versie) + 1);
  if (inBestand.join('\n') !== verwacht.join('\n')) {
    throw new BackupFout(
      `De migraties in deze back-up (${inBestand.at(-1) ?? 'geen'}) passen niet bij die van deze versie van ` +
        'Wendbaar; het bestand komt van een andere tak van Wendbaar en kan hier niet worden hersteld.',
    );
  }
  return kop as BackupKop;
}

/** Applies `migraties` inside `trx`, recording each (with the time from the file when it has one). */
async function voerUit(
  trx: Transaction<Database>,
  migraties: readonly Migration[],
  tijden: Map<string, string>,
): Promise<void> {
  for (const m of migraties) {
    for (const statement of m.statements) await sql.raw(statement).execute(trx);
    const op = tijden.get(m.name);
    await sql`insert into schema_migratie (naam, uitgevoerd_op) values (${m.name}, ${op ? sql`${op}::timestamptz` : sql`now()`})`.execute(
      trx,
    );
  }
}

/**
 * Restores a backup (its lines, the header first) into an empty database, in one transaction: the
 * database is migrated to the file's schema version, the rows are loaded parents first, the
 * sequences set as they were, and then the migrations this version has beyond the file's are
 * applied. Any problem rolls everything back: the database is then as empty as before.
 */
export async function herstelBackup(
  db: Kysely<Database>,
  regels: AsyncIterable<string>,
): Promise<HerstelUitkomst> {
  const bekend = await loadMigrations();
  const lezer = regels[Symbol.asyncIterator]();
  const volgende = async (): Promise<string | undefined> => {
    for (;;) {
      const r = await lezer.next();
      if (r.done) return undefined;
      if (r.value.trim() !== '') return r.value;
    }
  };
  const kop = controleerKop(await volgende(), bekend);
  const grens = bekend.findIndex((m) => m.name === kop.schemaversie) + 1;
  const tijden = new Map(kop.migraties.map((m) => [m.naam, m.uitgevoerd_op]));

  return db.transaction().execute(async (trx) => {
    // The migrator's lock: a server or `wendbaar migrate` starting now waits for the restore.
    await sql`select pg_advisory_xact_lock(7301)`.execute(trx);
    await vasteInstellingen(trx);
    const heeftTabel = await sql<{
      t: string | null;
    }>`select to_regclass('schema_migratie')::text as t`.execute(trx);
    const gedaan = new Set<string>();
    if (heeftTabel.rows[0]?.t) {
      for (const r of (await sql<{ naam: string }>`select naam from schema_migratie`.execute(trx)).rows)
        gedaan.add(r.naam);
    } else {
      await sql`create table schema_migratie (
        naam text primary key,
        uitgevoerd_op timestamptz not null default now()
      )`.execute(trx);
    }
    const voorbij = bekend.slice(grens).filter((m) => gedaan.has(m.name));
    if (voorbij.length > 0) {
      throw new BackupFout(
        `De database is al bijgewerkt tot ${voorbij.at(-1)!.name}, verder dan de back-up (${kop.schemaversie}). ` +
          'Herstel in een nieuwe, lege database (een nieuwe WENDBAAR_DATA_DIR, of een nieuwe PostgreSQL-database ' +
          'waarop nog geen migrate of start is gedaan).',
      );
    }
    const seed = gevuldDoorMigraties(bekend);
    if (gedaan.size > 0) {
      for (const t of await leesOpzet(trx)) {
        if (seed.has(t.naam)) continue;
        const r = await sql<{ er: boolean }>`select exists (select 1 from ${id(t.naam)}) as er`.execute(trx);
        if (r.rows[0]?.er) {
          throw new BackupFout(
            `De database is niet leeg: tabel ${t.naam} bevat al gegevens. Een back-up wordt alleen in een lege ` +
              'database hersteld, zodat er niets wordt overschreven of vermengd. Kies een nieuwe WENDBAAR_DATA_DIR ' +
              'of maak een nieuwe, lege PostgreSQL-database aan. Er is niets gewijzigd.',
          );
        }
      }
    }
    await voerUit(
      trx,
      bekend.slice(0, grens).filter((m) => !gedaan.has(m.name)),
      tijden,
    );

    const opzet = await leesOpzet(trx);
    const verwacht = opzet.map((t) => t.naam).sort();
    if ([...kop.tabellen].sort().join(',') !== verwacht.join(',')) {
      throw new BackupFout(
        `De tabellen in de back-up passen niet bij schemaversie ${kop.schemaversie}; het bestand is beschadigd of bewerkt.`,
      );
    }
    // The file holds the kept werkdruk capacity and its marks as they were in its one snapshot
    // (migration 0026): loading the register must not mark teams as changed on top of that.
    await sql`select set_config('wendbaar.herstel', 'aan', true)`.execute(trx);
    // What the migrations put in (settings, fixed lists) gives way to what the file holds.
    for (const t of [...opzet].reverse()) {
      if (seed.has(t.naam)) await sql`delete from ${id(t.naam)}`.execute(trx);
    }

    const perNaam = new Map(opzet.map((t) => [t.naam, t]));
    const gezien = new Set<string>();
    let rijen = 0;
    for (;;) {
      const regel = await volgende();
      if (regel === undefined)
        throw new BackupFout('De back-up houdt halverwege op: het bestand is onvolledig.');
      const deel = leesRegel(regel);
      if (deel.soort === 'einde') break;
      if (deel.soort !== 'tabel')
        throw new BackupFout('De back-up is beschadigd: een tabel begint niet waar die zou moeten.');
      const t = perNaam.get(deel.naam);
      if (!t || gezien.has(t.naam)) {
        throw new BackupFout(`De back-up is beschadigd: onverwachte tabel ${deel.naam}.`);
      }
      gezien.add(t.naam);
      const kolommen = t.kolommen.filter((k) => !k.gegenereerd);
      if ((deel.kolommen ?? []).join(',') !== kolommen.map((k) => k.naam).join(',')) {
        throw new BackupFout(
          `De kolommen van tabel ${t.naam} in de back-up passen niet bij schemaversie ${kop.schemaversie}.`,
        );
      }
      rijen += await laadTabel(trx, t, kolommen, volgende);
    }
    if (gezien.size !== opzet.length)
      throw new BackupFout('De back-up is onvolledig: er ontbreken tabellen.');

    for (const r of kop.reeksen) {
      await sql`select setval(${`"${r.naam.replaceAll('"', '""')}"`}::regclass, ${r.waarde}, ${r.aangeroepen})`.execute(
        trx,
      );
    }
    await sql`select set_config('wendbaar.herstel', '', true)`.execute(trx);
    const rest = bekend.slice(grens);
    await voerUit(trx, rest, new Map());
    return {
      schemaversie: kop.schemaversie,
      bijgewerkt: rest.map((m) => m.name),
      tabellen: opzet.length,
      rijen,
    };
  });
}

type Deel =
  | { soort: 'rij'; tekst: string }
  | { soort: 'tabel'; naam: string; kolommen?: string[] }
  | { soort: 'einde_tabel'; naam: string; rijen: number; sha256: string }
  | { soort: 'einde' };

function leesRegel(regel: string): Deel {
  // A row is written as {"r":<row>}: its text is taken as it is, never parsed and written again.
  if (regel.startsWith('{"r":') && regel.endsWith('}')) return { soort: 'rij', tekst: regel.slice(5, -1) };
  try {
    const d = JSON.parse(regel) as Deel;
    if (d && typeof d === 'object' && typeof d.soort === 'string') return d;
  } catch {}
  throw new BackupFout('De back-up is beschadigd: een regel is geen geldige JSON.');
}

const BATCH_TEKENS = 4_000_000;

async function laadTabel(
  trx: Transaction<Database>,
  t: TabelOpzet,
  kolommen: Kolom[],
  volgende: () => Promise<string | undefined>,
): Promise<number> {
  const lijst = sql.join(kolommen.map((k) => id(k.naam)));
  const overschrijf = kolommen.some((k) => k.identiteit) ? sql`overriding system value` : sql``;
  const voegIn = async (batch: string[]) => {
    if (batch.length === 0) return;
    await sql`insert into ${id(t.naam)} (${lijst}) ${overschrijf}
      select ${lijst} from jsonb_populate_recordset(null::${id(t.naam)}, ${`[${batch.join(',')}]`}::jsonb)`.execute(
      trx,
    );
  };
  const teller = nieuweTeller();
  const zelf = t.zelfVerwijzingen.length > 0;
  const alle: string[] = [];
  let batch: string[] = [];
  let tekens = 0;
  for (;;) {
    const regel = await volgende();
    if (regel === undefined)
      throw new BackupFout('De back-up houdt halverwege op: het bestand is onvolledig.');
    const deel = leesRegel(regel);
    if (deel.soort === 'rij') {
      teller.tel(deel.tekst);
      if (zelf) {
        alle.push(deel.tekst);
        continue;
      }
      batch.push(deel.tekst);
      tekens += deel.tekst.length;
      if (batch.length >= 1000 || tekens >= BATCH_TEKENS) {
        await voegIn(batch);
        batch = [];
        tekens = 0;
      }
      continue;
    }
    if (deel.soort !== 'einde_tabel' || deel.naam !== t.naam) {
      throw new BackupFout(`De back-up is beschadigd: tabel ${t.naam} eindigt niet goed.`);
    }
    const uitkomst = teller.uitkomst();
    if (uitkomst.rijen !== deel.rijen || uitkomst.sha256 !== deel.sha256) {
      throw new BackupFout(
        `De back-up is beschadigd: tabel ${t.naam} heeft ${uitkomst.rijen} rijen met een andere controlesom dan ` +
          `vastgelegd (${deel.rijen} rijen). Er is niets hersteld.`,
      );
    }
    if (zelf) {
      for (const stuk of ouderVoorKind(t, alle)) await voegIn(stuk);
    } else {
      await voegIn(batch);
    }
    return uitkomst.rijen;
  }
}

/**
 * Rows of a table that refers to itself (a team under its parent team), in batches such that every
 * row comes after the row it refers to: level by level from the roots.
 */
function ouderVoorKind(t: TabelOpzet, regels: string[]): string[][] {
  const rijen = regels.map((tekst) => ({ tekst, waarden: JSON.parse(tekst) as Record<string, unknown> }));
  const sleutelVan = (w: Record<string, unknown>, kolommen: string[]) =>
    JSON.stringify(kolommen.map((k) => w[k] ?? null));
  const bekend = new Set<string>();
  const niveaus: string[][] = [];
  let over = rijen;
  while (over.length > 0) {
    const nu = over.filter((r) =>
      t.zelfVerwijzingen.every(({ van, naar }) => {
        if (van.some((k) => r.waarden[k] === null || r.waarden[k] === undefined)) return true;
        const doel = JSON.stringify(van.map((k) => r.waarden[k]));
        // A row that refers to itself, or to a row not in the file (the insert then reports it).
        return (
          bekend.has(`${naar.join(',')}:${doel}`) ||
          sleutelVan(r.waarden, naar) === doel ||
          !rijen.some((o) => sleutelVan(o.waarden, naar) === doel)
        );
      }),
    );
    if (nu.length === 0) {
      throw new BackupFout(`De rijen van tabel ${t.naam} verwijzen in een kring naar elkaar.`);
    }
    for (const r of nu)
      for (const { naar } of t.zelfVerwijzingen)
        bekend.add(`${naar.join(',')}:${sleutelVan(r.waarden, naar)}`);
    const inNu = new Set(nu);
    over = over.filter((r) => !inNu.has(r));
    for (let i = 0; i < nu.length; i += 1000) niveaus.push(nu.slice(i, i + 1000).map((r) => r.tekst));
  }
  return niveaus;
}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { VerificatieFout } from '../access/audit-keten';
import { type Config, describeDatabaseTarget } from '../config';
import { findAudit, streamAudit } from '../db/audit.repository';
import type { DatabaseHandle } from '../db/connect';
import type { Database } from '../db/schema';
import { exportCsv, verifieer } from '../services/audit.service';
import { CliError } from './cli-error';
import { formatAantal } from './format';
import { openConfiguredDatabase } from './open-database';

/** Where the command writes its report: stdout in the CLI, an array in the tests. */
export type Schrijf = (regel: string) => void;

export interface VerificatieUitkomst {
  gecontroleerd: number;
  intact: boolean;
  /** Every broken record, once, in id order. */
  fouten: { id: number; soorten: VerificatieFout['soort'][] }[];
}

/**
 * `wendbaar audit verify`: recomputes the hash chain of the audit log and reports, in Dutch, how many
 * records it checked and either that the chain is intact or every broken record by id with what is
 * wrong. Reads only: a verification never changes the database.
 */
export async function verifieerAuditlog(
  db: Kysely<Database>,
  schrijf: Schrijf,
): Promise<VerificatieUitkomst> {
  const uitkomst = await verifieer(db);
  schrijf(
    `Gecontroleerd: ${formatAantal(uitkomst.gecontroleerd)} ${meervoud(uitkomst.gecontroleerd, 'auditregel', 'auditregels')}.`,
  );

  // One record can break twice (changed content and a broken link); report it once, both reasons.
  const perId = new Map<number, VerificatieFout['soort'][]>();
  for (const f of uitkomst.fouten) perId.set(f.id, [...(perId.get(f.id) ?? []), f.soort]);
  const fouten = [...perId].sort(([a], [b]) => a - b).map(([id, soorten]) => ({ id, soorten }));

  if (fouten.length === 0) {
    schrijf('De keten is intact.');
    const laatste = (await findAudit(db, {}, 1, 0)).rijen[0];
    if (laatste) {
      // Removing the newest records leaves an intact chain; only a hash kept elsewhere shows that.
      schrijf(`Laatste regel: ${laatste.id}, hash ${laatste.hash}.`);
      schrijf(
        'Bewaar deze hash buiten Wendbaar: zo is later ook het verwijderen van de nieuwste regels te zien.',
      );
    }
    return { gecontroleerd: uitkomst.gecontroleerd, intact: true, fouten };
  }

  const voorgangers = await vindVoorgangers(
    db,
    new Set(fouten.filter((f) => f.soorten.includes('keten-verbroken')).map((f) => f.id)),
  );
  schrijf(
    `De keten is NIET intact: fouten bij ${formatAantal(fouten.length)} ${meervoud(fouten.length, 'regel', 'regels')}.`,
  );
  for (const f of fouten) {
    const wat: string[] = [];
    if (f.soorten.includes('inhoud-gewijzigd')) {
      wat.push('de inhoud is gewijzigd na het vastleggen (de hash klopt niet meer bij de inhoud)');
    }
    if (f.soorten.includes('keten-verbroken')) wat.push(ketenMelding(f.id, voorgangers.get(f.id) ?? null));
    schrijf(`  regel ${f.id}: ${wat.join('; ')}.`);
  }
  schrijf(
    'Deze regels zijn buiten Wendbaar om gewijzigd of verwijderd (de database weigert dat zelf). ' +
      'Vergelijk met een back-up en meld het als beveiligingsincident.',
  );
  return { gecontroleerd: uitkomst.gecontroleerd, intact: false, fouten };
}

/** The id of the record before each given one in the log as it is now (null: it is the first). */
async function vindVoorgangers(db: Kysely<Database>, ids: Set<number>): Promise<Map<number, number | null>> {
  const voorgangers = new Map<number, number | null>();
  if (ids.size === 0) return voorgangers;
  let vorige: number | null = null;
  for await (const r of streamAudit(db)) {
    if (ids.has(r.id)) voorgangers.set(r.id, vorige);
    vorige = r.id;
  }
  return voorgangers;
}

function ketenMelding(id: number, vorige: number | null): string {
  const ontbrekend = (van: number, tot: number) =>
    van === tot
      ? `regel ${van} ontbreekt`
      : `regels ${van} ${tot === van + 1 ? 'en' : 'tot en met'} ${tot} ontbreken`;
  if (vorige === null) {
    return id > 1
      ? `de keten begint hier niet bij het begin: ${ontbrekend(1, id - 1)} (verwijderd)`
      : 'de verwijzing naar het begin van de keten is gewijzigd';
  }
  if (vorige < id - 1) {
    return `verwijst niet naar regel ${vorige} ervoor: ${ontbrekend(vorige + 1, id - 1)} (verwijderd)`;
  }
  return `verwijst niet naar regel ${vorige} ervoor: daartussen is een regel verwijderd of ingevoegd, of de hash van regel ${vorige} is gewijzigd`;
}

const meervoud = (n: number, een: string, meer: string) => (n === 1 ? een : meer);

export interface ExportArguments {
  van?: Date;
  tot?: Date;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Reads `--van` and `--tot` (ISO 8601: a date, or a date and time). Without a time zone the moment is
 * UTC, as the timestamps in the export are; `--tot` is exclusive.
 */
export function readExportArguments(values: { van?: string; tot?: string }): ExportArguments {
  const lees = (naam: string, waarde: string | undefined): Date | undefined => {
    if (waarde === undefined) return undefined;
    const tekst = waarde.trim();
    const datum =
      ISO.test(tekst) && bestaandeDag(tekst.slice(0, 10))
        ? new Date(tekst.includes('T') && !/(Z|[+-]\d{2}:\d{2})$/.test(tekst) ? `${tekst}Z` : tekst)
        : new Date(Number.NaN);
    if (Number.isNaN(datum.getTime())) {
      throw new CliError(
        `${naam} moet een datum of tijdstip in ISO 8601 zijn (bv. 2026-01-01 of 2026-01-01T08:00:00Z), niet '${waarde}'.`,
      );
    }
    return datum;
  };
  const van = lees('--van', values.van);
  const tot = lees('--tot', values.tot);
  if (van && tot && van.getTime() >= tot.getTime()) throw new CliError('--van moet vóór --tot liggen.');
  return { ...(van ? { van } : {}), ...(tot ? { tot } : {}) };
}

/** 2026-02-30 is no day, though Date would make it 2 March. */
function bestaandeDag(dag: string): boolean {
  const [j, m, d] = dag.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d)).toISOString().slice(0, 10) === dag;
}

/** The export service stops at this many records (newest first). */
const EXPORT_MAXIMUM = 100_000;

/** `wendbaar audit export`: the audit log as CSV (semicolons, UTF-8 with BOM) for a period. */
export async function exporteerAuditlog(db: Kysely<Database>, args: ExportArguments): Promise<string> {
  return exportCsv(db, args);
}

/** Runs `audit verify` on the configured database; the exit code is 1 when the chain is broken. */
export async function runAuditVerify(config: Config): Promise<number> {
  const handle = await openBestaandeDatabase(config);
  try {
    console.log(`Auditlog in ${describeDatabaseTarget(config)}`);
    const uitkomst = await metAuditlog(() => verifieerAuditlog(handle.db, (regel) => console.log(regel)));
    return uitkomst.intact ? 0 : 1;
  } finally {
    await handle.close();
  }
}

/** Runs `audit export` on the configured database: CSV on stdout, remarks on stderr. */
export async function runAuditExport(config: Config, args: ExportArguments): Promise<void> {
  const handle = await openBestaandeDatabase(config);
  try {
    const csv = await metAuditlog(() => exporteerAuditlog(handle.db, args));
    // Every record is one line (line breaks inside a value are quoted, and rare); less the header.
    const aantal = csv.split('\r\n').filter((regel) => regel !== '').length - 1;
    await new Promise<void>((klaar, fout) => process.stdout.write(csv, (e) => (e ? fout(e) : klaar())));
    console.error(`Geëxporteerd: ${formatAantal(aantal)} ${meervoud(aantal, 'auditregel', 'auditregels')}.`);
    if (aantal >= EXPORT_MAXIMUM) {
      console.error(
        `Let op: de export houdt op bij ${formatAantal(EXPORT_MAXIMUM)} regels (de nieuwste). ` +
          'Kies een kortere periode met --van en --tot.',
      );
    }
  } finally {
    await handle.close();
  }
}

/**
 * Opens the configured database without creating or migrating it: checking an audit log must not
 * change anything, nor make an empty PGlite folder where the user mistyped a path.
 */
async function openBestaandeDatabase(config: Config): Promise<DatabaseHandle> {
  const target = config.database;
  if (target.engine === 'pglite' && !existsSync(join(resolve(target.dataDir), 'PG_VERSION'))) {
    throw new CliError(
      `In ${resolve(target.dataDir)} staat geen Wendbaar-database. Geef de map met WENDBAAR_DATA_DIR ` +
        'of een PostgreSQL-database met DATABASE_URL.',
    );
  }
  return openConfiguredDatabase(config);
}

async function metAuditlog<T>(werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      throw new CliError(
        'Deze database heeft nog geen auditlog (de tabel audit_log ontbreekt). Werk hem eerst bij met wendbaar migrate.',
      );
    }
    throw error;
  }
}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { VerificatieFout } from '../access/audit-keten';
import { type Config, describeDatabaseTarget } from '../config';
import { findAudit, streamAudit } from '../db/audit.repository';
import type { DatabaseHandle } from '../db/connect';
import type { Database } from '../db/schema';
import {
  exportAuditregels,
  exportCsv,
  schrijfAnker,
  type VerificatieOpties,
  verifieer,
} from '../services/audit.service';
import { richtAuditIn } from './audit-anker';
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
  /** What does not match the latest anchor outside the database (truncation, recomputation). */
  ankerFouten: VerificatieFout[];
}

const ANKER_SOORTEN = new Set<VerificatieFout['soort']>([
  'anker-ontbreekt',
  'anker-afwijkend',
  'anker-ongeldig',
]);

/**
 * `wendbaar audit verify`: recomputes the chain of the audit log with the key and compares it with
 * the latest anchor; reports, in Dutch, how many records it checked and either that the log is
 * intact or every problem: a record by id with what is wrong, and what the anchor shows missing or
 * recomputed. Reads only: a verification never changes the database.
 */
export async function verifieerAuditlog(
  db: Kysely<Database>,
  schrijf: Schrijf,
  opties: VerificatieOpties = {},
): Promise<VerificatieUitkomst> {
  const uitkomst = await verifieer(db, opties);
  schrijf(
    `Gecontroleerd: ${formatAantal(uitkomst.gecontroleerd)} ${meervoud(uitkomst.gecontroleerd, 'auditregel', 'auditregels')}.`,
  );
  schrijf(
    uitkomst.gesleuteld
      ? 'Met de sleutel (HMAC-SHA256): wie de database kan wijzigen maar de sleutel niet heeft, kan geen regel vervalsen.'
      : 'Zonder sleutel: alleen de hashketen is gecontroleerd (zet WENDBAAR_AUDIT_SLEUTEL, zie docs/deployment.md).',
  );
  const anker = uitkomst.anker;
  if (anker) {
    schrijf(
      `Vergeleken met het laatste anker (${anker.tijdstip}): ${anker.laatsteId === null ? 'leeg log' : `regel ${anker.laatsteId}`}, ` +
        `${formatAantal(anker.aantal)} ${meervoud(anker.aantal, 'regel', 'regels')}.`,
    );
  } else {
    schrijf(
      uitkomst.ankerIngesteld
        ? 'Nog geen anker gevonden: het verwijderen van de nieuwste regels is pas na het eerste anker te zien.'
        : 'Geen anker ingesteld (WENDBAAR_AUDIT_ANKER): het verwijderen van de nieuwste regels is niet te zien.',
    );
  }

  // One record can break twice (changed content and a broken link); report it once, both reasons.
  const perId = new Map<number, VerificatieFout['soort'][]>();
  const meldingen = new Map<number, string[]>();
  const ankerFouten = uitkomst.fouten.filter((f) => ANKER_SOORTEN.has(f.soort));
  for (const f of uitkomst.fouten) {
    if (ANKER_SOORTEN.has(f.soort)) continue;
    perId.set(f.id, [...(perId.get(f.id) ?? []), f.soort]);
    meldingen.set(f.id, [...(meldingen.get(f.id) ?? []), f.melding]);
  }
  const fouten = [...perId].sort(([a], [b]) => a - b).map(([id, soorten]) => ({ id, soorten }));

  if (fouten.length === 0 && ankerFouten.length === 0) {
    schrijf('De keten is intact.');
    const laatste = (await findAudit(db, {}, 1, 0)).rijen[0];
    if (laatste) schrijf(`Laatste regel: ${laatste.id}, hash ${laatste.hash}.`);
    return { gecontroleerd: uitkomst.gecontroleerd, intact: true, fouten, ankerFouten };
  }

  if (fouten.length > 0) {
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
      if (f.soorten.includes('hmac-onjuist')) {
        wat.push(
          'de HMAC klopt niet: de inhoud is gewijzigd, of de regel is zonder de sleutel geschreven of herberekend (vervalst)',
        );
      }
      if (f.soorten.includes('zonder-sleutel')) {
        wat.push(
          'vastgelegd zonder sleutel na de overstap op de sleutel: buiten Wendbaar om geschreven of herberekend',
        );
      }
      if (f.soorten.includes('sleutel-onbekend')) {
        wat.push(
          (meldingen.get(f.id) ?? []).find((m) => m.includes('niet is opgegeven'))?.replace(/\.$/, '') ??
            'vastgelegd met een sleutel die niet is opgegeven',
        );
      }
      if (f.soorten.includes('keten-verbroken')) wat.push(ketenMelding(f.id, voorgangers.get(f.id) ?? null));
      schrijf(`  regel ${f.id}: ${wat.join('; ')}.`);
    }
  }
  if (ankerFouten.length > 0) {
    schrijf('Het auditlog klopt NIET met het laatste anker buiten de database:');
    for (const f of ankerFouten) schrijf(`  anker: ${f.melding}`);
  }
  // Only the key missing is not tampering: say what to supply instead of raising an incident.
  const alleenSleutelOnbekend =
    ankerFouten.length === 0 && fouten.every((f) => f.soorten.every((s) => s === 'sleutel-onbekend'));
  schrijf(
    alleenSleutelOnbekend
      ? 'Deze regels zijn vastgelegd met een sleutel die niet is opgegeven. Geef de auditsleutel op ' +
          '(WENDBAAR_AUDIT_SLEUTEL, of het bestand <datamap>.audit-sleutel naast de PGlite-map) en controleer opnieuw.'
      : 'Deze regels zijn buiten Wendbaar om gewijzigd, toegevoegd of verwijderd (de database weigert dat zelf). ' +
          'Vergelijk met een back-up en meld het als beveiligingsincident.',
  );
  return { gecontroleerd: uitkomst.gecontroleerd, intact: false, fouten, ankerFouten };
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

/**
 * Runs `audit verify` on the configured database with the configured key and anchor file; the exit
 * code is 1 when the chain is broken or does not match the anchor.
 */
export async function runAuditVerify(config: Config): Promise<number> {
  const handle = await openBestaandeDatabase(config);
  try {
    // Reads the key, never makes one: a verification changes nothing.
    const opzet = richtAuditIn(config, { aanmaken: false });
    console.log(`Auditlog in ${describeDatabaseTarget(config)}`);
    if (opzet.ankerPad) console.log(`Ankers in ${opzet.ankerPad}`);
    const uitkomst = await metAuditlog(() =>
      verifieerAuditlog(handle.db, (regel) => console.log(regel), {
        sleutels: opzet.sleutel ? [opzet.sleutel] : [],
        ankerPad: opzet.ankerPad,
      }),
    );
    return uitkomst.intact ? 0 : 1;
  } finally {
    await handle.close();
  }
}

/**
 * `wendbaar audit anker`: writes the chain's head now to the anchor file (WENDBAAR_AUDIT_ANKER), for
 * instance from cron on PostgreSQL or before a backup. The server writes one every few minutes.
 */
export async function runAuditAnker(config: Config): Promise<number> {
  const handle = await openBestaandeDatabase(config);
  try {
    const opzet = richtAuditIn(config, { aanmaken: false });
    if (!opzet.ankerPad) {
      throw new CliError(
        'Waar moet het anker heen? Zet WENDBAAR_AUDIT_ANKER op een bestand buiten de database (docs/deployment.md).',
      );
    }
    const anker = await metAuditlog(() => schrijfAnker(handle.db, opzet.ankerPad!, opzet.sleutel));
    console.log(
      `Anker geschreven naar ${opzet.ankerPad}: ${anker.laatsteId === null ? 'leeg auditlog' : `regel ${anker.laatsteId}, hash ${anker.hash}`}, ` +
        `${formatAantal(anker.aantal)} ${meervoud(anker.aantal, 'regel', 'regels')}${opzet.sleutel ? '' : ' (zonder sleutel)'}.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

/** Runs `audit export` on the configured database: CSV on stdout, remarks on stderr. */
export async function runAuditExport(config: Config, args: ExportArguments): Promise<void> {
  const handle = await openBestaandeDatabase(config);
  try {
    // Counted as records, not lines: a quoted value may hold a line break (src/domain/csv.ts).
    const { csv, aantal } = await metAuditlog(() => exportAuditregels(handle.db, args));
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
  return openConfiguredDatabase(config, { sleutelAanmaken: false });
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

import { open } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import {
  type AuditAnker,
  type AuditSleutel,
  leesAnkerRegel,
  maakAnker,
  type OpgeslagenAuditRegel,
  type VerificatieFout,
  vergelijkMetAnker,
  verifieerKeten,
} from '../access/audit-keten';
import type { Auditregel, AuditVerificatie } from '../contract/audit';
import * as audit from '../db/audit.repository';
import { AUDIT_OBJECT_SOORTEN, type AuditObjectSoort, findAuditNamen } from '../db/audit-namen.repository';
import type { Paginering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import { naarCsvBestand } from '../domain/csv';
import { auditSoort, beschrijfAuditregel, type ObjectNaam, objectSleutel } from '../reports/audit-zin';
import type { Tabel } from '../reports/tabel-export';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A gesprekssoort is keyed by its code (kleine letters, cijfers en -, hoogstens 40 tekens). */
const CODE = /^[a-z0-9-]{1,40}$/;
const BENOEMBAAR: ReadonlySet<string> = new Set<string>(AUDIT_OBJECT_SOORTEN);

/**
 * The names a page of records needs (its actors and objects), looked up in one statement. An id
 * that is no uuid (a record of a request with a garbage path) names nothing. Objects are keyed by
 * their canonical kind (`auditSoort`: `scenarios` and `scenarioId` both name a scenario).
 */
async function namenVoor(db: Kysely<Database>, rijen: readonly OpgeslagenAuditRegel[]) {
  const ids: Partial<Record<AuditObjectSoort, Set<string>>> = {};
  const voeg = (soort: string | null, id: string | null) => {
    if (!soort || !id || !BENOEMBAAR.has(soort)) return;
    if (!(soort === 'gesprekssoort' ? CODE : GUID).test(id)) return;
    const k = soort as AuditObjectSoort;
    const set = ids[k] ?? new Set<string>();
    set.add(id);
    ids[k] = set;
  };
  for (const r of rijen) {
    voeg('account', r.actorAccountId);
    voeg(auditSoort(r.actie, r.objectType), r.objectId);
  }
  const gevonden = await findAuditNamen(
    db,
    Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v]])),
  );
  return new Map<string, ObjectNaam>(
    gevonden.map((n) => [
      objectSleutel(n.soort, n.id),
      { naam: n.naam, van: n.van, ouder: n.ouder, datum: n.datum },
    ]),
  );
}

/** The file an export asked for: the `formaat` of the query a bulk read records (src/http/export.ts). */
function formaatVan(details: unknown): string | null {
  const formaat = (details as { filter?: { formaat?: unknown } } | null)?.filter?.formaat;
  return typeof formaat === 'string' ? formaat : null;
}

function view(r: OpgeslagenAuditRegel, namen: ReadonlyMap<string, ObjectNaam>): Auditregel {
  const actorNaam = (r.actorAccountId && namen.get(objectSleutel('account', r.actorAccountId))?.naam) || null;
  const aantal = (r.details as { aantalPersonen?: unknown } | null)?.aantalPersonen;
  const { omschrijving, link } = beschrijfAuditregel(
    {
      actor: r.actor,
      actorNaam,
      actie: r.actie,
      objectType: r.objectType,
      objectId: r.objectId,
      resultaat: r.resultaat,
      aantalPersonen: typeof aantal === 'number' ? aantal : null,
      formaat: formaatVan(r.details),
    },
    namen,
  );
  return {
    id: r.id,
    tijdstempel: r.tijdstempel.toISOString(),
    actorAccountId: r.actorAccountId,
    actor: r.actor,
    actorNaam,
    actie: r.actie,
    omschrijving,
    link,
    objectType: r.objectType,
    objectId: r.objectId,
    resultaat: r.resultaat,
    ip: r.ip,
    userAgent: r.userAgent,
    requestId: r.requestId,
    hash: r.hash,
  };
}

export async function zoekAudit(db: Kysely<Database>, filter: audit.AuditFilter, p: Paginering) {
  const { rijen, aantal } = await audit.findAudit(
    db,
    filter,
    p.paginaGrootte,
    (p.pagina - 1) * p.paginaGrootte,
  );
  // Names only for this page's actors and objects, in one statement: not every account, not one per row.
  const namen = await namenVoor(db, rijen);
  return { rijen: rijen.map((r) => view(r, namen)), aantal };
}

const KOLOMMEN = [
  'id',
  'tijdstempel',
  'actor',
  'actie',
  'objectType',
  'objectId',
  'resultaat',
  'ip',
  'userAgent',
  'requestId',
  'hash',
] as const;

/**
 * The audit log as CSV through the one writer of every export (src/domain/csv.ts): a record's
 * texts are chosen by whoever made the request (a path, a browser), so every cell is quoted where
 * it must be and never runs as a formula. With the number of records and of distinct actors.
 */
export async function exportAuditregels(
  db: Kysely<Database>,
  filter: audit.AuditFilter,
): Promise<{ csv: string; aantal: number; aantalPersonen: number }> {
  const { rijen } = await audit.findAudit(db, filter, 100_000, 0);
  const geenNamen = new Map<string, ObjectNaam>(); // the export keeps its columns; actor says who
  const csv = naarCsvBestand(
    KOLOMMEN,
    rijen.map((r) => view(r, geenNamen)).map((r) => KOLOMMEN.map((k) => r[k])),
  );
  const actoren = new Set(rijen.flatMap((r) => (r.actorAccountId ? [r.actorAccountId] : [])));
  return { csv, aantal: rijen.length, aantalPersonen: actoren.size };
}

/** The same records and columns as the CSV, as a table for the XLSX writer (issue 16, item 2). */
export async function exportAuditTabel(
  db: Kysely<Database>,
  filter: audit.AuditFilter,
): Promise<{ tabel: Tabel<Auditregel>; aantalPersonen: number }> {
  const { rijen } = await audit.findAudit(db, filter, 100_000, 0);
  const geenNamen = new Map<string, ObjectNaam>();
  const actoren = new Set(rijen.flatMap((r) => (r.actorAccountId ? [r.actorAccountId] : [])));
  return {
    tabel: {
      titel: 'Auditlog',
      kolommen: KOLOMMEN.map((k) => ({
        kop: k,
        waarde: (r: Auditregel) => {
          const w = r[k];
          return w === null || w === undefined ? null : typeof w === 'number' ? w : String(w);
        },
        ...(k === 'tijdstempel' ? { breedte: 24 } : {}),
      })),
      rijen: rijen.map((r) => view(r, geenNamen)),
    },
    aantalPersonen: actoren.size,
  };
}

export async function exportCsv(db: Kysely<Database>, filter: audit.AuditFilter): Promise<string> {
  return (await exportAuditregels(db, filter)).csv;
}

/**
 * Where this process writes its anchors (WENDBAAR_AUDIT_ANKER, or next to the PGlite data folder):
 * set once at start (src/cli/audit-anker.ts), read by the verification endpoint. Null: none.
 */
let ankerPad: string | null = null;

export function gebruikAnkerPad(pad: string | null): void {
  ankerPad = pad;
}

export function huidigAnkerPad(): string | null {
  return ankerPad;
}

/**
 * The newest anchor in an anchor file (its last complete line), or null when the file does not exist
 * or holds none. Reads only the file's tail: the file grows by a line every few minutes for years.
 */
export async function leesLaatsteAnker(pad: string): Promise<AuditAnker | null> {
  let bestand: Awaited<ReturnType<typeof open>>;
  try {
    bestand = await open(pad, 'r');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await bestand.stat();
    const lengte = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(lengte);
    await bestand.read(buffer, 0, lengte, size - lengte);
    const regels = buffer.toString('utf8').split('\n');
    for (let i = regels.length - 1; i >= 0; i--) {
      const anker = leesAnkerRegel(regels[i]!.trim());
      if (anker) return anker;
    }
    return null;
  } finally {
    await bestand.close();
  }
}

/**
 * Appends the chain's head, as it is now, to the anchor file as one JSON line (the file is created
 * readable by its owner only) and waits until it is on disk.
 */
export async function schrijfAnker(
  db: Kysely<Database>,
  pad: string,
  sleutel: AuditSleutel | null = audit.huidigeAuditSleutel(),
  tijdstip = new Date(),
): Promise<AuditAnker> {
  const anker = maakAnker(await audit.leesKop(db), tijdstip, sleutel);
  const bestand = await open(pad, 'a', 0o600);
  try {
    await bestand.write(`${JSON.stringify(anker)}\n`);
    await bestand.sync();
  } finally {
    await bestand.close();
  }
  return anker;
}

export interface VerificatieOpties {
  /** Keys to check HMACs with; default the process's own key. */
  sleutels?: readonly AuditSleutel[];
  /** The anchor file to check against; default the process's own (null: none). */
  ankerPad?: string | null;
}

/**
 * Recomputes the whole chain with the key and compares it with the latest anchor; names every record
 * changed, forged or removed behind the application's back (each fout with its kind as the chain
 * knows it, for `wendbaar audit verify`), and the anchor it compared with.
 */
export async function verifieer(
  db: Kysely<Database>,
  opties: VerificatieOpties = {},
): Promise<Omit<AuditVerificatie, 'fouten'> & { fouten: VerificatieFout[] }> {
  const eigen = audit.huidigeAuditSleutel();
  const sleutels = opties.sleutels ?? (eigen ? [eigen] : []);
  const pad = opties.ankerPad === undefined ? ankerPad : opties.ankerPad;
  const anker = pad ? await leesLaatsteAnker(pad) : null;

  let gecontroleerd = 0;
  let vorige: string | undefined;
  let gesleuteldVanaf = anker?.gesleuteldVanaf ?? null;
  const fouten: VerificatieFout[] = [];
  let batch: OpgeslagenAuditRegel[] = [];
  const controleer = () => {
    const r = verifieerKeten(batch, { ...(vorige ? { startHash: vorige } : {}), sleutels, gesleuteldVanaf });
    gecontroleerd += r.gecontroleerd;
    // A key not given is reported once for the whole log, not once per batch.
    for (const f of r.fouten) {
      if (f.soort !== 'sleutel-onbekend' || !fouten.some((g) => g.soort === f.soort)) fouten.push(f);
    }
    vorige = r.laatsteHash;
    gesleuteldVanaf = r.gesleuteldVanaf;
    batch = [];
  };
  for await (const r of audit.streamAudit(db)) {
    batch.push(r);
    if (batch.length >= 5000) controleer();
  }
  controleer();
  if (anker) {
    const stand =
      anker.laatsteId === null
        ? { hashOpAnker: null, aantalTotAnker: 0 }
        : await audit.leesStandBij(db, anker.laatsteId);
    fouten.push(...vergelijkMetAnker(anker, stand, sleutels));
  }
  return {
    gecontroleerd,
    intact: fouten.length === 0,
    fouten,
    gesleuteld: sleutels.length > 0,
    ankerIngesteld: pad !== null,
    anker: anker && {
      tijdstip: anker.tijdstip,
      laatsteId: anker.laatsteId,
      hash: anker.hash,
      aantal: anker.aantal,
    },
  };
}

import type { Kysely } from 'kysely';
import { type OpgeslagenAuditRegel, type VerificatieFout, verifieerKeten } from '../access/audit-keten';
import type { Auditregel, AuditVerificatie } from '../contract/audit';
import { findAccountNamen } from '../db/account.repository';
import * as audit from '../db/audit.repository';
import type { Paginering } from '../db/query-helpers';
import type { Database } from '../db/schema';

function view(r: OpgeslagenAuditRegel, namen: Map<string, string>): Auditregel {
  return {
    id: r.id,
    tijdstempel: r.tijdstempel.toISOString(),
    actorAccountId: r.actorAccountId,
    actor: r.actor,
    actorNaam: (r.actorAccountId && namen.get(r.actorAccountId)) || null,
    actie: r.actie,
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
  // Names only for this page's actors: fetching every account to name a few did not scale.
  const namen = await findAccountNamen(db, [
    ...new Set(rijen.flatMap((r) => (r.actorAccountId ? [r.actorAccountId] : []))),
  ]);
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

/** CSV-escaped, with a leading quote against formula injection when opened in a spreadsheet. */
function cel(waarde: unknown): string {
  let s = waarde === null || waarde === undefined ? '' : String(waarde);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export async function exportCsv(db: Kysely<Database>, filter: audit.AuditFilter): Promise<string> {
  const { rijen } = await audit.findAudit(db, filter, 100_000, 0);
  const geenNamen = new Map<string, string>(); // the export keeps its columns; actor says who
  const regels = rijen.map((r) => view(r, geenNamen)).map((r) => KOLOMMEN.map((k) => cel(r[k])).join(';'));
  return `\uFEFF${KOLOMMEN.join(';')}\r\n${regels.join('\r\n')}\r\n`;
}

/**
 * Recomputes the whole chain; names every record changed or removed behind the application's back
 * (each fout with its kind as the chain knows it, for `wendbaar audit verify`).
 */
export async function verifieer(
  db: Kysely<Database>,
): Promise<AuditVerificatie & { fouten: VerificatieFout[] }> {
  let gecontroleerd = 0;
  let vorige: string | undefined;
  const fouten: VerificatieFout[] = [];
  let batch: OpgeslagenAuditRegel[] = [];
  const controleer = () => {
    const r = verifieerKeten(batch, vorige);
    gecontroleerd += r.gecontroleerd;
    fouten.push(...r.fouten);
    vorige = r.laatsteHash;
    batch = [];
  };
  for await (const r of audit.streamAudit(db)) {
    batch.push(r);
    if (batch.length >= 5000) controleer();
  }
  controleer();
  return { gecontroleerd, intact: fouten.length === 0, fouten };
}

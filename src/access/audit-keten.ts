import { createHash } from 'node:crypto';

/** One audit record as it is hashed: everything but its own id and hash. */
export interface AuditInhoud {
  tijdstempel: Date;
  actorAccountId: string | null;
  actor: string;
  actie: string;
  objectType: string | null;
  objectId: string | null;
  resultaat: 'gelukt' | 'geweigerd' | 'mislukt';
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** The hash the first record links to. */
export const BEGIN_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: jsonb reorders keys, so hash what it keeps. */
function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde && typeof waarde === 'object') {
    const sleutels = Object.keys(waarde).sort();
    return `{${sleutels.map((k) => `${JSON.stringify(k)}:${canoniek((waarde as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(waarde ?? null);
}

/**
 * sha256 over the previous hash and the record's content. Changing any field of any record, or
 * removing or reordering records, breaks the link from that record on.
 */
export function auditHash(vorigeHash: string, r: AuditInhoud): string {
  const inhoud = canoniek([
    vorigeHash,
    r.tijdstempel.toISOString(),
    r.actorAccountId,
    r.actor,
    r.actie,
    r.objectType,
    r.objectId,
    r.resultaat,
    r.ip,
    r.userAgent,
    r.requestId,
    r.details,
  ]);
  return createHash('sha256').update(inhoud).digest('hex');
}

export interface OpgeslagenAuditRegel extends AuditInhoud {
  id: number;
  vorigeHash: string;
  hash: string;
}

export type VerificatieFout =
  | { id: number; soort: 'inhoud-gewijzigd'; melding: string }
  | { id: number; soort: 'keten-verbroken'; melding: string };

/**
 * Walks the chain in id order and reports every record whose content no longer matches its hash,
 * or whose link does not point at the record before it.
 */
export function verifieerKeten(
  regels: Iterable<OpgeslagenAuditRegel>,
  startHash: string = BEGIN_HASH,
): { gecontroleerd: number; fouten: VerificatieFout[]; laatsteHash: string } {
  let vorige = startHash;
  let gecontroleerd = 0;
  const fouten: VerificatieFout[] = [];
  for (const r of regels) {
    gecontroleerd++;
    if (r.vorigeHash !== vorige) {
      fouten.push({
        id: r.id,
        soort: 'keten-verbroken',
        melding: `Regel ${r.id} verwijst niet naar de regel ervoor: een regel is verwijderd of ingevoegd.`,
      });
    }
    if (auditHash(r.vorigeHash, r) !== r.hash) {
      fouten.push({
        id: r.id,
        soort: 'inhoud-gewijzigd',
        melding: `De inhoud van regel ${r.id} is gewijzigd na het vastleggen.`,
      });
    }
    vorige = r.hash;
  }
  return { gecontroleerd, fouten, laatsteHash: vorige };
}

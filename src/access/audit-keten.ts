import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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

/**
 * The longest text the audit record keeps of each field taken from a request; an attacker chooses
 * these values (a path, a header), so they must neither break the insert nor bloat the log.
 */
export const AUDIT_MAXIMA = {
  actor: 200,
  actie: 300,
  objectType: 100,
  objectId: 200,
  ip: 100,
  userAgent: 500,
  requestId: 100,
  /** Each string inside `details`, and each key. */
  detail: 500,
} as const;

/**
 * Characters no audit field may hold as they are: control characters (NUL cannot be stored in
 * PostgreSQL text or jsonb at all; CR and LF split lines in an export or log), line and paragraph
 * separators, bidirectional overrides (they make a shown value read differently) and lone
 * surrogates (not valid UTF-8, so the database would store something else than was hashed).
 */
const ONVEILIG = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u{d800}-\u{dfff}]/u;

/**
 * A text as the audit record keeps it: every unsafe character written out as `\uXXXX` (so the
 * attempt stays visible as evidence), at most `maximum` characters, ending in `…` when cut.
 */
export function veiligeAuditTekst(waarde: string, maximum: number): string {
  let uit = '';
  let totAfkappen = ''; // the longest start that leaves room for the `…`
  for (const teken of waarde) {
    const stuk = ONVEILIG.test(teken) ? `\\u${teken.codePointAt(0)!.toString(16).padStart(4, '0')}` : teken;
    if (uit.length + stuk.length > maximum) return `${totAfkappen}…`;
    uit += stuk;
    if (uit.length <= maximum - 1) totAfkappen = uit;
  }
  return uit;
}

const tekstOfNull = (waarde: string | null, maximum: number) =>
  waarde === null ? null : veiligeAuditTekst(String(waarde), maximum);

/**
 * `details` as JSON keeps it: safe strings and keys, no undefined (jsonb drops the key, the hash
 * would not), dates as ISO text, and bounded depth and size.
 */
function veiligDetail(waarde: unknown, diepte: number): unknown {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === 'string') return veiligeAuditTekst(waarde, AUDIT_MAXIMA.detail);
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? waarde : null;
  if (typeof waarde === 'boolean') return waarde;
  if (typeof waarde === 'bigint') return waarde.toString();
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? null : waarde.toISOString();
  if (diepte >= 4) return '…';
  if (Array.isArray(waarde)) return waarde.slice(0, 50).map((w) => veiligDetail(w, diepte + 1));
  if (typeof waarde === 'object') return veiligeDetails(waarde as Record<string, unknown>, diepte + 1);
  return veiligeAuditTekst(String(waarde), AUDIT_MAXIMA.detail);
}

function veiligeDetails(details: Record<string, unknown>, diepte = 0): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [sleutel, waarde] of Object.entries(details).slice(0, 50)) {
    if (waarde === undefined) continue;
    uit[veiligeAuditTekst(sleutel, 100)] = veiligDetail(waarde, diepte);
  }
  return uit;
}

/**
 * The record as it can always be stored and hashed, whatever a request put in it: every text field
 * made safe and capped (see `veiligeAuditTekst`). Applied before hashing, so what is stored is what
 * the chain covers.
 */
export function veiligeAuditInhoud(r: AuditInhoud): AuditInhoud {
  return {
    tijdstempel: r.tijdstempel,
    actorAccountId: r.actorAccountId,
    actor: veiligeAuditTekst(r.actor, AUDIT_MAXIMA.actor),
    actie: veiligeAuditTekst(r.actie, AUDIT_MAXIMA.actie),
    objectType: tekstOfNull(r.objectType, AUDIT_MAXIMA.objectType),
    objectId: tekstOfNull(r.objectId, AUDIT_MAXIMA.objectId),
    resultaat: r.resultaat,
    ip: tekstOfNull(r.ip, AUDIT_MAXIMA.ip),
    userAgent: tekstOfNull(r.userAgent, AUDIT_MAXIMA.userAgent),
    requestId: tekstOfNull(r.requestId, AUDIT_MAXIMA.requestId),
    details: veiligeDetails(r.details),
  };
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

/** The text a record's hash or HMAC covers: the previous hash and every field, canonically. */
function ketenInhoud(vorigeHash: string, r: AuditInhoud): string {
  return canoniek([
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
}

/**
 * sha256 over the previous hash and the record's content: the scheme of records written without a
 * key (before migration 0011, or without a configured key). Changing any field of any record, or
 * removing or reordering records, breaks the link from that record on; but anyone who can write the
 * table can also recompute it, which is why records are keyed now (`auditHmac`).
 */
export function auditHash(vorigeHash: string, r: AuditInhoud): string {
  return createHash('sha256').update(ketenInhoud(vorigeHash, r)).digest('hex');
}

/**
 * The secret the audit chain is keyed with. The database never holds it (only its `id`), so whoever
 * can write the table cannot compute a record that verifies: a recomputed or forged record is told
 * apart by its HMAC.
 */
export interface AuditSleutel {
  /** A fingerprint of the key, stored with each record it keyed; it does not reveal the key. */
  id: string;
  geheim: Buffer;
}

/** The shortest key accepted: 256 bits, as HMAC-SHA256 needs no more and should get no less. */
export const MINIMALE_SLEUTEL_BYTES = 32;

/** The key from its bytes, with its fingerprint (a domain-separated sha256, 16 hex characters). */
export function auditSleutel(geheim: Buffer): AuditSleutel {
  const id = createHash('sha256').update('wendbaar-audit-sleutel-id\0').update(geheim).digest('hex');
  return { id: id.slice(0, 16), geheim };
}

/**
 * Reads a key written as hex (64 or more hex digits) or base64 (standard or url-safe); null when it
 * is neither or shorter than 32 bytes.
 */
export function leesAuditSleutel(tekst: string): AuditSleutel | null {
  const t = tekst.trim();
  let geheim: Buffer | null = null;
  if (/^(?:[0-9a-f]{2})+$/i.test(t)) geheim = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/]+={0,2}$/.test(t) || /^[A-Za-z0-9_-]+={0,2}$/.test(t)) {
    const b = Buffer.from(t, t.includes('-') || t.includes('_') ? 'base64url' : 'base64');
    // Node decodes leniently: only text that round-trips is base64.
    const terug = (
      t.includes('-') || t.includes('_') ? b.toString('base64url') : b.toString('base64')
    ).replace(/=+$/, '');
    if (terug === t.replace(/=+$/, '')) geheim = b;
  }
  return geheim && geheim.length >= MINIMALE_SLEUTEL_BYTES ? auditSleutel(geheim) : null;
}

/** HMAC-SHA256 with the key over the same content `auditHash` covers. */
export function auditHmac(geheim: Buffer, vorigeHash: string, r: AuditInhoud): string {
  return createHmac('sha256', geheim).update(ketenInhoud(vorigeHash, r)).digest('hex');
}

/** Compares two hex digests in constant time (an HMAC check must not leak how much matched). */
export function gelijkeHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface OpgeslagenAuditRegel extends AuditInhoud {
  id: number;
  vorigeHash: string;
  hash: string;
  /** The key the record's hash is an HMAC with; null (or absent): a plain sha256 (`auditHash`). */
  sleutelId?: string | null;
}

export type VerificatieSoort =
  | 'inhoud-gewijzigd'
  | 'hmac-onjuist'
  | 'keten-verbroken'
  | 'sleutel-onbekend'
  | 'zonder-sleutel'
  | 'anker-ontbreekt'
  | 'anker-afwijkend'
  | 'anker-ongeldig';

export interface VerificatieFout {
  id: number;
  soort: VerificatieSoort;
  melding: string;
}

export interface KetenOpties {
  /** The hash the first record of this batch links to. */
  startHash?: string;
  /** The keys to check HMACs with, by id; a record keyed with another is reported, not trusted. */
  sleutels?: readonly AuditSleutel[];
  /**
   * From this id on every record must be keyed (known from an anchor); and once one keyed record
   * is seen, so must every record after it. A record written without the key after the switch was
   * written by someone who does not hold the key.
   */
  gesleuteldVanaf?: number | null;
}

/**
 * Walks the chain in id order and reports every record whose content no longer matches its hash
 * or HMAC, whose link does not point at the record before it, that is keyed with a key not given,
 * or that is unkeyed after the chain switched to a key. Unkeyed records before the switch verify as
 * they always did, and the first keyed record links to the last unkeyed one.
 */
export function verifieerKeten(
  regels: Iterable<OpgeslagenAuditRegel>,
  opties: string | KetenOpties = {},
): {
  gecontroleerd: number;
  fouten: VerificatieFout[];
  laatsteHash: string;
  /** The id of the first keyed record seen (or given), for the next batch. */
  gesleuteldVanaf: number | null;
} {
  const o: KetenOpties = typeof opties === 'string' ? { startHash: opties } : opties;
  let vorige = o.startHash ?? BEGIN_HASH;
  let gesleuteldVanaf = o.gesleuteldVanaf ?? null;
  const sleutels = new Map((o.sleutels ?? []).map((s) => [s.id, s.geheim]));
  const onbekendGemeld = new Set<string>();
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
    const sleutelId = r.sleutelId ?? null;
    if (sleutelId === null) {
      if (gesleuteldVanaf !== null && r.id >= gesleuteldVanaf) {
        fouten.push({
          id: r.id,
          soort: 'zonder-sleutel',
          melding:
            `Regel ${r.id} is zonder sleutel vastgelegd, terwijl de keten vanaf regel ${gesleuteldVanaf} ` +
            'met de sleutel wordt vastgelegd: de regel is buiten Wendbaar om geschreven of herberekend.',
        });
      } else if (auditHash(r.vorigeHash, r) !== r.hash) {
        fouten.push({
          id: r.id,
          soort: 'inhoud-gewijzigd',
          melding: `De inhoud van regel ${r.id} is gewijzigd na het vastleggen.`,
        });
      }
    } else {
      if (gesleuteldVanaf === null) gesleuteldVanaf = r.id;
      const geheim = sleutels.get(sleutelId);
      if (!geheim) {
        // Once per key: every later record with it is just as unverifiable.
        if (!onbekendGemeld.has(sleutelId)) {
          onbekendGemeld.add(sleutelId);
          fouten.push({
            id: r.id,
            soort: 'sleutel-onbekend',
            melding:
              `Regel ${r.id} en de regels erna zijn vastgelegd met sleutel ${sleutelId}, die niet is opgegeven ` +
              '(WENDBAAR_AUDIT_SLEUTEL of het sleutelbestand): ze zijn niet te controleren.',
          });
        }
      } else if (!gelijkeHash(auditHmac(geheim, r.vorigeHash, r), r.hash)) {
        fouten.push({
          id: r.id,
          soort: 'hmac-onjuist',
          melding:
            `De HMAC van regel ${r.id} klopt niet: de inhoud is gewijzigd na het vastleggen, of de regel is ` +
            'zonder de sleutel geschreven of herberekend.',
        });
      }
    }
    vorige = r.hash;
  }
  return { gecontroleerd, fouten, laatsteHash: vorige, gesleuteldVanaf };
}

/**
 * The head of the chain as written outside the database (a file the operator chooses): whoever can
 * rewrite the table cannot rewrite this, so removing the newest records, or recomputing the chain,
 * shows against it.
 */
export interface AuditAnker {
  soort: 'wendbaar-audit-anker';
  tijdstip: string;
  /** The newest record's id and hash (null: the log was empty). */
  laatsteId: number | null;
  hash: string;
  /** Records in the log at that moment. */
  aantal: number;
  /** The first keyed record (null: none yet), so a chain rewritten without the key is seen. */
  gesleuteldVanaf: number | null;
  /** The key that signed this anchor (its `mac`); null: an anchor written without a key. */
  sleutelId: string | null;
  mac: string | null;
}

export interface AuditKop {
  laatsteId: number | null;
  hash: string;
  aantal: number;
  gesleuteldVanaf: number | null;
}

function ankerInhoud(a: Omit<AuditAnker, 'mac'>): string {
  return canoniek([a.soort, a.tijdstip, a.laatsteId, a.hash, a.aantal, a.gesleuteldVanaf, a.sleutelId]);
}

/** The anchor for a head at a moment, signed with the key when there is one. */
export function maakAnker(kop: AuditKop, tijdstip: Date, sleutel: AuditSleutel | null): AuditAnker {
  const zonderMac = {
    soort: 'wendbaar-audit-anker' as const,
    tijdstip: tijdstip.toISOString(),
    laatsteId: kop.laatsteId,
    hash: kop.hash,
    aantal: kop.aantal,
    gesleuteldVanaf: kop.gesleuteldVanaf,
    sleutelId: sleutel?.id ?? null,
  };
  const mac = sleutel
    ? createHmac('sha256', sleutel.geheim).update(ankerInhoud(zonderMac)).digest('hex')
    : null;
  return { ...zonderMac, mac };
}

/** One line of an anchor file read back; null when it is not an anchor (a torn last line). */
export function leesAnkerRegel(regel: string): AuditAnker | null {
  let a: Partial<AuditAnker>;
  try {
    a = JSON.parse(regel) as Partial<AuditAnker>;
  } catch {
    return null;
  }
  const geheelOfNull = (w: unknown) => w === null || (typeof w === 'number' && Number.isSafeInteger(w));
  if (
    a?.soort !== 'wendbaar-audit-anker' ||
    typeof a.tijdstip !== 'string' ||
    !geheelOfNull(a.laatsteId) ||
    typeof a.hash !== 'string' ||
    typeof a.aantal !== 'number' ||
    !geheelOfNull(a.gesleuteldVanaf) ||
    !(a.sleutelId === null || typeof a.sleutelId === 'string') ||
    !(a.mac === null || typeof a.mac === 'string')
  ) {
    return null;
  }
  return a as AuditAnker;
}

/** What the log holds now at the anchor's place. */
export interface StandBijAnker {
  /** The hash of the record with the anchor's last id, or null when that record is gone. */
  hashOpAnker: string | null;
  /** Records with an id up to and including the anchor's last id. */
  aantalTotAnker: number;
}

/**
 * Compares the log with the latest anchor: the anchor itself must be signed with a known key (when
 * it was signed), the record it names must still be there with the same hash (else the newest
 * records were removed, or the chain recomputed), and no record before it may be gone.
 */
export function vergelijkMetAnker(
  anker: AuditAnker,
  stand: StandBijAnker,
  sleutels: readonly AuditSleutel[],
): VerificatieFout[] {
  const id = anker.laatsteId ?? 0;
  if (anker.sleutelId !== null) {
    const sleutel = sleutels.find((s) => s.id === anker.sleutelId);
    const verwacht = sleutel ? maakAnker(anker, new Date(anker.tijdstip), sleutel).mac : null;
    if (!sleutel || anker.mac === null || verwacht === null || !gelijkeHash(verwacht, anker.mac)) {
      return [
        {
          id,
          soort: 'anker-ongeldig',
          melding: sleutel
            ? `Het anker van ${anker.tijdstip} is niet met de sleutel ondertekend: het ankerbestand is gewijzigd.`
            : `Het anker van ${anker.tijdstip} is ondertekend met sleutel ${anker.sleutelId}, die niet is opgegeven.`,
        },
      ];
    }
  }
  if (anker.laatsteId === null) return [];
  const fouten: VerificatieFout[] = [];
  if (stand.hashOpAnker === null) {
    fouten.push({
      id,
      soort: 'anker-ontbreekt',
      melding:
        `Het anker van ${anker.tijdstip} noemt regel ${anker.laatsteId} als laatste (${anker.aantal} regels), ` +
        'maar die regel ontbreekt: het auditlog is ingekort (de nieuwste regels zijn verwijderd).',
    });
  } else if (stand.hashOpAnker !== anker.hash) {
    fouten.push({
      id,
      soort: 'anker-afwijkend',
      melding:
        `Regel ${anker.laatsteId} heeft een andere hash dan het anker van ${anker.tijdstip} vastlegde: ` +
        'de keten is herberekend of de regel vervangen.',
    });
  }
  if (stand.aantalTotAnker < anker.aantal && stand.hashOpAnker !== null) {
    fouten.push({
      id,
      soort: 'anker-ontbreekt',
      melding:
        `Tot en met regel ${anker.laatsteId} telde het anker van ${anker.tijdstip} ${anker.aantal} regels, nu ` +
        `${stand.aantalTotAnker}: er zijn regels verwijderd.`,
    });
  }
  return fouten;
}

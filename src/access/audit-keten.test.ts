import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditInhoud,
  type AuditSleutel,
  auditHash,
  auditHmac,
  auditSleutel,
  BEGIN_HASH,
  leesAnkerRegel,
  leesAuditSleutel,
  maakAnker,
  type OpgeslagenAuditRegel,
  veiligeAuditInhoud,
  veiligeAuditTekst,
  vergelijkMetAnker,
  verifieerKeten,
} from './audit-keten';

function keten(inhoud: AuditInhoud[]): OpgeslagenAuditRegel[] {
  let vorige = BEGIN_HASH;
  return inhoud.map((r, i) => {
    const hash = auditHash(vorige, r);
    const regel = { ...r, id: i + 1, vorigeHash: vorige, hash };
    vorige = hash;
    return regel;
  });
}

const inhoudArb: fc.Arbitrary<AuditInhoud> = fc.record({
  tijdstempel: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  actorAccountId: fc.option(fc.uuid(), { nil: null }),
  actor: fc.constantFrom('anoniem', 'systeem', 'account'),
  actie: fc.constantFrom('POST /teams', 'GET /medewerkers/{medewerkerId}', 'inloggen'),
  objectType: fc.option(fc.constantFrom('team', 'medewerker'), { nil: null }),
  objectId: fc.option(fc.uuid(), { nil: null }),
  resultaat: fc.constantFrom('gelukt' as const, 'geweigerd' as const, 'mislukt' as const),
  ip: fc.option(fc.ipV4(), { nil: null }),
  userAgent: fc.option(fc.string(), { nil: null }),
  requestId: fc.option(fc.uuid(), { nil: null }),
  details: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string(), fc.boolean())),
});

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    fc.assert(
      fc.property(fc.array(inhoudArb, { maxLength: 20 }), (inhoud) => {
        expect(verifieerKeten(keten(inhoud)).fouten).toEqual([]);
      }),
    );
  });

  it('hashes details independently of key order (jsonb reorders keys)', () => {
    const basis = {
      tijdstempel: new Date(0),
      actorAccountId: null,
      actor: 'a',
      actie: 'x',
      objectType: null,
      objectId: null,
      resultaat: 'gelukt' as const,
      ip: null,
      userAgent: null,
      requestId: null,
    };
    expect(auditHash(BEGIN_HASH, { ...basis, details: { a: 1, b: { c: 2, d: 3 } } })).toBe(
      auditHash(BEGIN_HASH, { ...basis, details: { b: { d: 3, c: 2 }, a: 1 } }),
    );
  });

  it('names exactly the record whose content changed', () => {
    fc.assert(
      fc.property(fc.array(inhoudArb, { minLength: 1, maxLength: 15 }), fc.nat(), (inhoud, n) => {
        const regels = keten(inhoud);
        const i = n % regels.length;
        regels[i] = { ...regels[i]!, resultaat: regels[i]!.resultaat === 'gelukt' ? 'geweigerd' : 'gelukt' };
        const { fouten } = verifieerKeten(regels);
        expect(fouten).toEqual([expect.objectContaining({ id: i + 1, soort: 'inhoud-gewijzigd' })]);
      }),
    );
  });

  it('notices a removed record', () => {
    const regels = keten(fc.sample(inhoudArb, { numRuns: 5, seed: 42 }));
    regels.splice(2, 1);
    expect(verifieerKeten(regels).fouten).toEqual([
      expect.objectContaining({ id: 4, soort: 'keten-verbroken' }),
    ]);
  });
});

/** A chain whose first `ongesleuteld` records are plain sha256 and the rest HMACs with `sleutel`. */
function gesleuteldeKeten(
  inhoud: AuditInhoud[],
  sleutel: AuditSleutel,
  ongesleuteld = 0,
): OpgeslagenAuditRegel[] {
  let vorige = BEGIN_HASH;
  return inhoud.map((r, i) => {
    const metSleutel = i >= ongesleuteld;
    const hash = metSleutel ? auditHmac(sleutel.geheim, vorige, r) : auditHash(vorige, r);
    const regel = { ...r, id: i + 1, vorigeHash: vorige, hash, sleutelId: metSleutel ? sleutel.id : null };
    vorige = hash;
    return regel;
  });
}

/** The chain recomputed by someone with write access to the table but without the key. */
function herberekend(regels: OpgeslagenAuditRegel[], sleutelId: (r: OpgeslagenAuditRegel) => string | null) {
  let vorige = BEGIN_HASH;
  return regels.map((r) => {
    const hash = auditHash(vorige, r);
    const nieuw = { ...r, vorigeHash: vorige, hash, sleutelId: sleutelId(r) };
    vorige = hash;
    return nieuw;
  });
}

const sleutelArb = fc.uint8Array({ minLength: 32, maxLength: 64 }).map((b) => auditSleutel(Buffer.from(b)));

describe('the keyed audit chain (HMAC-SHA256)', () => {
  it('verifies a keyed chain, also after unkeyed records from before the switch', () => {
    fc.assert(
      fc.property(fc.array(inhoudArb, { maxLength: 15 }), sleutelArb, fc.nat(), (inhoud, sleutel, n) => {
        const regels = gesleuteldeKeten(inhoud, sleutel, inhoud.length === 0 ? 0 : n % (inhoud.length + 1));
        expect(verifieerKeten(regels, { sleutels: [sleutel] }).fouten).toEqual([]);
      }),
    );
  });

  it('reports every keyed record of a chain recomputed without the key', () => {
    fc.assert(
      fc.property(fc.array(inhoudArb, { minLength: 1, maxLength: 15 }), sleutelArb, (inhoud, sleutel) => {
        const regels = herberekend(gesleuteldeKeten(inhoud, sleutel), (r) => r.sleutelId ?? null);
        const { fouten } = verifieerKeten(regels, { sleutels: [sleutel] });
        expect(fouten.map((f) => [f.id, f.soort])).toEqual(regels.map((r) => [r.id, 'hmac-onjuist']));
      }),
    );
  });

  it('reports a chain recomputed as unkeyed against the switch an anchor recorded', () => {
    fc.assert(
      fc.property(fc.array(inhoudArb, { minLength: 1, maxLength: 15 }), sleutelArb, (inhoud, sleutel) => {
        const regels = herberekend(gesleuteldeKeten(inhoud, sleutel), () => null);
        const { fouten } = verifieerKeten(regels, { sleutels: [sleutel], gesleuteldVanaf: 1 });
        expect(fouten.map((f) => f.soort)).toEqual(regels.map(() => 'zonder-sleutel'));
      }),
    );
  });

  it('reports a forged record appended, keyed or not, and a changed one, by id', () => {
    fc.assert(
      fc.property(
        fc.array(inhoudArb, { minLength: 1, maxLength: 10 }),
        inhoudArb,
        sleutelArb,
        fc.boolean(),
        (inhoud, vals, sleutel, alsGesleuteld) => {
          const regels = gesleuteldeKeten(inhoud, sleutel);
          const vorige = regels.at(-1)!.hash;
          regels.push({
            ...vals,
            id: regels.length + 1,
            vorigeHash: vorige,
            hash: auditHash(vorige, vals),
            sleutelId: alsGesleuteld ? sleutel.id : null,
          });
          const { fouten } = verifieerKeten(regels, { sleutels: [sleutel] });
          expect(fouten).toEqual([
            expect.objectContaining({
              id: regels.length,
              soort: alsGesleuteld ? 'hmac-onjuist' : 'zonder-sleutel',
            }),
          ]);
        },
      ),
    );
  });

  it('does not verify with another key, and names a key not given once', () => {
    const inhoud = fc.sample(inhoudArb, { numRuns: 4, seed: 7 });
    const sleutel = auditSleutel(Buffer.alloc(32, 1));
    const ander = auditSleutel(Buffer.alloc(32, 2));
    const regels = gesleuteldeKeten(inhoud, sleutel);
    expect(verifieerKeten(regels, { sleutels: [ander] }).fouten).toEqual([
      expect.objectContaining({ id: 1, soort: 'sleutel-onbekend' }),
    ]);
    const metAnderId = regels.map((r) => ({ ...r, sleutelId: ander.id }));
    expect(verifieerKeten(metAnderId, { sleutels: [ander] }).fouten.map((f) => f.soort)).toEqual(
      regels.map(() => 'hmac-onjuist'),
    );
  });

  it('reads keys as hex or base64 of at least 32 bytes', () => {
    const bytes = Buffer.alloc(32, 0xab);
    expect(leesAuditSleutel(bytes.toString('hex'))?.geheim).toEqual(bytes);
    expect(leesAuditSleutel(bytes.toString('base64'))?.geheim).toEqual(bytes);
    expect(leesAuditSleutel(` ${bytes.toString('base64url')}\n`)?.geheim).toEqual(bytes);
    expect(leesAuditSleutel(Buffer.alloc(31).toString('hex'))).toBeNull();
    expect(leesAuditSleutel('geheim')).toBeNull();
    expect(leesAuditSleutel('ä'.repeat(64))).toBeNull();
    expect(auditSleutel(bytes).id).toMatch(/^[0-9a-f]{16}$/);
    expect(auditSleutel(bytes).id).not.toBe(auditSleutel(Buffer.alloc(32, 1)).id);
  });
});

describe('an audit anchor', () => {
  const sleutel = auditSleutel(Buffer.alloc(32, 5));
  const kop = { laatsteId: 40, hash: 'a'.repeat(64), aantal: 40, gesleuteldVanaf: 12 };
  const anker = maakAnker(kop, new Date('2026-03-01T12:00:00Z'), sleutel);

  it('reads back as it was written, and refuses other lines', () => {
    expect(leesAnkerRegel(JSON.stringify(anker))).toEqual(anker);
    expect(leesAnkerRegel('{"soort":"wendbaar-audit-anker","tijdstip":')).toBeNull();
    expect(leesAnkerRegel('{"soort":"iets anders"}')).toBeNull();
  });

  it('matches the log it was taken from', () => {
    expect(vergelijkMetAnker(anker, { hashOpAnker: kop.hash, aantalTotAnker: 40 }, [sleutel])).toEqual([]);
  });

  it('shows truncation, recomputation and removal before it', () => {
    const soorten = (stand: { hashOpAnker: string | null; aantalTotAnker: number }) =>
      vergelijkMetAnker(anker, stand, [sleutel]).map((f) => f.soort);
    expect(soorten({ hashOpAnker: null, aantalTotAnker: 39 })).toEqual(['anker-ontbreekt']);
    expect(soorten({ hashOpAnker: 'b'.repeat(64), aantalTotAnker: 40 })).toEqual(['anker-afwijkend']);
    expect(soorten({ hashOpAnker: kop.hash, aantalTotAnker: 38 })).toEqual(['anker-ontbreekt']);
  });

  it('refuses an anchor changed in its file or signed with another key', () => {
    const vervalst = { ...anker, laatsteId: 30, aantal: 30 };
    expect(vergelijkMetAnker(vervalst, { hashOpAnker: kop.hash, aantalTotAnker: 30 }, [sleutel])).toEqual([
      expect.objectContaining({ soort: 'anker-ongeldig' }),
    ]);
    expect(
      vergelijkMetAnker(anker, { hashOpAnker: kop.hash, aantalTotAnker: 40 }, [
        auditSleutel(Buffer.alloc(32, 6)),
      ]),
    ).toEqual([expect.objectContaining({ soort: 'anker-ongeldig' })]);
  });
});

describe('an audit record made safe from what a request holds', () => {
  const basis: AuditInhoud = {
    tijdstempel: new Date('2026-01-05T10:00:00Z'),
    actorAccountId: null,
    actor: 'anoniem',
    actie: 'PATCH /opgaven/{opgaveId}',
    objectType: 'opgave',
    objectId: null,
    resultaat: 'mislukt',
    ip: null,
    userAgent: null,
    requestId: null,
    details: {},
  };

  it('writes NUL, CR, LF, other control characters and lone surrogates out as \\uXXXX', () => {
    expect(veiligeAuditTekst('\u0000', 200)).toBe('\\u0000');
    expect(veiligeAuditTekst('x\r=cmd\n', 200)).toBe('x\\u000d=cmd\\u000a');
    expect(veiligeAuditTekst('a\u202eb\u0085', 200)).toBe('a\\u202eb\\u0085');
    expect(veiligeAuditTekst('\ud800z', 200)).toBe('\\ud800z');
    expect(veiligeAuditTekst('Jansen 😀 é', 200)).toBe('Jansen 😀 é');
  });

  it('caps each field, also in details, and drops what jsonb would not keep', () => {
    const r = veiligeAuditInhoud({
      ...basis,
      objectId: 'x'.repeat(10_000),
      userAgent: '\u0000'.repeat(1000),
      details: { filter: { zoek: 'a\u0000b', weg: undefined }, 'k\u0000': 1, n: Number.NaN },
    });
    expect(r.objectId).toHaveLength(200);
    expect(r.objectId!.endsWith('…')).toBe(true);
    expect(veiligeAuditTekst('x'.repeat(200), 200)).toBe('x'.repeat(200));
    expect(veiligeAuditTekst(`${'x'.repeat(198)}\u0000`, 200)).toBe(`${'x'.repeat(198)}…`);
    expect(r.userAgent!.length).toBeLessThanOrEqual(500);
    expect(r.details).toEqual({ filter: { zoek: 'a\\u0000b' }, 'k\\u0000': 1, n: null });
  });

  it('never leaves an unsafe character or an over-long field, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary' }), (id, ua) => {
        const r = veiligeAuditInhoud({ ...basis, objectId: id, userAgent: ua, details: { [ua]: id } });
        for (const tekst of [
          r.objectId!,
          r.userAgent!,
          ...Object.keys(r.details),
          String(Object.values(r.details)[0]),
        ]) {
          expect(tekst).not.toMatch(/[\p{Cc}\u2028\u2029\u{d800}-\u{dfff}]/u);
        }
        expect(r.objectId!.length).toBeLessThanOrEqual(200);
        // Safe input is kept as it is.
        if (
          !/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u{d800}-\u{dfff}]/u.test(id) &&
          id.length <= 200
        ) {
          expect(r.objectId).toBe(id);
        }
      }),
    );
  });
});

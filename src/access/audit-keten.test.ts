import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditInhoud,
  auditHash,
  BEGIN_HASH,
  type OpgeslagenAuditRegel,
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditGebeurtenis, beschrijfAuditregel, GEBEURTENISSEN, objectSleutel } from './audit-zin';

const regel = (r: Partial<AuditGebeurtenis>): AuditGebeurtenis => ({
  actor: 'account:a1',
  actorNaam: 'Yuna van Wijk',
  actie: 'GET /teams',
  objectType: null,
  objectId: null,
  resultaat: 'gelukt',
  ...r,
});

describe('the audit log in plain language', () => {
  it('names actor, action, object and the person it concerns, with a link', () => {
    const namen = new Map([
      [objectSleutel('inzetverzoek', 'v1'), { naam: 'Jeugdzorg Q1', van: 'Sophia Jacobs' }],
    ]);
    expect(
      beschrijfAuditregel(
        regel({
          actie: 'POST /inzetverzoeken/{inzetverzoekId}/instemmingen',
          objectType: 'inzetverzoek',
          objectId: 'v1',
        }),
        namen,
      ),
    ).toEqual({
      omschrijving: 'Yuna van Wijk stemde in met inzetverzoek ‘Jeugdzorg Q1’ van Sophia Jacobs',
      link: '/inzetverzoeken',
    });
  });

  it('names a person as themselves and links to their page', () => {
    const namen = new Map([[objectSleutel('medewerker', 'm1'), { naam: 'Sophia Jacobs' }]]);
    expect(
      beschrijfAuditregel(
        regel({ actie: 'PATCH /medewerkers/{medewerkerId}', objectType: 'medewerker', objectId: 'm1' }),
        namen,
      ),
    ).toEqual({
      omschrijving: 'Yuna van Wijk wijzigde de gegevens van Sophia Jacobs',
      link: '/medewerkers/m1',
    });
  });

  it('counts the people of a bulk read and says when an attempt was refused', () => {
    expect(
      beschrijfAuditregel(regel({ actie: 'GET /medewerkers', aantalPersonen: 12 }), new Map()).omschrijving,
    ).toBe('Yuna van Wijk bekeek de lijst van medewerkers (12 personen)');
    expect(
      beschrijfAuditregel(
        regel({ actie: 'GET /medewerkers', aantalPersonen: 1, resultaat: 'geweigerd' }),
        new Map(),
      ).omschrijving,
    ).toBe('Yuna van Wijk bekeek de lijst van medewerkers (1 persoon) (geweigerd: geen toegang)');
  });

  it('falls back to a readable sentence for an unknown route and an object it cannot name', () => {
    expect(
      beschrijfAuditregel(
        regel({
          actie: 'DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}',
          objectType: 'stakeholder',
          objectId: 's9',
        }),
        new Map(),
      ),
    ).toEqual({ omschrijving: 'Yuna van Wijk verwijderde iets van stakeholder s9', link: null });
    expect(
      beschrijfAuditregel(
        regel({
          actie: 'GET /teams/{teamId}/leden',
          actorNaam: null,
          actor: 'anoniem',
          resultaat: 'mislukt',
        }),
        new Map(),
      ).omschrijving,
    ).toBe('Iemand zonder sessie bekeek ‘teams › leden’ (mislukt)');
  });

  it('every record gives a sentence that starts with the actor and never shows a raw route', () => {
    const acties = [...Object.keys(GEBEURTENISSEN), 'PATCH /iets/{ietsId}', 'GET /x'];
    fc.assert(
      fc.property(
        fc.constantFrom(...acties),
        fc.option(fc.constantFrom('medewerker', 'opgave', 'onbekend')),
        fc.option(fc.stringMatching(/^[0-9a-f]{1,8}$/)),
        fc.constantFrom('gelukt', 'geweigerd', 'mislukt' as const),
        fc.option(fc.nat(1000)),
        (actie, objectType, objectId, resultaat, aantalPersonen) => {
          const { omschrijving } = beschrijfAuditregel(
            regel({ actie, objectType, objectId, resultaat, aantalPersonen }),
            new Map(),
          );
          expect(omschrijving.startsWith('Yuna van Wijk ')).toBe(true);
          expect(omschrijving).not.toContain(actie);
          expect(omschrijving).not.toMatch(/\{(object|aantal)\}|undefined|null/);
        },
      ),
    );
  });
});

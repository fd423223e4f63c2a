import fc from 'fast-check';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { OpenAPIV3 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../access/policy';
import type { Database } from '../db/schema';
import {
  type AuditGebeurtenis,
  auditSoort,
  beschrijfAuditregel,
  GEBEURTENISSEN,
  type ObjectNaam,
  objectSleutel,
} from './audit-zin';

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
          actie: 'DELETE /opgaven/{opgaveId}/bijlagen/{bijlageId}',
          objectType: 'bijlage',
          objectId: 's9',
        }),
        new Map(),
      ),
    ).toEqual({ omschrijving: 'Yuna van Wijk verwijderde iets van bijlage s9', link: null });
    expect(
      beschrijfAuditregel(
        regel({
          actie: 'GET /teams/{teamId}/notities',
          actorNaam: null,
          actor: 'anoniem',
          resultaat: 'mislukt',
        }),
        new Map(),
      ).omschrijving,
    ).toBe('Iemand zonder sessie bekeek ‘teams › notities’ (mislukt)');
  });

  it('every record gives a sentence that starts with the actor and never shows a raw route', () => {
    const acties = [...Object.keys(GEBEURTENISSEN), 'PATCH /iets/{ietsId}', 'GET /x'];
    fc.assert(
      fc.property(
        fc.constantFrom(...acties),
        fc.option(
          fc.constantFrom('medewerker', 'opgave', 'onbekend', 'scenarios', 'actie', 'ronde', 'gesprek'),
        ),
        fc.option(fc.stringMatching(/^[0-9a-f]{1,8}$/)),
        fc.constantFrom('gelukt', 'geweigerd', 'mislukt' as const),
        fc.option(fc.nat(1000)),
        fc.option(fc.constantFrom('csv', 'xlsx', 'pdf', 'docx', 'json')),
        (actie, objectType, objectId, resultaat, aantalPersonen, formaat) => {
          const { omschrijving } = beschrijfAuditregel(
            regel({ actie, objectType, objectId, resultaat, aantalPersonen, formaat }),
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

/** One sentence of a record with the names the lookup found: the exact text a beheerder reads. */
const zin = (r: Partial<AuditGebeurtenis>, ...namen: [string, string, ObjectNaam][]) =>
  beschrijfAuditregel(regel(r), new Map(namen.map(([soort, id, naam]) => [objectSleutel(soort, id), naam])));

describe('the audit log of the areas since issue 12, in plain language', () => {
  it('formatie and loonsom (issue 13): a plaatsing names its person and place, a table its name', () => {
    expect(
      zin({ actie: 'PATCH /plaatsingen/{plaatsingId}', objectType: 'plaatsing', objectId: 'p1' }, [
        'plaatsing',
        'p1',
        { naam: 'Beleidsadviseur', van: 'Sophia Jacobs', ouder: 'team:t1' },
      ]),
    ).toEqual({
      omschrijving:
        'Yuna van Wijk wijzigde de plaatsing van Sophia Jacobs op formatieplaats ‘Beleidsadviseur’',
      link: '/teams/t1/formatie',
    });
    // A create is recorded with its collection (`salaristabellen`) and still named as a salaristabel.
    expect(
      zin({ actie: 'POST /salaristabellen', objectType: 'salaristabellen', objectId: 's1' }, [
        'salaristabel',
        's1',
        { naam: 'Cao gemeenten 2026' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk voegde salaristabel ‘Cao gemeenten 2026’ toe',
      link: '/organisatie/salaristabellen',
    });
    expect(
      zin({ actie: 'POST /werkgeverslasten', objectType: 'werkgeverslasten', objectId: 'w1' }, [
        'werkgeverslasten',
        'w1',
        { naam: '2026-01-01' },
      ]).omschrijving,
    ).toBe('Yuna van Wijk legde de werkgeverslasten vanaf 1 januari 2026 vast');
  });

  it('scenario’s and voorstellen (issue 13)', () => {
    expect(
      zin({ actie: 'POST /scenarios/{scenarioId}/vaststellingen', objectType: 'scenario', objectId: 'sc1' }, [
        'scenario',
        'sc1',
        { naam: 'Krimp 5%' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk stelde scenario ‘Krimp 5%’ vast',
      link: '/organisatie/scenarios/sc1',
    });
    expect(
      zin({ actie: 'POST /scenarios/{scenarioId}/voorstellen', objectType: 'voorstel', objectId: 'v1' }, [
        'voorstel',
        'v1',
        { naam: 'WB-2026-003', van: 'Krimp 5%', ouder: 'scenario:sc1' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk maakte onderbouwd voorstel WB-2026-003 bij scenario ‘Krimp 5%’ aan',
      link: '/organisatie/scenarios/sc1',
    });
  });

  it('gesprekken (issue 14): the medewerker, the kind and the date, never what was said', () => {
    expect(
      zin({ actie: 'PATCH /gesprekken/{gesprekId}/acties/{actieId}', objectType: 'actie', objectId: 'a1' }, [
        'gesprek_actie',
        'a1',
        { naam: 'Jaargesprek', van: 'Sophia Jacobs', ouder: 'medewerker:m1', datum: '2026-03-12' },
      ]),
    ).toEqual({
      omschrijving:
        'Yuna van Wijk werkte een afspraak bij in gesprek ‘Jaargesprek’ van 12 maart 2026 met Sophia Jacobs',
      link: '/medewerkers/m1/gesprekken',
    });
    // A read of a gesprek is recorded with the medewerker as its object (src/http/routes/gesprek.routes.ts).
    expect(
      zin({ actie: 'GET /gesprekken/{gesprekId}', objectType: 'medewerker', objectId: 'm1' }, [
        'medewerker',
        'm1',
        { naam: 'Sophia Jacobs' },
      ]).omschrijving,
    ).toBe('Yuna van Wijk bekeek een gesprek met Sophia Jacobs');
  });

  it('ontwikkeling (issue 14): a doel by its plan, a team’s plan by its team', () => {
    expect(
      zin(
        { actie: 'DELETE /ontwikkeldoelen/{ontwikkeldoelId}', objectType: 'ontwikkeldoel', objectId: 'd1' },
        ['ontwikkeldoel', 'd1', { naam: '2026', van: 'Sophia Jacobs', ouder: 'medewerker:m1' }],
      ),
    ).toEqual({
      omschrijving: 'Yuna van Wijk verwijderde een doel in het ontwikkelplan 2026 van Sophia Jacobs',
      link: '/medewerkers/m1/ontwikkeling',
    });
    expect(
      zin({ actie: 'GET /ontwikkelplannen/{ontwikkelplanId}', objectType: 'ontwikkelplan', objectId: 'o1' }, [
        'ontwikkelplan',
        'o1',
        { naam: '2026', van: 'Jeugd', ouder: 'team:t1' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk bekeek het teamontwikkelplan 2026 van team Jeugd',
      link: '/teams/t1/ontwikkeling',
    });
    // Two kinds of thema: the route tells an ontwikkelthema from a veranderthema.
    expect(auditSoort('PATCH /ontwikkelthemas/{themaId}', 'thema')).toBe('ontwikkelthema');
    expect(auditSoort('PATCH /verander-themas/{themaId}', 'thema')).toBe('verander_thema');
    expect(auditSoort('GET /auditregels', null)).toBeNull();
  });

  it('the pulse (issue 14): filling it in names the round, never an answer', () => {
    const ronde: [string, string, ObjectNaam] = ['puls_ronde', 'r1', { naam: 'Voorjaar 2026' }];
    expect(
      zin({ actie: 'POST /puls-rondes/{rondeId}/antwoorden', objectType: 'ronde', objectId: 'r1' }, ronde),
    ).toEqual({ omschrijving: 'Yuna van Wijk vulde pulsmeting ‘Voorjaar 2026’ in', link: '/mensen/puls/r1' });
    expect(
      zin({ actie: 'POST /puls-rondes', objectType: 'puls-rondes', objectId: 'r1' }, ronde).omschrijving,
    ).toBe('Yuna van Wijk maakte pulsmeting ‘Voorjaar 2026’ aan');
  });

  it('exports and downloads (issue 16): what was saved, as what, naming how many people', () => {
    expect(
      zin(
        {
          actie: 'GET /teams/{teamId}/formatie',
          objectType: 'team',
          objectId: 't1',
          formaat: 'xlsx',
          aantalPersonen: 12,
        },
        ['team', 't1', { naam: 'Jeugd' }],
      ).omschrijving,
    ).toBe('Yuna van Wijk downloadde de formatie van team ‘Jeugd’ als Excel-bestand (12 personen)');
    expect(
      zin(
        {
          actie: 'GET /teams/{teamId}/werkdruk',
          objectType: 'team',
          objectId: 't1',
          formaat: 'csv',
          aantalPersonen: 0,
        },
        ['team', 't1', { naam: 'Jeugd' }],
      ).omschrijving,
    ).toBe('Yuna van Wijk downloadde het werkdruksignaal van team ‘Jeugd’ als CSV-bestand (geen personen)');
    // The JSON answer of the same route is the plain read.
    expect(
      zin({ actie: 'GET /teams/{teamId}/formatie', objectType: 'team', objectId: 't1', aantalPersonen: 12 }, [
        'team',
        't1',
        { naam: 'Jeugd' },
      ]).omschrijving,
    ).toBe('Yuna van Wijk bekeek de formatie van team ‘Jeugd’ (12 personen)');
  });

  it('imports (issue 16): the file by its name, with the people it names', () => {
    expect(
      zin({ actie: 'POST /imports', objectType: 'import', objectId: 'i1', aantalPersonen: 120 }, [
        'import',
        'i1',
        { naam: 'hr-2026-01.csv' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk voerde import ‘hr-2026-01.csv’ door (120 personen)',
      link: '/importeren',
    });
    expect(
      zin({
        actie: 'POST /import-bestanden',
        objectType: 'importbestand',
        objectId: null,
        aantalPersonen: 40,
      }).omschrijving,
    ).toBe('Yuna van Wijk las een bestand uit het HR-systeem in (40 personen)');
    expect(
      zin({ actie: 'PATCH /import-koppelingen/{koppelingId}', objectType: 'koppeling', objectId: 'k1' }, [
        'import_koppeling',
        'k1',
        { naam: 'AFAS-export' },
      ]).omschrijving,
    ).toBe('Yuna van Wijk wijzigde kolomkoppeling ‘AFAS-export’');
  });

  it('zo werken we and the OR-dossier (issue 15)', () => {
    expect(
      zin({ actie: 'PATCH /zo-werken-we-paginas/{paginaId}', objectType: 'pagina', objectId: 'p1' }, [
        'zoWerkenWePagina',
        'p1',
        { naam: 'Samen beslissen' },
      ]),
    ).toEqual({
      omschrijving: 'Yuna van Wijk wijzigde pagina van Zo werken we ‘Samen beslissen’',
      link: '/zo-werken-we/p1',
    });
    expect(
      zin(
        {
          actie: 'POST /or-verzoeken/{orVerzoekId}/vervangende-toestemmingen',
          objectType: 'or_verzoek',
          objectId: 'v1',
        },
        ['or_verzoek', 'v1', { naam: 'Reorganisatie Jeugd' }],
      ),
    ).toEqual({
      omschrijving:
        'Yuna van Wijk legde de vervangende toestemming van de kantonrechter voor OR-verzoek ‘Reorganisatie Jeugd’ vast',
      link: '/or-dossier/v1',
    });
    expect(
      zin(
        { actie: 'PATCH /or-overleggen/{orOverlegId}/acties/{actieId}', objectType: 'actie', objectId: 'a1' },
        [
          'or_overleg_actie',
          'a1',
          { naam: 'Overlegvergadering', ouder: 'or_overleg:o1', datum: '2026-03-12' },
        ],
      ),
    ).toEqual({
      omschrijving:
        'Yuna van Wijk werkte een actiepunt van overlegvergadering ‘Overlegvergadering’ van 12 maart 2026 bij',
      link: '/or-dossier/overleg/o1',
    });
  });

  it('the veranderprogramma and evaluaties (issue 15)', () => {
    expect(
      zin({ actie: 'PATCH /verander-themas/{themaId}/leden/{lidId}', objectType: 'lid', objectId: 'l1' }, [
        'verander_lid',
        'l1',
        { naam: 'Sophia Jacobs', van: 'Digitaal werken', ouder: 'verander_thema:th1' },
      ]),
    ).toEqual({
      omschrijving:
        'Yuna van Wijk wijzigde de inzet van Sophia Jacobs in het transitieteam van thema ‘Digitaal werken’',
      link: '/verandering/programma',
    });
    // Removed: not found any more, so named by kind and id, without a link.
    expect(zin({ actie: 'DELETE /verander-fases/{faseId}', objectType: 'fase', objectId: 'f9' })).toEqual({
      omschrijving: 'Yuna van Wijk verwijderde fase f9 uit het veranderprogramma',
      link: null,
    });
    expect(
      zin(
        { actie: 'POST /evaluaties/{evaluatieId}/vaststellingen', objectType: 'evaluatie', objectId: 'e1' },
        ['evaluatie', 'e1', { naam: 'Evaluatie fase 1' }],
      ),
    ).toEqual({
      omschrijving: 'Yuna van Wijk stelde evaluatie ‘Evaluatie fase 1’ vast',
      link: '/verandering/evaluaties/e1',
    });
  });

  it('raadsbrieven (issue 15): vaststelling, and the document as a download', () => {
    const brief: [string, string, ObjectNaam] = [
      'raadsbrief',
      'b1',
      { naam: 'Voortgang wendbare organisatie' },
    ];
    expect(
      zin(
        {
          actie: 'POST /raadsbrieven/{raadsbriefId}/vaststellingen',
          objectType: 'raadsbrief',
          objectId: 'b1',
        },
        brief,
      ),
    ).toEqual({
      omschrijving: 'Yuna van Wijk stelde raadsbrief ‘Voortgang wendbare organisatie’ vast',
      link: '/raadsbrieven/b1',
    });
    expect(
      zin(
        {
          actie: 'GET /raadsbrieven/{raadsbriefId}/document',
          objectType: 'raadsbrief',
          objectId: 'b1',
          formaat: 'pdf',
          aantalPersonen: 0,
        },
        brief,
      ).omschrijving,
    ).toBe(
      'Yuna van Wijk downloadde het document van raadsbrief ‘Voortgang wendbare organisatie’ als PDF (geen personen)',
    );
  });
});

/**
 * Every write and every audited read of the API has its own sentence: walks the OpenAPI document
 * of the app itself (built on a database that is never asked anything), so a route added without a
 * sentence fails here instead of showing up as "voegde iets toe aan ‘x › y’". Audited reads are
 * those the policy marks (`leestPersoonsgegevens`) and those that can answer with a file (an export
 * or download is always recorded, src/http/export.ts).
 */
describe('every audited route of the API', () => {
  it('has a sentence in GEBEURTENISSEN', { timeout: 60_000 }, async () => {
    const { buildApp } = await import('../http/app');
    const db = new Kysely<Database>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (k) => new PostgresIntrospector(k),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    const app = await buildApp({ db, engine: 'pglite' });
    try {
      await app.ready();
      const doc = app.swagger() as OpenAPIV3.Document;
      const geaudit: string[] = [];
      for (const [pad, item] of Object.entries(doc.paths ?? {})) {
        for (const methode of ['get', 'post', 'put', 'patch', 'delete'] as const) {
          const op = item?.[methode];
          if (!op) continue;
          const sleutel = `${methode.toUpperCase()} ${pad}`;
          if (methode !== 'get' || POLICY[sleutel]?.leestPersoonsgegevens || alsBestand(op))
            geaudit.push(sleutel);
        }
      }
      expect(geaudit.length).toBeGreaterThan(200);
      expect(geaudit.filter((sleutel) => !GEBEURTENISSEN[sleutel])).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/** An operation that can answer with a file: a `formaat` to choose one, or a non-JSON answer. */
function alsBestand(op: OpenAPIV3.OperationObject): boolean {
  const formaat = (op.parameters ?? []).some(
    (p) => !('$ref' in p) && p.in === 'query' && p.name === 'formaat',
  );
  const antwoord = op.responses?.['200'];
  const soorten = antwoord && !('$ref' in antwoord) ? Object.keys(antwoord.content ?? {}) : [];
  return formaat || soorten.some((s) => s !== 'application/json');
}

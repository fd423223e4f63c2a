import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import fc from 'fast-check';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLEN } from '../../src/domain/rol';
import { type Api, buildExpertise, buildMedewerker, buildTeam, call, loginAls, startApi } from './support';

/**
 * Generated requests over every read of the OpenAPI document (GET, and HEAD beside it), as an account
 * with all roles: valid, boundary and hostile path parameters and query values, derived from each
 * parameter's schema. Whatever arrives, the answer is no 5xx, its status is one the document lists
 * for that operation, its content type is one the document lists for that status, and a JSON body
 * matches the documented schema (checked with Ajv against the served document itself). Seeded, so a
 * failure reproduces.
 */
let api: Api;
let doc: OpenAPIV3.Document;
let headers: Record<string, string>;
const ids: Record<string, string> = {};
const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
const validators = new Map<string, ReturnType<Ajv['compile']>>();

beforeAll(async () => {
  api = await startApi();
  const sessie = await loginAls(api.db, [...ROLLEN]);
  headers = { cookie: sessie.cookie };
  doc = (await call(api.app, 'GET', '/api/v1/openapi.json')).data;

  const team = await buildTeam(api.app, { soort: 'basisteam' });
  const m = await buildMedewerker(api.app, { teamId: team.id });
  const e = await buildExpertise(api.app);
  await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, { expertiseId: e.id, niveau: 2 });
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Leesopgave', omschrijving: 'x' });
  const opdracht = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', { titel: 'Leesopdracht' });
  const vraag = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
    expertiseId: e.id,
    minimumNiveau: 2,
    periode: '2027-Q1',
    uren: 10,
  });
  const programma = await call(api.app, 'POST', '/api/v1/programmas', { naam: 'Leesprogramma' });
  const ambitie = await call(api.app, 'POST', '/api/v1/bestuurlijke-ambities', {
    titel: 'Leesambitie',
    bron: 'nieuw',
    portefeuillehouder: 'Wethouder',
  });
  Object.assign(ids, {
    teamId: team.id,
    medewerkerId: m.id,
    expertiseId: e.id,
    opgaveId: opgave.data.id,
    bestuursopdrachtId: opdracht.data.id,
    capaciteitsvraagId: vraag.data.id,
    programmaId: programma.data.id,
    ambitieId: ambitie.data.id,
    accountId: sessie.accountId,
    actorAccountId: sessie.accountId,
  });
});
afterAll(async () => {
  await api?.close();
});

type Param = OpenAPIV3.ParameterObject & { schema?: OpenAPIV3.SchemaObject };

/** What an attacker or a careless client sends: empty, huge, negative, NUL, unicode, year 0000, wrong formats. */
const VIJANDIG = [
  '',
  ' ',
  '\u200b',
  '\u0000',
  'a\u0000b',
  'x'.repeat(2000),
  '-1',
  '0',
  '1e309',
  '-4.9e46',
  'NaN',
  '99999999999999999999',
  '9007199254740993',
  '1.5',
  'ü€😀',
  '\ud800',
  '0000-01-01',
  '0000',
  '0000-Q1',
  '0000-W01',
  '0000-01-01T00:00:00Z',
  '9999-12-31',
  '2026-W99',
  '2026-W00',
  '2026-02-30',
  '2026-Q5',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "'; drop table team; --",
  '../..',
  '%',
  'null',
  '[]',
];

/** Valid and boundary values read from a parameter's schema. */
function geldigeWaarden(naam: string, schema: OpenAPIV3.SchemaObject | undefined): string[] {
  const uit: string[] = [];
  if (ids[naam]) uit.push(ids[naam]!);
  if (!schema) return uit;
  for (const s of [schema, ...((schema.anyOf ?? []) as OpenAPIV3.SchemaObject[])]) {
    if (s.enum) uit.push(...s.enum.map(String));
    if (s.default !== undefined) uit.push(String(s.default));
    if (s.type === 'integer' || s.type === 'number') {
      for (const g of [s.minimum, s.maximum]) {
        if (g !== undefined) uit.push(String(g), String(g - 1), String(g + 1));
      }
      uit.push('1', '2026');
    }
    const patroon = s.pattern ?? '';
    if (s.format === 'date') uit.push('2026-03-02', '1900-01-01', '2199-12-31', '1899-12-31', '2200-01-01');
    if (s.format === 'date-time') uit.push('2026-03-02T10:00:00Z', '2026-03-02T10:00:00+01:00');
    if (patroon.includes('W')) uit.push('2026-W05', '2026-W53', '2027-W53', '2199-W52', '1900-W01');
    if (patroon.includes('Q')) uit.push('2026-Q1', '2027-Q4', '2199-Q4', '1899-Q4', '2200-Q1');
    if (patroon.includes('(-Q')) uit.push('2026', '1900', '2199', '2200');
    if (patroon.includes('[0-9a-f]{8}')) uit.push(randomUUID(), ids.teamId!);
  }
  // Free text filters and period keys: each kind of period (see the availability grid).
  if (naam === 'van' || naam === 'tot' || naam === 'zoek' || naam === 'zoekterm') {
    uit.push('2026-W01', '2026-03', '2026-Q1', '2026', '2026-ISO', 'a', 'Jansen');
  }
  return uit;
}

const waarde = (p: Param) =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(...(geldigeWaarden(p.name, p.schema).concat(['1']) as string[])),
    },
    { weight: 2, arbitrary: fc.constantFrom(...VIJANDIG) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );

function encode(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    // A lone surrogate cannot be UTF-8: send its bytes as the attacker would.
    return '%ED%A0%80';
  }
}

function verzoek(pad: string, op: OpenAPIV3.OperationObject) {
  const params = (op.parameters ?? []).filter((p): p is Param => !('$ref' in p));
  const padParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  return fc
    .record({
      pad: fc.tuple(...padParams.map((p) => waarde(p))),
      query: fc.tuple(...queryParams.map((p) => fc.option(waarde(p), { nil: undefined, freq: 2 }))),
    })
    .map(({ pad: padWaarden, query }) => {
      let url = `/api/v1${pad}`;
      padParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, encode(padWaarden[i]!));
      });
      const qs = queryParams
        .map((p, i) => (query[i] === undefined ? null : `${p.name}=${encode(query[i]!)}`))
        .filter((x) => x !== null)
        .join('&');
      return qs ? `${url}?${qs}` : url;
    });
}

function antwoordVan(op: OpenAPIV3.OperationObject, status: number): OpenAPIV3.ResponseObject | undefined {
  const r = op.responses?.[String(status)];
  if (!r) return undefined;
  if ('$ref' in r) return doc.components?.responses?.[r.$ref.split('/').at(-1)!] as OpenAPIV3.ResponseObject;
  return r;
}

/** OpenAPI 3.0's `nullable: true` as JSON Schema: the schema or null. */
function alsJsonSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(alsJsonSchema);
  if (s === null || typeof s !== 'object') return s;
  const { nullable, ...rest } = s as Record<string, unknown>;
  const uit = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, alsJsonSchema(v)]));
  return nullable === true ? { anyOf: [uit, { type: 'null' }] } : uit;
}

function valideer(sleutel: string, schema: unknown, body: unknown): string | null {
  let v = validators.get(sleutel);
  if (!v) {
    v = ajv.compile(alsJsonSchema({ components: doc.components, allOf: [schema] }) as object);
    validators.set(sleutel, v);
  }
  return v(body) ? null : ajv.errorsText(v.errors);
}

const ZAAD = 20261205;
const RUNS = Number(process.env.LEES_FUZZ_RUNS ?? 12);

describe('generated reads over the whole OpenAPI document', () => {
  it('answers every GET and HEAD as documented, never with a 5xx', async () => {
    const fouten: string[] = [];
    const operaties = Object.entries(doc.paths).flatMap(([pad, item]) =>
      item?.get ? [{ pad, op: item.get }] : [],
    );
    expect(operaties.length).toBeGreaterThan(40);
    for (const { pad, op } of operaties) {
      // The export of a whole audit log or a Word document per run adds nothing over a few.
      const runs = op.operationId === 'getCollegevoorstel' ? 3 : RUNS;
      await fc.assert(
        fc.asyncProperty(verzoek(pad, op), fc.boolean(), async (url, head) => {
          const res = await api.app.inject({ method: head ? 'HEAD' : 'GET', url, headers });
          const wat = `${head ? 'HEAD' : 'GET'} ${url.slice(0, 160)} → ${res.statusCode}`;
          if (res.statusCode >= 500) {
            fouten.push(`${wat}: ${res.body.slice(0, 200)}`);
            return;
          }
          const antwoord = antwoordVan(op, res.statusCode);
          if (!antwoord) {
            fouten.push(`${wat}: status niet in het document (${Object.keys(op.responses).join(', ')})`);
            return;
          }
          if (head) {
            if (res.body !== '') fouten.push(`${wat}: HEAD met body`);
            return;
          }
          const type = String(res.headers['content-type'] ?? '')
            .split(';')[0]!
            .trim();
          const inhoud = antwoord.content?.[type];
          if (!inhoud) {
            fouten.push(`${wat}: content type ${type} niet in het document`);
            return;
          }
          if (type.endsWith('json') && inhoud.schema) {
            const fout = valideer(`${pad} ${res.statusCode} ${type}`, inhoud.schema, res.json());
            if (fout) fouten.push(`${wat}: body past niet bij het schema: ${fout}`);
          }
        }),
        { seed: ZAAD, numRuns: runs, endOnFailure: true },
      );
    }
    expect(fouten).toEqual([]);
  }, 120_000);
});

describe('the inputs found giving a 500 (issue 18, item 9)', () => {
  it('answers HEAD like GET, without a body', async () => {
    const get = await api.app.inject({ method: 'GET', url: '/api/v1/teams', headers });
    const head = await api.app.inject({ method: 'HEAD', url: '/api/v1/teams', headers });
    expect(head.statusCode).toBe(200);
    expect(head.statusCode).toBe(get.statusCode);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    const anoniem = await api.app.inject({ method: 'HEAD', url: '/api/v1/teams' });
    expect(anoniem.statusCode).toBe(401);
  });

  it('refuses JSON nested 45,000 deep with a 400 problem', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/v1/teams',
      headers: { ...headers, 'x-csrf-token': await csrf(), 'content-type': 'application/json' },
      payload: `${'['.repeat(45_000)}${']'.repeat(45_000)}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().type).toBe('urn:wendbaar:probleem:te-diep-genest');
  });

  it.each([
    ['/api/v1/teams/{teamId}/leden?peildatum=0000-01-01', 'peildatum'],
    ['/api/v1/teams/{teamId}/prioriteitslijn?periode=0000', 'periode'],
    ['/api/v1/teams/{teamId}/resultaatdoelen?periode=0000-Q1', 'periode'],
    ['/api/v1/portfolio?van=0000-Q1&tot=2026-Q1', 'van'],
    ['/api/v1/teams/{teamId}/inzet?van=0000-W01&tot=2026-W02', 'van'],
    ['/api/v1/auditregels?actorAccountId=abc', 'actorAccountId'],
    ['/api/v1/auditregels?van=0000-01-01T00:00:00Z', 'van'],
  ])('answers %s with 400 naming the field', async (url, veld) => {
    const res = await api.app.inject({ method: 'GET', url: url.replace('{teamId}', ids.teamId!), headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(veld);
  });

  it('answers -4.9e46 as a number with 400 naming the field', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: `/api/v1/teams/${ids.teamId}/resultaatdoelen`,
      headers: { ...headers, 'x-csrf-token': await csrf(), 'content-type': 'application/json' },
      payload: '{"periode":"2026-Q1","titel":"x","doelwaarde":-4.9e46,"beleidsdoelen":[]}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain('doelwaarde');
  });
});

/** The CSRF token of the all-roles session. */
async function csrf(): Promise<string> {
  return (await api.app.inject({ method: 'GET', url: '/api/v1/sessies/huidig', headers })).json().csrfToken;
}

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../src/http/app';
import { createTestDatabase } from '../helpers/database';

/** The real app on a fresh, migrated database of the engine under test (TEST_ENGINE). */
export async function startApi() {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, engine: database.engine });
  await app.ready();
  return {
    app,
    db: database.db,
    engine: database.engine,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type Api = Awaited<ReturnType<typeof startApi>>;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export async function call(
  app: FastifyInstance,
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse & { data: any }> {
  const res = await app.inject({
    method,
    url,
    headers: body !== undefined ? { 'content-type': 'application/json', ...headers } : headers,
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  const type = String(res.headers['content-type'] ?? '');
  return Object.assign(res, { data: type.includes('json') && res.body ? JSON.parse(res.body) : undefined });
}

let volgnummer = 0;

export async function buildTeam(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  volgnummer++;
  const res = await call(app, 'POST', '/api/v1/teams', {
    naam: `Team ${volgnummer}`,
    soort: 'basisteam',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`buildTeam: ${res.statusCode} ${res.body}`);
  return res.data;
}

export async function buildMedewerker(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  volgnummer++;
  const teamId = overrides.teamId ?? (await buildTeam(app)).id;
  const res = await call(app, 'POST', '/api/v1/medewerkers', {
    personeelsnummer: `T${volgnummer}`,
    voornaam: 'Sanne',
    achternaam: `Jansen${volgnummer}`,
    eMail: `sanne.jansen${volgnummer}@example.nl`,
    functie: 'Beleidsmedewerker',
    schaal: 10,
    trede: 5,
    inDienst: '2020-01-01',
    urenPerWeek: 32,
    ...overrides,
    teamId,
  });
  if (res.statusCode !== 201) throw new Error(`buildMedewerker: ${res.statusCode} ${res.body}`);
  return res.data;
}

export async function buildExpertise(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  volgnummer++;
  const res = await call(app, 'POST', '/api/v1/expertises', {
    naam: `Expertise ${volgnummer}`,
    categorie: 'Juridisch',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`buildExpertise: ${res.statusCode} ${res.body}`);
  return res.data;
}

const TABELLEN = [
  'team',
  'medewerker',
  'contracturen',
  'teamlidmaatschap',
  'leiderschap',
  'expertise',
  'medewerker_expertise',
];

/** A fingerprint of every organisation table: equal fingerprints mean nothing changed. */
export async function snapshot(api: Api): Promise<string> {
  const delen: string[] = [];
  for (const tabel of TABELLEN) {
    const r = await sql<{
      h: string | null;
    }>`select md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(tabel)} t`.execute(api.db);
    delen.push(`${tabel}:${r.rows[0]?.h ?? 'leeg'}`);
  }
  return delen.join(';');
}

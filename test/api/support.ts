import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { hashWachtwoord } from '../../src/access/wachtwoord';
import { insertAccount } from '../../src/db/account.repository';
import type { Database } from '../../src/db/schema';
import type { Rol } from '../../src/domain/rol';
import { buildApp } from '../../src/http/app';
import { maakSessie } from '../../src/services/auth.service';
import { createTestDatabase } from '../helpers/database';

let volgnummer = 0;

/** Cookie and CSRF headers of a logged-in session. */
export type Sessie = { cookie: string; 'x-csrf-token': string; accountId: string };

/** The headers of a request made as `s`, plus any extra (If-Match, say). */
export const als = (s: Pick<Sessie, 'cookie' | 'x-csrf-token'>, extra: Record<string, string> = {}) => ({
  cookie: s.cookie,
  'x-csrf-token': s['x-csrf-token'],
  ...extra,
});

/** The session `call` uses unless a test passes its own cookie. */
const standaardSessie = new WeakMap<FastifyInstance, Sessie>();

/**
 * An account with the given roles and a session for it, second factor done. By default it has all
 * the rights the organisation register needs (P&O, directeur, beheerder), for tests about behaviour
 * rather than access.
 */
export async function loginAls(
  db: Kysely<Database>,
  rollen: Rol[],
  opties: { medewerkerId?: string | null; wachtwoord?: string } = {},
): Promise<Sessie> {
  volgnummer++;
  const accountId = await insertAccount(
    db,
    {
      e_mail: `test${volgnummer}-${rollen.join('-')}@example.nl`,
      naam: `Test ${rollen.join(', ')}`,
      medewerker_id: opties.medewerkerId ?? null,
      wachtwoord_hash: opties.wachtwoord ? await hashWachtwoord(opties.wachtwoord) : null,
    },
    rollen,
  );
  const { token, gebruiker } = await maakSessie(db, accountId, 'oidc', {
    ip: '127.0.0.1',
    userAgent: 'test',
  });
  return { cookie: `wendbaar_sessie=${token}`, 'x-csrf-token': gebruiker.csrfToken, accountId };
}

/** The real app on a fresh, migrated database of the engine under test (TEST_ENGINE). */
export async function startApi(opties: { demo?: boolean } = {}) {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db, engine: database.engine, demo: opties.demo ?? false });
  await app.ready();
  standaardSessie.set(app, await loginAls(database.db, ['po', 'directeur', 'beheerder']));
  return {
    app,
    db: database.db,
    /** The schema owner's connection: only for tampering as an operator could (see TestDatabase). */
    eigenaar: database.eigenaar,
    engine: database.engine,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export type Api = Awaited<ReturnType<typeof startApi>>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function call(
  app: FastifyInstance,
  method: Method,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse & { data: any }> {
  const sessie = standaardSessie.get(app);
  const metSessie: Record<string, string> =
    sessie && headers.cookie === undefined
      ? { cookie: sessie.cookie, 'x-csrf-token': sessie['x-csrf-token'], ...headers }
      : headers;
  const res = await app.inject({
    method,
    url,
    headers: body !== undefined ? { 'content-type': 'application/json', ...metSessie } : metSessie,
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  const type = String(res.headers['content-type'] ?? '');
  return Object.assign(res, { data: type.includes('json') && res.body ? JSON.parse(res.body) : undefined });
}

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

/** Makes a medewerker the team's teamleider (or another leading role) from 2020 on. */
export async function buildLeiding(
  app: FastifyInstance,
  teamId: string,
  medewerkerId: string,
  rol = 'teamleider',
) {
  const res = await call(app, 'POST', `/api/v1/teams/${teamId}/leidinggevenden`, {
    medewerkerId,
    rol,
    ingangsdatum: '2020-01-01',
  });
  if (res.statusCode !== 201) throw new Error(`buildLeiding: ${res.statusCode} ${res.body}`);
  return res.data;
}

/** A capaciteitsvraag on an opgave: by default 2027-Q1, minimum level 2. */
export async function buildCapaciteitsvraag(
  app: FastifyInstance,
  opgaveId: string,
  vraag: { expertiseId: string; uren: number } & Record<string, unknown>,
) {
  const res = await call(app, 'POST', `/api/v1/opgaven/${opgaveId}/capaciteitsvragen`, {
    minimumNiveau: 2,
    periode: '2027-Q1',
    ...vraag,
  });
  if (res.statusCode !== 201) throw new Error(`buildCapaciteitsvraag: ${res.statusCode} ${res.body}`);
  return res.data;
}

/** An inzetverzoek on a capaciteitsvraag, asked by `sessie` (a programmaregisseur, usually). */
export async function buildInzetverzoek(
  app: FastifyInstance,
  vraagId: string,
  verzoek: { medewerkerId: string; urenPerWeek: number; vanWeek: string; totWeek: string } & Record<
    string,
    unknown
  >,
  sessie: Sessie,
) {
  const res = await call(
    app,
    'POST',
    `/api/v1/capaciteitsvragen/${vraagId}/inzetverzoeken`,
    verzoek,
    als(sessie),
  );
  if (res.statusCode !== 201) throw new Error(`buildInzetverzoek: ${res.statusCode} ${res.body}`);
  return res.data;
}

/** A scenario on the formatie (by default from 1 January of the current year), made as `sessie`. */
export async function buildScenario(
  app: FastifyInstance,
  overrides: Record<string, unknown> = {},
  sessie?: Sessie,
) {
  volgnummer++;
  const res = await call(
    app,
    'POST',
    '/api/v1/scenarios',
    { naam: `Scenario ${volgnummer}`, peildatum: `${new Date().getUTCFullYear()}-01-01`, ...overrides },
    sessie ? als(sessie) : {},
  );
  if (res.statusCode !== 201) throw new Error(`buildScenario: ${res.statusCode} ${res.body}`);
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
  'account',
  'account_rol',
  'instelling',
  'afwezigheid',
  'begrotingsprogramma',
  'beleidsdoel',
  'resultaatdoel',
  'resultaatdoel_beleidsdoel',
  'voortgang',
  'inzet',
  'inzet_reeks',
  'programma',
  'opgave',
  'opgave_stakeholder',
  'opgave_bevinding',
  'bestuurlijke_ambitie',
  'ambitie_opgave',
  'bestuursopdracht',
  'bestuursopdracht_versie',
  'besluit',
  'capaciteitsvraag',
  'dossier_overgang',
  'inzetverzoek',
  'verdeelscenario',
  'formatieplaats',
  'plaatsing',
  'salaristabel',
  'salaristabel_bedrag',
  'werkgeverslasten',
  'loonsombudget',
];

/** The default session's headers, for tests that call `app.inject` themselves. */
export function sessieHeaders(app: FastifyInstance): Record<string, string> {
  const s = standaardSessie.get(app);
  return s ? { cookie: s.cookie, 'x-csrf-token': s['x-csrf-token'] } : {};
}

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

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesCsv } from '../helpers/strikte-csv';
import { type Api, buildMedewerker, buildTeam, call, loginAls, startApi } from './support';

/**
 * Issue 18, finding 2 and 4: every attempt audited whatever its path or headers hold, an audit
 * failure never answered with database internals, bulk reads of personal data audited with what was
 * asked and how many people came back, and an audit export no hostile value can split or arm.
 */
let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const regels = (actie: string) =>
  api.db.selectFrom('audit_log').selectAll().where('actie', '=', actie).orderBy('id').execute();

/** What no answer may show: PostgreSQL's SQLSTATE codes, messages and object names. */
const DATABASE_INTERN =
  /\b(22P05|22021|23514|42P01)\b|audit_log|constraint|violates|sqlstate|invalid byte sequence/i;

/** A problem of ours, not Fastify's fallback (`{statusCode, code, error, message}`) with the cause's code. */
function geenInterneDetails(res: { body: string; data: any }) {
  expect(res.body).not.toMatch(DATABASE_INTERN);
  expect(res.data).not.toHaveProperty('code');
  expect(res.data).not.toHaveProperty('message');
  expect(res.data).toHaveProperty('type');
}

describe('every attempt is audited, whatever the request holds', () => {
  it('answers a NUL in a path parameter with a 400 problem and records the attempt', async () => {
    const voor = (await regels('PATCH /opgaven/{opgaveId}')).length;
    const res = await call(api.app, 'PATCH', '/api/v1/opgaven/%00', { titel: 'x' }, { 'if-match': '"1"' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'opgaveId', code: 'ongeldig-teken' }),
    ]);
    geenInterneDetails(res);
    const na = await regels('PATCH /opgaven/{opgaveId}');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)).toMatchObject({ object_id: '\\u0000', resultaat: 'mislukt' });
  });

  it('records a refused attempt with a NUL in its path and control characters in its headers', async () => {
    const medewerker = await loginAls(api.db, ['medewerker']);
    const res = await call(
      api.app,
      'PATCH',
      '/api/v1/opgaven/%00%0D%3Dcmd',
      { titel: 'x' },
      { ...medewerker, 'user-agent': 'evil\u0000\r\n=cmd' },
    );
    expect(res.statusCode).toBe(403);
    geenInterneDetails(res);
    const laatste = (await regels('PATCH /opgaven/{opgaveId}')).at(-1)!;
    expect(laatste).toMatchObject({
      resultaat: 'geweigerd',
      object_id: '\\u0000\\u000d=cmd',
      user_agent: 'evil\\u0000\\u000d\\u000a=cmd',
    });
    // Still one unbroken chain: what is stored is what was hashed.
    expect((await call(api.app, 'GET', '/api/v1/auditregels/verificatie')).data).toMatchObject({
      intact: true,
    });
  });

  it('answers an audit record that cannot be stored with a generic 500 and undoes the change', async () => {
    // A real database error in the audit insert, without mocking: a check the record breaks.
    await sql`alter table audit_log add constraint test_weiger_audit check (user_agent is distinct from 'weiger-audit') not valid`.execute(
      api.eigenaar,
    );
    try {
      const naam = `Team ${Date.now()} zonder audit`;
      const schrijf = await call(
        api.app,
        'POST',
        '/api/v1/teams',
        { naam, soort: 'basisteam' },
        { 'user-agent': 'weiger-audit' },
      );
      expect(schrijf.statusCode).toBe(500);
      expect(schrijf.headers['content-type']).toContain('application/problem+json');
      expect(schrijf.data).toMatchObject({ type: 'urn:wendbaar:probleem:interne-fout', status: 500 });
      expect(schrijf.headers.location).toBeUndefined();
      geenInterneDetails(schrijf);
      const team = await api.db.selectFrom('team').select('id').where('naam', '=', naam).executeTakeFirst();
      expect(team).toBeUndefined();

      // A read of personal data leaves only with its record: no list without one.
      const lees = await call(api.app, 'GET', '/api/v1/medewerkers', undefined, {
        'user-agent': 'weiger-audit',
      });
      expect(lees.statusCode).toBe(500);
      expect(lees.data.resultaten).toBeUndefined();
      geenInterneDetails(lees);
    } finally {
      await sql`alter table audit_log drop constraint test_weiger_audit`.execute(api.eigenaar);
    }
  });
});

describe('bulk reads of personal data', () => {
  it('records one record per list request with the query and the number of people returned', async () => {
    const team = await buildTeam(api.app);
    for (let i = 0; i < 3; i++) await buildMedewerker(api.app, { teamId: team.id });
    const voor = (await regels('GET /medewerkers')).length;
    const res = await call(api.app, 'GET', '/api/v1/medewerkers?paginaGrootte=500');
    expect(res.statusCode).toBe(200);
    const na = await regels('GET /medewerkers');
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)).toMatchObject({ resultaat: 'gelukt', object_id: null });
    expect(na.at(-1)!.details).toMatchObject({
      filter: { paginaGrootte: 500, status: 'in-dienst' },
      aantalPersonen: res.data.resultaten.length,
      status: 200,
    });
    expect(res.data.resultaten.length).toBeGreaterThanOrEqual(3);
  });

  it('records team members, the expertise matrix and the availability grid and its export', async () => {
    const team = await buildTeam(api.app);
    for (let i = 0; i < 2; i++) await buildMedewerker(api.app, { teamId: team.id });
    const routes: [string, string][] = [
      [`/api/v1/teams/${team.id}/leden`, 'GET /teams/{teamId}/leden'],
      [`/api/v1/teams/${team.id}/expertise-matrix`, 'GET /teams/{teamId}/expertise-matrix'],
      [
        `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W18&tot=2026-W19`,
        'GET /teams/{teamId}/beschikbaarheid',
      ],
      [
        `/api/v1/teams/${team.id}/beschikbaarheid?van=2026-W18&tot=2026-W19&formaat=csv`,
        'GET /teams/{teamId}/beschikbaarheid',
      ],
    ];
    for (const [url, actie] of routes) {
      const voor = (await regels(actie)).length;
      expect((await call(api.app, 'GET', url)).statusCode, url).toBe(200);
      const na = await regels(actie);
      expect(na, url).toHaveLength(voor + 1);
      expect(na.at(-1), url).toMatchObject({ object_type: 'team', object_id: team.id });
      expect(na.at(-1)!.details, url).toMatchObject({ aantalPersonen: 2, filter: expect.any(Object) });
    }
    const exportRegel = (await regels('GET /teams/{teamId}/beschikbaarheid')).at(-1)!;
    expect(exportRegel.details).toMatchObject({
      filter: { formaat: 'csv', van: '2026-W18', tot: '2026-W19' },
    });
  });
});

describe('the audit export', () => {
  it('keeps a record whose values hold CR and formulas in one row, every cell neutralised', async () => {
    // Through the API: an object id that starts a formula.
    const res = await call(api.app, 'PATCH', '/api/v1/opgaven/=cmd', { titel: 'x' }, { 'if-match': '"1"' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    // Written before this fix, or by another writer: the export must not trust what the log holds.
    for (const objectId of ['\r=cmd', 'x\r=HYPERLINK("http://evil")']) {
      await sql`insert into audit_log (tijdstempel, actor, actie, object_type, object_id, resultaat, details, vorige_hash, hash)
        values (now(), 'anoniem', 'PATCH /opgaven/{opgaveId}', 'opgave', ${objectId}, 'mislukt', '{}'::jsonb, ${'0'.repeat(64)}, ${'f'.repeat(64)})`.execute(
        api.db,
      );
    }
    const csv = await call(api.app, 'GET', '/api/v1/auditregels?formaat=csv&actie=PATCH%20%2Fopgaven');
    expect(csv.statusCode).toBe(200);
    const rijen = leesCsv(csv.body);
    const kop = rijen[0]!;
    const objectIds = rijen.slice(1).map((r) => {
      expect(r).toHaveLength(kop.length);
      return r[kop.indexOf('objectId')];
    });
    const opgaveRegels = await regels('PATCH /opgaven/{opgaveId}');
    expect(rijen).toHaveLength(opgaveRegels.length + 1);
    expect(objectIds).toEqual(expect.arrayContaining(["'=cmd", "'\r=cmd", 'x\r=HYPERLINK("http://evil")']));
    for (const rij of rijen) for (const cel of rij) expect(cel).not.toMatch(/^[=+\-@\t\r\n]/);
  });
});

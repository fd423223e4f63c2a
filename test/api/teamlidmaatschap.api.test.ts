import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateDbError } from '../../src/db/db-errors';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { ConflictError } from '../../src/domain/probleem';
import { type Api, buildMedewerker, buildTeam, call, snapshot, startApi } from './support';

/**
 * One team on every date for every medewerker in service (src/domain/basisteam.ts), and changing
 * the past is deliberate (src/domain/terugwerkend.ts). Dates are relative to today, so the rules
 * about "more than 31 days back" hold whenever the tests run.
 */

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const dag = (n: number) => plusDagen(vandaag(), n);
const lidmaatschappen = `/api/v1/medewerkers`;

async function medewerkerMetTeam(overrides: Record<string, unknown> = {}) {
  const team = await buildTeam(api.app);
  const m = await buildMedewerker(api.app, { teamId: team.id, inDienst: '2020-01-01', ...overrides });
  const detail = await call(api.app, 'GET', `${lidmaatschappen}/${m.id}`);
  return { team, m, lid: detail.data.teamhistorie[0], etag: detail.headers.etag as string };
}

const beeindig = (m: { id: string }, lidId: string, body: unknown, etag?: string) =>
  call(
    api.app,
    'PATCH',
    `${lidmaatschappen}/${m.id}/teamlidmaatschappen/${lidId}`,
    body,
    etag === undefined ? {} : { 'if-match': etag },
  );

describe('one team on every date', () => {
  it('refuses ending a membership so that the medewerker has no team from today, naming person and date', async () => {
    const { m, lid, etag } = await medewerkerMetTeam();
    const voor = await snapshot(api);
    const res = await beeindig(m, lid.id, { einddatum: dag(-1) }, etag);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'einddatum', code: 'zonder-team' });
    expect(res.data.invalidParams[0].reason).toContain(`${m.naam} vanaf ${vandaag()}`);
    expect(await snapshot(api)).toBe(voor);
  });

  it('refuses a gap from a future date just the same', async () => {
    const { m, lid, etag } = await medewerkerMetTeam();
    const res = await beeindig(m, lid.id, { einddatum: dag(60) }, etag);
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'einddatum', code: 'zonder-team' });
    expect(res.data.invalidParams[0].reason).toContain(`vanaf ${dag(61)}`);
  });

  it('refuses an overlap: a move before a planned one, and in the database itself', async () => {
    const { m } = await medewerkerMetTeam();
    const b = await buildTeam(api.app);
    const c = await buildTeam(api.app);
    const gepland = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: b.id,
      ingangsdatum: dag(90),
    });
    expect(gepland.statusCode).toBe(201);
    const ervoor = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: c.id,
      ingangsdatum: dag(30),
    });
    expect(ervoor.statusCode).toBe(400);
    expect(ervoor.data.invalidParams[0]).toMatchObject({
      name: 'ingangsdatum',
      code: 'voor-bestaande-wijziging',
    });
    const fout =
      await sql`insert into teamlidmaatschap (medewerker_id, team_id, ingangsdatum) values (${m.id}, ${c.id}, ${dag(30)})`
        .execute(api.db)
        .catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: '23P01', constraint: 'teamlidmaatschap_een_team' });
    const vertaald = translateDbError(fout);
    expect(vertaald).toBeInstanceOf(ConflictError);
    expect((vertaald as ConflictError).detail).toContain('precies één team');
  });

  it('allows the atomic move: the running membership ends the day before, the new one starts', async () => {
    const { m, team } = await medewerkerMetTeam();
    const b = await buildTeam(api.app);
    const res = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: b.id,
      ingangsdatum: dag(10),
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      teamId: b.id,
      ingangsdatum: dag(10),
      einddatum: null,
      terugwerkend: null,
    });
    const detail = await call(api.app, 'GET', `${lidmaatschappen}/${m.id}`);
    expect(detail.data.teamhistorie.map((l: any) => [l.teamId, l.ingangsdatum, l.einddatum])).toEqual([
      [b.id, dag(10), null],
      [team.id, '2020-01-01', dag(9)],
    ]);
  });

  it('allows ending a membership when the same request names the next team', async () => {
    const { m, lid, etag } = await medewerkerMetTeam();
    const b = await buildTeam(api.app);
    const res = await beeindig(m, lid.id, { einddatum: dag(20), volgendTeamId: b.id }, etag);
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ einddatum: dag(20), terugwerkend: null });
    expect(res.data.volgend).toMatchObject({ teamId: b.id, ingangsdatum: dag(21), einddatum: null });
    const detail = await call(api.app, 'GET', `${lidmaatschappen}/${m.id}`);
    expect(detail.data.teamhistorie).toHaveLength(2);
    expect(detail.data.versie).toBe(m.versie + 1);
  });

  it('allows ending a membership on the day the employment ends, and nothing earlier', async () => {
    const { m, lid } = await medewerkerMetTeam();
    // Uit dienst as an HR import records it: the person's date, the membership still open.
    await sql`update medewerker set uit_dienst = ${dag(45)}, versie = versie + 1 where id = ${m.id}`.execute(
      api.db,
    );
    const etag = `"${m.versie + 1}"`;
    const eerder = await beeindig(m, lid.id, { einddatum: dag(44) }, etag);
    expect(eerder.statusCode).toBe(400);
    expect(eerder.data.invalidParams[0].reason).toContain(`op ${dag(45)}`);
    const res = await beeindig(m, lid.id, { einddatum: dag(45) }, etag);
    expect(res.statusCode).toBe(200);
    expect(res.data.einddatum).toBe(dag(45));
  });

  it('ends the memberships with the employment, and reopens them when uit dienst is cleared', async () => {
    const { m, etag } = await medewerkerMetTeam();
    const uit = await call(
      api.app,
      'PATCH',
      `${lidmaatschappen}/${m.id}`,
      { uitDienst: dag(40) },
      { 'if-match': etag },
    );
    expect(uit.statusCode).toBe(200);
    expect(uit.data.teamhistorie[0].einddatum).toBe(dag(40));
    expect(uit.data.terugwerkend).toBeNull();
    const terug = await call(
      api.app,
      'PATCH',
      `${lidmaatschappen}/${m.id}`,
      { uitDienst: null },
      { 'if-match': uit.headers.etag as string },
    );
    expect(terug.data.teamhistorie[0].einddatum).toBeNull();
  });
});

describe('the directie is not a basisteam', () => {
  it('refuses a regular medewerker in the directie and admits a directeur', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    const { m } = await medewerkerMetTeam();
    const res = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: directie.id,
      ingangsdatum: dag(1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'teamId', code: 'geen-basisteam' });
    expect(res.data.invalidParams[0].reason).toContain(m.naam);

    const aanstelling = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: m.id,
      rol: 'directeur',
      ingangsdatum: dag(0),
    });
    expect(aanstelling.statusCode, aanstelling.body).toBe(201);
    const nu = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: directie.id,
      ingangsdatum: dag(1),
    });
    expect(nu.statusCode, nu.body).toBe(201);
  });

  it('refuses hiring someone straight into the directie', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    await expect(buildMedewerker(api.app, { teamId: directie.id })).rejects.toThrow(/geen-basisteam/);
  });
});

describe('If-Match on a teamlidmaatschap', () => {
  it('needs the medewerker version: 428 without, 412 when stale', async () => {
    const { m, lid, etag } = await medewerkerMetTeam();
    const b = await buildTeam(api.app);
    const body = { einddatum: dag(5), volgendTeamId: b.id };
    expect((await beeindig(m, lid.id, body)).statusCode).toBe(428);
    expect((await beeindig(m, lid.id, body, `"${m.versie + 7}"`)).statusCode).toBe(412);
    expect((await beeindig(m, lid.id, body, etag)).statusCode).toBe(200);
    // The medewerker's version rose with the change: the same ETag is stale now.
    expect((await beeindig(m, lid.id, { einddatum: dag(3), volgendTeamId: b.id }, etag)).statusCode).toBe(
      412,
    );
  });
});

describe('changing the past is deliberate', () => {
  it('refuses a team move 21 months back without a reason, and audits the reason when given', async () => {
    const { m } = await medewerkerMetTeam();
    const b = await buildTeam(api.app);
    const toen = plusDagen(vandaag(), -640);
    const zonder = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: b.id,
      ingangsdatum: toen,
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'reden', code: 'reden-verplicht' }),
    ]);
    expect(zonder.data.invalidParams[0].reason).toContain(toen);
    expect(zonder.data.invalidParams[0].reason).toContain('31 dagen');

    const reden = 'Teamwissel te laat doorgegeven door P&O';
    const met = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/teamlidmaatschappen`, {
      teamId: b.id,
      ingangsdatum: toen,
      reden,
    });
    expect(met.statusCode, met.body).toBe(201);
    expect(met.data.terugwerkend).toMatchObject({ reden, vanaf: toen, tot: vandaag() });
    expect(met.data.terugwerkend.maanden[0]).toBe(toen.slice(0, 7));
    expect(met.data.terugwerkend.maanden.at(-1)).toBe(vandaag().slice(0, 7));
    const audit = await api.db
      .selectFrom('audit_log')
      .select('details')
      .where('actie', 'like', 'POST %teamlidmaatschappen')
      .where('resultaat', '=', 'gelukt')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ status: 201, reden, terugwerkendVanaf: toen });
  });

  it('asks a reason for old contracturen, an old end of membership and an old uit dienst', async () => {
    const { m, lid, etag } = await medewerkerMetTeam();
    const uren = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/contracturen`, {
      urenPerWeek: 20,
      ingangsdatum: dag(-60),
    });
    expect(uren.statusCode).toBe(400);
    expect(uren.data.invalidParams.map((p: any) => p.name)).toEqual(['reden']);
    const beide = await beeindig(m, lid.id, { einddatum: dag(-60) }, etag);
    // All problems at once: the gap it would leave and the missing reason.
    expect(beide.data.invalidParams.map((p: any) => p.name)).toEqual(['einddatum', 'reden']);
    const b = await buildTeam(api.app);
    const einde = await beeindig(m, lid.id, { einddatum: dag(-60), volgendTeamId: b.id }, etag);
    expect(einde.statusCode).toBe(400);
    expect(einde.data.invalidParams.map((p: any) => p.name)).toEqual(['reden']);
    const uit = await call(
      api.app,
      'PATCH',
      `${lidmaatschappen}/${m.id}`,
      { uitDienst: dag(-60) },
      { 'if-match': etag },
    );
    expect(uit.statusCode).toBe(400);
    expect(uit.data.invalidParams.map((p: any) => p.name)).toEqual(['reden']);
    const metReden = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/contracturen`, {
      urenPerWeek: 20,
      ingangsdatum: dag(-60),
      reden: 'Urenwijziging uit het HR-systeem',
    });
    expect(metReden.statusCode).toBe(201);
    expect(metReden.data.terugwerkend).toMatchObject({
      reden: 'Urenwijziging uit het HR-systeem',
      vanaf: dag(-60),
    });
    const recent = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/contracturen`, {
      urenPerWeek: 24,
      ingangsdatum: dag(-10),
    });
    expect(recent.statusCode).toBe(201);
    expect(recent.data.terugwerkend).toMatchObject({ reden: null, vanaf: dag(-10) });
  });

  it('takes the limit from the organisation setting terugwerkendeDagen', async () => {
    const instellingen = await call(api.app, 'GET', '/api/v1/instellingen');
    expect(instellingen.data.terugwerkendeDagen).toBe(31);
    const gezet = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { terugwerkendeDagen: 90 },
      { 'if-match': instellingen.headers.etag as string },
    );
    expect(gezet.statusCode).toBe(200);
    expect(gezet.data.terugwerkendeDagen).toBe(90);
    const { m } = await medewerkerMetTeam();
    const res = await call(api.app, 'POST', `${lidmaatschappen}/${m.id}/contracturen`, {
      urenPerWeek: 20,
      ingangsdatum: dag(-60),
    });
    expect(res.statusCode).toBe(201);
    await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { terugwerkendeDagen: 31 },
      { 'if-match': gezet.headers.etag as string },
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateDbError } from '../../src/db/db-errors';
import { generateDemoOrganisatie } from '../../src/demo/demo-organisatie';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { periodenZonderTeamleider } from '../../src/domain/leiderschap';
import { overlapt } from '../../src/domain/periode';
import { type Api, buildMedewerker, buildTeam, call, snapshot, startApi } from './support';

/**
 * Leadership over time (issue 12): every basisteam has a teamleider on every date it exists, at
 * most one gemeentesecretaris at a time, If-Match on the team's versie, and a reason for a change
 * far in the past.
 */
let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const heden = vandaag();
const dag = (n: number) => plusDagen(heden, n);

async function etag(teamId: string): Promise<string> {
  return (await call(api.app, 'GET', `/api/v1/teams/${teamId}`)).headers.etag as string;
}

/** A basisteam with one teamleider since 2024 (the team's first leader: its history starts there). */
async function teamMetLeider() {
  const team = await buildTeam(api.app);
  const leider = await buildMedewerker(api.app, { functie: 'Teamleider' });
  const res = await call(api.app, 'POST', `/api/v1/teams/${team.id}/leidinggevenden`, {
    medewerkerId: leider.id,
    rol: 'teamleider',
    ingangsdatum: '2024-01-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { team, leider, leiderschap: res.data };
}

function beeindig(teamId: string, leiderschapId: string, body: unknown, ifMatch?: string) {
  return call(
    api.app,
    'PATCH',
    `/api/v1/teams/${teamId}/leidinggevenden/${leiderschapId}`,
    body,
    ifMatch === undefined ? {} : { 'if-match': ifMatch },
  );
}

describe('a basisteam has a teamleider on every date it exists', () => {
  it('refuses ending the only teamleider today or at a future date, naming the team and the date', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const voor = await snapshot(api);
    for (const einddatum of [heden, dag(90)]) {
      const res = await beeindig(team.id, leiderschap.id, { einddatum }, await etag(team.id));
      expect(res.statusCode, einddatum).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.data.invalidParams).toEqual([
        expect.objectContaining({ name: 'einddatum', code: 'team-zonder-teamleider' }),
      ]);
      expect(res.data.invalidParams[0].reason).toContain(
        `Team ${team.naam} heeft vanaf ${plusDagen(einddatum, 1)} geen teamleider meer`,
      );
    }
    expect(await snapshot(api)).toBe(voor);
  });

  it('ends and appoints a successor from the next day in one request', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const opvolger = await buildMedewerker(api.app, { functie: 'Teamleider' });
    const versie = await etag(team.id);
    const res = await beeindig(
      team.id,
      leiderschap.id,
      { einddatum: dag(30), opvolger: { medewerkerId: opvolger.id } },
      versie,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({ id: leiderschap.id, einddatum: dag(30), terugwerkend: null });
    expect(res.data.opvolger).toMatchObject({
      medewerkerId: opvolger.id,
      rol: 'teamleider',
      ingangsdatum: dag(31),
      einddatum: null,
    });
    // The team's versie rose: the answer and the team's ETag say so.
    expect(`"${res.data.teamVersie}"`).toBe(await etag(team.id));
    expect(await etag(team.id)).not.toBe(versie);
    const historie = (await call(api.app, 'GET', `/api/v1/teams/${team.id}/leidinggevenden`)).data.resultaten;
    const inFunctie = (datum: string) =>
      historie.filter(
        (l: { ingangsdatum: string; einddatum: string | null }) =>
          l.ingangsdatum <= datum && (l.einddatum === null || l.einddatum >= datum),
      );
    expect(inFunctie(dag(30)).map((l: { medewerkerId: string }) => l.medewerkerId)).toEqual([
      leiderschap.medewerkerId,
    ]);
    expect(inFunctie(dag(31)).map((l: { medewerkerId: string }) => l.medewerkerId)).toEqual([opvolger.id]);
  });

  it('refuses a successor who is not in service then, or the same person, and changes nothing', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const weg = await buildMedewerker(api.app, { inDienst: '2020-01-01' });
    await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${weg.id}`,
      { uitDienst: dag(10) },
      { 'if-match': `"${weg.versie}"` },
    );
    const voor = await snapshot(api);
    const nietInDienst = await beeindig(
      team.id,
      leiderschap.id,
      { einddatum: dag(30), opvolger: { medewerkerId: weg.id } },
      await etag(team.id),
    );
    expect(nietInDienst.statusCode).toBe(400);
    expect(nietInDienst.data.invalidParams.map((p: { name: string }) => p.name)).toContain(
      'opvolger.medewerkerId',
    );
    const zelf = await beeindig(
      team.id,
      leiderschap.id,
      { einddatum: dag(30), opvolger: { medewerkerId: leiderschap.medewerkerId } },
      await etag(team.id),
    );
    expect(zelf.statusCode).toBe(400);
    expect(zelf.data.invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'opvolger.medewerkerId', code: 'zelfde-persoon' }),
      ]),
    );
    expect(await snapshot(api)).toBe(voor);
  });

  it('ends the leadership of a dissolved team on its last day, and refuses while members remain', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const leden = [];
    for (let i = 0; i < 5; i++) leden.push(await buildMedewerker(api.app, { teamId: team.id }));
    const opheffen = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { opgehevenOp: dag(60) },
      { 'if-match': await etag(team.id) },
    );
    expect(opheffen.statusCode).toBe(400);
    const probleem = opheffen.data.invalidParams[0];
    expect(probleem).toMatchObject({ name: 'opgehevenOp', code: 'heeft-leden' });
    expect(probleem.reason).toContain(`Team ${team.naam} heeft op of na ${dag(60)} nog 5 leden:`);
    expect(probleem.reason).toContain('en 2 anderen');

    const leeg = await teamMetLeider();
    const ok = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${leeg.team.id}`,
      { opgehevenOp: dag(60) },
      { 'if-match': await etag(leeg.team.id) },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.data.opgehevenOp).toBe(dag(60));
    const [l] = (await call(api.app, 'GET', `/api/v1/teams/${leeg.team.id}/leidinggevenden`)).data.resultaten;
    expect(l).toMatchObject({ id: leeg.leiderschap.id, einddatum: dag(59) });
    // Undoing the dissolution would leave the team without a teamleider from then on.
    const heropenen = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${leeg.team.id}`,
      { opgehevenOp: null },
      { 'if-match': await etag(leeg.team.id) },
    );
    expect(heropenen.statusCode).toBe(400);
    expect(heropenen.data.invalidParams[0]).toMatchObject({
      name: 'opgehevenOp',
      code: 'team-zonder-teamleider',
    });
    expect(leiderschap.id).toBeDefined();
  });

  it('needs a reason to dissolve a team far back, audits it and names the periods that changed', async () => {
    const { team } = await teamMetLeider();
    const opheffen = (body: object) =>
      etag(team.id).then((e) => call(api.app, 'PATCH', `/api/v1/teams/${team.id}`, body, { 'if-match': e }));
    const zonder = await opheffen({ opgehevenOp: dag(-60) });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'reden', code: 'reden-verplicht' }),
    ]);
    expect((await call(api.app, 'GET', `/api/v1/teams/${team.id}`)).data.opgehevenOp).toBeNull();

    const reden = 'Opheffing per reorganisatie alsnog vastgelegd';
    const met = await opheffen({ opgehevenOp: dag(-60), reden });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.data).toMatchObject({ opgehevenOp: dag(-60), terugwerkend: { reden, vanaf: dag(-60) } });
    const [audit] = await api.db
      .selectFrom('audit_log')
      .select('details')
      .where('object_id', '=', team.id)
      .where('actie', '=', 'PATCH /teams/{teamId}')
      .where('resultaat', '=', 'gelukt')
      .execute();
    expect(audit?.details).toMatchObject({ reden, terugwerkendVanaf: dag(-60) });
  });
});

describe('one gemeentesecretaris at a time', () => {
  it('refuses a second one overlapping the first, in the service and in the database', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    const eerste = await buildMedewerker(api.app, { achternaam: 'Secretaris' });
    const tweede = await buildMedewerker(api.app);
    const gs = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: eerste.id,
      rol: 'directeur',
      gemeentesecretaris: true,
      ingangsdatum: '2024-01-01',
    });
    expect(gs.statusCode, gs.body).toBe(201);
    const dubbel = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: tweede.id,
      rol: 'directeur',
      gemeentesecretaris: true,
      ingangsdatum: dag(10),
    });
    expect(dubbel.statusCode).toBe(400);
    expect(dubbel.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'gemeentesecretaris', code: 'al-gemeentesecretaris' }),
    ]);
    expect(dubbel.data.invalidParams[0].reason).toContain(
      `${eerste.naam} is sinds 2024-01-01 gemeentesecretaris`,
    );

    // The database refuses it too, whatever code path writes.
    const fout = await api.db
      .insertInto('leiderschap')
      .values({
        medewerker_id: tweede.id,
        team_id: directie.id,
        rol: 'directeur',
        gemeentesecretaris: true,
        ingangsdatum: dag(10),
      })
      .execute()
      .catch((e: unknown) => e);
    expect(fout).toMatchObject({ code: '23P01', constraint: 'leiderschap_een_gemeentesecretaris' });
    expect((translateDbError(fout) as Error).message).toContain('al een gemeentesecretaris');

    // A handover: the successor is gemeentesecretaris from the next day.
    const overdracht = await beeindig(
      directie.id,
      gs.data.id,
      { einddatum: dag(10), opvolger: { medewerkerId: tweede.id } },
      await etag(directie.id),
    );
    expect(overdracht.statusCode, overdracht.body).toBe(200);
    expect(overdracht.data.opvolger).toMatchObject({
      medewerkerId: tweede.id,
      rol: 'directeur',
      gemeentesecretaris: true,
      ingangsdatum: dag(11),
    });
  });
});

describe('If-Match on leadership: the team versie', () => {
  it('answers 428 without If-Match and 412 on a stale one, changing nothing', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const opvolger = await buildMedewerker(api.app);
    const body = { einddatum: dag(5), opvolger: { medewerkerId: opvolger.id } };
    const voor = await snapshot(api);
    const zonder = await beeindig(team.id, leiderschap.id, body);
    expect(zonder.statusCode).toBe(428);
    expect(zonder.headers['content-type']).toContain('application/problem+json');
    const oud = await etag(team.id);
    // Somebody renames the team first: the versie the client read is stale.
    await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: `${team.naam} (nieuw)` },
      { 'if-match': oud },
    );
    const verouderd = await beeindig(team.id, leiderschap.id, body, oud);
    expect(verouderd.statusCode).toBe(412);
    const nieuwePost = await call(
      api.app,
      'POST',
      `/api/v1/teams/${team.id}/leidinggevenden`,
      { medewerkerId: opvolger.id, rol: 'teamleider', ingangsdatum: dag(400) },
      { 'if-match': oud },
    );
    expect(nieuwePost.statusCode).toBe(412);
    const na = await snapshot(api);
    // Only the rename changed something.
    expect(na.split(';').filter((deel, i) => deel !== voor.split(';')[i])).toHaveLength(1);
    expect((await beeindig(team.id, leiderschap.id, body, await etag(team.id))).statusCode).toBe(200);
  });
});

describe('changing the past is deliberate', () => {
  it('needs a reason further back than the setting, audits it and names the periods that changed', async () => {
    const { team, leiderschap } = await teamMetLeider();
    const opvolger = await buildMedewerker(api.app);
    const einddatum = dag(-60);
    const body = { einddatum, opvolger: { medewerkerId: opvolger.id } };
    const zonder = await beeindig(team.id, leiderschap.id, body, await etag(team.id));
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'reden', code: 'reden-verplicht' }),
    ]);

    const reden = 'Overdracht te laat geregistreerd';
    const met = await beeindig(team.id, leiderschap.id, { ...body, reden }, await etag(team.id));
    expect(met.statusCode, met.body).toBe(200);
    expect(met.data.terugwerkend).toMatchObject({ reden, vanaf: dag(-59), tot: heden });
    expect(met.data.terugwerkend.maanden).toContain(dag(-59).slice(0, 7));
    expect(met.data.terugwerkend.maanden).toContain(heden.slice(0, 7));

    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', leiderschap.id)
      .where('resultaat', '=', 'gelukt')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ reden, terugwerkendVanaf: dag(-59) });

    // Within the limit no reason is needed, and a date in the future changes no figure shown.
    const kort = await teamMetLeider();
    const opvolger2 = await buildMedewerker(api.app);
    const recent = await beeindig(
      kort.team.id,
      kort.leiderschap.id,
      { einddatum: dag(-10), opvolger: { medewerkerId: opvolger2.id } },
      await etag(kort.team.id),
    );
    expect(recent.statusCode, recent.body).toBe(200);
    expect(recent.data.terugwerkend).toMatchObject({ reden: null, vanaf: dag(-9) });
  });

  it('needs a reason for a leader appointed far back once the team has a history', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    const [a, b] = [await buildMedewerker(api.app), await buildMedewerker(api.app)];
    const eerste = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: a.id,
      rol: 'directeur',
      ingangsdatum: '2023-01-01',
    });
    expect(eerste.statusCode).toBe(201);
    expect(eerste.data.terugwerkend).toBeNull();
    const zonder = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: b.id,
      rol: 'directeur',
      ingangsdatum: '2024-01-01',
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams).toEqual([expect.objectContaining({ name: 'reden' })]);
    const met = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: b.id,
      rol: 'directeur',
      ingangsdatum: '2024-01-01',
      reden: 'Benoeming uit 2024 alsnog vastgelegd',
    });
    expect(met.statusCode, met.body).toBe(201);
    expect(met.data.terugwerkend).toMatchObject({
      reden: 'Benoeming uit 2024 alsnog vastgelegd',
      vanaf: '2024-01-01',
    });
  });
});

describe('the demo municipality keeps the leadership rules', () => {
  it('gives every basisteam a teamleider on every date and has exactly one gemeentesecretaris at a time', () => {
    for (const medewerkers of [60, 400]) {
      const org = generateDemoOrganisatie({ medewerkers, peildatum: heden });
      for (const team of org.teams.filter((t) => t.soort === 'basisteam')) {
        const teamleiders = org.leiderschap.filter((l) => l.team_id === team.id && l.rol === 'teamleider');
        expect(teamleiders.length, team.naam).toBeGreaterThan(0);
        expect(periodenZonderTeamleider(teamleiders, team.opgeheven_op), team.naam).toEqual([]);
        expect(
          teamleiders.some((l) => l.ingangsdatum <= heden),
          team.naam,
        ).toBe(true);
      }
      const gs = org.leiderschap.filter((l) => l.gemeentesecretaris);
      expect(
        gs.filter((l) => l.ingangsdatum <= heden && (l.einddatum === null || l.einddatum >= heden)),
      ).toHaveLength(1);
      for (const a of gs) for (const b of gs) if (a !== b) expect(overlapt(a, b)).toBe(false);
    }
  });
});

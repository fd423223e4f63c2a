import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

describe('teams', () => {
  it('creates a team and reads it back with an ETag and a Location', async () => {
    const res = await call(api.app, 'POST', '/api/v1/teams', {
      naam: 'Vergunningen',
      soort: 'basisteam',
      omschrijving: 'Omgevingsvergunningen',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/teams/${res.data.id}`);
    const get = await call(api.app, 'GET', `/api/v1/teams/${res.data.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.headers.etag).toBe('"1"');
    expect(get.data).toMatchObject({
      naam: 'Vergunningen',
      soort: 'basisteam',
      omschrijving: 'Omgevingsvergunningen',
      aantalMedewerkers: 0,
      fte: 0,
    });
  });

  it('lists with filters, sorting and pagination links that keep the filters', async () => {
    const directie = await buildTeam(api.app, { naam: 'Directie Lijst', soort: 'directie' });
    for (const naam of ['Lijst A', 'Lijst B', 'Lijst C'])
      await buildTeam(api.app, { naam, parentId: directie.id });
    const res = await call(
      api.app,
      'GET',
      `/api/v1/teams?parentId=${directie.id}&sorteer=-naam&paginaGrootte=2`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.data.aantal).toBe(3);
    expect(res.data.resultaten.map((t: { naam: string }) => t.naam)).toEqual(['Lijst C', 'Lijst B']);
    expect(res.data._links.next.href).toBe(
      `/api/v1/teams?parentId=${directie.id}&sorteer=-naam&paginaGrootte=2&pagina=2`,
    );
    expect(res.data._links.prev).toBeUndefined();
    const volgende = await call(api.app, 'GET', res.data._links.next.href);
    expect(volgende.data.resultaten.map((t: { naam: string }) => t.naam)).toEqual(['Lijst A']);
    expect(volgende.data._links.next).toBeUndefined();
    expect(volgende.data.resultaten[0].parentNaam).toBe('Directie Lijst');
  });

  it('refuses an unknown sort field and unknown query parameters, naming them', async () => {
    const res = await call(api.app, 'GET', '/api/v1/teams?sorteer=kleur&foo=1');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: { name: string }) => p.name)).toContain('foo');
    const sort = await call(api.app, 'GET', '/api/v1/teams?sorteer=kleur');
    expect(sort.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'sorteer', code: 'onbekend-sorteerveld' }),
    ]);
  });

  it('updates only with the current If-Match: 428 without, 412 when stale', async () => {
    const team = await buildTeam(api.app);
    const zonder = await call(api.app, 'PATCH', `/api/v1/teams/${team.id}`, { naam: 'Nieuw' });
    expect(zonder.statusCode).toBe(428);
    const ok = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'Nieuw' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const oud = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'Nog nieuwer' },
      { 'if-match': '"1"' },
    );
    expect(oud.statusCode).toBe(412);
    expect(oud.data.huidigeVersie).toBe(2);
    expect((await call(api.app, 'GET', `/api/v1/teams/${team.id}`)).data.naam).toBe('Nieuw');
  });

  it('refuses a parent that would make a cycle', async () => {
    const boven = await buildTeam(api.app);
    const onder = await buildTeam(api.app, { parentId: boven.id });
    const res = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${boven.id}`,
      { parentId: onder.id },
      { 'if-match': '"1"' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'parentId', code: 'kringverwijzing' }),
    ]);
  });

  it('dissolves a team only when nobody is left in it', async () => {
    const team = await buildTeam(api.app);
    await buildMedewerker(api.app, { teamId: team.id });
    const res = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { opgehevenOp: '2030-01-01' },
      { 'if-match': '"1"' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'opgehevenOp', code: 'heeft-leden' });
    const leeg = await buildTeam(api.app);
    const ok = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${leeg.id}`,
      { opgehevenOp: '2030-01-01' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.data.opgehevenOp).toBe('2030-01-01');
  });

  it('answers 404 in problem+json for unknown, malformed and trailing-slash addresses', async () => {
    for (const url of [
      '/api/v1/teams/00000000-0000-4000-8000-000000000000',
      '/api/v1/teams/niet-een-id',
      '/api/v1/teams/',
      '/api/v1/bestaat-niet',
    ]) {
      const res = await call(api.app, 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(res.data).toMatchObject({ status: 404, title: 'Niet gevonden' });
    }
  });
});

describe('what the caller may do with a team (mag)', () => {
  it('says plannen and volledigZien per caller, on a team, in the list and in the answers of writes', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    const eigen = await buildTeam(api.app, { parentId: directie.id });
    const ander = await buildTeam(api.app, { parentId: directie.id });
    const leider = await buildMedewerker(api.app, { teamId: eigen.id });
    const lid = await buildMedewerker(api.app, { teamId: eigen.id });
    await buildLeiding(api.app, eigen.id, leider.id);
    const tl = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
    const mw = await loginAls(api.db, ['medewerker'], { medewerkerId: lid.id });
    const regisseur = await loginAls(api.db, ['programmaregisseur']);
    const mag = async (teamId: string, sessie?: Sessie) =>
      (await call(api.app, 'GET', `/api/v1/teams/${teamId}`, undefined, sessie)).data.mag;

    expect(await mag(eigen.id, tl)).toEqual({ plannen: true, volledigZien: true });
    expect(await mag(ander.id, tl)).toEqual({ plannen: false, volledigZien: false });
    expect(await mag(eigen.id, mw)).toEqual({ plannen: false, volledigZien: false });
    expect(await mag(eigen.id, regisseur)).toEqual({ plannen: false, volledigZien: true });
    // The default session is directeur and P&O: the directie plans every team.
    expect(await mag(ander.id)).toEqual({ plannen: true, volledigZien: true });

    const lijst = await call(api.app, 'GET', `/api/v1/teams?parentId=${directie.id}`, undefined, tl);
    const perTeam = new Map(lijst.data.resultaten.map((t: { id: string; mag: unknown }) => [t.id, t.mag]));
    expect(perTeam.get(eigen.id)).toEqual({ plannen: true, volledigZien: true });
    expect(perTeam.get(ander.id)).toEqual({ plannen: false, volledigZien: false });

    const nieuw = await call(api.app, 'POST', '/api/v1/teams', { naam: 'Mag-team', soort: 'basisteam' });
    expect(nieuw.data.mag).toEqual({ plannen: true, volledigZien: true });
    const gewijzigd = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${nieuw.data.id}`,
      { naam: 'Mag-team 2' },
      { 'if-match': '"1"' },
    );
    expect(gewijzigd.data.mag).toEqual({ plannen: true, volledigZien: true });
  });
});

describe('leidinggevenden', () => {
  it('appoints one teamleider per basisteam and hands over to a successor', async () => {
    const team = await buildTeam(api.app);
    const leider = await buildMedewerker(api.app, { functie: 'Teamleider' });
    const tweede = await buildMedewerker(api.app, { functie: 'Teamleider' });
    const res = await call(api.app, 'POST', `/api/v1/teams/${team.id}/leidinggevenden`, {
      medewerkerId: leider.id,
      rol: 'teamleider',
      ingangsdatum: '2024-01-01',
    });
    expect(res.statusCode).toBe(201);
    expect((await call(api.app, 'GET', `/api/v1/teams/${team.id}`)).data.leidinggevenden).toEqual([
      expect.objectContaining({ medewerkerId: leider.id, rol: 'teamleider', einddatum: null }),
    ]);
    const dubbel = await call(api.app, 'POST', `/api/v1/teams/${team.id}/leidinggevenden`, {
      medewerkerId: tweede.id,
      rol: 'teamleider',
      ingangsdatum: '2030-01-01',
    });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.data.detail).toContain('al een teamleider');
    expect(dubbel.data.type).toBe('urn:wendbaar:probleem:bestaat-al');
    const versie = (await call(api.app, 'GET', `/api/v1/teams/${team.id}`)).headers.etag as string;
    const einde = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}/leidinggevenden/${res.data.id}`,
      { einddatum: '2029-12-31', opvolger: { medewerkerId: tweede.id } },
      { 'if-match': versie },
    );
    expect(einde.statusCode).toBe(200);
    expect(einde.data.opvolger).toMatchObject({ medewerkerId: tweede.id, ingangsdatum: '2030-01-01' });
    const historie = await call(api.app, 'GET', `/api/v1/teams/${team.id}/leidinggevenden`);
    expect(historie.data.resultaten).toHaveLength(2);
  });

  it('lets a teamleider lead only basisteams and a directeur only the directie', async () => {
    const directie = await buildTeam(api.app, { soort: 'directie' });
    const basisteam = await buildTeam(api.app);
    const m = await buildMedewerker(api.app);
    const fout = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: m.id,
      rol: 'teamleider',
      gemeentesecretaris: true,
      ingangsdatum: '2024-01-01',
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'gemeentesecretaris',
      'rol',
    ]);
    const ook = await call(api.app, 'POST', `/api/v1/teams/${basisteam.id}/leidinggevenden`, {
      medewerkerId: m.id,
      rol: 'directeur',
      ingangsdatum: '2024-01-01',
    });
    expect(ook.statusCode).toBe(400);
    const gs = await call(api.app, 'POST', `/api/v1/teams/${directie.id}/leidinggevenden`, {
      medewerkerId: m.id,
      rol: 'directeur',
      gemeentesecretaris: true,
      ingangsdatum: '2024-01-01',
    });
    expect(gs.statusCode).toBe(201);
    expect(gs.data.gemeentesecretaris).toBe(true);
  });
});

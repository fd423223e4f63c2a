import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Managing the kinds of conversation (issue 14, item 2): P&O and the beheerder rename a kind and
 * switch it off or on, with If-Match. A switched-off kind stays on the conversations held under it
 * but is not offered for a new one; names are unique whatever their case.
 */
let api: Api;
let m: { id: string };
let s: Record<'po' | 'beheerder' | 'teamleider' | 'zelf' | 'directeur', Sessie>;

type Soort = { code: string; naam: string; actief: boolean; versie: number };

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app);
  const leider = await buildMedewerker(api.app, { teamId: team.id, functie: 'Teamleider' });
  m = await buildMedewerker(api.app, { teamId: team.id });
  await buildLeiding(api.app, team.id, leider.id);
  s = {
    po: await loginAls(api.db, ['po']),
    beheerder: await loginAls(api.db, ['beheerder']),
    teamleider: await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: leider.id }),
    zelf: await loginAls(api.db, ['medewerker'], { medewerkerId: m.id }),
    directeur: await loginAls(api.db, ['directeur']),
  };
});
afterAll(async () => {
  await api.close();
});

const soorten = async (wie: Sessie): Promise<Soort[]> =>
  (await call(api.app, 'GET', '/api/v1/gesprekssoorten', undefined, als(wie))).data.resultaten;
const soort = async (code: string) => (await soorten(s.po)).find((x) => x.code === code)!;
const wijzig = (wie: Sessie, code: string, body: unknown, versie?: number) =>
  call(
    api.app,
    'PATCH',
    `/api/v1/gesprekssoorten/${code}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );
const nieuwGesprek = (soortCode: string, datum = '2026-03-01') =>
  call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/gesprekken`, { soort: soortCode, datum }, als(s.po));

describe('renaming a kind of conversation', () => {
  it('renames with If-Match and answers the new version as ETag; the code stays', async () => {
    const voor = await soort('voortgang');
    expect(voor).toMatchObject({ naam: 'Voortgangsgesprek', actief: true, versie: 1 });
    const res = await wijzig(s.po, 'voortgang', { naam: '  Halfjaargesprek ' }, voor.versie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toEqual({ code: 'voortgang', naam: 'Halfjaargesprek', actief: true, versie: 2 });
    expect(res.headers.etag).toBe('"2"');
    expect((await soort('voortgang')).naam).toBe('Halfjaargesprek');
  });

  it('428 without If-Match, 412 on a stale version, and the name is unchanged', async () => {
    const zonder = await wijzig(s.po, 'voortgang', { naam: 'Iets anders' });
    expect(zonder.statusCode).toBe(428);
    const oud = await wijzig(s.po, 'voortgang', { naam: 'Iets anders' }, 1);
    expect(oud.statusCode).toBe(412);
    expect(oud.headers['content-type']).toContain('application/problem+json');
    expect((await soort('voortgang')).naam).toBe('Halfjaargesprek');
  });

  it('refuses a name another kind has, whatever its case (409, also when adding); its own name in other case is fine', async () => {
    const planning = await soort('planning');
    const dubbel = await wijzig(s.po, 'planning', { naam: 'ontwikkelGESPREK' }, planning.versie);
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.data.detail).toBe('Er is al een soort gesprek met de naam ontwikkelGESPREK.');
    const nieuw = await call(
      api.app,
      'POST',
      '/api/v1/gesprekssoorten',
      { code: 'halfjaar', naam: 'halfjaargesprek' },
      als(s.po),
    );
    expect(nieuw.statusCode).toBe(409);
    expect(nieuw.data.detail).toContain('Er is al een soort gesprek met de naam');
    const eigen = await wijzig(s.po, 'planning', { naam: 'PLANNINGSGESPREK' }, planning.versie);
    expect(eigen.statusCode, eigen.body).toBe(200);
    const terug = await wijzig(s.po, 'planning', { naam: 'Planningsgesprek' }, eigen.data.versie);
    expect(terug.statusCode).toBe(200);
  });

  it('adds a kind without a code: the code is made from the name, and a taken one is numbered', async () => {
    const voeg = (naam: string) => call(api.app, 'POST', '/api/v1/gesprekssoorten', { naam }, als(s.po));
    const eerste = await voeg('Één op één');
    expect(eerste.statusCode, eerste.body).toBe(201);
    expect(eerste.data).toMatchObject({ code: 'een-op-een', naam: 'Één op één', actief: true });
    const tweede = await voeg('Een op een!');
    expect(tweede.statusCode, tweede.body).toBe(201);
    expect(tweede.data.code).toBe('een-op-een-2');
    expect((await soorten(s.po)).map((x) => x.code)).toEqual(
      expect.arrayContaining(['een-op-een', 'een-op-een-2']),
    );
  });

  it('lists every problem of a malformed change at once (400), and 404 for an unknown kind', async () => {
    const planning = await soort('planning');
    const res = await wijzig(s.po, 'planning', { naam: ' ', actief: 'ja', code: 'x' }, planning.versie);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.length).toBeGreaterThanOrEqual(3);
    expect((await wijzig(s.po, 'bestaat-niet', { naam: 'X' }, 1)).statusCode).toBe(404);
  });
});

describe('switching a kind off and on', () => {
  it('keeps a switched-off kind on existing conversations but does not offer it for a new one', async () => {
    const bestaand = await nieuwGesprek('ontwikkeling', '2026-02-01');
    expect(bestaand.statusCode, bestaand.body).toBe(201);
    const o = await soort('ontwikkeling');
    const uit = await wijzig(s.po, 'ontwikkeling', { actief: false }, o.versie);
    expect(uit.statusCode, uit.body).toBe(200);
    expect(uit.data).toMatchObject({ code: 'ontwikkeling', naam: 'Ontwikkelgesprek', actief: false });

    // Still listed (marked), for the manager to switch back on, and for every reader of old conversations.
    expect((await soorten(s.zelf)).find((x) => x.code === 'ontwikkeling')?.actief).toBe(false);

    const nieuw = await nieuwGesprek('ontwikkeling');
    expect(nieuw.statusCode).toBe(400);
    expect(
      nieuw.data.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`),
    ).toEqual(['soort:onbekende-soort']);

    const oud = await call(api.app, 'GET', `/api/v1/gesprekken/${bestaand.data.id}`, undefined, als(s.zelf));
    expect(oud.statusCode).toBe(200);
    expect(oud.data).toMatchObject({ soort: 'ontwikkeling', soortNaam: 'Ontwikkelgesprek' });
    // Editing the old conversation's verslag does not force another kind.
    const bewerkt = await call(
      api.app,
      'PATCH',
      `/api/v1/gesprekken/${bestaand.data.id}`,
      { verslag: 'Aangevuld.' },
      als(s.po, { 'if-match': `"${bestaand.data.versie}"` }),
    );
    expect(bewerkt.statusCode, bewerkt.body).toBe(200);
    expect(bewerkt.data.soortNaam).toBe('Ontwikkelgesprek');
  });

  it('offers it again once switched back on', async () => {
    const o = await soort('ontwikkeling');
    const aan = await wijzig(s.beheerder, 'ontwikkeling', { actief: true }, o.versie);
    expect(aan.statusCode, aan.body).toBe(200);
    expect(aan.data.actief).toBe(true);
    expect((await nieuwGesprek('ontwikkeling', '2026-04-01')).statusCode).toBe(201);
  });
});

describe('who manages the kinds', () => {
  it('P&O and the beheerder may (mag.wijzigen); the teamleider, the medewerker and the directeur get 403', async () => {
    expect(
      (await call(api.app, 'GET', '/api/v1/gesprekssoorten', undefined, als(s.po))).data.mag.wijzigen,
    ).toBe(true);
    expect(
      (await call(api.app, 'GET', '/api/v1/gesprekssoorten', undefined, als(s.teamleider))).data.mag.wijzigen,
    ).toBe(false);
    for (const wie of [s.teamleider, s.zelf, s.directeur]) {
      const p = await soort('planning');
      expect((await wijzig(wie, 'planning', { naam: 'Mijn naam' }, p.versie)).statusCode).toBe(403);
    }
    const p = await soort('planning');
    expect((await wijzig(s.beheerder, 'planning', { naam: 'Jaarplanning' }, p.versie)).statusCode).toBe(200);
    expect((await soort('planning')).naam).toBe('Jaarplanning');
  });
});

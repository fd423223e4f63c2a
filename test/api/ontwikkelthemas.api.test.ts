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
 * Managing the ontwikkelthema's (issue 14, items 1 and 3): P&O and the directie rename a theme,
 * change its description and switch it off or on, with If-Match. A switched-off theme stays on the
 * goals that have it but cannot be chosen for a new goal; names are unique whatever their case.
 */
const J = 2026;
let api: Api;
let plan: { id: string };
let s: Record<'po' | 'directeur' | 'teamleider' | 'zelf' | 'beheerder' | 'or', Sessie>;

type Thema = { id: string; naam: string; omschrijving: string | null; actief: boolean; versie: number };

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app);
  const leider = await buildMedewerker(api.app, { teamId: team.id, functie: 'Teamleider' });
  const m = await buildMedewerker(api.app, { teamId: team.id });
  await buildLeiding(api.app, team.id, leider.id);
  s = {
    po: await loginAls(api.db, ['po']),
    directeur: await loginAls(api.db, ['directeur']),
    teamleider: await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: leider.id }),
    zelf: await loginAls(api.db, ['medewerker'], { medewerkerId: m.id }),
    beheerder: await loginAls(api.db, ['beheerder']),
    or: await loginAls(api.db, ['or']),
  };
  const p = await call(
    api.app,
    'POST',
    `/api/v1/medewerkers/${m.id}/ontwikkelplannen`,
    { jaar: J },
    als(s.zelf),
  );
  if (p.statusCode !== 201) throw new Error(p.body);
  plan = p.data;
});
afterAll(async () => {
  await api.close();
});

const maak = async (naam: string, omschrijving?: string): Promise<Thema> => {
  const r = await call(api.app, 'POST', '/api/v1/ontwikkelthemas', { naam, omschrijving }, als(s.po));
  if (r.statusCode !== 201) throw new Error(r.body);
  return r.data;
};
const lees = async (id: string): Promise<Thema> =>
  (await call(api.app, 'GET', '/api/v1/ontwikkelthemas', undefined, als(s.zelf))).data.resultaten.find(
    (t: Thema) => t.id === id,
  );
const wijzig = (wie: Sessie, id: string, body: unknown, versie?: number) =>
  call(
    api.app,
    'PATCH',
    `/api/v1/ontwikkelthemas/${id}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );
const nieuwDoel = (themaId: string, omschrijving = 'Een doel') =>
  call(api.app, 'POST', `/api/v1/ontwikkelplannen/${plan.id}/doelen`, { omschrijving, themaId }, als(s.zelf));

describe('renaming a theme', () => {
  it('renames and redescribes with If-Match, answering the new version as ETag', async () => {
    const t = await maak('Vakmanschap', 'Oud');
    expect(t).toMatchObject({ actief: true, versie: 1 });
    const res = await wijzig(
      s.po,
      t.id,
      { naam: 'Digitaal vakmanschap', omschrijving: 'Werken met data' },
      1,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({
      id: t.id,
      naam: 'Digitaal vakmanschap',
      omschrijving: 'Werken met data',
      actief: true,
      versie: 2,
    });
    expect(res.headers.etag).toBe('"2"');
    const leeg = await wijzig(s.directeur, t.id, { omschrijving: '' }, 2);
    expect(leeg.statusCode, leeg.body).toBe(200);
    expect(leeg.data.omschrijving).toBeNull();
    expect((await lees(t.id)).naam).toBe('Digitaal vakmanschap');
  });

  it('428 without If-Match and 412 on a stale version; nothing changes', async () => {
    const t = await maak('Samenwerken');
    expect((await wijzig(s.po, t.id, { naam: 'X' })).statusCode).toBe(428);
    expect((await wijzig(s.po, t.id, { naam: 'Y' }, 1)).statusCode).toBe(200);
    const oud = await wijzig(s.po, t.id, { naam: 'Z' }, 1);
    expect(oud.statusCode).toBe(412);
    expect((await lees(t.id)).naam).toBe('Y');
  });

  it('refuses a name another theme has, whatever its case (400 on naam, as when adding)', async () => {
    const a = await maak('Leiderschap');
    const b = await maak('Gezond werken');
    const res = await wijzig(s.po, b.id, { naam: 'LEIDERSCHAP' }, b.versie);
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams).toEqual([
      expect.objectContaining({
        name: 'naam',
        code: 'bestaat-al',
        reason: 'Er is al een thema met deze naam.',
      }),
    ]);
    const nieuw = await call(api.app, 'POST', '/api/v1/ontwikkelthemas', { naam: 'leiderschap' }, als(s.po));
    expect(nieuw.statusCode).toBe(400);
    expect(nieuw.data.invalidParams[0]).toMatchObject({ name: 'naam', code: 'bestaat-al' });
    // Its own name in another case is no clash.
    expect((await wijzig(s.po, a.id, { naam: 'leiderSCHAP' }, a.versie)).statusCode).toBe(200);
  });

  it('lists every problem of a malformed change at once (400); 404 for an unknown theme', async () => {
    const t = await maak('Klantgericht');
    const res = await wijzig(
      s.po,
      t.id,
      { naam: '', actief: 'nee', omschrijving: 'x'.repeat(2001) },
      t.versie,
    );
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'actief',
      'naam',
      'omschrijving',
    ]);
    expect((await wijzig(s.po, '00000000-0000-4000-8000-000000000000', { naam: 'Q' }, 1)).statusCode).toBe(
      404,
    );
  });
});

describe('switching a theme off and on', () => {
  it('keeps a switched-off theme on existing goals but refuses it for a new goal or a goal changing to it', async () => {
    const t = await maak('Innovatie');
    const ander = await maak('Wendbaarheid');
    const bestaand = await nieuwDoel(t.id, 'Een experiment doen');
    expect(bestaand.statusCode, bestaand.body).toBe(201);
    const zonder = await nieuwDoel(ander.id, 'Nog een doel');
    expect(zonder.statusCode, zonder.body).toBe(201);

    const uit = await wijzig(s.po, t.id, { actief: false }, t.versie);
    expect(uit.statusCode, uit.body).toBe(200);
    expect(uit.data.actief).toBe(false);
    // Listed still, marked, for goals that have it and for switching it back on.
    expect((await lees(t.id)).actief).toBe(false);

    const nieuw = await nieuwDoel(t.id, 'Nog een experiment');
    expect(nieuw.statusCode).toBe(400);
    expect(nieuw.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'themaId', code: 'niet-actief' }),
    ]);
    const naarUit = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkeldoelen/${zonder.data.id}`,
      { themaId: t.id },
      als(s.zelf, { 'if-match': `"${zonder.data.versie}"` }),
    );
    expect(naarUit.statusCode).toBe(400);

    // The goal that had it keeps it, also when its text is edited with the theme sent along.
    const bewerkt = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkeldoelen/${bestaand.data.id}`,
      { omschrijving: 'Twee experimenten doen', themaId: t.id },
      als(s.zelf, { 'if-match': `"${bestaand.data.versie}"` }),
    );
    expect(bewerkt.statusCode, bewerkt.body).toBe(200);
    expect(bewerkt.data).toMatchObject({ themaId: t.id, themaNaam: 'Innovatie' });
    const opPlan = await call(api.app, 'GET', `/api/v1/ontwikkelplannen/${plan.id}`, undefined, als(s.zelf));
    expect(opPlan.statusCode, opPlan.body).toBe(200);
    expect(JSON.stringify(opPlan.data)).toContain('"themaNaam":"Innovatie"');

    const aan = await wijzig(s.directeur, t.id, { actief: true }, uit.data.versie);
    expect(aan.statusCode, aan.body).toBe(200);
    expect((await nieuwDoel(t.id, 'Weer een experiment')).statusCode).toBe(201);
  });
});

describe('who manages the themes', () => {
  it('P&O and the directie may (mag.wijzigen); a teamleider, a medewerker, the beheerder and the OR get 403', async () => {
    const t = await maak('Duurzaam inzetbaar');
    const lijst = (wie: Sessie) => call(api.app, 'GET', '/api/v1/ontwikkelthemas', undefined, als(wie));
    expect((await lijst(s.directeur)).data.mag.wijzigen).toBe(true);
    expect((await lijst(s.teamleider)).data.mag.wijzigen).toBe(false);
    for (const wie of [s.teamleider, s.zelf, s.beheerder, s.or]) {
      expect((await wijzig(wie, t.id, { naam: 'Anders' }, t.versie)).statusCode).toBe(403);
    }
    expect((await lees(t.id)).naam).toBe('Duurzaam inzetbaar');
  });
});

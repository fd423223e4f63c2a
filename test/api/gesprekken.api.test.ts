import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endLeiderschap, insertLeiderschap } from '../../src/db/leiderschap.repository';
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
 * The gesprekscyclus (issue 14, item 2): every route, all problems at once, and the privacy rule:
 * only the medewerker, the leidinggevende who held the conversation, the current one, and P&O; every
 * read audited; the medewerker's AVG inzage holds it all.
 *
 * Team A was led by L1 until 2025-12-31 and by L2 since 2026-01-01; team B by L3.
 */
let api: Api;
let teamA: { id: string };
let m: { id: string };
let l1: { id: string };
let l2: { id: string };
let s: Record<'po' | 'zelf' | 'l1' | 'l2' | 'l3' | 'collega' | 'directeur' | 'directeurMetMw' | 'or', Sessie>;
let g1: { id: string; versie: number };
let g2: { id: string; versie: number };

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app);
  const teamB = await buildTeam(api.app);
  l1 = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  l2 = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  const l3 = await buildMedewerker(api.app, { teamId: teamB.id, functie: 'Teamleider' });
  m = await buildMedewerker(api.app, { teamId: teamA.id });
  const collega = await buildMedewerker(api.app, { teamId: teamA.id });
  const dir = await buildMedewerker(api.app, { teamId: teamB.id, functie: 'Directeur' });
  const leiding1 = await buildLeiding(api.app, teamA.id, l1.id);
  await endLeiderschap(api.db, leiding1.id, '2025-12-31');
  await insertLeiderschap(api.db, {
    medewerker_id: l2.id,
    team_id: teamA.id,
    rol: 'teamleider',
    gemeentesecretaris: false,
    ingangsdatum: '2026-01-01',
  });
  await buildLeiding(api.app, teamB.id, l3.id);
  s = {
    po: await loginAls(api.db, ['po']),
    zelf: await loginAls(api.db, ['medewerker'], { medewerkerId: m.id }),
    l1: await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: l1.id }),
    l2: await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: l2.id }),
    l3: await loginAls(api.db, ['teamleider', 'medewerker'], { medewerkerId: l3.id }),
    collega: await loginAls(api.db, ['medewerker'], { medewerkerId: collega.id }),
    directeur: await loginAls(api.db, ['directeur']),
    directeurMetMw: await loginAls(api.db, ['directeur', 'medewerker'], { medewerkerId: dir.id }),
    or: await loginAls(api.db, ['or']),
  };
});
afterAll(async () => {
  await api.close();
});

const lijst = (wie: Sessie, id = m.id) =>
  call(api.app, 'GET', `/api/v1/medewerkers/${id}/gesprekken`, undefined, als(wie));
const lees = (wie: Sessie, id: string) =>
  call(api.app, 'GET', `/api/v1/gesprekken/${id}`, undefined, als(wie));

describe('recording conversations', () => {
  it('records a conversation with the leidinggevende of its date: P&O for an old one under L1', async () => {
    const res = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 'planning', datum: '2025-03-01', verslag: 'Afspraken voor 2025.', deelnemers: 'Sanne, L1' },
      als(s.po),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/gesprekken/${res.data.id}`);
    expect(res.data).toMatchObject({
      soort: 'planning',
      soortNaam: 'Planningsgesprek',
      status: 'gevoerd',
      team: { id: teamA.id },
      leidinggevende: { id: l1.id },
      mag: { wijzigen: true, notitieToevoegen: false },
    });
    g1 = res.data;
  });

  it('lets the current teamleider record one; a teamleider on a date in the past gets the then leader', async () => {
    const res = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 'voortgang', datum: '2026-03-01', verslag: 'Loopt goed.' },
      als(s.l2),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.leidinggevende.id).toBe(l2.id);
    g2 = res.data;
  });

  it('refuses recording by the medewerker, a former or another teamleider, the directie and the OR', async () => {
    const body = { soort: 'voortgang', datum: '2026-04-01' };
    for (const wie of [s.zelf, s.l1, s.l3, s.directeur, s.directeurMetMw, s.or]) {
      const res = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/gesprekken`, body, als(wie));
      expect(res.statusCode).toBe(403);
    }
  });

  it('lists every problem at once (400): unknown kind, date outside the employment, vastgesteld without verslag', async () => {
    const res = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 'onbekend', datum: '2019-06-01', status: 'vastgesteld' },
      als(s.po),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`)).toEqual([
      'soort:onbekende-soort',
      'datum:buiten-dienstverband',
      'verslag:verslag-nodig',
    ]);
    const vorm = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 7, datum: '1 maart', status: 'klaar', extra: 1 },
      als(s.po),
    );
    expect(vorm.statusCode).toBe(400);
    expect(vorm.data.invalidParams.length).toBeGreaterThanOrEqual(3);
  });

  it('404 for a medewerker or conversation that does not exist', async () => {
    const geen = '00000000-0000-4000-8000-000000000000';
    expect((await lijst(s.po, geen)).statusCode).toBe(404);
    expect((await lees(s.po, geen)).statusCode).toBe(404);
  });
});

describe('who sees a conversation', () => {
  it('the medewerker, the current teamleider and P&O see all of them', async () => {
    for (const wie of [s.zelf, s.l2, s.po]) {
      const res = await lijst(wie);
      expect(res.statusCode).toBe(200);
      expect(res.data.resultaten.map((g: { id: string }) => g.id).sort()).toEqual([g1.id, g2.id].sort());
    }
    expect((await lijst(s.zelf)).data.mag.vastleggen).toBe(false);
    expect((await lijst(s.l2)).data.mag.vastleggen).toBe(true);
  });

  it('the former teamleider sees the conversation they held, not the one after', async () => {
    const res = await lijst(s.l1);
    expect(res.statusCode).toBe(200);
    expect(res.data.resultaten.map((g: { id: string }) => g.id)).toEqual([g1.id]);
    expect(res.data.mag.vastleggen).toBe(false);
    expect((await lees(s.l1, g1.id)).statusCode).toBe(200);
    expect((await lees(s.l1, g2.id)).statusCode).toBe(403);
  });

  it('the new teamleider sees the conversation the former one held', async () => {
    const res = await lees(s.l2, g1.id);
    expect(res.statusCode).toBe(200);
    expect(res.data.leidinggevende.id).toBe(l1.id);
  });

  it('refuses another medewerker, a teamleider of another team, the directie and the OR', async () => {
    for (const wie of [s.collega, s.l3, s.directeur, s.directeurMetMw, s.or]) {
      expect((await lijst(wie)).statusCode).toBe(403);
      expect((await lees(wie, g1.id)).statusCode).toBe(403);
    }
  });

  it('audits every read, naming the medewerker it is about', async () => {
    await lees(s.l2, g1.id);
    const regel = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'GET /gesprekken/{gesprekId}')
      .where('actor_account_id', '=', s.l2.accountId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(regel).toMatchObject({ object_type: 'medewerker', object_id: m.id, resultaat: 'gelukt' });
    expect(regel.details).toMatchObject({ gesprekId: g1.id });
    await lijst(s.po);
    const lijstRegel = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'GET /medewerkers/{medewerkerId}/gesprekken')
      .where('actor_account_id', '=', s.po.accountId)
      .executeTakeFirstOrThrow();
    expect(lijstRegel).toMatchObject({ object_type: 'medewerker', object_id: m.id });
    await lees(s.l3, g1.id);
    const geweigerd = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'GET /gesprekken/{gesprekId}')
      .where('actor_account_id', '=', s.l3.accountId)
      .executeTakeFirstOrThrow();
    expect(geweigerd.resultaat).toBe('geweigerd');
  });
});

describe('editing, actions and notes', () => {
  it('edits with If-Match (428 without, 412 stale) and re-derives the leidinggevende for a new date', async () => {
    const pad = `/api/v1/gesprekken/${g2.id}`;
    expect((await call(api.app, 'PATCH', pad, { verslag: 'x' }, als(s.l2))).statusCode).toBe(428);
    expect(
      (await call(api.app, 'PATCH', pad, { verslag: 'x' }, als(s.l2, { 'if-match': '"99"' }))).statusCode,
    ).toBe(412);
    const res = await call(
      api.app,
      'PATCH',
      pad,
      { verslag: 'Loopt goed, vastgesteld.', status: 'vastgesteld' },
      als(s.l2, { 'if-match': `"${g2.versie}"` }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data).toMatchObject({ status: 'vastgesteld', versie: g2.versie + 1 });
    expect(res.headers.etag).toBe(`"${g2.versie + 1}"`);
    g2 = res.data;
    const leeg = await call(
      api.app,
      'PATCH',
      pad,
      { verslag: '' },
      als(s.l2, { 'if-match': `"${g2.versie}"` }),
    );
    expect(leeg.statusCode).toBe(400);
    expect(leeg.data.invalidParams[0]).toMatchObject({ name: 'verslag', code: 'verslag-nodig' });
  });

  it('refuses edits by the medewerker, a former leader of another conversation and another team', async () => {
    const pad = `/api/v1/gesprekken/${g2.id}`;
    for (const wie of [s.zelf, s.l1, s.l3]) {
      const res = await call(
        api.app,
        'PATCH',
        pad,
        { deelnemers: 'x' },
        als(wie, { 'if-match': `"${g2.versie}"` }),
      );
      expect(res.statusCode).toBe(403);
    }
  });

  let actieMw: { id: string; versie: number };
  let actieLg: { id: string; versie: number };
  it('adds actions; a deadline before the conversation is a problem', async () => {
    const pad = `/api/v1/gesprekken/${g2.id}/acties`;
    const fout = await call(
      api.app,
      'POST',
      pad,
      { omschrijving: '', eigenaar: 'baas', deadline: '2026-02-01' },
      als(s.l2),
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'eigenaar',
      'omschrijving',
    ]);
    const vroeg = await call(
      api.app,
      'POST',
      pad,
      { omschrijving: 'Cursus', eigenaar: 'medewerker', deadline: '2026-02-01' },
      als(s.l2),
    );
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.data.invalidParams[0]).toMatchObject({ name: 'deadline', code: 'voor-gesprek' });
    const a = await call(
      api.app,
      'POST',
      pad,
      { omschrijving: 'Cursus kiezen', eigenaar: 'medewerker', deadline: '2026-04-01' },
      als(s.l2),
    );
    expect(a.statusCode, a.body).toBe(201);
    expect(a.data).toMatchObject({ verlopen: true, afgerondOp: null, mag: { afronden: true } });
    actieMw = a.data;
    const b = await call(
      api.app,
      'POST',
      pad,
      { omschrijving: 'Budget regelen', eigenaar: 'leidinggevende', deadline: '2026-05-01' },
      als(s.po),
    );
    expect(b.statusCode).toBe(201);
    actieLg = b.data;
    for (const wie of [s.zelf, s.l1, s.l3]) {
      expect(
        (await call(api.app, 'POST', pad, { omschrijving: 'x', eigenaar: 'medewerker' }, als(wie)))
          .statusCode,
      ).toBe(403);
    }
  });

  it('lists overdue open actions for the teamleider (own people) and P&O, not for another team', async () => {
    const voor = async (wie: Sessie) => {
      const res = await call(api.app, 'GET', '/api/v1/verlopen-gesprekacties', undefined, als(wie));
      expect(res.statusCode).toBe(200);
      return res.data.resultaten.map((r: { actie: { id: string } }) => r.actie.id).sort();
    };
    expect(await voor(s.l2)).toEqual([actieMw.id, actieLg.id].sort());
    expect(await voor(s.po)).toEqual([actieMw.id, actieLg.id].sort());
    expect(await voor(s.l3)).toEqual([]);
    expect(await voor(s.l1)).toEqual([]);
    const res = await call(api.app, 'GET', '/api/v1/verlopen-gesprekacties', undefined, als(s.l2));
    expect(res.data.resultaten[0]).toMatchObject({ medewerker: { id: m.id }, gesprekId: g2.id });
    expect(res.data.resultaten[0].dagenVerlopen).toBeGreaterThan(0);
  });

  it('lets the medewerker complete their own action, not the leidinggevende’s, and not edit it', async () => {
    const pad = (id: string) => `/api/v1/gesprekken/${g2.id}/acties/${id}`;
    const eigen = await call(
      api.app,
      'PATCH',
      pad(actieMw.id),
      { afgerond: true },
      als(s.zelf, { 'if-match': `"${actieMw.versie}"` }),
    );
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(eigen.data).toMatchObject({ verlopen: false, versie: actieMw.versie + 1 });
    expect(eigen.data.afgerondOp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ander = await call(
      api.app,
      'PATCH',
      pad(actieLg.id),
      { afgerond: true },
      als(s.zelf, { 'if-match': `"${actieLg.versie}"` }),
    );
    expect(ander.statusCode).toBe(403);
    const tekst = await call(
      api.app,
      'PATCH',
      pad(actieMw.id),
      { omschrijving: 'Iets anders' },
      als(s.zelf, { 'if-match': `"${actieMw.versie + 1}"` }),
    );
    expect(tekst.statusCode).toBe(403);
    expect((await call(api.app, 'PATCH', pad(actieLg.id), { afgerond: true }, als(s.l2))).statusCode).toBe(
      428,
    );
    const lg = await call(
      api.app,
      'PATCH',
      pad(actieLg.id),
      { afgerond: true },
      als(s.l2, { 'if-match': `"${actieLg.versie}"` }),
    );
    expect(lg.statusCode).toBe(200);
    const res = await call(api.app, 'GET', '/api/v1/verlopen-gesprekacties', undefined, als(s.l2));
    expect(res.data.resultaten).toEqual([]);
  });

  it('lets only the medewerker add their own notes', async () => {
    const pad = `/api/v1/gesprekken/${g2.id}/notities`;
    const res = await call(
      api.app,
      'POST',
      pad,
      { tekst: 'Ik wil ook de cursus projectleiding.' },
      als(s.zelf),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.data.notities.map((n: { tekst: string }) => n.tekst)).toEqual([
      'Ik wil ook de cursus projectleiding.',
    ]);
    expect((await call(api.app, 'POST', pad, { tekst: '  ' }, als(s.zelf))).statusCode).toBe(400);
    for (const wie of [s.l2, s.collega]) {
      expect((await call(api.app, 'POST', pad, { tekst: 'x' }, als(wie))).statusCode).toBe(403);
    }
    // The leidinggevende reads the note (the medewerker sees everything, the leider too).
    const gelezen = await lees(s.l2, g2.id);
    expect(gelezen.data.notities).toHaveLength(1);
    expect(gelezen.data.mag).toEqual({ wijzigen: true, notitieToevoegen: false });
    expect((await lees(s.zelf, g2.id)).data.mag).toEqual({ wijzigen: false, notitieToevoegen: true });
  });
});

describe('kinds of conversation and the AVG', () => {
  it('lists the seeded kinds and lets P&O add one, refusing a duplicate', async () => {
    const res = await call(api.app, 'GET', '/api/v1/gesprekssoorten', undefined, als(s.zelf));
    expect(res.data.resultaten.map((x: { code: string }) => x.code)).toEqual([
      'planning',
      'voortgang',
      'ontwikkeling',
    ]);
    expect(res.data.mag.wijzigen).toBe(false);
    const nieuw = await call(
      api.app,
      'POST',
      '/api/v1/gesprekssoorten',
      { code: 'exit', naam: 'Exitgesprek' },
      als(s.po),
    );
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    expect(
      (await call(api.app, 'POST', '/api/v1/gesprekssoorten', { code: 'exit', naam: 'Nog eens' }, als(s.po)))
        .statusCode,
    ).toBe(409);
    const g = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m.id}/gesprekken`,
      { soort: 'exit', datum: '2026-06-01' },
      als(s.l2),
    );
    expect(g.statusCode).toBe(201);
    // Moved to a date under the former teamleider: it is now the one L1 held.
    const verzet = await call(
      api.app,
      'PATCH',
      `/api/v1/gesprekken/${g.data.id}`,
      { datum: '2025-06-01' },
      als(s.l2, { 'if-match': `"${g.data.versie}"` }),
    );
    expect(verzet.statusCode, verzet.body).toBe(200);
    expect(verzet.data.leidinggevende.id).toBe(l1.id);
    expect((await lees(s.l1, g.data.id)).statusCode).toBe(200);
  });

  it('puts every conversation, action and own note in the medewerker’s inzage, with who read them', async () => {
    const res = await call(
      api.app,
      'GET',
      '/api/v1/accounts/huidig/persoonsgegevens',
      undefined,
      als(s.zelf),
    );
    expect(res.statusCode).toBe(200);
    const gesprekken = res.data.gesprekken as {
      id: string;
      verslag: string;
      acties: unknown[];
      eigenNotities: unknown[];
    }[];
    expect(gesprekken.map((g) => g.id)).toEqual(expect.arrayContaining([g1.id, g2.id]));
    const tweede = gesprekken.find((g) => g.id === g2.id)!;
    expect(tweede.verslag).toBe('Loopt goed, vastgesteld.');
    expect(tweede.acties).toHaveLength(2);
    expect(tweede.eigenNotities).toEqual([
      expect.objectContaining({ tekst: 'Ik wil ook de cursus projectleiding.' }),
    ]);
    const lezingen = (res.data.auditlog as { actie: string }[]).filter(
      (r) => r.actie === 'GET /gesprekken/{gesprekId}',
    );
    expect(lezingen.length).toBeGreaterThan(0);
    const ander = await call(
      api.app,
      'GET',
      '/api/v1/accounts/huidig/persoonsgegevens',
      undefined,
      als(s.collega),
    );
    expect(ander.data.gesprekken).toEqual([]);
  });

  it('removes a departed medewerker’s conversations, actions and notes when they are anonymised', async () => {
    const weg = await buildMedewerker(api.app, { inDienst: '2010-01-01', uitDienst: '2015-12-31' });
    const g = await call(api.app, 'POST', `/api/v1/medewerkers/${weg.id}/gesprekken`, {
      soort: 'planning',
      datum: '2014-06-01',
      verslag: 'Oud gesprek.',
    });
    expect(g.statusCode, g.body).toBe(201);
    const a = await call(api.app, 'POST', `/api/v1/gesprekken/${g.data.id}/acties`, {
      omschrijving: 'Iets',
      eigenaar: 'medewerker',
    });
    expect(a.statusCode).toBe(201);
    expect((await call(api.app, 'POST', `/api/v1/medewerkers/${weg.id}/anonimiseringen`)).statusCode).toBe(
      201,
    );
    expect((await call(api.app, 'GET', `/api/v1/gesprekken/${g.data.id}`)).statusCode).toBe(404);
    const over = await api.db
      .selectFrom('gesprek_actie')
      .select('id')
      .where('gesprek_id', '=', g.data.id)
      .execute();
    expect(over).toEqual([]);
  });

  it('shows the OR, P&O and the directie only counts per team, small teams merged; others are refused', async () => {
    const res = await call(api.app, 'GET', '/api/v1/organisatie/gesprekken?jaar=2026', undefined, als(s.or));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.data.minimumGroep).toBe(5);
    // Team A has four members and team B two: neither is shown on its own, both are in overig.
    expect(res.data.teams.every((t: { aantalMedewerkers: number }) => t.aantalMedewerkers >= 5)).toBe(true);
    expect(res.data.teams.map((t: { teamId: string }) => t.teamId)).not.toContain(teamA.id);
    expect(res.data.overig.aantalMedewerkers).toBeGreaterThanOrEqual(5);
    expect(res.data.totaal.aantalMetGesprek).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(res.data)).not.toContain(m.id);
    for (const wie of [s.zelf, s.l2]) {
      expect(
        (await call(api.app, 'GET', '/api/v1/organisatie/gesprekken', undefined, als(wie))).statusCode,
      ).toBe(403);
    }
    const fout = await call(api.app, 'GET', '/api/v1/organisatie/gesprekken?jaar=abc', undefined, als(s.po));
    expect(fout.statusCode).toBe(400);
  });
});

describe('everyone reaches their own conversations, whatever their role', () => {
  it('a programmaregisseur and an OR member read their own, add a note and complete their own action', async () => {
    for (const rol of ['programmaregisseur', 'or'] as const) {
      const wie = await buildMedewerker(api.app, { teamId: teamA.id });
      const sessie = await loginAls(api.db, [rol], { medewerkerId: wie.id });
      const g = await call(api.app, 'POST', `/api/v1/medewerkers/${wie.id}/gesprekken`, {
        soort: 'planning',
        datum: '2026-03-02',
        verslag: 'Afspraken over het programma.',
      });
      expect(g.statusCode, g.body).toBe(201);
      const actie = await call(api.app, 'POST', `/api/v1/gesprekken/${g.data.id}/acties`, {
        omschrijving: 'Cursus kiezen',
        eigenaar: 'medewerker',
      });
      expect(actie.statusCode, actie.body).toBe(201);
      const eigen = await lijst(sessie, wie.id);
      expect(eigen.statusCode, `${rol}: ${eigen.body}`).toBe(200);
      expect(eigen.data.resultaten.map((x: { id: string }) => x.id)).toEqual([g.data.id]);
      expect((await lees(sessie, g.data.id)).statusCode).toBe(200);
      const notitie = await call(
        api.app,
        'POST',
        `/api/v1/gesprekken/${g.data.id}/notities`,
        { tekst: 'Mijn eigen aanvulling.' },
        als(sessie),
      );
      expect(notitie.statusCode, notitie.body).toBe(201);
      const af = await call(
        api.app,
        'PATCH',
        `/api/v1/gesprekken/${g.data.id}/acties/${actie.data.id}`,
        { afgerond: true },
        als(sessie, { 'if-match': `"${actie.data.versie}"` }),
      );
      expect(af.statusCode, af.body).toBe(200);
      // Not someone else's: the door is open, the reach is not.
      expect((await lijst(sessie, m.id)).statusCode).toBe(403);
      expect((await lees(sessie, g1.id)).statusCode).toBe(403);
      expect(
        (await call(api.app, 'POST', `/api/v1/gesprekken/${g1.id}/notities`, { tekst: 'x' }, als(sessie)))
          .statusCode,
      ).toBe(403);
    }
  });
});

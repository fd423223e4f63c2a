import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { periodeVan } from '../../src/domain/kalender';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  sessieHeaders,
  startApi,
} from './support';

/**
 * Ontwikkeling (issue 14, items 1, 3, 4 and 8): a medewerker keeps their own plan, the teamleider
 * and P&O theirs; team plans and leadership plans; budgets against commitments and spending; the
 * kadernota request; and who sees what (the OR only the organisation's totals, never a person).
 */
const J = Number(vandaag().slice(0, 4));

let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let m1: { id: string };
let m2: { id: string };
let leider: { id: string };
let zelf: Sessie;
let ander: Sessie;
let teamleider: Sessie;
let or: Sessie;
let plan: { id: string };
let activiteit: { id: string; versie: number };

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app);
  teamB = await buildTeam(api.app);
  m1 = await buildMedewerker(api.app, { teamId: teamA.id, urenPerWeek: 36 });
  m2 = await buildMedewerker(api.app, { teamId: teamB.id, urenPerWeek: 18 });
  leider = await buildMedewerker(api.app, { teamId: teamA.id, urenPerWeek: 36 });
  await buildLeiding(api.app, teamA.id, leider.id);
  zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: m1.id });
  ander = await loginAls(api.db, ['medewerker'], { medewerkerId: m2.id });
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
  or = await loginAls(api.db, ['or']);
});
afterAll(() => api?.close());

const auditVan = (actie: string, objectId: string) =>
  api.db
    .selectFrom('audit_log')
    .selectAll()
    .where('actie', '=', actie)
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();

describe('een medewerker houdt het eigen ontwikkelplan bij', () => {
  it('maakt het plan, voegt een doel met thema en een activiteit toe, en ziet ze terug', async () => {
    const thema = await call(api.app, 'POST', '/api/v1/ontwikkelthemas', {
      naam: 'Digitaal vakmanschap',
      omschrijving: 'Werken met data',
    });
    expect(thema.statusCode, thema.body).toBe(201);
    const themas = await call(api.app, 'GET', '/api/v1/ontwikkelthemas', undefined, als(zelf));
    expect(themas.data).toMatchObject({
      resultaten: [{ naam: 'Digitaal vakmanschap' }],
      mag: { aanmaken: false },
    });

    const p = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`,
      { jaar: J },
      als(zelf),
    );
    expect(p.statusCode, p.body).toBe(201);
    expect(p.data).toMatchObject({ soort: 'medewerker', budgetTeamId: teamA.id, mag: { wijzigen: true } });
    plan = p.data;
    const dubbel = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`,
      { jaar: J },
      als(zelf),
    );
    expect(dubbel.statusCode).toBe(409);

    const d = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/doelen`,
      { omschrijving: 'Zelf analyses maken', themaId: thema.data.id },
      als(zelf),
    );
    expect(d.statusCode, d.body).toBe(201);
    const a = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/activiteiten`,
      {
        soort: 'cursus',
        titel: 'Data-analyse',
        van: `${J}-03-02`,
        tot: `${J}-03-20`,
        kosten: 1250.5,
        uren: 24,
        doelId: d.data.id,
      },
      als(zelf),
    );
    expect(a.statusCode, a.body).toBe(201);
    expect(a.data).toMatchObject({ kosten: 1250.5, uren: 24, status: 'gepland', teltAlsAfwezigheid: true });
    activiteit = a.data;

    const lijst = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen?jaar=${J}`,
      undefined,
      als(zelf),
    );
    expect(lijst.statusCode).toBe(200);
    expect(lijst.data.resultaten).toHaveLength(1);
    expect(lijst.data.resultaten[0]).toMatchObject({
      doelen: [{ omschrijving: 'Zelf analyses maken', themaNaam: 'Digitaal vakmanschap' }],
      activiteiten: [{ titel: 'Data-analyse' }],
      kosten: { toegezegd: 1250.5, besteed: 0 },
    });
  });

  it('400 met alle problemen tegelijk: velden, en daarna de regels van de activiteit', async () => {
    const r = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/activiteiten`,
      { soort: 'feest', titel: ' ', van: 'morgen', tot: `${J}-01-01`, kosten: -1, uren: 1.234 },
      als(zelf),
    );
    expect(r.statusCode).toBe(400);
    const velden = r.data.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(velden).toEqual(['kosten', 'soort', 'titel', 'uren', 'van']);
    const regels = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/activiteiten`,
      {
        soort: 'training',
        titel: 'Te laat',
        van: `${J + 1}-02-01`,
        tot: `${J + 1}-01-01`,
        doelId: '00000000-0000-4000-8000-000000000000',
      },
      als(zelf),
    );
    expect(regels.statusCode).toBe(400);
    expect(regels.data.invalidParams.map((p: { code: string }) => p.code)).toEqual([
      'voor-begin',
      'buiten-planjaar',
      'bestaat-niet',
    ]);
    const doel = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/doelen`,
      { omschrijving: '' },
      als(zelf),
    );
    expect(doel.statusCode).toBe(400);
  });

  it('wijzigt met If-Match (412 bij een oude versie) en verwijdert', async () => {
    const zonder = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelactiviteiten/${activiteit.id}`,
      { status: 'afgerond' },
      als(zelf),
    );
    expect(zonder.statusCode).toBe(428);
    const ok = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelactiviteiten/${activiteit.id}`,
      { status: 'afgerond' },
      als(zelf, { 'if-match': `"${activiteit.versie}"` }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.data.status).toBe('afgerond');
    const oud = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelactiviteiten/${activiteit.id}`,
      { titel: 'Anders' },
      als(zelf, { 'if-match': `"${activiteit.versie}"` }),
    );
    expect(oud.statusCode).toBe(412);
    activiteit = ok.data;

    const d = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/doelen`,
      { omschrijving: 'Weg' },
      als(zelf),
    );
    const dp = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkeldoelen/${d.data.id}`,
      { status: 'behaald' },
      als(zelf, { 'if-match': `"${d.data.versie}"` }),
    );
    expect(dp.statusCode, dp.body).toBe(200);
    expect(dp.data.status).toBe('behaald');
    const dd = await call(
      api.app,
      'DELETE',
      `/api/v1/ontwikkeldoelen/${d.data.id}`,
      undefined,
      als(zelf, { 'if-match': `"${dp.data.versie}"` }),
    );
    expect(dd.statusCode).toBe(204);
    const extra = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/activiteiten`,
      { soort: 'intervisie', titel: 'Intervisie', van: `${J}-05-01`, tot: `${J}-05-01` },
      als(zelf),
    );
    const ad = await call(
      api.app,
      'DELETE',
      `/api/v1/ontwikkelactiviteiten/${extra.data.id}`,
      undefined,
      als(zelf, { 'if-match': `"${extra.data.versie}"` }),
    );
    expect(ad.statusCode).toBe(204);
    const plan2 = await call(api.app, 'GET', `/api/v1/ontwikkelplannen/${plan.id}`, undefined, als(zelf));
    expect(plan2.data.doelen).toHaveLength(1);
    expect(plan2.data.activiteiten).toHaveLength(1);
  });
});

describe('wie een persoonlijk plan ziet', () => {
  it('een andere medewerker niet (lezen noch schrijven), de OR nooit', async () => {
    for (const url of [
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`,
      `/api/v1/ontwikkelplannen/${plan.id}`,
    ]) {
      expect((await call(api.app, 'GET', url, undefined, als(ander))).statusCode, url).toBe(403);
      expect((await call(api.app, 'GET', url, undefined, als(or))).statusCode, url).toBe(403);
    }
    const schrijf = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${plan.id}/activiteiten`,
      { soort: 'training', titel: 'Stiekem', van: `${J}-04-01`, tot: `${J}-04-01` },
      als(ander),
    );
    expect(schrijf.statusCode).toBe(403);
    const wijzig = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelactiviteiten/${activiteit.id}`,
      { titel: 'Stiekem' },
      als(ander, { 'if-match': `"${activiteit.versie}"` }),
    );
    expect(wijzig.statusCode).toBe(403);
    expect(
      (
        await call(
          api.app,
          'POST',
          `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`,
          { jaar: J + 1 },
          als(ander),
        )
      ).statusCode,
    ).toBe(403);
  });

  it('de teamleider alleen van het eigen team, en elke lezing door een ander staat in het auditlog', async () => {
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen?jaar=${J}`,
      undefined,
      als(teamleider),
    );
    expect(eigen.statusCode).toBe(200);
    expect(eigen.data.resultaten[0].mag.wijzigen).toBe(true);
    expect(
      (
        await call(
          api.app,
          'GET',
          `/api/v1/medewerkers/${m2.id}/ontwikkelplannen`,
          undefined,
          als(teamleider),
        )
      ).statusCode,
    ).toBe(403);
    const regels = await auditVan('GET /medewerkers/{medewerkerId}/ontwikkelplannen', m1.id);
    expect(regels.some((r) => r.actor_account_id === teamleider.accountId && r.resultaat === 'gelukt')).toBe(
      true,
    );
    expect(regels.some((r) => r.actor_account_id === ander.accountId && r.resultaat === 'geweigerd')).toBe(
      true,
    );
    await call(api.app, 'GET', `/api/v1/ontwikkelplannen/${plan.id}`, undefined, sessieHeaders(api.app));
    expect((await auditVan('GET /ontwikkelplannen/{ontwikkelplanId}', plan.id)).length).toBeGreaterThan(0);
  });
});

describe('teamontwikkeling en leiderschapsontwikkeling', () => {
  let teamplan: { id: string };
  it('de teamleider maakt het plan van het eigen team, niet van een ander team', async () => {
    const t = await call(
      api.app,
      'POST',
      `/api/v1/teams/${teamA.id}/ontwikkelplannen`,
      { jaar: J },
      als(teamleider),
    );
    expect(t.statusCode, t.body).toBe(201);
    expect(t.data).toMatchObject({ soort: 'team', teamId: teamA.id, budgetTeamId: teamA.id });
    teamplan = t.data;
    const act = await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${teamplan.id}/activiteiten`,
      { soort: 'training', titel: 'Teamdag', van: `${J}-06-01`, tot: `${J}-06-02`, kosten: 2000, uren: 16 },
      als(teamleider),
    );
    expect(act.statusCode, act.body).toBe(201);
    expect(
      (
        await call(
          api.app,
          'POST',
          `/api/v1/teams/${teamB.id}/ontwikkelplannen`,
          { jaar: J },
          als(teamleider),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(api.app, 'GET', `/api/v1/teams/${teamB.id}/ontwikkelplannen`, undefined, als(teamleider)))
        .statusCode,
    ).toBe(403);
  });

  it('een leiderschapsplan alleen voor wie een team leidt; zichtbaar bij het team voor wie het mag zien', async () => {
    const geen = await call(api.app, 'POST', `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`, {
      jaar: J,
      soort: 'leiderschap',
    });
    expect(geen.statusCode).toBe(400);
    expect(geen.data.invalidParams[0]).toMatchObject({ name: 'soort', code: 'geen-leidinggevende' });
    const l = await call(api.app, 'POST', `/api/v1/medewerkers/${leider.id}/ontwikkelplannen`, {
      jaar: J,
      soort: 'leiderschap',
    });
    expect(l.statusCode, l.body).toBe(201);
    expect(l.data).toMatchObject({ soort: 'leiderschap', budgetTeamId: null });
    await call(api.app, 'POST', `/api/v1/ontwikkelplannen/${l.data.id}/activiteiten`, {
      soort: 'coaching',
      titel: 'Leiderschapscoaching',
      van: `${J}-02-01`,
      tot: `${J}-11-30`,
      kosten: 3000,
      uren: 20,
    });
    const team = await call(
      api.app,
      'GET',
      `/api/v1/teams/${teamA.id}/ontwikkelplannen?jaar=${J}`,
      undefined,
      als(teamleider),
    );
    expect(team.statusCode).toBe(200);
    expect(team.data.resultaten.map((p: { soort: string }) => p.soort).sort()).toEqual([
      'leiderschap',
      'team',
    ]);
    const po = await call(api.app, 'GET', `/api/v1/teams/${teamA.id}/ontwikkelplannen?jaar=${J}`);
    expect(po.data.resultaten).toHaveLength(2);
  });
});

describe('ontwikkelbudget', () => {
  let budgetA: { id: string; versie: number };
  it('P&O en directie leggen budgetten vast (per team en voor de organisatie); anderen niet', async () => {
    const a = await call(api.app, 'POST', '/api/v1/ontwikkelbudgetten', {
      jaar: J,
      teamId: teamA.id,
      bedrag: 5000,
    });
    expect(a.statusCode, a.body).toBe(201);
    budgetA = a.data;
    const org = await call(api.app, 'POST', '/api/v1/ontwikkelbudgetten', { jaar: J, bedrag: 10000 });
    expect(org.statusCode, org.body).toBe(201);
    expect(org.data.teamId).toBeNull();
    expect(
      (await call(api.app, 'POST', '/api/v1/ontwikkelbudgetten', { jaar: J, bedrag: 1 })).statusCode,
    ).toBe(409);
    const fout = await call(api.app, 'POST', '/api/v1/ontwikkelbudgetten', {
      jaar: 1990,
      teamId: 'x',
      bedrag: 1.001,
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'bedrag',
      'jaar',
      'teamId',
    ]);
    expect(
      (
        await call(
          api.app,
          'POST',
          '/api/v1/ontwikkelbudgetten',
          { jaar: J, teamId: teamB.id, bedrag: 1 },
          als(teamleider),
        )
      ).statusCode,
    ).toBe(403);
    const w = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelbudgetten/${budgetA.id}`,
      { bedrag: 6000 },
      {
        'if-match': `"${budgetA.versie}"`,
      },
    );
    expect(w.statusCode, w.body).toBe(200);
    expect(w.data.bedrag).toBe(6000);
  });

  it('het overzicht: budget − toegezegd − besteed per team, het organisatieniveau, het totaal en de kadernota', async () => {
    // Next year's plan of m1 with one planned course: the kadernota's bottom-up part.
    const volgend = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${m1.id}/ontwikkelplannen`,
      { jaar: J + 1 },
      als(zelf),
    );
    await call(
      api.app,
      'POST',
      `/api/v1/ontwikkelplannen/${volgend.data.id}/activiteiten`,
      { soort: 'cursus', titel: 'Vervolg', van: `${J + 1}-03-01`, tot: `${J + 1}-03-31`, kosten: 800 },
      als(zelf),
    );
    const o = await call(api.app, 'GET', `/api/v1/organisatie/ontwikkelbudget?jaar=${J}`);
    expect(o.statusCode, o.body).toBe(200);
    const a = o.data.teams.find((t: { teamId: string }) => t.teamId === teamA.id);
    // m1's course 1.250,50 is done (besteed); the team day 2.000 is planned (toegezegd).
    expect(a).toMatchObject({ budget: 6000, toegezegd: 2000, besteed: 1250.5, ruimte: 2749.5 });
    // The leader's coaching is paid from the organisation's own budget.
    expect(o.data.organisatieNiveau).toMatchObject({
      budget: 10000,
      toegezegd: 3000,
      besteed: 0,
      ruimte: 7000,
    });
    expect(o.data.totaal).toMatchObject({ budget: 16000, toegezegd: 5000, besteed: 1250.5, ruimte: 9749.5 });
    // Derived norm: 1.250,50 this year over m1's 1 fte ⇒ € 1.251 per fte; without a plan next year:
    // m2 (0,5 fte) and the leader (1 fte) ⇒ 1,5 × 1.251 = 1.876,50; plus the planned 800.
    expect(o.data.kadernota).toMatchObject({
      jaar: J + 1,
      gepland: 800,
      normBron: 'afgeleid',
      normPerFte: 1251,
      fteZonderPlan: 1.5,
      aanvullend: 1876.5,
      bedrag: 2676.5,
    });
    expect(o.data.kadernota.basis).toContain('per fte');

    const tl = await call(
      api.app,
      'GET',
      `/api/v1/organisatie/ontwikkelbudget?jaar=${J}`,
      undefined,
      als(teamleider),
    );
    expect(tl.data.teams.map((t: { teamId: string }) => t.teamId)).toEqual([teamA.id]);
    expect(tl.data).toMatchObject({
      organisatieNiveau: null,
      totaal: null,
      kadernota: null,
      mag: { budgetWijzigen: false },
    });

    const orAntwoord = await call(
      api.app,
      'GET',
      `/api/v1/organisatie/ontwikkelbudget?jaar=${J}`,
      undefined,
      als(or),
    );
    expect(orAntwoord.statusCode).toBe(200);
    expect(orAntwoord.data.teams).toEqual([]);
    expect(orAntwoord.data.totaal).toMatchObject({ toegezegd: 5000, besteed: 1250.5 });
    expect(JSON.stringify(orAntwoord.data)).not.toContain(m1.id);

    expect(
      (await call(api.app, 'GET', '/api/v1/organisatie/ontwikkelbudget', undefined, als(zelf))).statusCode,
    ).toBe(403);
  });

  it('exporteert het overzicht als CSV en XLSX', async () => {
    const csv = await call(api.app, 'GET', `/api/v1/organisatie/ontwikkelbudget?jaar=${J}&formaat=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Totaal organisatie');
    const xlsx = await call(api.app, 'GET', `/api/v1/organisatie/ontwikkelbudget?jaar=${J}&formaat=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('ontwikkelbudget');
  });
});

describe('ontwikkelthema’s', () => {
  it('P&O en directie leggen ze vast; een dubbele naam is een 400; een medewerker mag het niet', async () => {
    expect(
      (await call(api.app, 'POST', '/api/v1/ontwikkelthemas', { naam: 'Digitaal vakmanschap' })).statusCode,
    ).toBe(400);
    expect(
      (await call(api.app, 'POST', '/api/v1/ontwikkelthemas', { naam: 'X' }, als(zelf))).statusCode,
    ).toBe(403);
  });
});

describe('ontwikkeluren tellen als afwezigheid in de beschikbaarheid', () => {
  it('een training van twee weken met 20 uur: 10 uur afwezig per week, de beschikbaarheid zakt precies zoveel', async () => {
    const m3 = await buildMedewerker(api.app, {
      teamId: teamB.id,
      urenPerWeek: 36,
      inDienst: `${J - 1}-01-01`,
    });
    const w36 = periodeVan('week', `${J}-W36`).van;
    const url = `/api/v1/medewerkers/${m3.id}/beschikbaarheid?per=week&van=${J}-W36&tot=${J}-W38`;
    const voor = await call(api.app, 'GET', url);
    expect(voor.statusCode, voor.body).toBe(200);
    const p = await call(api.app, 'POST', `/api/v1/medewerkers/${m3.id}/ontwikkelplannen`, { jaar: J });
    const maak = (soort: string, uren: number) =>
      call(api.app, 'POST', `/api/v1/ontwikkelplannen/${p.data.id}/activiteiten`, {
        soort,
        titel: soort,
        van: w36,
        tot: plusDagen(w36, 11), // Friday of the next week: two ISO weeks
        uren,
      });
    expect((await maak('training', 20)).statusCode).toBe(201);
    // Intervision is not a kind that counts by default: it changes nothing.
    expect((await maak('intervisie', 6)).statusCode).toBe(201);
    const na = await call(api.app, 'GET', url);
    const aandeel = na.data.nietProductiefAandeel as number;
    const verschil = (i: number, veld: 'afwezigheidUren' | 'beschikbaar') =>
      Math.round((na.data.cellen[i][veld] - voor.data.cellen[i][veld]) * 100) / 100;
    expect([0, 1, 2].map((i) => verschil(i, 'afwezigheidUren'))).toEqual([10, 10, 0]);
    // What remains after absence loses its non-productive share, as with any absence.
    expect([0, 1, 2].map((i) => verschil(i, 'beschikbaar'))).toEqual([
      -Math.round(10 * (1 - aandeel) * 100) / 100,
      -Math.round(10 * (1 - aandeel) * 100) / 100,
      0,
    ]);

    // The setting decides which kinds count: with intervision too, 3 more hours a week.
    await api.db
      .insertInto('instelling')
      .values({
        sleutel: 'ontwikkeling.telt_als_afwezigheid',
        waarde: JSON.stringify(['training', 'intervisie']),
      })
      .execute();
    const ook = await call(api.app, 'GET', url);
    expect(
      ook.data.cellen.map(
        (c: { afwezigheidUren: number }, i: number) =>
          c.afwezigheidUren - voor.data.cellen[i].afwezigheidUren,
      ),
    ).toEqual([13, 13, 0]);
    await api.db
      .deleteFrom('instelling')
      .where('sleutel', '=', 'ontwikkeling.telt_als_afwezigheid')
      .execute();
  });
});

describe('AVG-inzage', () => {
  it('de medewerker vindt de eigen ontwikkelplannen (alle jaren) in de export, een ander niet', async () => {
    const res = await call(api.app, 'GET', '/api/v1/accounts/huidig/persoonsgegevens', undefined, als(zelf));
    expect(res.statusCode).toBe(200);
    expect(res.data.ontwikkelplannen.map((p: { jaar: number }) => p.jaar)).toEqual([J, J + 1]);
    expect(res.data.ontwikkelplannen[0].activiteiten[0].titel).toBe('Data-analyse');
    const ander2 = await call(
      api.app,
      'GET',
      '/api/v1/accounts/huidig/persoonsgegevens',
      undefined,
      als(ander),
    );
    expect(ander2.data.ontwikkelplannen).toEqual([]);
  });
});

describe('anonimiseren (AVG)', () => {
  it('vervangt de doelen en activiteitstitels van een vertrokken medewerker; uren en kosten blijven', async () => {
    const weg = await buildMedewerker(api.app, { inDienst: '2010-01-01', uitDienst: '2015-12-31' });
    // Stored as the API would (a plan in a past year; the rules on writing are tested above).
    const p = await api.db
      .insertInto('ontwikkelplan')
      .values({ jaar: 2014, soort: 'medewerker', medewerker_id: weg.id, team_id: null, budget_team_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('ontwikkeldoel')
      .values({ plan_id: p.id, omschrijving: 'Omgaan met mijn faalangst', thema_id: null })
      .execute();
    await api.db
      .insertInto('ontwikkelactiviteit')
      .values({
        plan_id: p.id,
        doel_id: null,
        soort: 'coaching',
        titel: 'Coaching na burn-out',
        van: '2014-03-03',
        tot: '2014-03-28',
        kosten_centen: 90_000,
        uren: 12,
      })
      .execute();
    const r = await call(api.app, 'POST', `/api/v1/medewerkers/${weg.id}/anonimiseringen`);
    expect(r.statusCode, r.body).toBe(201);
    const doelen = await api.db
      .selectFrom('ontwikkeldoel')
      .select('omschrijving')
      .where('plan_id', '=', p.id)
      .execute();
    expect(doelen).toEqual([{ omschrijving: 'Geanonimiseerd' }]);
    const activiteiten = await api.db
      .selectFrom('ontwikkelactiviteit')
      .select(['titel', 'kosten_centen', 'uren'])
      .where('plan_id', '=', p.id)
      .execute();
    expect(activiteiten.map((a) => ({ ...a, uren: Number(a.uren) }))).toEqual([
      { titel: 'Geanonimiseerd', kosten_centen: 90_000, uren: 12 },
    ]);
    // Someone else's plan keeps its texts.
    const ander = await api.db
      .selectFrom('ontwikkeldoel')
      .select('omschrijving')
      .where('omschrijving', '=', 'Zelf analyses maken')
      .execute();
    expect(ander.length).toBeGreaterThan(0);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { isoWeek } from '../../src/domain/kalender';
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
 * The werkdruksignaal (issue 14, item 6) through the API on both engines.
 *
 * Team Noord (Mia 36 u, Tom the teamleider 36 u): a result goal this quarter of 3 000 hours, far
 * above the team's capacity (capaciteit rood), and a closed pulse round with six answers of
 * werkdruk 4 (puls rood, at its threshold). Team Zuid (Wil, Bo): one formatie place, vacant (vacatures rood), and
 * four pulse answers of 5: fewer than five, so the score is never published. Team West: five
 * answers, merged by the pulsmeting's publication rule into "overig" with Zuid's four.
 */
const MAAND = vandaag().slice(0, 7);
const J = Number(MAAND.slice(0, 4));
const KWARTAAL = `${J}-Q${Math.floor((Number(MAAND.slice(5)) - 1) / 3) + 1}`;
let api: Api;
let tom: Sessie;
let directeur: Sessie;
let or: Sessie;
let mia: Sessie;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApi();
  const noord = await buildTeam(api.app, { naam: 'Team Noord' });
  const zuid = await buildTeam(api.app, { naam: 'Team Zuid' });
  Object.assign(ids, { noord: noord.id, zuid: zuid.id });
  const miaM = await buildMedewerker(api.app, { teamId: noord.id, voornaam: 'Mia', urenPerWeek: 36 });
  const tomM = await buildMedewerker(api.app, { teamId: noord.id, voornaam: 'Tom', urenPerWeek: 36 });
  const wilM = await buildMedewerker(api.app, { teamId: zuid.id, voornaam: 'Wil' });
  await buildMedewerker(api.app, { teamId: zuid.id, voornaam: 'Bo' });
  await buildLeiding(api.app, noord.id, tomM.id);
  await buildLeiding(api.app, zuid.id, wilM.id);
  const nu = new Date();
  await api.db
    .insertInto('resultaatdoel')
    .values({
      team_id: noord.id,
      periode: KWARTAAL,
      titel: 'Alles tegelijk',
      omschrijving: null,
      indicator: null,
      doelwaarde: null,
      eenheid: null,
      prioriteit: 1,
      geschatte_uren: 3000,
      eigenaar_medewerker_id: null,
      aangemaakt_op: nu,
      gewijzigd_op: nu,
    })
    .execute();
  const plaats = await call(api.app, 'POST', `/api/v1/teams/${zuid.id}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    salarisschaal: '10',
    fte: 1,
    ingangsdatum: `${J - 1}-01-01`,
    soort: 'structureel',
    financiering: 'regulier',
  });
  expect(plaats.statusCode, plaats.body).toBe(201);
  const ronde = await sql<{ id: string }>`
    insert into puls_ronde (titel, status, geopend_op, gesloten_op)
    values ('Voorjaar', 'gesloten', now() - interval '20 days', now() - interval '1 day') returning id`.execute(
    api.eigenaar,
  );
  const rondeId = ronde.rows[0]!.id;
  for (let i = 0; i < 6; i++)
    await sql`insert into puls_antwoord (ronde_id, team_id, scores) values (${rondeId}, ${noord.id}, ${JSON.stringify({ werkdruk: 4, energie: 3 })}::jsonb)`.execute(
      api.eigenaar,
    );
  for (let i = 0; i < 4; i++)
    await sql`insert into puls_antwoord (ronde_id, team_id, scores) values (${rondeId}, ${zuid.id}, ${JSON.stringify({ werkdruk: 5 })}::jsonb)`.execute(
      api.eigenaar,
    );
  // Team West: five answers of 5, but merged into "overig" with Zuid's four (4 alone would be
  // "total minus the published teams"), so never shown on its own, here neither.
  const west = await buildTeam(api.app, { naam: 'Team West' });
  ids.west = west.id;
  for (let i = 0; i < 5; i++)
    await sql`insert into puls_antwoord (ronde_id, team_id, scores) values (${rondeId}, ${west.id}, ${JSON.stringify({ werkdruk: 5 })}::jsonb)`.execute(
      api.eigenaar,
    );
  tom = await loginAls(api.db, ['teamleider'], { medewerkerId: tomM.id });
  directeur = await loginAls(api.db, ['directeur']);
  or = await loginAls(api.db, ['or']);
  mia = await loginAls(api.db, ['medewerker'], { medewerkerId: miaM.id });
});
afterAll(async () => {
  await api.close();
});

const heatmap = async (s: Sessie, query = '') => {
  const res = await call(api.app, 'GET', `/api/v1/organisatie/werkdruk${query}`, undefined, als(s));
  expect(res.statusCode, res.body).toBe(200);
  return res.data;
};
const teamWerkdruk = (s: Sessie, teamId: string, query = `?van=${MAAND}&tot=${MAAND}`) =>
  call(api.app, 'GET', `/api/v1/teams/${teamId}/werkdruk${query}`, undefined, als(s));

describe('GET /organisatie/werkdruk', () => {
  it('gives the directie every team × the twelve months up to this one, with the reasons', async () => {
    const h = await heatmap(directeur);
    expect(h.maanden).toHaveLength(12);
    expect(h.maanden.at(-1)).toBe(MAAND);
    expect(h.alleTeams).toBe(true);
    const noord = h.teams.find((t: { teamId: string }) => t.teamId === ids.noord);
    const zuid = h.teams.find((t: { teamId: string }) => t.teamId === ids.zuid);
    expect(noord.pad).toBe(`/teams/${ids.noord}/werkdruk`);
    expect(noord.cellen.at(-1)).toEqual({ maand: MAAND, niveau: 'rood', redenen: ['capaciteit', 'puls'] });
    expect(zuid.cellen.at(-1)).toEqual({ maand: MAAND, niveau: 'rood', redenen: ['vacatures'] });
    expect(h.organisatie.at(-1)).toMatchObject({ maand: MAAND, rood: 2 });
  });

  it('gives a teamleider her own team by name and the organisation only as counts', async () => {
    const h = await heatmap(tom, `?van=${MAAND}&tot=${MAAND}`);
    expect(h.alleTeams).toBe(false);
    expect(h.teams.map((t: { naam: string }) => t.naam)).toEqual(['Team Noord']);
    expect(h.organisatie).toEqual([{ maand: MAAND, groen: 1, oranje: 0, rood: 2, onbekend: 0 }]);
  });

  it('gives the OR every team without the pulse per team (not theirs to see), and no person in any answer', async () => {
    const h = await heatmap(or, `?van=${MAAND}&tot=${MAAND}`);
    expect(h.teams).toHaveLength(3);
    expect(h.teams.find((x: { teamId: string }) => x.teamId === ids.noord).cellen[0].redenen).toEqual([
      'capaciteit',
    ]);
    const t = await teamWerkdruk(or, ids.noord!);
    expect(t.statusCode).toBe(200);
    const puls = t.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'puls');
    expect(puls).toMatchObject({ waarde: null, niveau: 'onbekend' });
    expect(puls.toelichting).toContain('voor uw rol niet zichtbaar');
    for (const body of [JSON.stringify(h), t.body])
      for (const naam of ['Mia', 'Tom', 'Wil', 'Bo', 'medewerker']) expect(body).not.toContain(naam);
  });

  it('refuses a medewerker, and lists every problem of a bad range', async () => {
    const weg = await call(api.app, 'GET', '/api/v1/organisatie/werkdruk', undefined, als(mia));
    expect(weg.statusCode).toBe(403);
    const fout = await call(
      api.app,
      'GET',
      '/api/v1/organisatie/werkdruk?van=januari&tot=2020-13',
      undefined,
      als(directeur),
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['tot', 'van']);
    const lang = await call(
      api.app,
      'GET',
      '/api/v1/organisatie/werkdruk?van=2020-01&tot=2026-01',
      undefined,
      als(directeur),
    );
    expect(lang.statusCode).toBe(400);
  });
});

describe('GET /teams/{id}/werkdruk', () => {
  it('shows every part with its value, thresholds, colour and what it rests on', async () => {
    const res = await teamWerkdruk(tom, ids.noord!);
    expect(res.statusCode, res.body).toBe(200);
    const [m] = res.data.maanden;
    expect(m.niveau).toBe('rood');
    const deel = (d: string) => m.delen.find((x: { deel: string }) => x.deel === d);
    expect(deel('capaciteit').niveau).toBe('rood');
    expect(deel('capaciteit').waarde).toBeGreaterThan(1.1);
    expect(deel('capaciteit').drempel).toEqual({ oranje: 0.95, rood: 1.1 });
    expect(deel('puls')).toMatchObject({ waarde: 4, niveau: 'rood', drempel: { oranje: 3.5, rood: 4 } });
    expect(deel('puls').toelichting).toContain('6 antwoorden');
    expect(deel('dossiers')).toMatchObject({ waarde: 0, niveau: 'groen' });
    expect(deel('vacatures')).toMatchObject({ waarde: null, niveau: 'onbekend' });
    expect(deel('afwezigheid')).toMatchObject({ waarde: null, niveau: 'onbekend' });
  });

  it('never shows a team the pulsmeting merged into "overig", even with five answers (no subtraction)', async () => {
    const res = await teamWerkdruk(directeur, ids.west!);
    const puls = res.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'puls');
    expect(puls).toMatchObject({ waarde: null, niveau: 'onbekend' });
  });

  it('never publishes a pulse score of fewer than five answers', async () => {
    const res = await teamWerkdruk(directeur, ids.zuid!);
    const puls = res.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'puls');
    expect(puls).toMatchObject({ waarde: null, niveau: 'onbekend' });
    expect(res.body).not.toContain('"waarde":5');
    const vac = res.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'vacatures');
    expect(vac).toMatchObject({ waarde: 1, niveau: 'rood' });
  });

  it("refuses a teamleider another team's signal, and a medewerker her own", async () => {
    expect((await teamWerkdruk(tom, ids.zuid!)).statusCode).toBe(403);
    expect((await teamWerkdruk(mia, ids.noord!)).statusCode).toBe(403);
    expect((await teamWerkdruk(directeur, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('the werkdruk signal on GET /mijn-werk', () => {
  const signalen = async (s: Sessie) => {
    const res = await call(api.app, 'GET', '/api/v1/mijn-werk', undefined, als(s));
    expect(res.statusCode, res.body).toBe(200);
    return res.data.nu.filter((i: { id: string }) => i.id.startsWith('signaal:werkdruk')) as {
      titel: string;
      toelichting: string;
      pad: string;
    }[];
  };

  it('names the teamleider her team with the reasons, linked to the team', async () => {
    const [s, ...rest] = await signalen(tom);
    expect(rest).toEqual([]);
    expect(s!.titel).toBe('Team Noord: werkdruk rood');
    expect(s!.toelichting).toMatch(
      /^Vraag tegen capaciteit \d+ % \(rood vanaf 110 %\) · Werkdruk in de pulsmeting 4,0 \(rood vanaf 4,0\)$/,
    );
    expect(s!.pad).toBe(`/teams/${ids.noord}/werkdruk`);
  });

  it('counts the teams for the directie and the OR, naming them, linked to the heatmap; nothing for a medewerker', async () => {
    expect(await signalen(directeur)).toEqual([
      expect.objectContaining({
        titel: '2 teams met verhoogde werkdruk',
        toelichting: 'Team Noord (rood) · Team Zuid (rood)',
        pad: '/mensen/werkdruk',
      }),
    ]);
    // The OR counts the teams too, from the parts it may see: without the pulse per team.
    expect(await signalen(or)).toEqual([
      expect.objectContaining({
        titel: '2 teams met verhoogde werkdruk',
        toelichting: 'Team Noord (rood) · Team Zuid (rood)',
        pad: '/mensen/werkdruk',
      }),
    ]);
    expect(await signalen(mia)).toEqual([]);
  });
});

describe('the thresholds are settings', () => {
  it('beheer changes a threshold with PATCH /instellingen and the signal follows; amber above red is refused', async () => {
    const huidig = await call(api.app, 'GET', '/api/v1/instellingen');
    expect(huidig.data.werkdrukDrempels.puls).toEqual({ oranje: 3.5, rood: 4 });
    const fout = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { werkdrukDrempels: { puls: { oranje: 4.5, rood: 4.2 }, vacatures: { oranje: -1, rood: 0.5 } } },
      { 'if-match': `"${huidig.data.versie}"` },
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams).toHaveLength(2);
    const goed = await call(
      api.app,
      'PATCH',
      '/api/v1/instellingen',
      { werkdrukDrempels: { puls: { oranje: 4.5, rood: 5 } } },
      { 'if-match': `"${huidig.data.versie}"` },
    );
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.data.werkdrukDrempels.puls).toEqual({ oranje: 4.5, rood: 5 });
    expect(goed.data.werkdrukDrempels.capaciteit).toEqual({ oranje: 0.95, rood: 1.1 });
    const res = await teamWerkdruk(tom, ids.noord!);
    const puls = res.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'puls');
    expect(puls.niveau).toBe('groen');
    expect(res.data.maanden[0].redenen).toEqual(['capaciteit']);
  });
});

describe('the OR never sees a part resting on fewer than five people', () => {
  it('hides the absence of a team below five members from the OR, with the reason; not from the directie', async () => {
    // The first Thursday of this month fixes a week counted in it; the same week two months before
    // sets the usual level.
    const eersteDonderdag = (maand: string) => {
      const d = new Date(`${maand}-01T00:00:00Z`);
      d.setUTCDate(1 + ((4 - d.getUTCDay() + 7) % 7));
      return d.toISOString().slice(0, 10);
    };
    const eerder = (() => {
      const d = new Date(`${MAAND}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() - 2);
      return d.toISOString().slice(0, 7);
    })();
    const groot = await buildTeam(api.app, { naam: 'Team Groot' });
    const grootLeden = [];
    for (let i = 0; i < 5; i++) grootLeden.push(await buildMedewerker(api.app, { teamId: groot.id }));
    const mia = await api.db
      .selectFrom('medewerker')
      .select('id')
      .where('voornaam', '=', 'Mia')
      .executeTakeFirstOrThrow();
    for (const id of [mia.id, grootLeden[0]!.id])
      await api.db
        .insertInto('afwezigheid')
        .values([
          { medewerker_id: id, week: isoWeek(eersteDonderdag(MAAND)), uren: 16 },
          { medewerker_id: id, week: isoWeek(eersteDonderdag(eerder)), uren: 8 },
        ])
        .execute();
    const afwezigheid = (r: { data: any }) =>
      r.data.maanden[0].delen.find((x: { deel: string }) => x.deel === 'afwezigheid');

    // Team Noord has two members: the directie sees the figure, the OR does not.
    const dir = await teamWerkdruk(directeur, ids.noord!);
    expect(afwezigheid(dir)).toMatchObject({ waarde: 24 });
    const voorOr = await teamWerkdruk(or, ids.noord!);
    expect(voorOr.statusCode).toBe(200);
    expect(afwezigheid(voorOr)).toMatchObject({ waarde: null, niveau: 'onbekend' });
    expect(afwezigheid(voorOr).toelichting).toContain('minder dan 5 personen');
    // Five members: the OR sees it too.
    expect(afwezigheid(await teamWerkdruk(or, groot.id))).toMatchObject({ waarde: 24 });
    // On the heatmap the hidden part does not colour the OR's cell either.
    const h = await heatmap(or, `?van=${MAAND}&tot=${MAAND}`);
    expect(h.teams.find((x: { teamId: string }) => x.teamId === ids.noord).cellen[0].redenen).not.toContain(
      'afwezigheid',
    );
    const hd = await heatmap(directeur, `?van=${MAAND}&tot=${MAAND}`);
    expect(hd.teams.find((x: { teamId: string }) => x.teamId === ids.noord).cellen[0].redenen).toContain(
      'afwezigheid',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
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
 * The formatie on the first page (issue 13): vacancies, surplus and loonsom above budget as
 * signals on `GET /mijn-werk`, named per team for its teamleider, counted for P&O and the
 * directie, and absent for whoever may not see the team's formatie.
 *
 * Team Noord (led by Tom): one place filled by Mia (scale 10, trede 5: € 4.000 a month), one
 * place vacant since 1 January (costed at the middle trede 3: € 3.700), budget € 90.000. With no
 * employer costs that is € 48.000 + € 44.400 = € 92.400 for the year: € 2.400 (2,7 %) over.
 * Team Zuid (led by Wil): one place, 1 fte, filled by two people of 1 fte each: 1 fte boventallig.
 */
const J = Number(vandaag().slice(0, 4));
let api: Api;
let tom: Sessie;
let wil: Sessie;
let po: Sessie;
let mia: Sessie;
let or: Sessie;
const ids: Record<string, string> = {};

const mijnWerk = async (s: Sessie) => {
  const res = await call(api.app, 'GET', '/api/v1/mijn-werk', undefined, als(s));
  expect(res.statusCode, res.body).toBe(200);
  // The formatie's signals; a vacancy also raises the werkdruk signal (issue 14), tested in werkdruk.api.test.ts.
  return res.data.nu.filter(
    (i: { soort: string; id: string }) => i.soort === 'signaal' && !i.id.startsWith('signaal:werkdruk'),
  ) as {
    id: string;
    titel: string;
    toelichting: string | null;
    pad: string;
    sinds: string | null;
  }[];
};

async function plaats(teamId: string) {
  const res = await call(api.app, 'POST', `/api/v1/teams/${teamId}/formatieplaatsen`, {
    functieNaam: 'Beleidsmedewerker',
    salarisschaal: '10',
    fte: 1,
    ingangsdatum: `${J}-01-01`,
    soort: 'structureel',
    financiering: 'regulier',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data.id as string;
}

async function plaatsen(plaatsId: string, medewerkerId: string) {
  const res = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${plaatsId}/plaatsingen`, {
    medewerkerId,
    fte: 1,
    ingangsdatum: `${J}-01-01`,
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  api = await startApi();
  const noord = await buildTeam(api.app, { naam: 'Team Noord' });
  const zuid = await buildTeam(api.app, { naam: 'Team Zuid' });
  Object.assign(ids, { noord: noord.id, zuid: zuid.id });
  const tabel = await api.app.inject({
    method: 'POST',
    url: `/api/v1/salaristabellen?geldigVanaf=${J}-01-01`,
    headers: { ...sessieHeaders(api.app), 'content-type': 'text/csv' },
    payload: [
      'schaal;trede;bedrag',
      ...[3400, 3500, 3600, 3700, 3800, 4000, 4100].map((b, t) => `10;${t};${b}`),
    ].join('\n'),
  });
  expect(tabel.statusCode, tabel.body).toBe(201);
  const lasten = await call(api.app, 'POST', '/api/v1/werkgeverslasten', {
    geldigVanaf: `${J}-01-01`,
    ikbPercentage: 0,
    pensioenPercentage: 0,
    socialePremiesPercentage: 0,
  });
  expect(lasten.statusCode, lasten.body).toBe(201);

  const miaM = await buildMedewerker(api.app, {
    teamId: noord.id,
    voornaam: 'Mia',
    schaal: 10,
    trede: 5,
    urenPerWeek: 36,
  });
  const tomM = await buildMedewerker(api.app, { teamId: noord.id, voornaam: 'Tom', functie: 'Teamleider' });
  const wilM = await buildMedewerker(api.app, { teamId: zuid.id, voornaam: 'Wil', functie: 'Teamleider' });
  const bo = await buildMedewerker(api.app, {
    teamId: zuid.id,
    voornaam: 'Bo',
    schaal: 10,
    trede: 2,
    urenPerWeek: 36,
  });
  const cas = await buildMedewerker(api.app, {
    teamId: zuid.id,
    voornaam: 'Cas',
    schaal: 10,
    trede: 2,
    urenPerWeek: 36,
  });
  await buildLeiding(api.app, noord.id, tomM.id);
  await buildLeiding(api.app, zuid.id, wilM.id);
  await plaatsen(await plaats(noord.id), miaM.id);
  await plaats(noord.id); // vacant
  const zuidPlaats = await plaats(zuid.id);
  await plaatsen(zuidPlaats, bo.id);
  await plaatsen(zuidPlaats, cas.id);
  const budget = await call(api.app, 'POST', `/api/v1/teams/${noord.id}/loonsombudgetten`, {
    jaar: J,
    bedrag: 90_000,
  });
  expect(budget.statusCode, budget.body).toBe(201);

  tom = await loginAls(api.db, ['teamleider'], { medewerkerId: tomM.id });
  wil = await loginAls(api.db, ['teamleider'], { medewerkerId: wilM.id });
  po = await loginAls(api.db, ['po']);
  mia = await loginAls(api.db, ['medewerker'], { medewerkerId: miaM.id });
  or = await loginAls(api.db, ['or']);
});
afterAll(async () => {
  await api.close();
});

describe('the formatie on GET /mijn-werk', () => {
  it("names the teamleider's vacancy with its age and her team's overrun, linked to the team's formatie", async () => {
    const signalen = await mijnWerk(tom);
    expect(signalen.map((s) => s.titel)).toEqual([
      'Team Noord: 1 fte vacant',
      `Team Noord zit boven het loonsombudget ${J}`,
    ]);
    const [vacature, loonsom] = signalen;
    expect(vacature).toMatchObject({
      toelichting: `Sinds 1 januari ${J}`,
      sinds: `${J}-01-01`,
      pad: `/teams/${ids.noord}/formatie`,
    });
    // nl-NL puts a non-breaking space after the euro sign.
    expect(loonsom?.toelichting?.replaceAll('\u00a0', ' ')).toBe(
      'Loonsom € 92.400 tegen een budget van € 90.000: € 2.400 (2,7 %) erboven',
    );
    expect(loonsom?.pad).toBe(`/teams/${ids.noord}/formatie`);
  });

  it('names only her own team for another teamleider: the surplus of Team Zuid', async () => {
    const signalen = await mijnWerk(wil);
    expect(signalen.map((s) => s.titel)).toEqual(['Team Zuid: 1 fte boventallig']);
  });

  it('counts over all teams for P&O, with the teams named', async () => {
    const signalen = await mijnWerk(po);
    const formatie = signalen.filter((s) => s.pad === '/organisatie/formatie');
    expect(formatie.map((s) => [s.titel, s.toelichting?.replaceAll('\u00a0', ' ')])).toEqual([
      ['1 fte vacant in 1 team', `Team Noord 1 fte sinds 1 januari ${J}`],
      ['1 fte boventallig in 1 team', 'Team Zuid 1 fte'],
      [`1 team boven het loonsombudget ${J}`, 'Team Noord € 2.400 (2,7 %)'],
    ]);
  });

  it('shows no formatie signal to a medewerker or the OR, who do not see a team’s formatie', async () => {
    for (const s of [mia, or]) {
      const signalen = await mijnWerk(s);
      expect(signalen.filter((x) => /vacant|boventallig|loonsombudget/.test(x.titel))).toEqual([]);
    }
  });
});

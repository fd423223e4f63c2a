import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  als,
  buildCapaciteitsvraag,
  buildExpertise,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/** Issue 17, "approving blind": a capaciteitsvraag shows what has been asked of people against what it asks. */
let api: Api;
let regisseur: Sessie;
let leider: Sessie;
let opgaveId: string;
let vraag: { id: string };
let mensen: { id: string }[];

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app, { naam: 'Team Ruimte' });
  const expertise = await buildExpertise(api.app, { naam: 'Omgevingsrecht' });
  mensen = [];
  for (const voornaam of ['Anna', 'Bram', 'Cas']) {
    const m = await buildMedewerker(api.app, { teamId: team.id, voornaam, urenPerWeek: 36 });
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 3,
    });
    mensen.push(m);
  }
  const baas = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Dirk' });
  await buildLeiding(api.app, team.id, baas.id);
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  leider = await loginAls(api.db, ['teamleider'], { medewerkerId: baas.id });
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Omgevingswet', omschrijving: 'x' });
  opgaveId = opgave.data.id;
  vraag = await buildCapaciteitsvraag(api.app, opgaveId, { expertiseId: expertise.id, uren: 120 });
});
afterAll(async () => {
  await api.close();
});

const vraagAan = (medewerkerId: string, urenPerWeek: number) =>
  call(
    api.app,
    'POST',
    `/api/v1/capaciteitsvragen/${vraag.id}/inzetverzoeken`,
    { medewerkerId, urenPerWeek, vanWeek: '2027-W01', totWeek: '2027-W10' },
    als(regisseur),
  );

async function stap(id: string, pad: string, s: Sessie, body: unknown = {}) {
  const { versie } = (await call(api.app, 'GET', `/api/v1/inzetverzoeken/${id}`)).data;
  return call(
    api.app,
    'POST',
    `/api/v1/inzetverzoeken/${id}/${pad}`,
    body,
    als(s, { 'if-match': `"${versie}"` }),
  );
}

const dekking = async () =>
  (await call(api.app, 'GET', `/api/v1/capaciteitsvragen/${vraag.id}`)).data.dekking;

describe('requested vs asked on a capaciteitsvraag', () => {
  it('starts with nothing asked of people', async () => {
    expect(await dekking()).toEqual({
      gevraagd: 120,
      open: 0,
      ingestemd: 0,
      aangevraagd: 0,
      aantalVerzoeken: 0,
      overvraagd: false,
      melding: null,
    });
  });

  it('sums open and consented requests, and warns when they add up to more than asked', async () => {
    const a = await vraagAan(mensen[0]!.id, 6); // 10 weeks: 60 h
    expect(a.statusCode, a.body).toBe(201);
    expect((await stap(a.data.id, 'instemmingen', leider)).statusCode).toBe(201);
    const b = await vraagAan(mensen[1]!.id, 5); // 50 h
    expect(await dekking()).toMatchObject({ open: 50, ingestemd: 60, aangevraagd: 110, overvraagd: false });

    const c = await vraagAan(mensen[2]!.id, 20); // 200 h more
    expect(c.statusCode, c.body).toBe(201);
    const d = await dekking();
    expect(d).toEqual({
      gevraagd: 120,
      open: 250,
      ingestemd: 60,
      aangevraagd: 310,
      aantalVerzoeken: 3,
      overvraagd: true,
      melding: '310 u gevraagd bij personen voor een vraag van 120 u (190 u te veel).',
    });
    // The dossier's list of vragen carries it too, for the table on the dossier page.
    const lijst = await call(api.app, 'GET', `/api/v1/opgaven/${opgaveId}/capaciteitsvragen`);
    expect(lijst.data.resultaten[0].dekking).toEqual(d);

    // A counter-proposal replaces the original hours; declined and withdrawn ones no longer count.
    const tegen = await stap(c.data.id, 'tegenvoorstellen', leider, {
      urenPerWeek: 1,
      vanWeek: '2027-W01',
      totWeek: '2027-W02',
    });
    expect(tegen.statusCode, tegen.body).toBe(201);
    expect(await dekking()).toMatchObject({ open: 52, aangevraagd: 112, overvraagd: false });
    expect((await stap(b.data.id, 'afwijzingen', leider, { reden: 'Drukte' })).statusCode).toBe(201);
    expect((await stap(c.data.id, 'intrekkingen', regisseur)).statusCode).toBe(201);
    expect(await dekking()).toMatchObject({ open: 0, ingestemd: 60, aangevraagd: 60, aantalVerzoeken: 1 });
  });
});

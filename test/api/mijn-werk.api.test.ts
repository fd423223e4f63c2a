import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  als,
  buildExpertise,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * `GET /mijn-werk`, each role's home: what waits on the caller, within the caller's reach only.
 * Three teams: Jeugd (led by Tom), Wonen (led by Wil), Zorg (no teamleider). One request waits
 * for a member of each.
 */
let api: Api;
let tom: Sessie;
let wil: Sessie;
let regisseur: Sessie;
let miaSessie: Sessie;
let losAccount: Sessie;
let directeur: Sessie;
const ids: Record<string, string> = {};

const mijnWerk = (s: Sessie) => call(api.app, 'GET', '/api/v1/mijn-werk', undefined, als(s));

beforeAll(async () => {
  api = await startApi();
  const jeugd = await buildTeam(api.app, { naam: 'Team Jeugd' });
  const wonen = await buildTeam(api.app, { naam: 'Team Wonen' });
  const zorg = await buildTeam(api.app, { naam: 'Team Zorg' });
  Object.assign(ids, { jeugd: jeugd.id, wonen: wonen.id, zorg: zorg.id });
  const expertise = await buildExpertise(api.app, { naam: 'Jeugdrecht' });
  const lid = async (teamId: string, voornaam: string) => {
    const m = await buildMedewerker(api.app, { teamId, voornaam, achternaam: 'Test', urenPerWeek: 36 });
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 3,
    });
    return m;
  };
  const mia = await lid(jeugd.id, 'Mia');
  const bo = await lid(wonen.id, 'Bo');
  const cas = await lid(zorg.id, 'Cas');
  const tomM = await buildMedewerker(api.app, { teamId: jeugd.id, voornaam: 'Tom', achternaam: 'Leider' });
  const wilM = await buildMedewerker(api.app, { teamId: wonen.id, voornaam: 'Wil', achternaam: 'Leider' });
  for (const [team, leider] of [
    [jeugd.id, tomM.id],
    [wonen.id, wilM.id],
  ] as const) {
    await buildLeiding(api.app, team, leider);
  }
  const regisseurM = await buildMedewerker(api.app, {
    teamId: wonen.id,
    voornaam: 'Rik',
    achternaam: 'Regisseur',
  });
  tom = await loginAls(api.db, ['teamleider'], { medewerkerId: tomM.id });
  wil = await loginAls(api.db, ['teamleider'], { medewerkerId: wilM.id });
  regisseur = await loginAls(api.db, ['programmaregisseur'], { medewerkerId: regisseurM.id });
  miaSessie = await loginAls(api.db, ['medewerker'], { medewerkerId: mia.id });
  losAccount = await loginAls(api.db, ['medewerker']);
  directeur = await loginAls(api.db, ['directeur']);

  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', {
    titel: 'Veilig thuis',
    omschrijving: 'Huiselijk geweld voorkomen',
    programmaregisseurMedewerkerId: regisseurM.id,
  });
  expect(opgave.statusCode, opgave.body).toBe(201);
  ids.opgave = opgave.data.id;
  const vraag = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
    expertiseId: expertise.id,
    minimumNiveau: 2,
    periode: '2027-Q1',
    uren: 120,
  });
  expect(vraag.statusCode, vraag.body).toBe(201);
  for (const m of [mia, bo, cas]) {
    const v = await call(
      api.app,
      'POST',
      `/api/v1/capaciteitsvragen/${vraag.data.id}/inzetverzoeken`,
      { medewerkerId: m.id, urenPerWeek: 8, vanWeek: '2027-W02', totWeek: '2027-W05' },
      als(regisseur),
    );
    expect(v.statusCode, v.body).toBe(201);
    ids[m.voornaam ?? ''] = v.data.id;
  }
});
afterAll(async () => {
  await api.close();
});

const verzoekIds = (data: any) =>
  data.nu.filter((i: any) => i.soort === 'inzetverzoek').map((i: any) => i.id.replace('inzetverzoek:', ''));

describe('GET /mijn-werk', () => {
  it('refuses without a session (401)', async () => {
    const r = await call(api.app, 'GET', '/api/v1/mijn-werk', undefined, { cookie: '' });
    expect(r.statusCode).toBe(401);
  });

  it('shows a teamleider the requests waiting for her consent, only of her teams, with counts and links', async () => {
    const r = await mijnWerk(tom);
    expect(r.statusCode, r.body).toBe(200);
    expect(verzoekIds(r.data)).toEqual([ids.Mia]);
    const item = r.data.nu.find((i: any) => i.soort === 'inzetverzoek');
    expect(item).toMatchObject({
      titel: 'Inzetverzoek voor Mia Test beantwoorden',
      pad: '/inzetverzoeken?status=aangevraagd',
      vervaldatum: '2027-01-11',
    });
    expect(item.toelichting).toContain('Veilig thuis');
    expect(item.toelichting).toContain('Team Jeugd');
    expect(r.data.teams.map((t: any) => t.naam)).toEqual(['Team Jeugd']);
    expect(r.data.teams[0]).toMatchObject({ id: ids.jeugd, aantalMedewerkers: 2, openInzetverzoeken: 1 });
    expect(r.data.teams[0].fte).toBeGreaterThan(0);
    expect(r.data.tellingen.inzetverzoeken).toBe(1);
    expect(r.data.dossiers).toEqual([]);
    // Nothing about another team's people.
    expect(r.body).not.toContain('Bo Test');
    expect(r.body).not.toContain('Cas Test');

    const ander = await mijnWerk(wil);
    expect(verzoekIds(ander.data)).toEqual([ids.Bo]);
    expect(ander.data.teams.map((t: any) => t.naam)).toEqual(['Team Wonen']);
  });

  it('drops a request from the list once it is answered', async () => {
    const { versie } = (await call(api.app, 'GET', `/api/v1/inzetverzoeken/${ids.Bo}`)).data;
    const r = await call(
      api.app,
      'POST',
      `/api/v1/inzetverzoeken/${ids.Bo}/instemmingen`,
      {},
      { ...als(wil), 'if-match': `"${versie}"` },
    );
    expect(r.statusCode, r.body).toBe(201);
    const daarna = await mijnWerk(wil);
    expect(verzoekIds(daarna.data)).toEqual([]);
    expect(daarna.data.tellingen.inzetverzoeken).toBe(0);
  });

  it('shows a medewerker her team and none of the requests of others', async () => {
    const r = await mijnWerk(miaSessie);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data.nu).toEqual([]);
    expect(r.data.medewerker.naam).toBe('Mia Test');
    expect(r.data.teams.map((t: any) => t.naam)).toEqual(['Team Jeugd']);
    expect(r.data.tellingen.totaal).toBe(0);
    expect(r.body).not.toContain('Cas Test');
  });

  it('answers an account without a linked medewerker empty but friendly', async () => {
    const r = await mijnWerk(losAccount);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data).toMatchObject({ medewerker: null, nu: [], teams: [], dossiers: [] });
    expect(r.data.tellingen.totaal).toBe(0);
    expect(r.data.melding).toMatch(/nog niet gekoppeld aan een medewerker/);
  });

  it('shows a programmaregisseur the dossiers he directs and the step that is his', async () => {
    const r = await mijnWerk(regisseur);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data.dossiers).toEqual([
      expect.objectContaining({
        soort: 'opgave',
        id: ids.opgave,
        titel: 'Veilig thuis',
        status: 'signalering',
        volgendeStap: 'verkenning',
        openInzetverzoeken: 2,
        pad: `/wendbaar/opgaven/${ids.opgave}`,
      }),
    ]);
    expect(r.data.nu).toContainEqual(
      expect.objectContaining({
        soort: 'dossierstap',
        titel: 'Volgende stap voor opgave ‘Veilig thuis’: verkenning',
        pad: `/wendbaar/opgaven/${ids.opgave}`,
      }),
    );
    expect(r.data.tellingen.dossierstappen).toBe(1);
    // Requests wait on teamleiders, not on him.
    expect(r.data.tellingen.inzetverzoeken).toBe(0);
  });

  it('shows the directeur the requests no teamleider can answer, not those a teamleider answers', async () => {
    const r = await mijnWerk(directeur);
    expect(r.statusCode, r.body).toBe(200);
    const eigen = verzoekIds(r.data).filter((id: string) => [ids.Mia, ids.Bo, ids.Cas].includes(id));
    expect(eigen).toEqual([ids.Cas]);
    expect(r.data.nu.find((i: any) => i.id === `inzetverzoek:${ids.Cas}`).titel).toBe(
      'Inzetverzoek voor Cas Test beantwoorden: Team Zorg heeft geen teamleider',
    );
    // The directie sees the organisation's signals, counted and linked to the overview.
    const leiding = r.data.nu.find((i: any) => i.id === 'signaal:leiding');
    expect(leiding).toMatchObject({ soort: 'signaal', pad: '/organisatie' });
  });
});

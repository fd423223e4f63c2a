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

let api: Api;
let regisseur: Sessie;
let teamleider: Sessie;
let andereLeider: Sessie;
let medewerkerSessie: Sessie;
let team: { id: string };
let mia: { id: string };
let vraag: { id: string };
let expertise: { id: string };

/** A step with If-Match of the version just read (by the default session, which sees every request). */
async function stapOp(url: string, body: unknown, headers: Record<string, string>) {
  const { versie } = (await call(api.app, 'GET', url.replace(/\/[a-z]+$/, ''))).data;
  return call(api.app, 'POST', url, body, { ...headers, 'if-match': `"${versie}"` });
}

beforeAll(async () => {
  api = await startApi();
  team = await buildTeam(api.app, { naam: 'Team Jeugd en Gezin' });
  const anderTeam = await buildTeam(api.app, { naam: 'Team Wonen' });
  expertise = await buildExpertise(api.app, { naam: 'Jeugdrecht' });
  mia = await buildMedewerker(api.app, {
    teamId: team.id,
    voornaam: 'Mia',
    achternaam: 'de Vries',
    urenPerWeek: 36,
  });
  const noor = await buildMedewerker(api.app, {
    teamId: team.id,
    voornaam: 'Noor',
    achternaam: 'Bakker',
    urenPerWeek: 36,
  });
  await call(api.app, 'POST', `/api/v1/medewerkers/${mia.id}/expertises`, {
    expertiseId: expertise.id,
    niveau: 3,
    ambitie: true,
  });
  await call(api.app, 'POST', `/api/v1/medewerkers/${noor.id}/expertises`, {
    expertiseId: expertise.id,
    niveau: 1,
  });
  const leider = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Tom', achternaam: 'Leider' });
  await buildLeiding(api.app, team.id, leider.id);
  const ander = await buildMedewerker(api.app, { teamId: anderTeam.id });
  await buildLeiding(api.app, anderTeam.id, ander.id);
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
  andereLeider = await loginAls(api.db, ['teamleider'], { medewerkerId: ander.id });
  medewerkerSessie = await loginAls(api.db, ['medewerker'], { medewerkerId: mia.id });
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Veilig thuis', omschrijving: 'x' });
  vraag = await buildCapaciteitsvraag(api.app, opgave.data.id, { expertiseId: expertise.id, uren: 130 });
});
afterAll(async () => {
  await api.close();
});

const vraagAan = (body: Record<string, unknown>, s: Sessie = regisseur) =>
  call(api.app, 'POST', `/api/v1/capaciteitsvragen/${vraag.id}/inzetverzoeken`, body, als(s));

describe('kandidaten for a capaciteitsvraag', () => {
  it('ranks who has the expertise at the minimum, with free hours and a plain explanation', async () => {
    const r = await call(
      api.app,
      'GET',
      `/api/v1/capaciteitsvragen/${vraag.id}/kandidaten`,
      undefined,
      als(regisseur),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data.vanWeek).toBe('2027-W01');
    expect(r.data.totWeek).toBe('2027-W12');
    expect(r.data.urenPerWeekGevraagd).toBe(10.83);
    expect(r.data.kandidaten.map((k: any) => k.medewerker.naam)).toEqual(['Mia de Vries']);
    const mia = r.data.kandidaten[0];
    // 36 h − 15% non-productive = 30.6 h a week. The organisation keeps 60% for robust work: the
    // team (36 + 36 + 32 h, less 15%) has 40% of 88.4 = 35.36 h a week for agile work.
    expect(mia.vrijPerWeek).toBe(30.6);
    expect(mia.team).toMatchObject({ reservering: 0.6, ruimtePerWeek: 35.36 });
    expect(mia.inzetbaarPerWeek).toBe(30.6);
    expect(mia.uitleg).toBe(
      'niveau 3 (gevraagd 2), 30,6 u/week vrij in 2027-Q1, wil groeien, nog geen wendbaar dossier',
    );
    const nietVoorLeider = await call(
      api.app,
      'GET',
      `/api/v1/capaciteitsvragen/${vraag.id}/kandidaten`,
      undefined,
      als(teamleider),
    );
    expect(nietVoorLeider.statusCode).toBe(403);
  });
});

describe('an inzetverzoek with the teamleider’s consent', () => {
  it('is asked, consented by the own teamleider only, and then shows in both grids and to the medewerker', async () => {
    const v = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 8,
      vanWeek: '2027-W02',
      totWeek: '2027-W05',
    });
    expect(v.statusCode, v.body).toBe(201);
    expect(v.data).toMatchObject({
      status: 'aangevraagd',
      team: { id: team.id },
      reserveringOverschreden: false,
    });

    const vreemd = await stapOp(`/api/v1/inzetverzoeken/${v.data.id}/instemmingen`, {}, als(andereLeider));
    expect(vreemd.statusCode).toBe(403);
    const inzicht = await call(
      api.app,
      'GET',
      `/api/v1/inzetverzoeken/${v.data.id}`,
      undefined,
      als(andereLeider),
    );
    expect(inzicht.statusCode).toBe(403);

    const ja = await stapOp(`/api/v1/inzetverzoeken/${v.data.id}/instemmingen`, {}, als(teamleider));
    expect(ja.statusCode, ja.body).toBe(201);
    expect(ja.data.status).toBe('ingestemd');
    const nogEens = await stapOp(
      `/api/v1/inzetverzoeken/${v.data.id}/afwijzingen`,
      { reden: 'x' },
      als(teamleider),
    );
    expect(nogEens.statusCode).toBe(409);

    const grid = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2027-W01&tot=2027-W06`,
      undefined,
      als(teamleider),
    );
    const rij = grid.data.medewerkers.find((m: any) => m.medewerkerId === mia.id);
    expect(rij.cellen.map((c: any) => c.ingezetWendbaar)).toEqual([0, 8, 8, 8, 8, 0]);
    const eigen = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers/${mia.id}/beschikbaarheid?van=2027-W02&tot=2027-W02`,
      undefined,
      als(medewerkerSessie),
    );
    expect(eigen.data.cellen[0].ingezetWendbaar).toBe(8);
    const zelf = await call(api.app, 'GET', '/api/v1/inzetverzoeken', undefined, als(medewerkerSessie));
    expect(zelf.data.resultaten.map((x: any) => x.id)).toContain(v.data.id);

    // The kandidaten now count the dossier.
    const k = await call(
      api.app,
      'GET',
      `/api/v1/capaciteitsvragen/${vraag.id}/kandidaten`,
      undefined,
      als(regisseur),
    );
    expect(k.data.kandidaten[0]).toMatchObject({ alOpDossier: true, aantalDossiers: 1 });
    expect(k.data.kandidaten[0].uitleg).toContain('werkt al aan dit dossier');
    // The same weeks twice on the same vraag: refused at consent.
    const dubbel = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 4,
      vanWeek: '2027-W05',
      totWeek: '2027-W06',
    });
    const weer = await stapOp(`/api/v1/inzetverzoeken/${dubbel.data.id}/instemmingen`, {}, als(teamleider));
    expect(weer.statusCode).toBe(409);
    expect(weer.data.detail).toContain('al ingepland');
    expect(weer.data.type).toBe('urn:wendbaar:probleem:overlap');
  });

  it('keeps the team’s reservering unless the asker overrides it with a reason, on the record', async () => {
    const teamNu = await call(api.app, 'GET', `/api/v1/teams/${team.id}`);
    const zet = await call(
      api.app,
      'PUT',
      `/api/v1/teams/${team.id}/reservering`,
      { robuustReservering: 0.95 },
      als(teamleider, { 'if-match': `"${teamNu.data.versie}"` }),
    );
    expect(zet.statusCode, zet.body).toBe(200);
    const teVeel = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 12,
      vanWeek: '2027-W08',
      totWeek: '2027-W09',
    });
    expect(teVeel.statusCode).toBe(409);
    expect(teVeel.data.detail).toContain('reservering van het team (95%');
    // The web app and other clients tell this conflict apart by its type, not by the Dutch text.
    expect(teVeel.data).toMatchObject({
      type: 'urn:wendbaar:probleem:teamreservering',
      title: 'Breekt de teamreservering',
    });
    const zonderReden = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 12,
      vanWeek: '2027-W08',
      totWeek: '2027-W09',
      overschrijdReservering: true,
    });
    expect(zonderReden.statusCode).toBe(400);
    expect(zonderReden.data.invalidParams[0].name).toBe('overschrijdingReden');
    const bewust = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 12,
      vanWeek: '2027-W08',
      totWeek: '2027-W09',
      overschrijdReservering: true,
      overschrijdingReden: 'Wettelijke termijn jeugdbescherming',
    });
    expect(bewust.statusCode, bewust.body).toBe(201);
    expect(bewust.data).toMatchObject({
      reserveringOverschreden: true,
      overschrijdingReden: 'Wettelijke termijn jeugdbescherming',
    });
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['actie', 'resultaat'])
      .where('actie', '=', 'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken')
      .execute();
    expect(audit.filter((a) => a.resultaat === 'gelukt').length).toBeGreaterThanOrEqual(2);
    const terug = await call(api.app, 'GET', `/api/v1/teams/${team.id}`);
    await call(
      api.app,
      'PUT',
      `/api/v1/teams/${team.id}/reservering`,
      { robuustReservering: null },
      als(teamleider, { 'if-match': `"${terug.data.versie}"` }),
    );
  });

  it('lets the teamleider decline or propose other hours, which the asker accepts', async () => {
    const a = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 6,
      vanWeek: '2027-W10',
      totWeek: '2027-W10',
    });
    const nee = await stapOp(
      `/api/v1/inzetverzoeken/${a.data.id}/afwijzingen`,
      { reden: 'Piek in de wachtlijst' },
      als(teamleider),
    );
    expect(nee.data).toMatchObject({ status: 'afgewezen', reden: 'Piek in de wachtlijst' });
    const zonderReden = await stapOp(`/api/v1/inzetverzoeken/${a.data.id}/afwijzingen`, {}, als(teamleider));
    expect(zonderReden.statusCode).toBe(400);

    const b = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 10,
      vanWeek: '2027-W11',
      totWeek: '2027-W12',
    });
    const tegen = await stapOp(
      `/api/v1/inzetverzoeken/${b.data.id}/tegenvoorstellen`,
      { urenPerWeek: 4, vanWeek: '2027-W11', totWeek: '2027-W12', reden: 'Halve inzet kan' },
      als(teamleider),
    );
    expect(tegen.data).toMatchObject({ status: 'tegenvoorstel', tegenvoorstel: { urenPerWeek: 4 } });
    const aanvaard = await stapOp(`/api/v1/inzetverzoeken/${b.data.id}/aanvaardingen`, {}, als(regisseur));
    expect(aanvaard.data.status).toBe('ingestemd');
    const grid = await call(
      api.app,
      'GET',
      `/api/v1/teams/${team.id}/beschikbaarheid?van=2027-W11&tot=2027-W12`,
      undefined,
      als(teamleider),
    );
    expect(grid.data.medewerkers.find((m: any) => m.medewerkerId === mia.id).totaal.ingezetWendbaar).toBe(8);

    const c = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 4,
      vanWeek: '2027-W13',
      totWeek: '2027-W13',
    });
    const weg = await stapOp(`/api/v1/inzetverzoeken/${c.data.id}/intrekkingen`, {}, als(regisseur));
    expect(weg.data.status).toBe('ingetrokken');
    const teLaat = await stapOp(`/api/v1/inzetverzoeken/${c.data.id}/instemmingen`, {}, als(teamleider));
    expect(teLaat.statusCode).toBe(409);
    expect(teLaat.data.toegestaneStatussen).toEqual([]);

    const stat = await call(api.app, 'GET', '/api/v1/organisatie/inzetverzoeken');
    const rij = stat.data.resultaten.find((r: any) => r.team.id === team.id);
    expect(rij).toMatchObject({ afgewezen: 1 });
    expect(rij.ingestemd).toBeGreaterThanOrEqual(2);
    expect(rij.gemiddeldeWachtdagen).toBeGreaterThanOrEqual(0);
  });

  it('refuses bad requests with every problem, and a vraag of an undecided bestuursopdracht', async () => {
    const fout = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 0,
      vanWeek: '2027-W60',
      totWeek: 'morgen',
    });
    expect(fout.statusCode).toBe(400);
    // Week 60 does not exist: every problem at once, the impossible week too.
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'totWeek',
      'urenPerWeek',
      'vanWeek',
    ]);
    const omgekeerd = await vraagAan({
      medewerkerId: mia.id,
      urenPerWeek: 4,
      vanWeek: '2027-W05',
      totWeek: '2027-W02',
    });
    expect(omgekeerd.statusCode).toBe(400);
    const noor = (await call(api.app, 'GET', `/api/v1/medewerkers?zoek=Noor`)).data.resultaten[0];
    const teLaag = await vraagAan({
      medewerkerId: noor.id,
      urenPerWeek: 4,
      vanWeek: '2027-W02',
      totWeek: '2027-W03',
    });
    expect(teLaag.statusCode).toBe(400);
    expect(teLaag.data.invalidParams[0].reason).toContain('niveau 1');
    const opdracht = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', {
      titel: 'Nog niet besloten',
    });
    const vr = await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${opdracht.data.id}/capaciteitsvragen`,
      {
        expertiseId: expertise.id,
        minimumNiveau: 1,
        periode: '2027-Q1',
        uren: 10,
      },
    );
    const teVroeg = await call(
      api.app,
      'POST',
      `/api/v1/capaciteitsvragen/${vr.data.id}/inzetverzoeken`,
      { medewerkerId: mia.id, urenPerWeek: 4, vanWeek: '2027-W02', totWeek: '2027-W03' },
      als(regisseur),
    );
    expect(teVroeg.statusCode).toBe(409);
    expect(teVroeg.data.detail).toContain('concept');
    expect(teVroeg.data.type).toBe('urn:wendbaar:probleem:verkeerde-fase');
  });
});

describe('the list of inzetverzoeken', () => {
  it('pages newest first with the total and links, and tells the askers apart by account, not by name', async () => {
    // Two programmaregisseurs with the same name (both "Test programmaregisseur").
    const tweede = await loginAls(api.db, ['programmaregisseur']);
    const weken = ['2027-W05', '2027-W06', '2027-W07'];
    const eigen: string[] = [];
    for (const week of weken) {
      const v = await vraagAan(
        { medewerkerId: mia.id, urenPerWeek: 4, vanWeek: week, totWeek: week },
        tweede,
      );
      expect(v.statusCode).toBe(201);
      expect(v.data.aangevraagdDoorAccountId).toBe(tweede.accountId);
      eigen.push(v.data.id);
    }
    const lijst = (q: string) =>
      call(api.app, 'GET', `/api/v1/inzetverzoeken?${q}`, undefined, als(regisseur));

    const alle = await lijst('paginaGrootte=500');
    const totaal = alle.data.aantal;
    expect(alle.data.resultaten).toHaveLength(totaal);
    const tijden = alle.data.resultaten.map((v: any) => v.aangevraagdOp);
    expect(tijden).toEqual([...tijden].sort().reverse());
    const oudsteEerst = await lijst('paginaGrootte=500&sorteer=aangevraagdOp');
    expect(oudsteEerst.data.resultaten.map((v: any) => v.aangevraagdOp)).toEqual([...tijden].sort());
    expect((await lijst('sorteer=naam')).statusCode).toBe(400);

    const eerste = await lijst('paginaGrootte=2');
    expect(eerste.data).toMatchObject({ aantal: totaal, pagina: 1, paginaGrootte: 2 });
    expect(eerste.data.resultaten).toHaveLength(2);
    expect(eerste.data._links.next.href).toContain('pagina=2');
    expect(eerste.data._links.prev).toBeUndefined();
    // Every request once over all pages, in the same order as the whole list.
    const ids: string[] = [];
    for (let p = 1; p <= Math.ceil(totaal / 2); p++) {
      ids.push(...(await lijst(`paginaGrootte=2&pagina=${p}`)).data.resultaten.map((v: any) => v.id));
    }
    expect(ids).toEqual(alle.data.resultaten.map((v: any) => v.id));

    const vanTweede = await lijst(`aangevraagdDoor=${tweede.accountId}`);
    expect(vanTweede.data.aantal).toBe(3);
    expect(new Set(vanTweede.data.resultaten.map((v: any) => v.id))).toEqual(new Set(eigen));
    const vanEerste = await lijst(`aangevraagdDoor=${regisseur.accountId}&paginaGrootte=500`);
    expect(vanEerste.data.aantal).toBe(totaal - 3);
    expect(
      vanEerste.data.resultaten.every((v: any) => v.aangevraagdDoorAccountId === regisseur.accountId),
    ).toBe(true);

    const teGroot = await lijst('paginaGrootte=501&aangevraagdDoor=geen-id');
    expect(teGroot.statusCode).toBe(400);
    expect(teGroot.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'aangevraagdDoor',
      'paginaGrootte',
    ]);
  });
});

describe('what consent would do, on the open request (issue 17: approving blind)', () => {
  it('shows free hours and the team’s share for robust work before and after, to those who may see them', async () => {
    const eigenTeam = await buildTeam(api.app, { naam: 'Team Gevolgen' });
    const lotte = await buildMedewerker(api.app, {
      teamId: eigenTeam.id,
      voornaam: 'Lotte',
      achternaam: 'Smit',
      urenPerWeek: 36,
    });
    await call(api.app, 'POST', `/api/v1/medewerkers/${lotte.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 3,
    });
    const ed = await buildMedewerker(api.app, { teamId: eigenTeam.id, voornaam: 'Ed', achternaam: 'Baas' });
    await buildLeiding(api.app, eigenTeam.id, ed.id);
    const leiderEd = await loginAls(api.db, ['teamleider'], { medewerkerId: ed.id });
    const lotteZelf = await loginAls(api.db, ['medewerker'], { medewerkerId: lotte.id });
    const lees = async (id: string, s: Sessie) =>
      (await call(api.app, 'GET', `/api/v1/inzetverzoeken/${id}`, undefined, als(s))).data;

    // Lotte: 36 h less 15% = 30.6 h a week free. The team (36 + 32 h, less 15%) has 57.8 h a week,
    // 60% of it kept for robust work: 23.12 h a week of room for agile work.
    const eerste = await vraagAan({
      medewerkerId: lotte.id,
      urenPerWeek: 20,
      vanWeek: '2027-W02',
      totWeek: '2027-W05',
    });
    expect(eerste.statusCode, eerste.body).toBe(201);
    const verwacht = {
      vanWeek: '2027-W02',
      totWeek: '2027-W05',
      urenPerWeek: 20,
      uren: 80,
      medewerker: { vrij: 122.4, vrijNa: 42.4, tekortWeken: [] },
      team: { reservering: 0.6, robuustVoor: 1, robuustNa: 0.654, onderReserveringWeken: [] },
    };
    expect(eerste.data.gevolgen).toEqual(verwacht);
    expect((await lees(eerste.data.id, leiderEd)).gevolgen).toEqual(verwacht);
    // The medewerker sees her own hours, not her team's figures.
    expect((await lees(eerste.data.id, lotteZelf)).gevolgen).toEqual({ ...verwacht, team: null });
    const inLijst = await call(
      api.app,
      'GET',
      `/api/v1/inzetverzoeken?teamId=${eigenTeam.id}`,
      undefined,
      als(leiderEd),
    );
    expect(inLijst.data.resultaten[0].gevolgen).toEqual(verwacht);

    const ja = await stapOp(`/api/v1/inzetverzoeken/${eerste.data.id}/instemmingen`, {}, als(leiderEd));
    expect(ja.data).toMatchObject({ status: 'ingestemd', gevolgen: null });

    // Now 12 h more: beyond her 10.6 h free and below the reservering in every week.
    const tweede = await vraagAan({
      medewerkerId: lotte.id,
      urenPerWeek: 12,
      vanWeek: '2027-W02',
      totWeek: '2027-W05',
      overschrijdReservering: true,
      overschrijdingReden: 'Wettelijke termijn',
    });
    expect(tweede.statusCode, tweede.body).toBe(201);
    const weken = ['2027-W02', '2027-W03', '2027-W04', '2027-W05'];
    expect((await lees(tweede.data.id, leiderEd)).gevolgen).toEqual({
      vanWeek: '2027-W02',
      totWeek: '2027-W05',
      urenPerWeek: 12,
      uren: 48,
      medewerker: { vrij: 42.4, vrijNa: -5.6, tekortWeken: weken },
      team: { reservering: 0.6, robuustVoor: 0.654, robuustNa: 0.4464, onderReserveringWeken: weken },
    });

    // A counter-proposal is what is on the table: its hours count.
    const tegen = await stapOp(
      `/api/v1/inzetverzoeken/${tweede.data.id}/tegenvoorstellen`,
      { urenPerWeek: 2, vanWeek: '2027-W02', totWeek: '2027-W03' },
      als(leiderEd),
    );
    expect(tegen.data.gevolgen).toMatchObject({
      vanWeek: '2027-W02',
      totWeek: '2027-W03',
      urenPerWeek: 2,
      uren: 4,
      medewerker: { vrij: 21.2, vrijNa: 17.2, tekortWeken: [] },
      team: { onderReserveringWeken: [] },
    });
  });
});

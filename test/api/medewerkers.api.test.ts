import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import {
  type Api,
  buildExpertise,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  snapshot,
  startApi,
} from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const namen = (res: { data: { invalidParams: { name: string }[] } }) =>
  res.data.invalidParams.map((p) => p.name).sort();

describe('hiring a medewerker', () => {
  it('creates the person with a first team and contract hours', async () => {
    const team = await buildTeam(api.app, { naam: 'Publiekszaken' });
    const m = await buildMedewerker(api.app, {
      teamId: team.id,
      voornaam: 'Jan',
      tussenvoegsel: 'de',
      achternaam: 'Vries',
      urenPerWeek: 32,
      inDienst: '2021-04-01',
    });
    expect(m).toMatchObject({
      naam: 'Jan de Vries',
      team: { id: team.id, naam: 'Publiekszaken' },
      urenPerWeek: 32,
      fte: 0.89,
      uitDienst: null,
    });
    expect(m.teamhistorie).toEqual([
      expect.objectContaining({ teamId: team.id, ingangsdatum: '2021-04-01', einddatum: null }),
    ]);
    expect(m.contracthistorie).toEqual([
      expect.objectContaining({ urenPerWeek: 32, ingangsdatum: '2021-04-01', einddatum: null }),
    ]);
    const teamNu = await call(api.app, 'GET', `/api/v1/teams/${team.id}`);
    expect(teamNu.data).toMatchObject({ aantalMedewerkers: 1, fte: 0.89 });
  });

  it('lists every problem at once and stores nothing', async () => {
    const voor = await snapshot(api);
    const res = await call(api.app, 'POST', '/api/v1/medewerkers', {
      personeelsnummer: '',
      voornaam: 'A',
      achternaam: 'B',
      eMail: 'geen-mail',
      functie: 'X',
      schaal: 19,
      trede: -1,
      inDienst: '2024-02-30',
      teamId: 'x',
      urenPerWeek: 41,
      kleur: 'blauw',
    });
    expect(res.statusCode).toBe(400);
    expect(namen(res)).toEqual([
      'eMail',
      'inDienst',
      'kleur',
      'personeelsnummer',
      'schaal',
      'teamId',
      'trede',
      'urenPerWeek',
    ]);
    for (const p of res.data.invalidParams) expect(p.reason.length).toBeGreaterThan(5);
    expect(await snapshot(api)).toBe(voor);
  });

  it('refuses dates out of order, an unknown team and a duplicate personeelsnummer together', async () => {
    const bestaand = await buildMedewerker(api.app);
    const res = await call(api.app, 'POST', '/api/v1/medewerkers', {
      personeelsnummer: bestaand.personeelsnummer,
      voornaam: 'Kees',
      achternaam: 'Smit',
      eMail: bestaand.eMail.toUpperCase(),
      functie: 'Jurist',
      schaal: 11,
      trede: 3,
      inDienst: '2024-05-01',
      uitDienst: '2024-04-30',
      teamId: '00000000-0000-4000-8000-000000000000',
      urenPerWeek: 36,
    });
    expect(res.statusCode).toBe(400);
    expect(namen(res)).toEqual(['eMail', 'personeelsnummer', 'teamId', 'uitDienst']);
  });
});

describe('contract hours over time', () => {
  it('appends new hours from a date and ends the running period the day before', async () => {
    const m = await buildMedewerker(api.app, { urenPerWeek: 36, inDienst: '2020-01-01' });
    const res = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
      urenPerWeek: 28,
      ingangsdatum: '2023-07-01',
      reden: 'Correctie achteraf',
    });
    expect(res.statusCode).toBe(201);
    const historie = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}/contracturen`);
    expect(historie.data.resultaten.map((c: any) => [c.urenPerWeek, c.ingangsdatum, c.einddatum])).toEqual([
      [28, '2023-07-01', null],
      [36, '2020-01-01', '2023-06-30'],
    ]);
    const detail = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    expect(detail.data.urenPerWeek).toBe(28);
    expect(detail.data.versie).toBe(m.versie + 1);
  });

  it('refuses hours outside 0–40, before a recorded change, or before in dienst', async () => {
    const m = await buildMedewerker(api.app, { inDienst: '2020-01-01' });
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
      urenPerWeek: 24,
      ingangsdatum: '2024-01-01',
      reden: 'Correctie achteraf',
    });
    const voor = await snapshot(api);
    for (const [body, veld] of [
      [{ urenPerWeek: -1, ingangsdatum: '2025-01-01', reden: 'Correctie achteraf' }, 'urenPerWeek'],
      [{ urenPerWeek: 40.5, ingangsdatum: '2025-01-01', reden: 'Correctie achteraf' }, 'urenPerWeek'],
      [{ urenPerWeek: 20, ingangsdatum: '2023-01-01', reden: 'Correctie achteraf' }, 'ingangsdatum'],
      [{ urenPerWeek: 20, ingangsdatum: '2019-01-01', reden: 'Correctie achteraf' }, 'ingangsdatum'],
      // Further back than the organisation's limit (31 days) without a reason.
      [{ urenPerWeek: 20, ingangsdatum: '2025-01-01' }, 'reden'],
    ] as const) {
      const res = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(namen(res)).toContain(veld);
    }
    expect(await snapshot(api)).toBe(voor);
  });
});

describe('team membership over time', () => {
  it('moves a medewerker and keeps the history', async () => {
    const van = await buildTeam(api.app, { naam: 'Toezicht' });
    const naar = await buildTeam(api.app, { naam: 'Handhaving' });
    const m = await buildMedewerker(api.app, { teamId: van.id, inDienst: '2020-01-01' });
    const res = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/teamlidmaatschappen`, {
      teamId: naar.id,
      ingangsdatum: '2022-09-01',
      reden: 'Correctie achteraf',
    });
    expect(res.statusCode).toBe(201);
    const detail = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    expect(detail.data.team).toEqual({ id: naar.id, naam: 'Handhaving' });
    expect(detail.data.teamhistorie.map((l: any) => [l.teamNaam, l.ingangsdatum, l.einddatum])).toEqual([
      ['Handhaving', '2022-09-01', null],
      ['Toezicht', '2020-01-01', '2022-08-31'],
    ]);
    expect((await call(api.app, 'GET', `/api/v1/teams/${van.id}/leden`)).data.resultaten).toEqual([]);
    const vroeger = await call(api.app, 'GET', `/api/v1/teams/${van.id}/leden?peildatum=2021-01-01`);
    expect(vroeger.data.resultaten.map((l: any) => l.medewerkerId)).toEqual([m.id]);
  });

  it('refuses moving to the team one is already in', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id });
    const res = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/teamlidmaatschappen`, {
      teamId: team.id,
      ingangsdatum: '2024-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams[0]).toMatchObject({ name: 'teamId', code: 'al-lid' });
  });

  it('has a database that refuses two overlapping teams for one medewerker', async () => {
    const m = await buildMedewerker(api.app);
    const ander = await buildTeam(api.app);
    await expect(
      sql`insert into teamlidmaatschap (medewerker_id, team_id, ingangsdatum) values (${m.id}, ${ander.id}, '2024-01-01')`.execute(
        api.db,
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });
});

describe('uit dienst', () => {
  it('ends team, contract and leadership on the last day, and can be corrected', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, inDienst: '2020-01-01' });
    await call(api.app, 'POST', `/api/v1/teams/${team.id}/leidinggevenden`, {
      medewerkerId: m.id,
      rol: 'teamleider',
      ingangsdatum: '2021-01-01',
      reden: 'Correctie achteraf',
    });
    const res = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}`,
      { uitDienst: '2024-12-31', reden: 'Correctie achteraf' },
      { 'if-match': `"${m.versie}"` },
    );
    expect(res.statusCode).toBe(200);
    expect(res.data.uitDienst).toBe('2024-12-31');
    expect(res.data.teamhistorie[0].einddatum).toBe('2024-12-31');
    expect(res.data.contracthistorie[0].einddatum).toBe('2024-12-31');
    expect(res.data.leidinggevende[0].einddatum).toBe('2024-12-31');
    const correctie = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}`,
      { uitDienst: '2025-03-31', reden: 'Correctie achteraf' },
      { 'if-match': res.headers.etag as string },
    );
    expect(correctie.statusCode).toBe(200);
    expect(correctie.data.teamhistorie[0].einddatum).toBe('2025-03-31');
    expect(correctie.data.contracthistorie[0].einddatum).toBe('2025-03-31');
  });

  it('refuses leaving before joining or before a planned change', async () => {
    const m = await buildMedewerker(api.app, { inDienst: '2020-01-01' });
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
      urenPerWeek: 20,
      ingangsdatum: '2026-06-01',
      reden: 'Correctie achteraf',
    });
    const detail = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    const etag = detail.headers.etag as string;
    const voor = await snapshot(api);
    const eerder = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}`,
      { uitDienst: '2019-12-31', reden: 'Correctie achteraf' },
      { 'if-match': etag },
    );
    expect(eerder.data.invalidParams[0]).toMatchObject({ name: 'uitDienst', code: 'voor-in-dienst' });
    const gepland = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}`,
      { uitDienst: '2026-01-31', reden: 'Correctie achteraf' },
      { 'if-match': etag },
    );
    expect(gepland.data.invalidParams[0]).toMatchObject({ name: 'uitDienst', code: 'latere-wijzigingen' });
    expect(await snapshot(api)).toBe(voor);
  });

  it('lists leavers apart from the staff in service', async () => {
    const team = await buildTeam(api.app);
    const blijft = await buildMedewerker(api.app, { teamId: team.id });
    const gaat = await buildMedewerker(api.app, {
      teamId: team.id,
      inDienst: '2010-01-01',
      uitDienst: '2015-01-01',
    });
    const inDienst = await call(api.app, 'GET', `/api/v1/medewerkers?teamId=${team.id}`);
    expect(inDienst.data.resultaten.map((m: any) => m.id)).toEqual([blijft.id]);
    const uit = await call(
      api.app,
      'GET',
      `/api/v1/medewerkers?status=uit-dienst&zoek=${encodeURIComponent(gaat.achternaam)}`,
    );
    expect(uit.data.resultaten.map((m: any) => m.id)).toEqual([gaat.id]);
    expect(uit.data.resultaten[0].team).toBeNull();
  });
});

describe('expertise of a medewerker', () => {
  it('adds, changes with If-Match and removes an expertise from the catalogue', async () => {
    const m = await buildMedewerker(api.app);
    const e = await buildExpertise(api.app, { naam: 'Omgevingsrecht' });
    const add = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: e.id,
      niveau: 2,
      ambitie: true,
    });
    expect(add.statusCode).toBe(201);
    expect(add.data).toMatchObject({ naam: 'Omgevingsrecht', niveau: 2, ambitie: true, versie: 1 });
    const dubbel = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: e.id,
      niveau: 3,
    });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.data.type).toBe('urn:wendbaar:probleem:bestaat-al');
    const patch = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}/expertises/${e.id}`,
      { niveau: 3 },
      { 'if-match': '"1"' },
    );
    expect(patch.data).toMatchObject({ niveau: 3, ambitie: true, versie: 2 });
    const stale = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}/expertises/${e.id}`,
      { niveau: 4 },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const catalogus = await call(api.app, 'GET', `/api/v1/expertises/${e.id}`);
    expect(catalogus.data).toMatchObject({
      aantalMedewerkers: 1,
      perNiveau: { '1': 0, '2': 0, '3': 1, '4': 0 },
      ambitie: 1,
    });
    const zoek = await call(api.app, 'GET', `/api/v1/medewerkers?expertiseId=${e.id}&minNiveau=3`);
    expect(zoek.data.resultaten.map((x: any) => x.id)).toEqual([m.id]);
    expect(
      (await call(api.app, 'GET', `/api/v1/medewerkers?expertiseId=${e.id}&minNiveau=4`)).data.aantal,
    ).toBe(0);
    const zonderVersie = await call(api.app, 'DELETE', `/api/v1/medewerkers/${m.id}/expertises/${e.id}`);
    expect(zonderVersie.statusCode).toBe(428);
    const { versie } = (await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}/expertises/${e.id}`)).data;
    const oud = await call(api.app, 'DELETE', `/api/v1/medewerkers/${m.id}/expertises/${e.id}`, undefined, {
      'if-match': `"${versie - 1}"`,
    });
    expect(oud.statusCode).toBe(412);
    const weg = await call(api.app, 'DELETE', `/api/v1/medewerkers/${m.id}/expertises/${e.id}`, undefined, {
      'if-match': `"${versie}"`,
    });
    expect(weg.statusCode).toBe(204);
    expect((await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}/expertises`)).data.resultaten).toEqual(
      [],
    );
  });

  it('refuses an unknown or retired expertise and a niveau outside 1–4', async () => {
    const m = await buildMedewerker(api.app);
    const e = await buildExpertise(api.app);
    await call(api.app, 'PATCH', `/api/v1/expertises/${e.id}`, { vervallen: true }, { 'if-match': '"1"' });
    const vervallen = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: e.id,
      niveau: 2,
    });
    expect(vervallen.data.invalidParams[0]).toMatchObject({ name: 'expertiseId', code: 'vervallen' });
    const onbekend = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: '00000000-0000-4000-8000-000000000000',
      niveau: 2,
    });
    expect(onbekend.data.invalidParams[0]).toMatchObject({ name: 'expertiseId', code: 'bestaat-niet' });
    const niveau = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: e.id,
      niveau: 5,
    });
    expect(namen(niveau)).toEqual(['niveau']);
  });
});

describe('organisation', () => {
  it('shows key figures, open changes and signals', async () => {
    const team = await buildTeam(api.app, { naam: 'Signaalteam' });
    const m = await buildMedewerker(api.app, { teamId: team.id, urenPerWeek: 18 });
    const volgendJaar = `${Number(vandaag().slice(0, 4)) + 1}-02-01`;
    await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/contracturen`, {
      urenPerWeek: 20,
      ingangsdatum: volgendJaar,
    });
    const res = await call(api.app, 'GET', '/api/v1/organisatie');
    expect(res.statusCode).toBe(200);
    expect(res.data.teams.find((t: any) => t.id === team.id)).toMatchObject({
      aantalMedewerkers: 1,
      fte: 0.5,
      teamleiders: [],
    });
    expect(res.data.signalen.teamsZonderTeamleider).toContainEqual({ id: team.id, naam: 'Signaalteam' });
    expect(res.data.openWijzigingen).toContainEqual(
      expect.objectContaining({
        soort: 'contractwijziging',
        datum: volgendJaar,
        medewerkerId: m.id,
        omschrijving: 'Nieuwe contracturen: 20 uur per week',
      }),
    );
  });

  it('counts every medewerker without a team in the headcount, and names the first 100 to P&O and directie', async () => {
    await sql`
      insert into medewerker (personeelsnummer, voornaam, achternaam, e_mail, functie, schaal, trede, in_dienst)
      select 'ZT' || n, 'Zonder', 'Team' || lpad(n::text, 3, '0'), 'zonder.team' || n || '@example.nl',
             'Adviseur', 9, 1, date '2020-01-01'
        from generate_series(1, 103) as n`.execute(api.db);
    const res = await call(api.app, 'GET', '/api/v1/organisatie');
    const { signalen } = res.data;
    expect(signalen.aantalMedewerkersZonderTeam).toBeGreaterThanOrEqual(103);
    expect(signalen.medewerkersZonderTeam).toHaveLength(100);
    const inTeams = res.data.teams.reduce((s: number, t: any) => s + t.aantalMedewerkers, 0);
    expect(res.data.aantalMedewerkers).toBe(inTeams + signalen.aantalMedewerkersZonderTeam);

    const lezer = await loginAls(api.db, ['medewerker']);
    const verborgen = await call(api.app, 'GET', '/api/v1/organisatie', undefined, lezer);
    expect(verborgen.data.persoonsgegevensVerborgen).toBe(true);
    expect(verborgen.data.signalen.medewerkersZonderTeam).toEqual([]);
    expect(verborgen.data.signalen.aantalMedewerkersZonderTeam).toBe(signalen.aantalMedewerkersZonderTeam);
    expect(verborgen.data.aantalMedewerkers).toBe(res.data.aantalMedewerkers);
  });

  it('finds people, teams and expertises by a search term', async () => {
    const team = await buildTeam(api.app, { naam: 'Zoekteam Ruimte' });
    await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Zoë', achternaam: 'Zoekmans' });
    const res = await call(api.app, 'GET', `/api/v1/zoekresultaten?zoekterm=${encodeURIComponent('zoek')}`);
    expect(res.data.teams.map((t: any) => t.naam)).toContain('Zoekteam Ruimte');
    expect(res.data.medewerkers.map((t: any) => t.naam)).toContain('Zoë Zoekmans');
    const leeg = await call(api.app, 'GET', '/api/v1/zoekresultaten?zoekterm=%20');
    expect(leeg.statusCode).toBe(400);
    const wildcard = await call(api.app, 'GET', '/api/v1/zoekresultaten?zoekterm=%25');
    expect(wildcard.data.medewerkers).toEqual([]);
  });
});

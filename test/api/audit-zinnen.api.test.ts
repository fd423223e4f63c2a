import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * The audit log in plain language for the areas since issue 12, through the real routes: the object
 * each route records (a collection for a create, `rondeId`, the medewerker of a gesprek) is named
 * as the beheerder reads it (src/reports/audit-zin.ts), a pulse answer names only its round, and a
 * gesprek never what was said.
 */
let api: Api;
let beheerder: Sessie;
let po: Sessie;
let sophia: { id: string };

const regels = async (actie: string) => {
  const res = await call(
    api.app,
    'GET',
    `/api/v1/auditregels?paginaGrootte=50&actie=${encodeURIComponent(actie)}`,
    undefined,
    als(beheerder),
  );
  expect(res.statusCode, res.body).toBe(200);
  return (
    res.data.resultaten as { actie: string; omschrijving: string; link: string | null; objectId: string }[]
  ).filter((r) => r.actie === actie);
};

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app, { naam: 'Team Jeugd' });
  sophia = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Sophia', achternaam: 'Jacobs' });
  beheerder = await loginAls(api.db, ['beheerder']);
  po = await loginAls(api.db, ['po', 'directeur']);
  await api.db.updateTable('account').set({ naam: 'Yuna van Wijk' }).where('id', '=', po.accountId).execute();
});
afterAll(async () => api?.close());

describe('the audit log of the areas since issue 12', () => {
  it('a pulse round is named by its title; filling it in names the round, never an answer', async () => {
    const ronde = await call(api.app, 'POST', '/api/v1/puls-rondes', { titel: 'Voorjaar 2026' }, als(po));
    expect(ronde.statusCode, ronde.body).toBe(201);
    const open = await call(
      api.app,
      'POST',
      `/api/v1/puls-rondes/${ronde.data.id}/overgangen`,
      { naar: 'open' },
      als(po, { 'if-match': `"${ronde.data.versie}"` }),
    );
    expect(open.statusCode, open.body).toBe(201);
    const zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: sophia.id });
    await api.db
      .updateTable('account')
      .set({ naam: 'Sophia Jacobs' })
      .where('id', '=', zelf.accountId)
      .execute();
    const antwoord = await call(
      api.app,
      'POST',
      `/api/v1/puls-rondes/${ronde.data.id}/antwoorden`,
      { scores: { werkdruk: 3, energie: 4, steun: 4, plezier: 5 } },
      als(zelf),
    );
    expect(antwoord.statusCode, antwoord.body).toBe(201);

    const [aangemaakt] = await regels('POST /puls-rondes');
    expect(aangemaakt).toMatchObject({
      omschrijving: 'Yuna van Wijk maakte pulsmeting ‘Voorjaar 2026’ aan',
      link: `/mensen/puls/${ronde.data.id}`,
    });
    expect((await regels('POST /puls-rondes/{rondeId}/overgangen'))[0]!.omschrijving).toBe(
      'Yuna van Wijk opende of sloot pulsmeting ‘Voorjaar 2026’',
    );
    const ingevuld = await regels('POST /puls-rondes/{rondeId}/antwoorden');
    expect(ingevuld).toHaveLength(1);
    expect(ingevuld[0]).toMatchObject({
      omschrijving: 'Sophia Jacobs vulde pulsmeting ‘Voorjaar 2026’ in',
      objectId: ronde.data.id,
    });
  });

  it('a gesprek names the medewerker, its kind and date, not what was said', async () => {
    const gesprek = await call(
      api.app,
      'POST',
      `/api/v1/medewerkers/${sophia.id}/gesprekken`,
      { soort: 'planning', datum: '2026-03-12', verslag: 'Vertrouwelijk verslag' },
      als(po),
    );
    expect(gesprek.statusCode, gesprek.body).toBe(201);
    const gelezen = await call(api.app, 'GET', `/api/v1/gesprekken/${gesprek.data.id}`, undefined, als(po));
    expect(gelezen.statusCode, gelezen.body).toBe(200);
    const gewijzigd = await call(
      api.app,
      'PATCH',
      `/api/v1/gesprekken/${gesprek.data.id}`,
      { verslag: 'Nog vertrouwelijker' },
      als(po, { 'if-match': `"${gelezen.data.versie}"` }),
    );
    expect(gewijzigd.statusCode, gewijzigd.body).toBe(200);

    expect((await regels('POST /medewerkers/{medewerkerId}/gesprekken'))[0]).toMatchObject({
      omschrijving: 'Yuna van Wijk legde een gesprek vast met Sophia Jacobs',
      link: `/medewerkers/${sophia.id}`,
    });
    expect((await regels('GET /gesprekken/{gesprekId}'))[0]!.omschrijving).toBe(
      'Yuna van Wijk bekeek een gesprek met Sophia Jacobs',
    );
    const [wijziging] = await regels('PATCH /gesprekken/{gesprekId}');
    expect(wijziging!.omschrijving).toMatch(
      /^Yuna van Wijk wijzigde gesprek ‘[^’]+’ van 12 maart 2026 met Sophia Jacobs$/,
    );
    expect(wijziging!.link).toBe(`/medewerkers/${sophia.id}/gesprekken`);
    expect(JSON.stringify(await regels('PATCH /gesprekken/{gesprekId}'))).not.toContain('ertrouwelijk');

    // Filtering the log by the person finds what was done to her gesprek, not only to her record.
    const overHaar = await call(
      api.app,
      'GET',
      `/api/v1/auditregels?paginaGrootte=100&persoonId=${sophia.id}`,
      undefined,
      als(beheerder),
    );
    expect(overHaar.statusCode, overHaar.body).toBe(200);
    expect(overHaar.data.resultaten.map((r: { actie: string }) => r.actie)).toEqual(
      expect.arrayContaining([
        'POST /medewerkers/{medewerkerId}/gesprekken',
        'GET /gesprekken/{gesprekId}',
        'PATCH /gesprekken/{gesprekId}',
      ]),
    );
  });

  it('an ontwikkelthema by its name, created and changed', async () => {
    const thema = await call(
      api.app,
      'POST',
      '/api/v1/ontwikkelthemas',
      { naam: 'Digitaal vakmanschap' },
      als(po),
    );
    expect(thema.statusCode, thema.body).toBe(201);
    const wijzig = await call(
      api.app,
      'PATCH',
      `/api/v1/ontwikkelthemas/${thema.data.id}`,
      { naam: 'Digitaal vakmanschap en data' },
      als(po, { 'if-match': `"${thema.data.versie}"` }),
    );
    expect(wijzig.statusCode, wijzig.body).toBe(200);
    expect((await regels('PATCH /ontwikkelthemas/{themaId}'))[0]).toMatchObject({
      omschrijving: 'Yuna van Wijk wijzigde ontwikkelthema ‘Digitaal vakmanschap en data’',
      link: '/mensen',
    });
  });

  it('an export says what was downloaded, as what, and how many people it names', async () => {
    const res = await call(api.app, 'GET', '/api/v1/puls-rondes?formaat=csv', undefined, als(po));
    expect(res.statusCode, res.body).toBe(200);
    expect((await regels('GET /puls-rondes'))[0]!.omschrijving).toBe(
      'Yuna van Wijk downloadde de lijst van pulsmetingen als CSV-bestand (geen personen)',
    );
  });
});

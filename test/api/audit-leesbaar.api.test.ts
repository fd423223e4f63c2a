import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  als,
  buildCapaciteitsvraag,
  buildExpertise,
  buildInzetverzoek,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Issue 17 item 8: the beheerder reads the audit log as events in plain language, with links to
 * the objects, and filters it by person (actor or subject), object and date. Read side only.
 */
let api: Api;
let teamleider: Sessie;
let regisseur: Sessie;
let sophia: { id: string };
let verzoekId: string;

const auditregels = async (query: string) => {
  const res = await call(api.app, 'GET', `/api/v1/auditregels?paginaGrootte=500&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.data.resultaten as {
    actie: string;
    omschrijving: string;
    link: string | null;
    objectId: string | null;
    actorAccountId: string | null;
  }[];
};

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app, { naam: 'Team Jeugd' });
  const expertise = await buildExpertise(api.app, { naam: 'Jeugdrecht' });
  sophia = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Sophia', achternaam: 'Jacobs' });
  await call(api.app, 'POST', `/api/v1/medewerkers/${sophia.id}/expertises`, {
    expertiseId: expertise.id,
    niveau: 3,
  });
  const yuna = await buildMedewerker(api.app, {
    teamId: team.id,
    voornaam: 'Yuna',
    tussenvoegsel: 'van',
    achternaam: 'Wijk',
  });
  await buildLeiding(api.app, team.id, yuna.id);
  teamleider = await loginAls(api.db, ['teamleider'], { medewerkerId: yuna.id });
  await api.db
    .updateTable('account')
    .set({ naam: 'Yuna van Wijk' })
    .where('id', '=', teamleider.accountId)
    .execute();
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  const opgave = (
    await call(
      api.app,
      'POST',
      '/api/v1/opgaven',
      { titel: 'Jeugdzorg Q1', omschrijving: 'x' },
      als(regisseur),
    )
  ).data;
  const vraag = await buildCapaciteitsvraag(api.app, opgave.id, { expertiseId: expertise.id, uren: 40 });
  const v = await buildInzetverzoek(
    api.app,
    vraag.id,
    { medewerkerId: sophia.id, urenPerWeek: 2, vanWeek: '2027-W01', totWeek: '2027-W04' },
    regisseur,
  );
  verzoekId = v.id;
  const ja = await call(
    api.app,
    'POST',
    `/api/v1/inzetverzoeken/${verzoekId}/instemmingen`,
    {},
    als(teamleider, { 'if-match': `"${v.versie}"` }),
  );
  if (ja.statusCode !== 201) throw new Error(ja.body);
});
afterAll(async () => {
  await api.close();
});

describe('the audit log in plain language', () => {
  it('tells who did what to which object, with the person it concerns and a link', async () => {
    const regels = await auditregels(`objectType=inzetverzoek&objectId=${verzoekId}`);
    const instemming = regels.find((r) => r.actie === 'POST /inzetverzoeken/{inzetverzoekId}/instemmingen')!;
    expect(instemming.omschrijving).toBe(
      'Yuna van Wijk stemde in met inzetverzoek ‘Jeugdzorg Q1’ van Sophia Jacobs',
    );
    expect(instemming.link).toBe('/inzetverzoeken');
    // Every record of the object reads as a sentence, none as a bare route.
    for (const r of regels) expect(r.omschrijving).not.toContain(r.actie);
  });

  it('names a medewerker record by the person and links to it; an unknown kind still reads', async () => {
    const regels = await auditregels(`objectType=medewerker&objectId=${sophia.id}`);
    const nieuw = regels.find((r) => r.actie === 'POST /medewerkers/{medewerkerId}/expertises')!;
    expect(nieuw.omschrijving).toMatch(/ voegde een expertise toe aan Sophia Jacobs$/);
    expect(nieuw.link).toBe(`/medewerkers/${sophia.id}`);
    const lijst = await auditregels('actie=GET%20%2Fauditregels');
    expect(lijst[0]!.omschrijving).toMatch(/ bekeek het auditlog$/);
  });

  it('filters by person as actor or as subject, by account or medewerker id', async () => {
    const alsActor = await auditregels(`persoonId=${teamleider.accountId}`);
    expect(alsActor.some((r) => r.actie === 'POST /inzetverzoeken/{inzetverzoekId}/instemmingen')).toBe(true);
    expect(alsActor.every((r) => r.omschrijving.length > 0)).toBe(true);
    // Sophia did nothing herself: the records about her record and about the request for her.
    const alsOnderwerp = await auditregels(`persoonId=${sophia.id}`);
    expect(alsOnderwerp.length).toBeGreaterThan(0);
    expect(alsOnderwerp.some((r) => r.objectId === verzoekId)).toBe(true);
    expect(alsOnderwerp.some((r) => r.objectId === sophia.id)).toBe(true);
    expect(alsOnderwerp.every((r) => r.objectId === verzoekId || r.objectId === sophia.id)).toBe(true);
    expect(alsOnderwerp.some((r) => r.actorAccountId === teamleider.accountId)).toBe(true);
  });

  it('filters by date range and refuses a malformed person id', async () => {
    const toekomst = await auditregels('van=2199-01-01T00:00:00Z');
    expect(toekomst).toEqual([]);
    const vandaag = await auditregels(
      `van=${new Date(Date.now() - 3_600_000).toISOString()}&objectId=${verzoekId}`,
    );
    expect(vandaag.length).toBeGreaterThan(0);
    const fout = await call(api.app, 'GET', '/api/v1/auditregels?persoonId=niet-een-id');
    expect(fout.statusCode).toBe(400);
  });

  it('a record with a garbage object id (no uuid) reads without a lookup error', async () => {
    await call(api.app, 'PATCH', '/api/v1/opgaven/=cmd', { titel: 'x' }, { 'if-match': '"1"' });
    const regels = await auditregels('objectId=%3Dcmd');
    expect(regels[0]!.omschrijving).toMatch(/ wijzigde opgave =cmd \(mislukt\)$/);
    expect(regels[0]!.link).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * The change programme and the raadsbrieven on Mijn werk (issue 15): the owner of an overdue action
 * gets a step, the theme's trekker a signal; the college a complete letter to approve (not a draft
 * still being written), the directeur an approved letter to send; and each disappears once done.
 */
let api: Api;
let s: Record<'directeur' | 'college' | 'eigenaar' | 'trekker' | 'ander', Sessie>;
const dag = vandaag();

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app);
  const eigenaar = await buildMedewerker(api.app, { teamId: team.id });
  const trekker = await buildMedewerker(api.app, { teamId: team.id });
  const ander = await buildMedewerker(api.app, { teamId: team.id });
  s = {
    directeur: await loginAls(api.db, ['directeur']),
    college: await loginAls(api.db, ['college']),
    eigenaar: await loginAls(api.db, ['medewerker'], { medewerkerId: eigenaar.id }),
    trekker: await loginAls(api.db, ['medewerker'], { medewerkerId: trekker.id }),
    ander: await loginAls(api.db, ['medewerker'], { medewerkerId: ander.id }),
  };
  const thema = await req('POST', s.directeur, '/verander-themas', {
    naam: 'Wendbaar werken',
    trekkerMedewerkerId: trekker.id,
  });
  expect(thema.statusCode, thema.body).toBe(201);
  for (const [titel, datum] of [
    ['Werkafspraken vastleggen', plusDagen(dag, -3)],
    ['Teamsessies plannen', plusDagen(dag, 10)],
  ] as const) {
    const a = await req('POST', s.directeur, `/verander-themas/${thema.data.id}/acties`, {
      soort: 'actie',
      titel,
      eigenaarMedewerkerId: eigenaar.id,
      datum,
    });
    expect(a.statusCode, a.body).toBe(201);
  }
});
afterAll(async () => {
  await api.close();
});

const req = (methode: string, wie: Sessie, url: string, body?: unknown, versie?: number) =>
  call(
    api.app,
    methode as 'GET',
    `/api/v1${url}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );
const nu = async (wie: Sessie) =>
  ((await req('GET', wie, '/mijn-werk')).data.nu as { id: string; soort: string; titel: string }[]).map(
    (i) => `${i.soort} ${i.titel}`,
  );

describe('the programme on Mijn werk', () => {
  it('gives the owner of an overdue action a step and the trekker a signal; a future one waits', async () => {
    expect(await nu(s.eigenaar)).toContain('dossierstap Actie: Werkafspraken vastleggen');
    expect(await nu(s.trekker)).toContain('signaal Actie: Werkafspraken vastleggen');
    for (const wie of [s.eigenaar, s.trekker]) {
      expect((await nu(wie)).some((x) => x.includes('Teamsessies plannen'))).toBe(false);
    }
    expect((await nu(s.ander)).some((x) => x.includes('Werkafspraken'))).toBe(false);
  });

  it('takes the action off once it is done', async () => {
    const programma = (await req('GET', s.eigenaar, '/veranderprogramma')).data;
    const thema = programma.themas.find((t: { naam: string }) => t.naam === 'Wendbaar werken');
    const detail = (await req('GET', s.eigenaar, `/verander-themas/${thema.id}`)).data;
    const actie = detail.acties.find((a: { titel: string }) => a.titel === 'Werkafspraken vastleggen');
    const gereed = await req(
      'PATCH',
      s.trekker,
      `/verander-themas/${thema.id}/acties/${actie.id}`,
      { status: 'gereed' },
      actie.versie,
    );
    expect(gereed.statusCode, gereed.body).toBe(200);
    expect((await nu(s.eigenaar)).some((x) => x.includes('Werkafspraken'))).toBe(false);
    expect((await nu(s.trekker)).some((x) => x.includes('Werkafspraken'))).toBe(false);
  });
});

describe('the raadsbrief on Mijn werk', () => {
  it('asks the college to approve a complete letter, then the directeur to send it', async () => {
    const nieuw = await req('POST', s.directeur, '/raadsbrieven', { onderwerp: 'Stand van de organisatie' });
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    const id = nieuw.data.id as string;
    // A draft still being written is not the college's work yet.
    expect((await nu(s.college)).some((x) => x.includes('Stand van de organisatie'))).toBe(false);
    const compleet = await req(
      'PATCH',
      s.directeur,
      `/raadsbrieven/${id}`,
      {
        aanleiding: 'De raad vroeg erom.',
        kernboodschap: 'Het gaat goed.',
        portefeuillehouder: 'Wethouder B. Jansen',
        datum: dag,
      },
      nieuw.data.versie,
    );
    expect(compleet.statusCode, compleet.body).toBe(200);
    expect(await nu(s.college)).toContain('dossierstap Raadsbrief vaststellen: Stand van de organisatie');
    expect((await nu(s.directeur)).some((x) => x.includes('Stand van de organisatie'))).toBe(false);

    const vast = await req('POST', s.college, `/raadsbrieven/${id}/vaststellingen`, {}, compleet.data.versie);
    expect(vast.statusCode, vast.body).toBe(201);
    expect((await nu(s.college)).some((x) => x.includes('Stand van de organisatie'))).toBe(false);
    expect(await nu(s.directeur)).toContain('dossierstap Raadsbrief verzenden: Stand van de organisatie');

    const weg = await req('POST', s.directeur, `/raadsbrieven/${id}/verzendingen`, {}, vast.data.versie);
    expect(weg.statusCode, weg.body).toBe(201);
    expect((await nu(s.directeur)).some((x) => x.includes('Stand van de organisatie'))).toBe(false);
  });
});

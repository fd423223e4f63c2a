import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, call, loginAls, type Sessie, startApi } from './support';

/**
 * The rolbepaling is a decision of the bestuur (issue 12): the college records it with the date and
 * kenmerk of its besluit, or confirms what a programmaregisseur or directeur proposed; an opgave does
 * not move on from verkenning on a proposal.
 */
let api: Api;
let regisseur: Sessie;
let college: Sessie;
let directeur: Sessie;

const als = (s: Sessie, versie?: number) => ({
  cookie: s.cookie,
  'x-csrf-token': s['x-csrf-token'],
  ...(versie === undefined ? {} : { 'if-match': `"${versie}"` }),
});

beforeAll(async () => {
  api = await startApi();
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  college = await loginAls(api.db, ['college']);
  directeur = await loginAls(api.db, ['directeur']);
});
afterAll(async () => {
  await api.close();
});

const lees = async (id: string, s: Sessie = regisseur) =>
  (await call(api.app, 'GET', `/api/v1/opgaven/${id}`, undefined, als(s))).data;

const stap = async (id: string, naar: string) =>
  call(
    api.app,
    'POST',
    `/api/v1/opgaven/${id}/overgangen`,
    { naar },
    als(regisseur, (await lees(id)).versie),
  );

const ROL = {
  eigenaarschap: 'hoog',
  overheidsrolPrimair: 'presterend',
  overheidsrolSecundair: ['netwerkend'],
};

/** An opgave in verkenning with what the step to rolbepaling needs. */
async function verkend(titel: string) {
  const o = await call(api.app, 'POST', '/api/v1/opgaven', { titel, omschrijving: 'x' }, als(regisseur));
  expect(o.statusCode, o.body).toBe(201);
  const id = o.data.id as string;
  expect((await stap(id, 'verkenning')).statusCode).toBe(201);
  await call(
    api.app,
    'POST',
    `/api/v1/opgaven/${id}/stakeholders`,
    { naam: 'Corporatie', soort: 'extern', invloed: 'hoog', betrokkenheid: 'meebeslissen' },
    als(regisseur),
  );
  await call(
    api.app,
    'POST',
    `/api/v1/opgaven/${id}/bevindingen`,
    { tekst: 'Restwarmte is er.' },
    als(regisseur),
  );
  return lees(id);
}

const zet = (id: string, s: Sessie, versie: number, body: Record<string, unknown>) =>
  call(api.app, 'PUT', `/api/v1/opgaven/${id}/rolbepaling`, body, als(s, versie));

const bevestig = (id: string, s: Sessie, versie: number | undefined, body: Record<string, unknown>) =>
  call(api.app, 'POST', `/api/v1/opgaven/${id}/rolbepaling/bevestigingen`, body, als(s, versie));

describe('the rolbepaling as a decision of the bestuur', () => {
  it("takes a programmaregisseur's rolbepaling as a proposal only, and refuses a besluit in it", async () => {
    const o = await verkend('Warmtenet West');
    expect(o.mag).toMatchObject({ rolbepalingVoorstellen: true, rolbepalingBesluiten: false });
    // The defect: "nog niet besloten" recorded as if the college had decided.
    const alsBesluit = await zet(o.id, regisseur, o.versie, {
      ...ROL,
      datum: '2026-03-12',
      besluit: 'nog niet besloten',
    });
    expect(alsBesluit.statusCode).toBe(400);
    expect(alsBesluit.data.invalidParams.map((p: any) => [p.name, p.code])).toEqual([
      ['datum', 'voorbehouden-aan-college'],
      ['besluit', 'voorbehouden-aan-college'],
    ]);
    const voorstel = await zet(o.id, regisseur, o.versie, ROL);
    expect(voorstel.statusCode, voorstel.body).toBe(200);
    expect(voorstel.data.rolbepaling).toEqual({
      status: 'voorgesteld',
      ...ROL,
      datum: null,
      besluit: null,
      voorgesteld: { door: expect.any(String), op: expect.any(String) },
      besloten: null,
    });
    // The college sees it may confirm; the regie does not.
    expect(voorstel.data.mag.rolbepalingBevestigen).toBe(false);
    expect((await lees(o.id, college)).mag).toMatchObject({
      rolbepalingBevestigen: true,
      rolbepalingBesluiten: true,
      rolbepalingVoorstellen: false,
    });
  });

  it('does not move on from verkenning on a proposal; once the college confirmed, it does', async () => {
    const o = await verkend('Warmtenet Noord');
    const voorstel = (await zet(o.id, directeur, o.versie, ROL)).data;
    expect(voorstel.rolbepaling.status).toBe('voorgesteld');
    const verder = await stap(o.id, 'rolbepaling');
    expect(verder.statusCode).toBe(400);
    expect(verder.headers['content-type']).toContain('application/problem+json');
    expect(verder.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'rolbepaling', code: 'niet-bevestigd' }),
    ]);
    expect(verder.data.invalidParams[0].reason).toContain('college');

    // Only the college confirms, with If-Match, the date and a real kenmerk.
    expect(
      (await bevestig(o.id, regisseur, voorstel.versie, { datum: '2026-04-01', besluit: 'B&W 2026/7' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await bevestig(o.id, college, undefined, { datum: '2026-04-01', besluit: 'B&W 2026/7' })).statusCode,
    ).toBe(428);
    expect(
      (await bevestig(o.id, college, voorstel.versie - 1, { datum: '2026-04-01', besluit: 'B&W 2026/7' }))
        .statusCode,
    ).toBe(412);
    const zonderKenmerk = await bevestig(o.id, college, voorstel.versie, {
      datum: '2026-04-01',
      besluit: 'n.v.t.',
    });
    expect(zonderKenmerk.statusCode).toBe(400);
    expect(zonderKenmerk.data.invalidParams.map((p: any) => [p.name, p.code])).toEqual([
      ['besluit', 'geen-kenmerk'],
    ]);
    const bevestigd = await bevestig(o.id, college, voorstel.versie, {
      datum: '2026-04-01',
      besluit: 'B&W 2026/7',
    });
    expect(bevestigd.statusCode, bevestigd.body).toBe(201);
    expect(bevestigd.data.rolbepaling).toMatchObject({
      status: 'besloten',
      ...ROL,
      datum: '2026-04-01',
      besluit: 'B&W 2026/7',
      voorgesteld: { door: expect.any(String) },
      besloten: { door: expect.any(String) },
    });
    expect(bevestigd.data.rolbepaling.besloten.door).not.toBe(bevestigd.data.rolbepaling.voorgesteld.door);
    // Nothing left to confirm.
    expect(
      (await bevestig(o.id, college, bevestigd.data.versie, { datum: '2026-04-01', besluit: 'B&W 2026/7' }))
        .statusCode,
    ).toBe(409);

    expect((await stap(o.id, 'rolbepaling')).statusCode).toBe(201);
    expect((await stap(o.id, 'aanpak')).statusCode).toBe(201);
  });

  it('does not reach aanpak on a proposal made in the rolbepaling phase either', async () => {
    const o = await verkend('Warmtenet Zuid');
    expect((await stap(o.id, 'rolbepaling')).statusCode).toBe(201);
    const na = await lees(o.id);
    expect((await zet(o.id, regisseur, na.versie, ROL)).statusCode).toBe(200);
    const aanpak = await stap(o.id, 'aanpak');
    expect(aanpak.statusCode).toBe(400);
    expect(aanpak.data.invalidParams.map((p: any) => p.code)).toEqual(['niet-bevestigd']);
  });

  it('refuses a college decision without a date or a reference to a besluit', async () => {
    const o = await verkend('Warmtenet Centrum');
    const zonder = await zet(o.id, college, o.versie, ROL);
    expect(zonder.statusCode).toBe(400);
    expect(zonder.data.invalidParams.map((p: any) => [p.name, p.code])).toEqual([
      ['datum', 'verplicht'],
      ['besluit', 'verplicht'],
    ]);
    const nietsZeggend = await zet(o.id, college, o.versie, {
      ...ROL,
      datum: '2026-03-12',
      besluit: 'nog niet besloten',
    });
    expect(nietsZeggend.statusCode).toBe(400);
    expect(nietsZeggend.data.invalidParams.map((p: any) => [p.name, p.code])).toEqual([
      ['besluit', 'geen-kenmerk'],
    ]);
    const besluit = await zet(o.id, college, o.versie, {
      ...ROL,
      datum: '2026-03-12',
      besluit: 'B&W 2026/041',
    });
    expect(besluit.statusCode, besluit.body).toBe(200);
    expect(besluit.data.rolbepaling).toMatchObject({
      status: 'besloten',
      besluit: 'B&W 2026/041',
      voorgesteld: null,
      besloten: { door: expect.any(String) },
    });
    // A decision of the college: the opgave moves on without a confirmation.
    expect((await stap(o.id, 'rolbepaling')).statusCode).toBe(201);
    expect((await stap(o.id, 'aanpak')).statusCode).toBe(201);
  });

  it('lets only the college confirm and only the dossier roles propose (the policy table)', async () => {
    const o = await verkend('Warmtenet Haven');
    const po = await loginAls(api.db, ['po']);
    expect((await zet(o.id, po, o.versie, ROL)).statusCode).toBe(403);
    expect(
      (await bevestig(o.id, directeur, o.versie, { datum: '2026-04-01', besluit: 'B&W 2026/9' })).statusCode,
    ).toBe(403);
    // No proposal yet: nothing for the college to confirm.
    const niets = await bevestig(o.id, college, o.versie, { datum: '2026-04-01', besluit: 'B&W 2026/9' });
    expect(niets.statusCode).toBe(409);
  });
});

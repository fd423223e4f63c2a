import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, als, buildExpertise, buildTeam, call, loginAls, type Sessie, startApi } from './support';

let api: Api;
let college: Sessie;
let medewerkerSessie: Sessie;
let begrotingsprogrammaId: string;
let expertise: { id: string; naam: string };
let team: { id: string; naam: string };

beforeAll(async () => {
  api = await startApi();
  college = await loginAls(api.db, ['college']);
  medewerkerSessie = await loginAls(api.db, ['medewerker']);
  const p = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2027,
    code: 'P3',
    naam: 'Sociaal domein',
  });
  begrotingsprogrammaId = p.data.id;
  expertise = await buildExpertise(api.app, { naam: 'Jeugdrecht' });
  team = await buildTeam(api.app, { naam: 'Team Jeugd' });
});
afterAll(async () => {
  await api.close();
});

const VERKENNING = {
  doel: 'Elk kind een veilige plek om op te groeien',
  wens: 'Minder uithuisplaatsingen',
  probleemEnOorzaak: 'Hulp komt te laat doordat signalen versnipperd zijn',
  beeldVanSucces: 'In 2028 halveert het aantal crisisplaatsingen',
  gewensteAanpak: 'Wijkteams en scholen werken met één plan per gezin',
  collegeleden: ['Wethouder Jeugd', 'Burgemeester'],
};

function mandaat() {
  return {
    doelstellingen: [
      { omschrijving: 'Eén gezinsplan per gezin', indicator: 'Aandeel gezinnen met één plan' },
    ],
    mijlpalen: [
      { titel: 'Start pilot in twee wijken', datum: '2027-03-01' },
      { titel: 'Evaluatie pilot', datum: '2027-10-01' },
    ],
    budget: [{ begrotingsprogrammaId, bedrag: 250000, toelichting: 'Projectleiding en training' }],
    rollen: {
      bestuurlijkOpdrachtgever: 'Wethouder Jeugd',
      ambtelijkOpdrachtgever: 'Directeur Samenleving',
      opdrachtnemer: 'Programmaregisseur Jeugd',
      teams: [{ teamId: team.id, rol: 'Levert jeugdconsulenten voor de pilot' }],
    },
    verantwoording: [
      { moment: 'bestuursrapportage', omschrijving: 'Voortgang pilot' },
      { moment: 'jaarstukken', omschrijving: 'Resultaten en besteding' },
    ],
    besluitvormingsproces: 'Collegebesluit, daarna raadsinformatiebrief',
  };
}

async function nieuweOpdracht(titel: string, extra: Record<string, unknown> = {}) {
  const r = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', { titel, ...extra });
  expect(r.statusCode, r.body).toBe(201);
  return r.data;
}

/** A step with If-Match of the version just read, as the web app sends it. */
const stap = async (id: string, naar: string, headers: Record<string, string> = {}) => {
  const { versie } = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${id}`)).data;
  return call(
    api.app,
    'POST',
    `/api/v1/bestuursopdrachten/${id}/overgangen`,
    { naar },
    {
      'if-match': `"${versie}"`,
      ...headers,
    },
  );
};

const wijzig = (id: string, versie: number, body: unknown) =>
  call(api.app, 'PATCH', `/api/v1/bestuursopdrachten/${id}`, body, { 'if-match': `"${versie}"` });

async function klaarVoorIndiening(titel: string) {
  let b = await nieuweOpdracht(titel, { verkenning: VERKENNING });
  b = (await stap(b.id, 'verkend')).data;
  b = (await wijzig(b.id, b.versie, mandaat())).data;
  const c = await call(api.app, 'POST', `/api/v1/bestuursopdrachten/${b.id}/capaciteitsvragen`, {
    expertiseId: expertise.id,
    minimumNiveau: 3,
    teamId: team.id,
    periode: '2027-Q1',
    uren: 240,
  });
  expect(c.statusCode, c.body).toBe(201);
  return (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}`)).data;
}

describe('a bestuursopdracht from ambitie to uitvoering', () => {
  it('explores, lists every gap, freezes a version on submission and takes the college besluit on it', async () => {
    const ambitie = await call(api.app, 'POST', '/api/v1/bestuurlijke-ambities', {
      titel: 'Veilig opgroeien',
      bron: 'coalitieakkoord',
      portefeuillehouder: 'Wethouder Jeugd',
      tekst: 'Kinderen groeien veilig op in hun eigen omgeving.',
    });
    expect(ambitie.statusCode, ambitie.body).toBe(201);

    let b = await nieuweOpdracht('Eén gezin, één plan', { ambitieId: ambitie.data.id });
    expect(b.status).toBe('concept');
    expect(b.bewerkbaar).toBe(true);

    // Not explored yet: every missing part of the exploration at once.
    const teVroeg = await stap(b.id, 'verkend');
    expect(teVroeg.statusCode).toBe(400);
    expect(teVroeg.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'verkenning.beeldVanSucces',
      'verkenning.collegeleden',
      'verkenning.doel',
      'verkenning.gewensteAanpak',
      'verkenning.probleemEnOorzaak',
      'verkenning.wens',
    ]);
    b = (await wijzig(b.id, b.versie, { verkenning: VERKENNING })).data;
    b = (await stap(b.id, 'verkend')).data;
    expect(b.status).toBe('verkend');

    // Submission needs the whole mandate: 400 listing every missing field.
    const onvolledig = await stap(b.id, 'ter-besluitvorming');
    expect(onvolledig.statusCode).toBe(400);
    expect(onvolledig.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'besluitvormingsproces',
      'doelstellingen',
      'mensenEnMiddelen',
      'mijlpalen',
      'rollen.ambtelijkOpdrachtgever',
      'rollen.bestuurlijkOpdrachtgever',
      'rollen.opdrachtnemer',
      'verantwoording',
    ]);
    expect((await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}`)).data.versies).toEqual([]);

    b = (await wijzig(b.id, b.versie, mandaat())).data;
    expect(b.ontbreektVoorIndiening).toEqual([]);
    const c = await call(api.app, 'POST', `/api/v1/bestuursopdrachten/${b.id}/capaciteitsvragen`, {
      expertiseId: expertise.id,
      minimumNiveau: 3,
      teamId: team.id,
      periode: '2027-Q1',
      uren: 240,
    });
    expect(c.statusCode, c.body).toBe(201);
    b = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}`)).data;

    // Adding demand changes the dossier: a submission with the ETag from before it is refused.
    const teLaat = await stap(b.id, 'ter-besluitvorming', { 'if-match': `"${b.versie - 1}"` });
    expect(teLaat.statusCode).toBe(412);
    const ingediend = await stap(b.id, 'ter-besluitvorming', { 'if-match': `"${b.versie}"` });
    expect(ingediend.statusCode, ingediend.body).toBe(201);
    expect(ingediend.data.status).toBe('ter-besluitvorming');
    expect(ingediend.data.versies).toHaveLength(1);
    const lijst = await call(api.app, 'GET', '/api/v1/bestuursopdrachten?status=ter-besluitvorming');
    expect(lijst.data.resultaten.find((x: any) => x.id === b.id).ingediendeVersie).toBe(1);
    const v1 = await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}/versies/1`);
    expect(createHash('sha256').update(v1.data.tekst).digest('hex')).toBe(v1.data.sha256);
    expect(v1.data.inhoud.capaciteitsvragen[0]).toMatchObject({ uren: 240, periode: '2027-Q1' });

    // Frozen: no edits to the mandate or its demand.
    const bevroren = await wijzig(b.id, ingediend.data.versie, { besluitvormingsproces: 'Anders' });
    expect(bevroren.statusCode).toBe(409);
    expect(bevroren.data.detail).toContain('bevroren');
    expect(bevroren.data).toMatchObject({ type: 'urn:wendbaar:probleem:vastgelegd', title: 'Ligt vast' });
    const vraagWijzigen = await call(
      api.app,
      'PATCH',
      `/api/v1/capaciteitsvragen/${c.data.id}`,
      { uren: 10 },
      { 'if-match': `"${c.data.versie}"` },
    );
    expect(vraagWijzigen.statusCode).toBe(409);
    expect(vraagWijzigen.data.type).toBe('urn:wendbaar:probleem:vastgelegd');

    // Only the college decides, and only on the submitted version.
    const directeur = await call(api.app, 'POST', `/api/v1/bestuursopdrachten/${b.id}/besluiten`, {
      versie: 1,
      uitkomst: 'vastgesteld',
      besluitnummer: 'B&W 2027/12',
      datum: '2027-01-18',
    });
    expect(directeur.statusCode).toBe(403);
    const verkeerd = await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      { versie: 2, uitkomst: 'vastgesteld', besluitnummer: 'B&W 2027/12', datum: '2027-01-18' },
      als(college),
    );
    expect(verkeerd.statusCode).toBe(409);
    expect(verkeerd.data.detail).toContain('versie 1');
    const viaStap = await stap(b.id, 'vastgesteld', als(college));
    expect(viaStap.statusCode).toBe(403);

    const besluit = await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      {
        versie: 1,
        uitkomst: 'vastgesteld',
        besluitnummer: 'B&W 2027/12',
        datum: '2027-01-18',
        voorwaarden: 'Rapporteren na de pilot',
      },
      als(college),
    );
    expect(besluit.statusCode, besluit.body).toBe(201);
    expect(besluit.data.status).toBe('vastgesteld');
    expect(besluit.data.versies[0].besluit).toMatchObject({ besluitnummer: 'B&W 2027/12', versie: 1 });
    const nogEens = await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      { versie: 1, uitkomst: 'afgewezen', besluitnummer: 'B&W 2027/13', datum: '2027-01-19' },
      als(college),
    );
    expect(nogEens.statusCode).toBe(409);

    // A step the graph does not allow names the allowed ones.
    const sprong = await stap(b.id, 'afgerond');
    expect(sprong.statusCode).toBe(409);
    expect(sprong.headers['content-type']).toContain('application/problem+json');
    expect(sprong.data.toegestaneStatussen).toEqual(['in-uitvoering']);

    const uitvoering = await stap(b.id, 'in-uitvoering');
    expect(uitvoering.data.status).toBe('in-uitvoering');
    expect(uitvoering.data.overgangen.map((o: any) => o.naar)).toEqual([
      'concept',
      'verkend',
      'ter-besluitvorming',
      'vastgesteld',
      'in-uitvoering',
    ]);
    const a = await call(api.app, 'GET', `/api/v1/bestuurlijke-ambities/${ambitie.data.id}`);
    expect(a.data.bestuursopdrachten).toEqual([
      { id: b.id, titel: 'Eén gezin, één plan', status: 'in-uitvoering' },
    ]);
    const besluiten = await call(api.app, 'GET', '/api/v1/besluiten', undefined, als(college));
    expect(besluiten.data.resultaten.map((x: any) => x.besluitnummer)).toContain('B&W 2027/12');

    // Every step is in the audit log.
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['actie', 'resultaat'])
      .where('object_id', '=', b.id)
      .execute();
    expect(audit.map((r) => r.actie)).toEqual(
      expect.arrayContaining([
        'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen',
        'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten',
      ]),
    );
    expect(audit.filter((r) => r.resultaat === 'geweigerd').length).toBeGreaterThanOrEqual(1);
  });

  it('exports the collegevoorstel as a DOCX that holds every field of the decided version', async () => {
    let b = await klaarVoorIndiening('Wijkgericht werken');
    b = (await stap(b.id, 'ter-besluitvorming')).data;
    await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      {
        versie: 1,
        uitkomst: 'gewijzigd-vastgesteld',
        besluitnummer: 'B&W 2027/20',
        datum: '2027-02-01',
        voorwaarden: 'Eerst in één wijk',
      },
      als(college),
    );
    const docx = await api.app.inject({
      url: `/api/v1/bestuursopdrachten/${b.id}/collegevoorstel`,
      headers: als(college),
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('collegevoorstel-wijkgericht-werken-v1.docx');
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const tekst = xml.replace(/<[^>]+>/g, '');
    const verwacht = [
      'Collegevoorstel: Wijkgericht werken',
      ...Object.values(VERKENNING).flat(),
      'Eén gezinsplan per gezin',
      'Aandeel gezinnen met één plan',
      'Start pilot in twee wijken',
      '1 maart 2027',
      'Evaluatie pilot',
      'Jeugdrecht',
      'Team Jeugd',
      '2027-Q1',
      '240',
      'P3 Sociaal domein (2027)',
      '250.000,00',
      'Projectleiding en training',
      'Directeur Samenleving',
      'Programmaregisseur Jeugd',
      'Levert jeugdconsulenten voor de pilot',
      'Bestuursrapportage: Voortgang pilot',
      'Jaarstukken: Resultaten en besteding',
      'Collegebesluit, daarna raadsinformatiebrief',
      'Gewijzigd vastgesteld',
      'B&amp;W 2027/20',
      'Eerst in één wijk',
      b.versies[0].sha256,
    ];
    for (const stuk of verwacht) expect(tekst, stuk).toContain(stuk);
    const geen = await api.app.inject({
      url: `/api/v1/bestuursopdrachten/${b.id}/collegevoorstel?versie=9`,
      headers: als(college),
    });
    expect(geen.statusCode).toBe(404);
  });

  it('reworks a postponed opdracht into a second version and shows what changed', async () => {
    let b = await klaarVoorIndiening('Schuldhulp dichtbij');
    b = (await stap(b.id, 'ter-besluitvorming')).data;
    const v1Voor = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}/versies/1`)).data;
    await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      { versie: 1, uitkomst: 'aangehouden', besluitnummer: 'B&W 2027/30', datum: '2027-03-01' },
      als(college),
    );
    b = (await stap(b.id, 'verkend')).data;
    expect(b.bewerkbaar).toBe(true);
    b = (
      await wijzig(b.id, b.versie, {
        mijlpalen: [{ titel: 'Start pilot in twee wijken', datum: '2027-06-01' }],
      })
    ).data;
    b = (await stap(b.id, 'ter-besluitvorming')).data;
    expect(b.versies.map((v: any) => v.nummer)).toEqual([1, 2]);
    const verschil = await call(
      api.app,
      'GET',
      `/api/v1/bestuursopdrachten/${b.id}/versies/1/verschillen?met=2`,
    );
    expect(verschil.data.verschillen).toEqual([
      { veld: 'mijlpalen[0].datum', oud: '2027-03-01', nieuw: '2027-06-01' },
      { veld: 'mijlpalen[1].datum', oud: '2027-10-01', nieuw: null },
      { veld: 'mijlpalen[1].titel', oud: 'Evaluatie pilot', nieuw: null },
    ]);
    const v1Na = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${b.id}/versies/1`)).data;
    expect(v1Na.tekst).toBe(v1Voor.tekst);
    expect(v1Na.sha256).toBe(v1Voor.sha256);
    // A besluit on the old version is refused now that version 2 waits.
    const oud = await call(
      api.app,
      'POST',
      `/api/v1/bestuursopdrachten/${b.id}/besluiten`,
      { versie: 1, uitkomst: 'vastgesteld', besluitnummer: 'B&W 2027/31', datum: '2027-04-01' },
      als(college),
    );
    expect(oud.statusCode).toBe(409);
  });

  it('lets the database itself refuse to change or remove a submitted version', async () => {
    let b = await klaarVoorIndiening('Onveranderlijk');
    b = (await stap(b.id, 'ter-besluitvorming')).data;
    await expect(
      sql`update bestuursopdracht_versie set inhoud = '{}' where bestuursopdracht_id = ${b.id}`.execute(
        api.db,
      ),
    ).rejects.toThrow(/onveranderlijk/);
    await expect(
      sql`delete from bestuursopdracht_versie where bestuursopdracht_id = ${b.id}`.execute(api.db),
    ).rejects.toThrow(/onveranderlijk/);
  });

  it('refuses bad input with every problem, and keeps the dossier from a medewerker', async () => {
    const fout = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', {
      titel: '',
      mijlpalen: [{ titel: 'x', datum: '2027-02-30' }],
      budget: [{ begrotingsprogrammaId: begrotingsprogrammaId, bedrag: -5 }],
      verantwoording: [{ moment: 'ooit', omschrijving: 'x' }],
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'budget.0.bedrag',
      'mijlpalen.0.datum',
      'titel',
      'verantwoording.0.moment',
    ]);
    const onbekend = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', {
      titel: 'Met een onbekend team',
      rollen: { teams: [{ teamId: '00000000-0000-4000-8000-000000000000', rol: 'x' }] },
    });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.data.invalidParams[0].name).toBe('rollen.teams.0.teamId');
    const geen = await call(api.app, 'GET', '/api/v1/bestuursopdrachten', undefined, als(medewerkerSessie));
    expect(geen.statusCode).toBe(403);
  });
});

describe('the portfolio', () => {
  it('adds up the hours asked per quarter over opgaven and bestuursopdrachten, with the milestones', async () => {
    const o = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Portfolio-opgave' });
    await call(api.app, 'POST', `/api/v1/opgaven/${o.data.id}/capaciteitsvragen`, {
      expertiseId: expertise.id,
      minimumNiveau: 2,
      periode: '2027-Q2',
      uren: 100,
    });
    const b = await klaarVoorIndiening('Portfolio-opdracht');
    const p = await call(
      api.app,
      'GET',
      '/api/v1/portfolio?van=2027-Q1&tot=2027-Q4',
      undefined,
      als(college),
    );
    expect(p.statusCode, p.body).toBe(200);
    const rij = (id: string) => p.data.dossiers.find((d: any) => d.id === id);
    expect(rij(o.data.id).vraag.map((v: any) => v.uren)).toEqual([0, 100, 0, 0]);
    expect(rij(b.id)).toMatchObject({
      soort: 'bestuursopdracht',
      totaalUren: 240,
      eigenaar: 'Directeur Samenleving',
    });
    const som = (i: number) => p.data.dossiers.reduce((s: number, d: any) => s + d.vraag[i].uren, 0);
    expect(p.data.totalen.map((t: any) => t.uren)).toEqual([som(0), som(1), som(2), som(3)]);
    expect(
      p.data.mijlpalen.filter((m: any) => m.bestuursopdracht.id === b.id).map((m: any) => m.datum),
    ).toEqual(['2027-03-01', '2027-10-01']);
    const fout = await call(api.app, 'GET', '/api/v1/portfolio?van=2027-Q4&tot=2027-Q1');
    expect(fout.statusCode).toBe(400);
  });
});

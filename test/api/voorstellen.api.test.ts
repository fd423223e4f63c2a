import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../src/domain/datum';
import { euro, snapshotHash, type VoorstelSnapshot } from '../../src/reports/onderbouwd-voorstel-inhoud';
import {
  type Api,
  als,
  buildMedewerker,
  buildScenario,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  sessieHeaders,
  startApi,
} from './support';

/**
 * The onderbouwd voorstel (issue 13, item 6): texts through the scenario's PATCH, frozen voorstellen
 * with their document number, and the DOCX and PDF made again from the stored snapshot.
 *
 * Live: team A with P1 (scale 10, 1 fte, filled at trede 1) and P2 (scale 10, 1 fte, vacant). The
 * scenario (peildatum J-01-01) moves P1 to team B from J-07-01 and adds a place "Adviseur
 * informatiebeheer" in team B (scale 11, 0,5 fte) from J-04-01.
 */
const J = Number(vandaag().slice(0, 4));
const CSV = [
  'schaal;trede;bedrag',
  ...[3400, 3500, 3600, 3700].map((b, t) => `10;${t};${b}`),
  ...[4000, 4200, 4400].map((b, t) => `11;${t};${b}`),
].join('\n');

/** The year the number series runs in: the Netherlands' calendar year now. */
const jaarNu = () =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
  );

let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let s: { id: string; versie: number };
let po: Sessie;
let college: Sessie;
let teamleider: Sessie;
let or: Sessie;
let eerste: any;

const patch = (id: string, versie: number | null, body: unknown, sessie: Sessie = po) =>
  call(
    api.app,
    'PATCH',
    `/api/v1/scenarios/${id}`,
    body,
    als(sessie, versie === null ? {} : { 'if-match': `"${versie}"` }),
  );
const maak = (id: string, sessie: Sessie = po) =>
  call(api.app, 'POST', `/api/v1/scenarios/${id}/voorstellen`, undefined, als(sessie));
const download = (href: string, sessie: Sessie = po) =>
  api.app.inject({ method: 'GET', url: href, headers: als(sessie) });

beforeAll(async () => {
  api = await startApi();
  // The name documents print is a setting (PATCH /instellingen).
  const instellingen = await call(api.app, 'GET', '/api/v1/instellingen');
  const naam = await call(
    api.app,
    'PATCH',
    '/api/v1/instellingen',
    { organisatienaam: 'Gemeente Testdorp' },
    { 'if-match': instellingen.headers.etag as string },
  );
  expect(naam.statusCode, naam.body).toBe(200);
  teamA = await buildTeam(api.app, { naam: 'Team A' });
  teamB = await buildTeam(api.app, { naam: 'Team B' });
  const m1 = await buildMedewerker(api.app, { teamId: teamA.id, schaal: 10, trede: 1, urenPerWeek: 36 });
  const plaatsen: { id: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/formatieplaatsen`, {
      functieNaam: 'Beleidsmedewerker',
      salarisschaal: '10',
      fte: 1,
      ingangsdatum: `${J}-01-01`,
      soort: 'structureel',
      financiering: 'regulier',
    });
    expect(res.statusCode, res.body).toBe(201);
    plaatsen.push(res.data);
  }
  const r = await call(api.app, 'POST', `/api/v1/formatieplaatsen/${plaatsen[0]!.id}/plaatsingen`, {
    medewerkerId: m1.id,
    fte: 1,
    ingangsdatum: `${J}-01-01`,
  });
  expect(r.statusCode, r.body).toBe(201);
  const tabel = await api.app.inject({
    method: 'POST',
    url: `/api/v1/salaristabellen?geldigVanaf=${J}-01-01`,
    headers: { ...sessieHeaders(api.app), 'content-type': 'text/csv' },
    payload: CSV,
  });
  expect(tabel.statusCode, tabel.body).toBe(201);
  po = await loginAls(api.db, ['po']);
  college = await loginAls(api.db, ['college']);
  teamleider = await loginAls(api.db, ['teamleider']);
  or = await loginAls(api.db, ['or']);
  s = await buildScenario(api.app, { naam: 'Versterking informatiebeheer', peildatum: `${J}-01-01` }, po);
  for (const w of [
    {
      soort: 'plaats-verplaatsen',
      ingangsdatum: `${J}-07-01`,
      formatieplaatsId: plaatsen[0]!.id,
      teamId: teamB.id,
    },
    {
      soort: 'plaats-toevoegen',
      ingangsdatum: `${J}-04-01`,
      teamId: teamB.id,
      functieNaam: 'Adviseur informatiebeheer',
      salarisschaal: '11',
      fte: 0.5,
      plaatssoort: 'structureel',
      financiering: 'regulier',
    },
    { soort: 'budget-wijzigen', teamId: teamB.id, jaar: J, bedrag: 80_000 },
  ]) {
    const res = await call(api.app, 'POST', `/api/v1/scenarios/${s.id}/wijzigingen`, w, als(po));
    expect(res.statusCode, res.body).toBe(201);
    s = res.data;
  }
});
afterAll(async () => {
  await api.close();
});

describe('voorstelteksten on the scenario', () => {
  it('starts empty, and a voorstel is refused with every missing required text listed', async () => {
    const leeg = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}`, undefined, als(po));
    expect(leeg.data.voorstelteksten).toEqual({
      aanleiding: null,
      toelichtingBehoefte: null,
      risicos: null,
      gevraagdBesluit: null,
      ontwikkelbudget: null,
    });
    const res = await maak(s.id);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.data.invalidParams.map((p: any) => `${p.name}:${p.code}`)).toEqual([
      'voorstelteksten.aanleiding:verplicht',
      'voorstelteksten.gevraagdBesluit:verplicht',
    ]);
  });

  it('refuses bad texts with every problem listed, and a stale or missing If-Match', async () => {
    const fout = await patch(s.id, s.versie, {
      voorstelteksten: {
        aanleiding: 42,
        risicos: 'x'.repeat(10_001),
        ontwikkelbudget: {
          bedrag: -5,
          begrotingsjaar: 'volgend jaar',
          karakter: 'soms',
          bestedingen: [{ omschrijving: '', bedrag: 1.234 }],
          onderbouwing: 'Omdat.',
        },
      },
    });
    expect(fout.statusCode).toBe(400);
    const namen = fout.data.invalidParams.map((p: any) => p.name).sort();
    expect(namen).toEqual(
      [
        'voorstelteksten.aanleiding',
        'voorstelteksten.risicos',
        'voorstelteksten.ontwikkelbudget.bedrag',
        'voorstelteksten.ontwikkelbudget.begrotingsjaar',
        'voorstelteksten.ontwikkelbudget.karakter',
        'voorstelteksten.ontwikkelbudget.bestedingen.0.omschrijving',
        'voorstelteksten.ontwikkelbudget.bestedingen.0.bedrag',
      ].sort(),
    );
    const goed = { voorstelteksten: { aanleiding: 'Te weinig handen.' } };
    expect((await patch(s.id, s.versie - 1, goed)).statusCode).toBe(412);
    expect((await patch(s.id, null, goed)).statusCode).toBe(428);
    const na = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}`, undefined, als(po));
    expect(na.data.versie).toBe(s.versie);
    expect(na.data.voorstelteksten.aanleiding).toBeNull();
  });

  it('stores a partial change, and null or an empty text clears one', async () => {
    const eerst = await patch(s.id, s.versie, {
      voorstelteksten: {
        aanleiding: 'Het informatiebeheer loopt achter.\n\nDe Archiefwet vraagt meer.',
        toelichtingBehoefte: 'Zie de tabel.',
        risicos: 'Krappe arbeidsmarkt.',
      },
    });
    expect(eerst.statusCode, eerst.body).toBe(200);
    expect(eerst.data.versie).toBe(s.versie + 1);
    const dan = await patch(s.id, eerst.data.versie, {
      voorstelteksten: {
        toelichtingBehoefte: null,
        risicos: '   ',
        gevraagdBesluit: 'In te stemmen met 0,5 fte adviseur informatiebeheer.',
        ontwikkelbudget: {
          bedrag: 125_000,
          begrotingsjaar: J + 1,
          karakter: 'incidenteel',
          bestedingen: [
            { omschrijving: 'Inhuur migratie e-depot', bedrag: 100_000 },
            { omschrijving: 'Opleiding', bedrag: null },
          ],
          onderbouwing: 'Eenmalige inhaalslag.',
        },
      },
    });
    expect(dan.statusCode, dan.body).toBe(200);
    expect(dan.data.voorstelteksten).toMatchObject({
      aanleiding: 'Het informatiebeheer loopt achter.\n\nDe Archiefwet vraagt meer.',
      toelichtingBehoefte: null,
      risicos: null,
      gevraagdBesluit: 'In te stemmen met 0,5 fte adviseur informatiebeheer.',
      ontwikkelbudget: { bedrag: 125_000, karakter: 'incidenteel' },
    });
    s = dan.data;
  });
});

describe('voorstellen', () => {
  it('freezes a voorstel with the next document number of the year, and records it in the audit log', async () => {
    const res = await maak(s.id);
    expect(res.statusCode, res.body).toBe(201);
    const jaar = jaarNu();
    expect(res.data).toMatchObject({
      scenarioId: s.id,
      documentnummer: `WB-${jaar}-0001`,
      aangemaaktDoor: 'Test po',
    });
    expect(res.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.headers.location).toBe(`/api/v1/voorstellen/${res.data.id}`);
    expect(res.data._links.docx.href).toBe(`/api/v1/voorstellen/${res.data.id}/document?formaat=docx`);
    expect(res.data._links.pdf.href).toBe(`/api/v1/voorstellen/${res.data.id}/document?formaat=pdf`);
    expect(Number.isNaN(Date.parse(res.data.gegenereerdOp))).toBe(false);
    eerste = res.data;

    const tweede = await maak(s.id);
    expect(tweede.statusCode).toBe(201);
    expect(tweede.data.documentnummer).toBe(`WB-${jaar}-0002`);
    const lijst = await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/voorstellen`, undefined, als(po));
    expect(lijst.data.resultaten.map((v: any) => v.documentnummer)).toEqual([
      `WB-${jaar}-0002`,
      `WB-${jaar}-0001`,
    ]);
    expect(lijst.data.mag).toEqual({ maken: true, tekstenWijzigen: true });

    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'POST /scenarios/{scenarioId}/voorstellen')
      .where('resultaat', '=', 'gelukt')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.object_type, a.object_id])).toEqual([
      ['voorstel', eerste.id],
      ['voorstel', tweede.data.id],
    ]);
    expect(audit[0]!.details).toMatchObject({ scenarioId: s.id, documentnummer: `WB-${jaar}-0001` });
  });

  it('stores the exact snapshot: its hash is the answered sha256, and it holds the scenario as it was', async () => {
    const rij = await api.db
      .selectFrom('voorstel')
      .select(['snapshot', 'sha256'])
      .where('id', '=', eerste.id)
      .executeTakeFirstOrThrow();
    const snap = rij.snapshot as VoorstelSnapshot;
    expect(snapshotHash(snap)).toBe(eerste.sha256);
    expect(snap).toMatchObject({
      documentnummer: eerste.documentnummer,
      gegenereerdOp: eerste.gegenereerdOp,
      organisatie: 'Gemeente Testdorp',
      scenario: {
        naam: 'Versterking informatiebeheer',
        status: 'concept',
        peildatum: `${J}-01-01`,
        besluit: null,
      },
      teksten: { toelichtingBehoefte: '', risicos: '' },
      budgetwijzigingen: [{ team: 'Team B', jaar: J, bedrag: 80_000 }],
      behoefte: { per: 'kwartaal', van: `${J}-01-01`, tot: `${J}-12-31` },
    });
    expect(snap.behoefte.teams.map((t) => t.team)).toEqual(expect.arrayContaining(['Team A', 'Team B']));
    expect(snap.behoefte.teams[0]!.perioden.map((p) => p.periode)).toEqual([
      `${J}-Q1`,
      `${J}-Q2`,
      `${J}-Q3`,
      `${J}-Q4`,
    ]);
    expect(snap.wijzigingen).toEqual([
      expect.objectContaining({
        soort: 'plaats-verplaatsen',
        team: 'Team A',
        naarTeam: 'Team B',
        functie: 'Beleidsmedewerker',
        salarisschaal: '10',
        fte: 1,
        ingangsdatum: `${J}-07-01`,
      }),
      expect.objectContaining({
        soort: 'plaats-toevoegen',
        team: 'Team B',
        naarTeam: null,
        functie: 'Adviseur informatiebeheer',
        salarisschaal: '11',
        fte: 0.5,
        plaatssoort: 'structureel',
        financiering: 'regulier',
      }),
    ]);
    const v = (await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/vergelijking`, undefined, als(po))).data;
    expect(snap.financieel.jaren).toEqual(v.jaren);
    expect(snap.financieel.organisatie.map((j) => [j.huidig, j.scenario, j.budget, j.ruimte])).toEqual(
      v.kolommen[1].totaal.loonsom.map((j: any, i: number) => [
        v.kolommen[0].totaal.loonsom[i].totaal,
        j.totaal,
        j.budget,
        j.ruimte,
      ]),
    );
    // Append-only, even for the schema owner.
    await expect(
      sql`update voorstel set sha256 = repeat('0', 64) where id = ${eerste.id}`.execute(api.eigenaar),
    ).rejects.toThrow(/onveranderlijk/);
  });

  it('downloads the DOCX from the snapshot, byte for byte the same, with its number, positions and loonsom', async () => {
    const a = await download(eerste._links.docx.href);
    expect(a.statusCode, a.body).toBe(200);
    expect(a.headers['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(a.headers['content-disposition']).toBe(`attachment; filename="${eerste.documentnummer}.docx"`);
    const b = await download(eerste._links.docx.href);
    expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);

    // Texts and the formatie changing afterwards do not change a frozen voorstel.
    const na = await patch(s.id, s.versie, { voorstelteksten: { aanleiding: 'Een andere aanleiding.' } });
    expect(na.statusCode).toBe(200);
    s = na.data;
    const c = await download(eerste._links.docx.href);
    expect(Buffer.compare(a.rawPayload, c.rawPayload)).toBe(0);

    const xml = await (await JSZip.loadAsync(a.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain(eerste.documentnummer);
    expect(xml).toContain('Het informatiebeheer loopt achter.');
    expect(xml).not.toContain('Een andere aanleiding.');
    expect(xml).toContain('Adviseur informatiebeheer');
    expect(xml).toContain('Inhuur migratie e-depot');
    const v = (await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/vergelijking`, undefined, als(po))).data;
    expect(v.jaren).toHaveLength(4);
    for (const j of v.kolommen[1].totaal.loonsom) expect(xml).toContain(euro(j.totaal));
    for (const j of v.kolommen[0].totaal.loonsom) expect(xml).toContain(euro(j.totaal));
  });

  it('downloads the PDF, byte for byte the same, and records each download', async () => {
    const a = await download(eerste._links.pdf.href);
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-type']).toContain('application/pdf');
    expect(a.headers['content-disposition']).toBe(`attachment; filename="${eerste.documentnummer}.pdf"`);
    expect(a.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const b = await download(eerste._links.pdf.href);
    expect(Buffer.compare(a.rawPayload, b.rawPayload)).toBe(0);
    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actie', '=', 'GET /voorstellen/{voorstelId}/document')
      .where('object_id', '=', eerste.id)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.at(-1)!.details).toMatchObject({ filter: { formaat: 'pdf' }, aantalPersonen: 0 });
  });

  it('refuses a bad formaat and an unknown voorstel', async () => {
    const fout = await download(`/api/v1/voorstellen/${eerste.id}/document?formaat=odt`);
    expect(fout.statusCode).toBe(400);
    const weg = await call(api.app, 'GET', `/api/v1/voorstellen/${crypto.randomUUID()}`, undefined, als(po));
    expect(weg.statusCode).toBe(404);
  });
});

describe('who sees a voorstel', () => {
  it('lets the college read and download the voorstel of a proposed scenario, not of a concept', async () => {
    const concept = await call(api.app, 'GET', `/api/v1/voorstellen/${eerste.id}`, undefined, als(college));
    expect(concept.statusCode).toBe(403);
    expect((await download(eerste._links.docx.href, college)).statusCode).toBe(403);

    const voorgesteld = await patch(s.id, s.versie, { status: 'voorgesteld' });
    expect(voorgesteld.statusCode, voorgesteld.body).toBe(200);
    s = voorgesteld.data;
    const lees = await call(api.app, 'GET', `/api/v1/voorstellen/${eerste.id}`, undefined, als(college));
    expect(lees.statusCode).toBe(200);
    expect(lees.data.documentnummer).toBe(eerste.documentnummer);
    const lijst = await call(
      api.app,
      'GET',
      `/api/v1/scenarios/${s.id}/voorstellen`,
      undefined,
      als(college),
    );
    expect(lijst.statusCode).toBe(200);
    expect(lijst.data.mag).toEqual({ maken: false, tekstenWijzigen: false });
    const docx = await download(eerste._links.docx.href, college);
    expect(docx.statusCode).toBe(200);
    expect((await maak(s.id, college)).statusCode).toBe(403);
    expect((await patch(s.id, s.versie, { voorstelteksten: { risicos: 'x' } }, college)).statusCode).toBe(
      403,
    );
  });

  it('refuses a teamleider and the OR', async () => {
    for (const wie of [teamleider, or]) {
      expect(
        (await call(api.app, 'GET', `/api/v1/voorstellen/${eerste.id}`, undefined, als(wie))).statusCode,
      ).toBe(403);
      expect((await download(eerste._links.docx.href, wie)).statusCode).toBe(403);
      expect(
        (await call(api.app, 'GET', `/api/v1/scenarios/${s.id}/voorstellen`, undefined, als(wie))).statusCode,
      ).toBe(403);
      expect((await maak(s.id, wie)).statusCode).toBe(403);
    }
  });

  it('refuses texts and voorstellen on a rejected scenario (409)', async () => {
    const ander = await buildScenario(api.app, { naam: 'Verworpen', peildatum: `${J}-01-01` }, po);
    const tekst = await patch(ander.id, ander.versie, {
      voorstelteksten: { aanleiding: 'A', gevraagdBesluit: 'B' },
    });
    expect(tekst.statusCode).toBe(200);
    const weg = await patch(ander.id, tekst.data.versie, { status: 'verworpen' });
    expect(weg.statusCode).toBe(200);
    const res = await maak(ander.id);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(
      (await patch(ander.id, weg.data.versie, { voorstelteksten: { aanleiding: 'C' } })).statusCode,
    ).toBe(409);
  });

  it('still takes texts after adoption, but no other change, and the voorstel then carries the besluit', async () => {
    const directeur = await loginAls(api.db, ['directeur']);
    const vast = await call(
      api.app,
      'POST',
      `/api/v1/scenarios/${s.id}/vaststellingen`,
      { besluitdatum: `${J}-02-01`, kenmerk: 'DIR-VOORSTEL-1' },
      als(directeur, { 'if-match': `"${s.versie}"` }),
    );
    expect(vast.statusCode, vast.body).toBe(201);
    const tekst = await patch(s.id, vast.data.versie, { voorstelteksten: { risicos: 'Na het besluit.' } });
    expect(tekst.statusCode, tekst.body).toBe(200);
    expect(tekst.data.voorstelteksten.risicos).toBe('Na het besluit.');
    const naam = await patch(s.id, tekst.data.versie, { naam: 'Anders', voorstelteksten: { risicos: 'y' } });
    expect(naam.statusCode).toBe(409);
    const v = await maak(s.id);
    expect(v.statusCode, v.body).toBe(201);
    const rij = await api.db
      .selectFrom('voorstel')
      .select('snapshot')
      .where('id', '=', v.data.id)
      .executeTakeFirstOrThrow();
    expect((rij.snapshot as VoorstelSnapshot).scenario).toMatchObject({
      status: 'vastgesteld',
      besluit: { kenmerk: 'DIR-VOORSTEL-1', datum: `${J}-02-01` },
    });
    expect((rij.snapshot as VoorstelSnapshot).teksten.risicos).toBe('Na het besluit.');
  });
});

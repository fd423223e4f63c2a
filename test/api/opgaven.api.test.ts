import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  als,
  buildExpertise,
  buildMedewerker,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

let api: Api;
let regisseur: Sessie;
let college: Sessie;
let teamleider: Sessie;

beforeAll(async () => {
  api = await startApi();
  regisseur = await loginAls(api.db, ['programmaregisseur']);
  college = await loginAls(api.db, ['college']);
  teamleider = await loginAls(api.db, ['teamleider']);
});
afterAll(async () => {
  await api.close();
});

/** A step with If-Match of the version just read, as the web app sends it. */
const stap = async (id: string, naar: string, s: Sessie = regisseur) => {
  const { versie } = (await call(api.app, 'GET', `/api/v1/opgaven/${id}`)).data;
  return call(
    api.app,
    'POST',
    `/api/v1/opgaven/${id}/overgangen`,
    { naar },
    {
      ...als(s),
      'if-match': `"${versie}"`,
    },
  );
};

describe('an opgave from signalering through verkenning and rolbepaling', () => {
  it('walks the lifecycle and says at each step what is missing', async () => {
    const persoon = await buildMedewerker(api.app, { voornaam: 'Pim', achternaam: 'Regisseur' });
    const programma = await call(api.app, 'POST', '/api/v1/programmas', {
      naam: 'Energietransitie',
      programmaregisseurMedewerkerId: persoon.id,
    });
    expect(programma.statusCode, programma.body).toBe(201);
    const nieuw = await call(
      api.app,
      'POST',
      '/api/v1/opgaven',
      { titel: 'Netcongestie op bedrijventerreinen', programmaId: programma.data.id },
      als(regisseur),
    );
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    let o = nieuw.data;
    expect(o.status).toBe('signalering');
    expect(o.volgendeStatussen).toEqual(['verkenning', 'afgerond']);

    const zonderOmschrijving = await stap(o.id, 'verkenning');
    expect(zonderOmschrijving.statusCode).toBe(400);
    expect(zonderOmschrijving.data.invalidParams.map((p: any) => p.name)).toEqual(['omschrijving']);
    o = (
      await call(
        api.app,
        'PATCH',
        `/api/v1/opgaven/${o.id}`,
        { omschrijving: 'Bedrijven kunnen niet uitbreiden door een vol stroomnet.' },
        { ...als(regisseur), 'if-match': `"${o.versie}"` },
      )
    ).data;
    o = (await stap(o.id, 'verkenning')).data;
    expect(o.status).toBe('verkenning');

    // Rolbepaling needs the exploration: both gaps at once.
    const leeg = await stap(o.id, 'rolbepaling');
    expect(leeg.statusCode).toBe(400);
    expect(leeg.data.invalidParams.map((p: any) => p.name).sort()).toEqual(['bevindingen', 'stakeholders']);
    const s = await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/stakeholders`,
      {
        naam: 'Netbeheerder',
        soort: 'extern',
        belang: 'Netcapaciteit',
        invloed: 'hoog',
        betrokkenheid: 'coproduceren',
      },
      als(regisseur),
    );
    expect(s.statusCode, s.body).toBe(201);
    const fout = await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/stakeholders`,
      { naam: '', soort: 'buitenlands', invloed: 'enorm', betrokkenheid: 'bepalen' },
      als(regisseur),
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'betrokkenheid',
      'invloed',
      'naam',
      'soort',
    ]);
    await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/bevindingen`,
      { datum: '2026-10-01', tekst: 'Wachtlijst van twee jaar voor nieuwe aansluitingen.' },
      als(regisseur),
    );
    o = (await stap(o.id, 'rolbepaling')).data;
    expect(o.status).toBe('rolbepaling');

    // Aanpak only after the college's role decision.
    expect((await stap(o.id, 'aanpak')).data.invalidParams.map((p: any) => p.name)).toEqual(['rolbepaling']);
    const dubbel = await call(
      api.app,
      'PUT',
      `/api/v1/opgaven/${o.id}/rolbepaling`,
      {
        eigenaarschap: 'midden',
        overheidsrolPrimair: 'netwerkend',
        overheidsrolSecundair: ['netwerkend'],
        datum: '2026-11-03',
        besluit: 'B&W 2026/88',
      },
      { ...als(college), 'if-match': `"${o.versie}"` },
    );
    expect(dubbel.statusCode).toBe(400);
    expect(dubbel.data.invalidParams[0].name).toBe('overheidsrolSecundair');
    const rol = await call(
      api.app,
      'PUT',
      `/api/v1/opgaven/${o.id}/rolbepaling`,
      {
        eigenaarschap: 'midden',
        overheidsrolPrimair: 'netwerkend',
        overheidsrolSecundair: ['presterend'],
        datum: '2026-11-03',
        besluit: 'B&W 2026/88',
      },
      { ...als(college), 'if-match': `"${o.versie}"` },
    );
    expect(rol.statusCode, rol.body).toBe(200);
    expect(rol.data.rolbepaling).toEqual({
      status: 'besloten',
      eigenaarschap: 'midden',
      overheidsrolPrimair: 'netwerkend',
      overheidsrolSecundair: ['presterend'],
      datum: '2026-11-03',
      besluit: 'B&W 2026/88',
      voorgesteld: null,
      besloten: { door: expect.any(String), op: expect.any(String) },
    });
    o = (await stap(o.id, 'aanpak')).data;
    const uitvoering = await stap(o.id, 'uitvoering');
    expect(uitvoering.data.invalidParams.map((p: any) => p.name).sort()).toEqual([
      'aanpak',
      'programmaregisseurMedewerkerId',
      'strategie',
    ]);

    // The demand for capacity, and the teamleider may read it but not change it.
    const vraag = await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/capaciteitsvragen`,
      {
        expertiseId: (await buildExpertise(api.app, { naam: 'Energierecht' })).id,
        minimumNiveau: 3,
        periode: '2027-Q1',
        uren: 120,
      },
      als(regisseur),
    );
    expect(vraag.statusCode, vraag.body).toBe(201);
    expect(vraag.data.dossier).toEqual({
      soort: 'opgave',
      id: o.id,
      titel: 'Netcongestie op bedrijventerreinen',
    });
    const gelezen = await call(api.app, 'GET', `/api/v1/opgaven/${o.id}`, undefined, als(teamleider));
    expect(gelezen.data.urenGevraagd).toBe(120);
    expect(gelezen.data.programma.naam).toBe('Energietransitie');
    const nietSchrijven = await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/bevindingen`,
      { tekst: 'x' },
      als(teamleider),
    );
    expect(nietSchrijven.statusCode).toBe(403);

    // A jump the graph does not allow; and a step reserved to the directeur.
    const sprong = await stap(o.id, 'evaluatie');
    expect(sprong.statusCode).toBe(409);
    expect(sprong.data.toegestaneStatussen).toEqual(['uitvoering', 'rolbepaling']);
    const sluiten = await stap(o.id, 'afgerond');
    expect(sluiten.statusCode).toBe(403);
    expect(sluiten.data.detail).toContain('directeur');
    expect(o.overgangen.map((x: any) => `${x.van}>${x.naar}`)).toEqual([
      '>signalering',
      'signalering>verkenning',
      'verkenning>rolbepaling',
      'rolbepaling>aanpak',
    ]);
  });

  it('keeps two simultaneous steps from the same phase to one winner', async () => {
    const o = (await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Tegelijk', omschrijving: 'x' })).data;
    const [a, b] = await Promise.all([stap(o.id, 'verkenning'), stap(o.id, 'verkenning')]);
    // Both read the same version: the loser is refused as stale (412) or by the status guard (409).
    const [winnaar, verliezer] = [a.statusCode, b.statusCode].sort();
    expect(winnaar).toBe(201);
    expect([409, 412]).toContain(verliezer);
    const na = (await call(api.app, 'GET', `/api/v1/opgaven/${o.id}`)).data;
    expect(na.overgangen).toHaveLength(2);
  });
});

describe('the findings of an exploration', () => {
  it('are corrected and removed by those who write dossiers, each change on the audit record', async () => {
    const o = (
      await call(
        api.app,
        'POST',
        '/api/v1/opgaven',
        { titel: 'Bevindingen', omschrijving: 'x' },
        als(regisseur),
      )
    ).data;
    const ander = (
      await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Andere', omschrijving: 'x' }, als(regisseur))
    ).data;
    const na = await call(
      api.app,
      'POST',
      `/api/v1/opgaven/${o.id}/bevindingen`,
      { datum: '2026-10-01', tekst: 'Wachtlijst van twee jaar.' },
      als(regisseur),
    );
    const b = na.data.bevindingen[0];
    const pad = `/api/v1/opgaven/${o.id}/bevindingen/${b.id}`;
    const metVersie = (v: number) => ({ ...als(regisseur), 'if-match': `"${v}"` });

    const fout = await call(
      api.app,
      'PATCH',
      pad,
      { datum: '2026-13-01', tekst: '  ' },
      metVersie(na.data.versie),
    );
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.map((p: any) => p.name).sort()).toEqual(['datum', 'tekst']);
    const leeg = await call(api.app, 'PATCH', pad, {}, metVersie(na.data.versie));
    expect(leeg.statusCode).toBe(400);
    expect(leeg.data.invalidParams[0]).toMatchObject({ name: 'tekst', code: 'leeg' });
    expect((await call(api.app, 'PATCH', pad, { tekst: 'x' }, als(regisseur))).statusCode).toBe(428);
    const oud = await call(api.app, 'PATCH', pad, { tekst: 'x' }, metVersie(na.data.versie - 1));
    expect(oud.statusCode).toBe(412);

    const gecorrigeerd = await call(
      api.app,
      'PATCH',
      pad,
      { tekst: ' Wachtlijst van drie jaar. ' },
      metVersie(na.data.versie),
    );
    expect(gecorrigeerd.statusCode, gecorrigeerd.body).toBe(200);
    expect(gecorrigeerd.data.bevindingen).toEqual([
      { id: b.id, datum: '2026-10-01', tekst: 'Wachtlijst van drie jaar.' },
    ]);
    expect(gecorrigeerd.data.versie).toBe(na.data.versie + 1);
    // The correction was made on the version before it: that read is now stale.
    expect((await call(api.app, 'PATCH', pad, { tekst: 'x' }, metVersie(na.data.versie))).statusCode).toBe(
      412,
    );
    const datum = await call(
      api.app,
      'PATCH',
      pad,
      { datum: '2026-09-30' },
      metVersie(gecorrigeerd.data.versie),
    );
    expect(datum.data.bevindingen[0]).toMatchObject({
      datum: '2026-09-30',
      tekst: 'Wachtlijst van drie jaar.',
    });

    // Only through its own opgave, and only for those who write dossiers.
    const elders = `/api/v1/opgaven/${ander.id}/bevindingen/${b.id}`;
    expect((await call(api.app, 'PATCH', elders, { tekst: 'x' }, metVersie(ander.versie))).statusCode).toBe(
      404,
    );
    expect((await call(api.app, 'DELETE', elders, undefined, als(regisseur))).statusCode).toBe(404);
    expect((await call(api.app, 'DELETE', pad, undefined, als(teamleider))).statusCode).toBe(403);

    expect((await call(api.app, 'DELETE', pad, undefined, als(regisseur))).statusCode).toBe(204);
    expect((await call(api.app, 'GET', `/api/v1/opgaven/${o.id}`)).data.bevindingen).toEqual([]);
    expect((await call(api.app, 'DELETE', pad, undefined, als(regisseur))).statusCode).toBe(404);

    const audit = await api.db
      .selectFrom('audit_log')
      .select(['actie', 'resultaat'])
      .where('object_id', '=', b.id)
      .orderBy('id')
      .execute();
    expect(audit.map((r) => `${r.actie} ${r.resultaat}`)).toEqual([
      ...Array(4).fill('PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId} mislukt'),
      'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId} gelukt',
      'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId} mislukt',
      'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId} gelukt',
      'PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId} mislukt',
      'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId} mislukt',
      'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId} geweigerd',
      'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId} gelukt',
      'DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId} mislukt',
    ]);
  });
});

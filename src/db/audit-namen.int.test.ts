import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import { type AuditNaam, findAuditNamen } from './audit-namen.repository';
import type { Database } from './schema';

/**
 * The names the audit log shows for the objects of issues 13 to 16, in one statement: a gesprek by
 * its kind, date and medewerker (never its verslag), a plan's doel by the plan, a pulse round by its
 * title, and the object whose page shows each (`ouder`).
 */
describe(onEngine('findAuditNamen for the areas since issue 12'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;
  const ids: Record<string, string> = {};
  const nieuw = async <T extends keyof Database & string>(
    naam: string,
    tabel: T,
    rij: Record<string, unknown>,
  ): Promise<string> => {
    const r = (await db
      .insertInto(tabel)
      .values(rij as never)
      .returning(sql`id::text`.as('id') as never)
      .executeTakeFirstOrThrow()) as unknown as { id: string };
    ids[naam] = r.id;
    return r.id;
  };

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    const nu = new Date('2026-12-06T12:00:00Z');
    const tijd = { aangemaakt_op: nu, gewijzigd_op: nu };
    const team = await nieuw('team', 'team', { naam: 'Jeugd', soort: 'basisteam', ...tijd });
    const sophia = await nieuw('sophia', 'medewerker', {
      personeelsnummer: 'P1',
      voornaam: 'Sophia',
      achternaam: 'Jacobs',
      e_mail: 'sophia@example.org',
      functie: 'Beleidsadviseur',
      schaal: 10,
      trede: 3,
      in_dienst: '2020-01-01',
      ...tijd,
    });
    const plaats = await nieuw('formatieplaats', 'formatieplaats', {
      team_id: team,
      functie_naam: 'Beleidsadviseur',
      salarisschaal: '10',
      fte: 1,
      ingangsdatum: '2026-01-01',
      soort: 'structureel',
      financiering: 'regulier',
      ...tijd,
    });
    await nieuw('plaatsing', 'plaatsing', {
      formatieplaats_id: plaats,
      medewerker_id: sophia,
      fte: 1,
      ingangsdatum: '2026-01-01',
      ...tijd,
    });
    await nieuw('salaristabel', 'salaristabel', { naam: 'Cao 2026', geldig_vanaf: '2026-01-01', ...tijd });
    await nieuw('werkgeverslasten', 'werkgeverslasten', {
      geldig_vanaf: '2026-01-01',
      ikb_percentage: 17.05,
      pensioen_percentage: 14,
      sociale_premies_percentage: 12,
      loonstijging_percentage: 0,
      ...tijd,
    });
    await nieuw('loonsombudget', 'loonsombudget', { team_id: team, jaar: 2026, bedrag: 1_000_000, ...tijd });
    const scenario = await nieuw('scenario', 'scenario', {
      naam: 'Krimp 5%',
      peildatum: '2026-01-01',
      ...tijd,
    });
    await nieuw('voorstel', 'voorstel', {
      scenario_id: scenario,
      documentnummer: 'WB-2026-0003',
      jaar: 2026,
      volgnummer: 3,
      gegenereerd_op: nu,
      snapshot: '{}',
      sha256: 'a'.repeat(64),
      aangemaakt_door_naam: 'Yuna van Wijk',
    });
    await db
      .insertInto('gesprekssoort')
      .values({ code: 'jaargesprek-test', naam: 'Jaargesprek (test)' })
      .execute();
    const gesprek = await nieuw('gesprek', 'gesprek', {
      medewerker_id: sophia,
      soort: 'jaargesprek-test',
      datum: '2026-03-12',
      verslag: 'GEHEIM: wat er gezegd is',
      ...tijd,
    });
    await nieuw('gesprek_actie', 'gesprek_actie', {
      gesprek_id: gesprek,
      omschrijving: 'GEHEIM: de afspraak',
      eigenaar: 'medewerker',
      ...tijd,
    });
    await nieuw('ontwikkelthema', 'ontwikkelthema', { naam: 'Digitaal vaardig', aangemaakt_op: nu });
    const plan = await nieuw('ontwikkelplan', 'ontwikkelplan', {
      jaar: 2026,
      soort: 'medewerker',
      medewerker_id: sophia,
      ...tijd,
    });
    await nieuw('teamplan', 'ontwikkelplan', { jaar: 2027, soort: 'team', team_id: team, ...tijd });
    await nieuw('ontwikkeldoel', 'ontwikkeldoel', {
      plan_id: plan,
      omschrijving: 'GEHEIM: het doel',
      ...tijd,
    });
    await nieuw('ontwikkelactiviteit', 'ontwikkelactiviteit', {
      plan_id: plan,
      soort: 'cursus',
      titel: 'GEHEIM: de cursus',
      van: '2026-03-01',
      tot: '2026-03-31',
      kosten_centen: 0,
      uren: 0,
      ...tijd,
    });
    await nieuw('ontwikkelbudget', 'ontwikkelbudget', {
      jaar: 2026,
      team_id: null,
      bedrag_centen: 100,
      ...tijd,
    });
    await nieuw('puls_ronde', 'puls_ronde', { titel: 'Voorjaar 2026', status: 'open', aangemaakt_op: nu });
    await nieuw('import', 'import_verwerking', {
      bestandsnaam: 'hr-2026-01.csv',
      sha256: 'b'.repeat(64),
      soort: 'medewerkers',
      peildatum: '2026-01-01',
      volledig: false,
      aantallen: '{}',
      verwerkt_op: nu,
    });
    await nieuw('import_koppeling', 'import_koppeling', {
      naam: 'AFAS-export',
      soort: 'medewerkers',
      velden: '{}',
      ...tijd,
    });
    const pagina = await nieuw('zoWerkenWePagina', 'zo_werken_we_pagina', { ...tijd });
    await db
      .insertInto('zo_werken_we_versie')
      .values({
        pagina_id: pagina,
        nummer: 1,
        titel: 'Samen beslissen',
        samenvatting: '',
        tekst: '',
        aangemaakt_op: nu,
      })
      .execute();
    await nieuw('or_verzoek', 'or_verzoek', { soort: 'advies', onderwerp: 'Reorganisatie Jeugd', ...tijd });
    const overleg = await nieuw('or_overleg', 'or_overleg', {
      datum: '2026-03-12',
      titel: 'Overlegvergadering',
      ...tijd,
    });
    await nieuw('or_overleg_actie', 'or_overleg_actie', {
      overleg_id: overleg,
      omschrijving: 'Notulen rondsturen',
      eigenaar: 'Secretaris',
      ...tijd,
    });
    await nieuw('verander_fase', 'verander_fase', { volgnummer: 1, naam: 'Fase 1: Verkennen', ...tijd });
    const thema = await nieuw('verander_thema', 'verander_thema', { naam: 'Digitaal werken', ...tijd });
    await nieuw('verander_lid', 'verander_thema_lid', {
      thema_id: thema,
      medewerker_id: sophia,
      uren_per_week: 4,
      van: '2026-01-05',
      tot: '2026-06-28',
      ...tijd,
    });
    await nieuw('verander_actie', 'verander_actie', {
      thema_id: thema,
      soort: 'actie',
      titel: 'Training',
      ...tijd,
    });
    const evaluatie = await nieuw('evaluatie', 'evaluatie', {
      titel: 'Evaluatie organisatie',
      onderwerp_soort: 'organisatie',
      datum: '2026-06-01',
      ...tijd,
    });
    await nieuw('evaluatie_actie', 'evaluatie_actie', {
      evaluatie_id: evaluatie,
      omschrijving: 'Terugkoppelen',
      eigenaar_medewerker_id: sophia,
      datum: '2026-07-01',
      ...tijd,
    });
    await nieuw('raadsbrief', 'raadsbrief', {
      documentnummer: 'RB-2026-0001',
      jaar: 2026,
      volgnummer: 1,
      onderwerp: 'Voortgang wendbare organisatie',
      aangemaakt_door_naam: 'Yuna van Wijk',
      ...tijd,
    });
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('names every new kind in one statement, with the object whose page shows it', async () => {
    const gevraagd = {
      formatieplaats: [ids.formatieplaats!],
      plaatsing: [ids.plaatsing!],
      salaristabel: [ids.salaristabel!],
      werkgeverslasten: [ids.werkgeverslasten!],
      loonsombudget: [ids.loonsombudget!],
      scenario: [ids.scenario!],
      voorstel: [ids.voorstel!],
      gesprek: [ids.gesprek!],
      gesprek_actie: [ids.gesprek_actie!],
      gesprekssoort: ['jaargesprek-test'],
      ontwikkelthema: [ids.ontwikkelthema!],
      ontwikkelplan: [ids.ontwikkelplan!, ids.teamplan!],
      ontwikkeldoel: [ids.ontwikkeldoel!],
      ontwikkelactiviteit: [ids.ontwikkelactiviteit!],
      ontwikkelbudget: [ids.ontwikkelbudget!],
      puls_ronde: [ids.puls_ronde!],
      import: [ids.import!],
      import_koppeling: [ids.import_koppeling!],
      zoWerkenWePagina: [ids.zoWerkenWePagina!],
      or_verzoek: [ids.or_verzoek!],
      or_overleg: [ids.or_overleg!],
      or_overleg_actie: [ids.or_overleg_actie!],
      verander_fase: [ids.verander_fase!],
      verander_thema: [ids.verander_thema!],
      verander_lid: [ids.verander_lid!],
      verander_actie: [ids.verander_actie!],
      evaluatie: [ids.evaluatie!],
      evaluatie_actie: [ids.evaluatie_actie!],
      raadsbrief: [ids.raadsbrief!],
    } as const;
    const namen = await findAuditNamen(db, gevraagd);
    const per = (soort: string, id: string) => namen.find((n) => n.soort === soort && n.id === id);
    const naam = (naam: string, rest: Partial<AuditNaam> = {}) => ({
      naam,
      van: null,
      ouder: null,
      datum: null,
      ...rest,
    });
    const team = `team:${ids.team}`;
    const sophia = `medewerker:${ids.sophia}`;
    const verwacht: [string, string, ReturnType<typeof naam>][] = [
      ['formatieplaats', ids.formatieplaats!, naam('Beleidsadviseur', { van: 'Jeugd', ouder: team })],
      ['plaatsing', ids.plaatsing!, naam('Beleidsadviseur', { van: 'Sophia Jacobs', ouder: team })],
      ['salaristabel', ids.salaristabel!, naam('Cao 2026')],
      ['werkgeverslasten', ids.werkgeverslasten!, naam('2026-01-01')],
      ['loonsombudget', ids.loonsombudget!, naam('2026', { van: 'Jeugd', ouder: team })],
      ['scenario', ids.scenario!, naam('Krimp 5%')],
      [
        'voorstel',
        ids.voorstel!,
        naam('WB-2026-0003', { van: 'Krimp 5%', ouder: `scenario:${ids.scenario}` }),
      ],
      [
        'gesprek',
        ids.gesprek!,
        naam('Jaargesprek (test)', { van: 'Sophia Jacobs', ouder: sophia, datum: '2026-03-12' }),
      ],
      [
        'gesprek_actie',
        ids.gesprek_actie!,
        naam('Jaargesprek (test)', { van: 'Sophia Jacobs', ouder: sophia, datum: '2026-03-12' }),
      ],
      ['gesprekssoort', 'jaargesprek-test', naam('Jaargesprek (test)')],
      ['ontwikkelthema', ids.ontwikkelthema!, naam('Digitaal vaardig')],
      ['ontwikkelplan', ids.ontwikkelplan!, naam('2026', { van: 'Sophia Jacobs', ouder: sophia })],
      ['ontwikkelplan', ids.teamplan!, naam('2027', { van: 'Jeugd', ouder: team })],
      ['ontwikkeldoel', ids.ontwikkeldoel!, naam('2026', { van: 'Sophia Jacobs', ouder: sophia })],
      [
        'ontwikkelactiviteit',
        ids.ontwikkelactiviteit!,
        naam('2026', { van: 'Sophia Jacobs', ouder: sophia }),
      ],
      ['ontwikkelbudget', ids.ontwikkelbudget!, naam('2026')],
      ['puls_ronde', ids.puls_ronde!, naam('Voorjaar 2026')],
      ['import', ids.import!, naam('hr-2026-01.csv')],
      ['import_koppeling', ids.import_koppeling!, naam('AFAS-export')],
      ['zoWerkenWePagina', ids.zoWerkenWePagina!, naam('Samen beslissen')],
      ['or_verzoek', ids.or_verzoek!, naam('Reorganisatie Jeugd')],
      ['or_overleg', ids.or_overleg!, naam('Overlegvergadering', { datum: '2026-03-12' })],
      [
        'or_overleg_actie',
        ids.or_overleg_actie!,
        naam('Overlegvergadering', { ouder: `or_overleg:${ids.or_overleg}`, datum: '2026-03-12' }),
      ],
      ['verander_fase', ids.verander_fase!, naam('Fase 1: Verkennen')],
      ['verander_thema', ids.verander_thema!, naam('Digitaal werken')],
      [
        'verander_lid',
        ids.verander_lid!,
        naam('Sophia Jacobs', { van: 'Digitaal werken', ouder: `verander_thema:${ids.verander_thema}` }),
      ],
      [
        'verander_actie',
        ids.verander_actie!,
        naam('Training', { van: 'Digitaal werken', ouder: `verander_thema:${ids.verander_thema}` }),
      ],
      ['evaluatie', ids.evaluatie!, naam('Evaluatie organisatie')],
      [
        'evaluatie_actie',
        ids.evaluatie_actie!,
        naam('Evaluatie organisatie', { ouder: `evaluatie:${ids.evaluatie}` }),
      ],
      ['raadsbrief', ids.raadsbrief!, naam('Voortgang wendbare organisatie')],
    ];
    for (const [soort, id, n] of verwacht) expect(per(soort, id), soort).toEqual({ soort, id, ...n });
    expect(namen).toHaveLength(verwacht.length);
    // What was said in a gesprek, agreed in it or planned in an ontwikkelplan never reaches the log.
    expect(JSON.stringify(namen)).not.toContain('GEHEIM');
  });

  it('names nothing for an id that is not there', async () => {
    expect(
      await findAuditNamen(db, {
        gesprek: ['00000000-0000-4000-8000-000000000000'],
        puls_ronde: ['00000000-0000-4000-8000-000000000000'],
      }),
    ).toEqual([]);
  });
});

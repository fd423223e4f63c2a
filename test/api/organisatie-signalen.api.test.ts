/**
 * The organisation overview's signals ahead: gaps in membership and leadership, and inzet planned
 * after an employment or contract ends. The rules refuse most of these situations when written
 * through the API, so the tests build them as legacy data would hold them: through the repositories.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLeiderschap } from '../../src/db/leiderschap.repository';
import {
  endContracturen,
  endTeamlidmaatschap,
  findContracturen,
  findTeamlidmaatschappen,
  insertTeamlidmaatschap,
} from '../../src/db/medewerker.repository';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { weekdag } from '../../src/domain/kalender';
import { type Api, buildMedewerker, buildTeam, call, loginAls, startApi } from './support';

let api: Api;
const T = vandaag();
const d = (n: number) => plusDagen(T, n);
/** Inzet runs in whole ISO weeks: the Monday and the Sunday on or after day n. */
const maandag = (n: number) => plusDagen(d(n), (8 - weekdag(d(n))) % 7);
const zondag = (n: number) => plusDagen(d(n), 7 - weekdag(d(n)));

let beleidsdoelId: string;
beforeAll(async () => {
  api = await startApi();
  const programma = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: Number(T.slice(0, 4)),
    code: 'S',
    naam: 'Signalen',
  });
  beleidsdoelId = (
    await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${programma.data.id}/beleidsdoelen`, {
      naam: 'Doel',
    })
  ).data.beleidsdoelen[0].id;
});

async function resultaatdoel(teamId: string, titel: string): Promise<string> {
  const doel = await call(api.app, 'POST', `/api/v1/teams/${teamId}/resultaatdoelen`, {
    periode: T.slice(0, 4),
    titel,
    geschatteUren: 100,
    beleidsdoelen: [{ beleidsdoelId, gewicht: 1 }],
  });
  expect(doel.statusCode).toBe(201);
  return doel.data.id;
}
afterAll(async () => {
  await api.close();
});

const overzicht = async (headers: Record<string, string> = {}) => {
  const res = await call(api.app, 'GET', '/api/v1/organisatie', undefined, headers);
  expect(res.statusCode).toBe(200);
  return res.data;
};

/** Ends the medewerker's only membership on `einde`, as data loaded before the rules could hold it. */
async function beeindigLidmaatschap(medewerkerId: string, einde: string) {
  const [lid] = await findTeamlidmaatschappen(api.db, medewerkerId);
  await endTeamlidmaatschap(api.db, lid!.id, einde);
}

/** Hours of `urenPerWeek` on every weekday of [van, tot], counted day by day. */
function uren(urenPerWeek: number, van: string, tot: string) {
  let n = 0;
  for (let x = van; x <= tot; x = plusDagen(x, 1)) if (weekdag(x) <= 5) n++;
  return Math.round(((urenPerWeek * n) / 5) * 100) / 100;
}

describe('signals ahead on the organisation overview', () => {
  it('states its horizon: today through twelve months on', async () => {
    const o = await overzicht();
    expect(o.signalen.horizon.van).toBe(T);
    expect(o.signalen.horizon.tot > d(360)).toBe(true);
    expect(o.signalen.horizon.tot <= d(366)).toBe(true);
  });

  it('shows a coming membership gap with its dates and the team before it, and an open one', async () => {
    const team = await buildTeam(api.app, { naam: 'Team Gat' });
    const ander = await buildTeam(api.app, { naam: 'Team Daarna' });
    const tijdelijk = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Tussenpoos' });
    await beeindigLidmaatschap(tijdelijk.id, d(30));
    await insertTeamlidmaatschap(api.db, {
      medewerker_id: tijdelijk.id,
      team_id: ander.id,
      ingangsdatum: d(61),
    });
    const open = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Zonderplek' });
    await beeindigLidmaatschap(open.id, d(10));
    const gewoon = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Gewoonbezet' });

    const { signalen } = await overzicht();
    expect(signalen.lidmaatschapsgaten).toContainEqual({
      medewerkerId: tijdelijk.id,
      naam: `Sanne ${tijdelijk.achternaam}`,
      vanaf: d(31),
      tot: d(60),
      vorigTeam: { id: team.id, naam: 'Team Gat' },
    });
    expect(signalen.lidmaatschapsgaten).toContainEqual(
      expect.objectContaining({ medewerkerId: open.id, vanaf: d(11), tot: null }),
    );
    expect(signalen.lidmaatschapsgaten.map((g: any) => g.medewerkerId)).not.toContain(gewoon.id);
    expect(signalen.aantalLidmaatschapsgaten).toBeGreaterThanOrEqual(2);
    // In date order.
    const data = signalen.lidmaatschapsgaten.map((g: any) => g.vanaf);
    expect(data).toEqual([...data].sort());
  });

  it("folds today's gap in: someone without a team now appears from the day the gap began", async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Nuzonder' });
    await beeindigLidmaatschap(m.id, d(-20));
    const { signalen } = await overzicht();
    expect(signalen.lidmaatschapsgaten).toContainEqual(
      expect.objectContaining({ medewerkerId: m.id, vanaf: d(-19), tot: null }),
    );
    expect(signalen.medewerkersZonderTeam.map((x: any) => x.id)).toContain(m.id);
  });

  it('shows a team whose only teamleider ends without a successor, and a gap until a later successor', async () => {
    const team = await buildTeam(api.app, { naam: 'Team Stuurloos' });
    const leider = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Vertrekker' });
    await insertLeiderschap(api.db, {
      medewerker_id: leider.id,
      team_id: team.id,
      rol: 'teamleider',
      gemeentesecretaris: false,
      ingangsdatum: '2024-01-01',
      einddatum: d(45),
    });
    const later = await buildTeam(api.app, { naam: 'Team Wachtend' });
    const eerste = await buildMedewerker(api.app, { teamId: later.id, achternaam: 'Eerste' });
    const tweede = await buildMedewerker(api.app, { teamId: later.id, achternaam: 'Tweede' });
    const leiderschap = (medewerkerId: string, van: string, tot: string | null) =>
      insertLeiderschap(api.db, {
        medewerker_id: medewerkerId,
        team_id: later.id,
        rol: 'teamleider',
        gemeentesecretaris: false,
        ingangsdatum: van,
        einddatum: tot,
      });
    await leiderschap(eerste.id, '2024-01-01', d(20));
    await leiderschap(tweede.id, d(40), null);
    const naadloos = await buildTeam(api.app, { naam: 'Team Naadloos' });
    const a = await buildMedewerker(api.app, { teamId: naadloos.id });
    const b = await buildMedewerker(api.app, { teamId: naadloos.id });
    await insertLeiderschap(api.db, {
      medewerker_id: a.id,
      team_id: naadloos.id,
      rol: 'teamleider',
      gemeentesecretaris: false,
      ingangsdatum: '2024-01-01',
      einddatum: d(15),
    });
    await insertLeiderschap(api.db, {
      medewerker_id: b.id,
      team_id: naadloos.id,
      rol: 'teamleider',
      gemeentesecretaris: false,
      ingangsdatum: d(16),
    });

    const { signalen } = await overzicht();
    expect(signalen.leiderschapsgaten).toContainEqual({
      teamId: team.id,
      teamnaam: 'Team Stuurloos',
      vanaf: d(46),
      tot: null,
      vertrekkendeTeamleiders: [{ medewerkerId: leider.id, naam: `Sanne ${leider.achternaam}` }],
    });
    expect(signalen.leiderschapsgaten).toContainEqual({
      teamId: later.id,
      teamnaam: 'Team Wachtend',
      vanaf: d(21),
      tot: d(39),
      vertrekkendeTeamleiders: [{ medewerkerId: eerste.id, naam: `Sanne ${eerste.achternaam}` }],
    });
    expect(signalen.leiderschapsgaten.map((g: any) => g.teamId)).not.toContain(naadloos.id);
    // A team that never had a teamleider is leaderless from today, with nobody leaving.
    const nooit = await buildTeam(api.app, { naam: 'Team Nooit' });
    const opnieuw = await overzicht();
    expect(opnieuw.signalen.leiderschapsgaten).toContainEqual({
      teamId: nooit.id,
      teamnaam: 'Team Nooit',
      vanaf: T,
      tot: null,
      vertrekkendeTeamleiders: [],
    });
  });

  it('shows a person whose uit dienst lies before planned inzet, with the hours after it and the work', async () => {
    const team = await buildTeam(api.app, { naam: 'Team Vertrek' });
    const m = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Vertrekt', urenPerWeek: 36 });
    const doelId = await resultaatdoel(team.id, 'Vergunningen afhandelen');
    const detail = await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    const uit = await call(
      api.app,
      'PATCH',
      `/api/v1/medewerkers/${m.id}`,
      { uitDienst: d(60) },
      { 'if-match': detail.headers.etag as string },
    );
    expect(uit.statusCode).toBe(200);
    // Inzet after the last day, as planned before the leaving date was known (the API now refuses it).
    await api.db
      .insertInto('inzet')
      .values({
        medewerker_id: m.id,
        soort: 'robuust',
        resultaatdoel_id: doelId,
        van: maandag(30),
        tot: zondag(120),
        uren_per_week: 10,
      })
      .execute();
    const opgave = await sql<{ id: string }>`
      insert into opgave (titel) values ('Energietransitie') returning id`.execute(api.db);
    const expertise = await call(api.app, 'POST', '/api/v1/expertises', {
      naam: 'Warmtenetten',
      categorie: 'Energie',
    });
    const vraag = await sql<{ id: string }>`
      insert into capaciteitsvraag (opgave_id, expertise_id, minimum_niveau, periode, uren)
      values (${opgave.rows[0]!.id}, ${expertise.data.id}, 2, ${`${T.slice(0, 4)}-Q1`}, 200) returning id`.execute(
      api.db,
    );
    await api.db
      .insertInto('inzet')
      .values({
        medewerker_id: m.id,
        soort: 'wendbaar',
        resultaatdoel_id: null,
        capaciteitsvraag_id: vraag.rows[0]!.id,
        van: maandag(50),
        tot: zondag(80),
        uren_per_week: 4,
      })
      .execute();

    const { signalen } = await overzicht();
    const signaal = signalen.inzetNaEinde.find((s: any) => s.medewerkerId === m.id);
    const robuust = uren(10, d(61), zondag(120));
    const wendbaar = uren(4, d(61), zondag(80));
    expect(signaal).toEqual({
      medewerkerId: m.id,
      naam: `Sanne ${m.achternaam}`,
      soort: 'uitDienst',
      einddatum: d(60),
      uren: Math.round((robuust + wendbaar) * 100) / 100,
      inzet: expect.arrayContaining([
        {
          soort: 'robuust',
          werk: { soort: 'resultaatdoel', id: doelId, titel: 'Vergunningen afhandelen' },
          van: d(61),
          tot: zondag(120),
          urenPerWeek: 10,
          uren: robuust,
        },
        {
          soort: 'wendbaar',
          werk: { soort: 'opgave', id: opgave.rows[0]!.id, titel: 'Energietransitie' },
          van: d(61),
          tot: zondag(80),
          urenPerWeek: 4,
          uren: wendbaar,
        },
      ]),
    });
    expect(signaal.inzet).toHaveLength(2);
    expect(signalen.aantalInzetNaEinde).toBeGreaterThanOrEqual(1);
  });

  it('shows inzet after contract hours end without a successor, while still in service', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Urenloos', urenPerWeek: 20 });
    const [contract] = await findContracturen(api.db, m.id);
    await endContracturen(api.db, contract!.id, d(90));
    await api.db
      .insertInto('inzet')
      .values({
        medewerker_id: m.id,
        soort: 'robuust',
        resultaatdoel_id: await resultaatdoel(team.id, 'Handhaving'),
        van: maandag(80),
        tot: zondag(110),
        uren_per_week: 5,
      })
      .execute();
    const { signalen } = await overzicht();
    expect(signalen.inzetNaEinde).toContainEqual(
      expect.objectContaining({
        medewerkerId: m.id,
        soort: 'contracturen',
        einddatum: d(90),
        uren: uren(5, d(91), zondag(110)),
        inzet: [
          expect.objectContaining({
            werk: expect.objectContaining({ soort: 'resultaatdoel', titel: 'Handhaving' }),
            van: d(91),
            tot: zondag(110),
            urenPerWeek: 5,
          }),
        ],
      }),
    );
  });

  it('a role without personal-data rights sees the counts and the teams, no names', async () => {
    const team = await buildTeam(api.app, { naam: 'Team Geheim' });
    const m = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Geheimhouder' });
    await beeindigLidmaatschap(m.id, d(5));
    const leider = await buildMedewerker(api.app, { teamId: team.id, achternaam: 'Leidsvrouw' });
    await insertLeiderschap(api.db, {
      medewerker_id: leider.id,
      team_id: team.id,
      rol: 'teamleider',
      gemeentesecretaris: false,
      ingangsdatum: '2024-01-01',
      einddatum: d(100),
    });
    const volledig = await overzicht();

    for (const rol of ['or', 'medewerker', 'programmaregisseur'] as const) {
      const sessie = await loginAls(api.db, [rol]);
      const res = await call(api.app, 'GET', '/api/v1/organisatie', undefined, sessie);
      expect(res.statusCode).toBe(200);
      const { signalen } = res.data;
      // Today's teamleiders are public in the teams table; who leaves, and when, is not.
      expect(JSON.stringify(signalen)).not.toContain('Geheimhouder');
      expect(JSON.stringify(signalen)).not.toContain('Leidsvrouw');
      expect(res.body).not.toContain('Geheimhouder');
      expect(signalen.lidmaatschapsgaten).toEqual([]);
      expect(signalen.inzetNaEinde).toEqual([]);
      expect(signalen.aantalLidmaatschapsgaten).toBe(volledig.signalen.aantalLidmaatschapsgaten);
      expect(signalen.aantalInzetNaEinde).toBe(volledig.signalen.aantalInzetNaEinde);
      expect(signalen.leiderschapsgaten).toContainEqual({
        teamId: team.id,
        teamnaam: 'Team Geheim',
        vanaf: d(101),
        tot: null,
        vertrekkendeTeamleiders: [],
      });
      expect(res.data.persoonsgegevensVerborgen).toBe(true);
    }

    // The team's own teamleider may see personnel data of its members: named, and only those.
    const tl = await loginAls(api.db, ['teamleider'], { medewerkerId: leider.id });
    const eigen = (await call(api.app, 'GET', '/api/v1/organisatie', undefined, tl)).data.signalen;
    expect(eigen.lidmaatschapsgaten.map((g: any) => g.medewerkerId)).toEqual([m.id]);
    expect(eigen.aantalLidmaatschapsgaten).toBe(volledig.signalen.aantalLidmaatschapsgaten);
  });
});

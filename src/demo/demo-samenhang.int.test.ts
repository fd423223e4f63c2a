import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { sleutelVan } from '../domain/kalender';
import { teamBeschikbaarheid } from '../services/beschikbaarheid.service';
import { getBestuursopdracht, listBestuursopdrachten } from '../services/bestuursopdracht.service';
import { listMedewerkers } from '../services/medewerker.service';
import { getOpgave, listOpgaven } from '../services/opgave.service';
import { getOrganogram, getOverzicht } from '../services/organisatie.service';
import { listProgrammas } from '../services/programma.service';
import { loadDemoAccounts } from './demo-accounts';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoPlanning } from './demo-planning';
import { demoBegroting, dossierOnderwerpen, overbelasteTeams, teamwerkVan } from './demo-werk';

/*
 * The demo tells one true story (issue 17, item 5): loaded as `wendbaar start` loads it, today, it
 * keeps the rules below, so it stays true as features add to it. Each rule failed on the demo
 * before this issue: youth-care text in the energy bestuursopdracht, goals linked to unrelated
 * policy goals, 460.8 h booked on an 80 h goal, 15 of 21 basisteams without goals, teamleiders
 * without an account, and 392 against 390 medewerkers.
 */
const nu = vandaag();
const kwartaal = sleutelVan('kwartaal', nu);

const directie: Gebruiker = {
  accountId: '',
  naam: 'Test-directeur',
  eMail: 'test@demo-gemeente.nl',
  medewerkerId: null,
  rollen: ['directeur'],
  teamIds: [],
  sessieId: 'test',
  csrfToken: 'test',
  totpIngesteld: false,
  totpNodig: false,
  totpVoldaan: false,
  wachtwoordWijzigen: false,
  methode: 'wachtwoord',
};

/** Every string anywhere in a value, for reading a dossier's texts whatever its shape. */
function teksten(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(teksten);
  if (x && typeof x === 'object') return Object.values(x).flatMap(teksten);
  return [];
}

/** The subject of a programme by its name, from the keywords of demo-werk.ts. */
function onderwerpVan(tekst: string): string | undefined {
  const laag = tekst.toLowerCase();
  return Object.entries(dossierOnderwerpen).find(([, woorden]) => woorden.some((w) => laag.includes(w)))?.[0];
}

describe(onEngine('the demo tells one true story'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: nu }));
    await loadDemoAccounts(db);
    await loadDemoPlanning(db, nu);
  }, 120_000);

  afterAll(async () => {
    await testDatabase?.close();
  });

  it('gives every dossier texts about its own subject only', async () => {
    const programmas = await listProgrammas(db);
    const onderwerpVanProgramma = new Map(
      programmas.map((p) => [p.id, onderwerpVan(`${p.naam} ${p.omschrijving ?? ''}`)]),
    );
    const dossiers = [
      ...(await Promise.all(
        (await listOpgaven(db, {})).map(async (o) => ({ soort: 'opgave', o: await getOpgave(db, o.id) })),
      )),
      ...(await Promise.all(
        (
          await listBestuursopdrachten(db)
        ).map(async (b) => ({
          soort: 'bestuursopdracht',
          o: await getBestuursopdracht(db, b.id),
        })),
      )),
    ];
    expect(dossiers.length).toBeGreaterThanOrEqual(6);
    const fouten: string[] = [];
    for (const { soort, o } of dossiers) {
      const dossier = o as unknown as {
        titel: string;
        programma?: { id: string } | null;
        programmaId?: string;
      };
      const programmaId = dossier.programma?.id ?? dossier.programmaId ?? null;
      const eigen = programmaId ? onderwerpVanProgramma.get(programmaId) : undefined;
      if (!eigen) continue;
      const tekst = teksten(o).join(' ').toLowerCase();
      for (const [onderwerp, woorden] of Object.entries(dossierOnderwerpen)) {
        if (onderwerp === eigen) continue;
        for (const w of woorden)
          if (tekst.includes(w)) fouten.push(`${soort} "${dossier.titel}" (${eigen}) noemt "${w}"`);
      }
    }
    expect(fouten).toEqual([]);
  });

  it('gives every basisteam regular work sized to its capacity, each goal serving a fitting policy goal', async () => {
    const namen = new Map(
      demoBegroting.flatMap((p) => p.beleidsdoelen.map((b) => [b.naam, b.sleutel] as const)),
    );
    const teams = await db
      .selectFrom('team')
      .select(['id', 'naam'])
      .where('soort', '=', 'basisteam')
      .where('opgeheven_op', 'is', null)
      .orderBy('naam')
      .execute();
    expect(teams).toHaveLength(21);
    const doelen = await db
      .selectFrom('resultaatdoel as r')
      .innerJoin('resultaatdoel_beleidsdoel as rb', 'rb.resultaatdoel_id', 'r.id')
      .innerJoin('beleidsdoel as b', 'b.id', 'rb.beleidsdoel_id')
      .select(['r.team_id', 'r.titel', 'r.geschatte_uren', 'b.naam as beleidsdoel'])
      .where('r.periode', '=', kwartaal)
      .execute();
    const fouten: string[] = [];
    const aandelen: number[] = [];
    for (const team of teams) {
      const eigen = doelen.filter((d) => d.team_id === team.id);
      if (eigen.length === 0) {
        fouten.push(`${team.naam} heeft geen resultaatdoelen in ${kwartaal}`);
        continue;
      }
      const passend = new Set(teamwerkVan(team.naam).map((d) => d.beleidsdoel));
      for (const d of eigen) {
        const sleutel = namen.get(d.beleidsdoel);
        if (!sleutel || !passend.has(sleutel))
          fouten.push(`${team.naam}: "${d.titel}" dient "${d.beleidsdoel}", geen doel van dit team`);
      }
      const gepland = new Set(eigen.map((d) => `${d.titel}|${d.geschatte_uren}`));
      const uren = [...gepland].reduce((s, x) => s + Number(x.split('|')[1]), 0);
      const capaciteit =
        (await teamBeschikbaarheid(db, team.id, 'kwartaal', kwartaal, kwartaal)).totalen[0]?.beschikbaar ?? 0;
      const aandeel = capaciteit > 0 ? uren / capaciteit : Number.POSITIVE_INFINITY;
      aandelen.push(aandeel);
      // Regular work asks most of a team's capacity; the over-pressed teams of the story (issue
      // 14) ask more than they have, but not absurdly so.
      const grens = team.naam in overbelasteTeams ? 1.3 : 1;
      if (aandeel < 0.4 || aandeel > grens)
        fouten.push(`${team.naam}: ${uren} u gepland op ${Math.round(capaciteit)} u capaciteit`);
    }
    expect(fouten).toEqual([]);
    // Real pressure: three or four teams are over capacity this quarter.
    expect(aandelen.filter((a) => a > 1).length).toBeGreaterThanOrEqual(3);
    // The werkdruk differs between teams: high somewhere, comfortable elsewhere.
    expect(Math.max(...aandelen) - Math.min(...aandelen)).toBeGreaterThan(0.2);
  });

  it('books hours on goals plausibly: never more than twice the estimate, a few moderately over', async () => {
    const geboekt = await db
      .selectFrom('resultaatdoel as r')
      .innerJoin('inzet as i', 'i.resultaatdoel_id', 'r.id')
      .select([
        'r.titel',
        'r.geschatte_uren',
        sql<number>`sum(i.uren_per_week * ((i.tot - i.van + 1) / 7.0))::float8`.as('uren'),
      ])
      .groupBy(['r.id', 'r.titel', 'r.geschatte_uren'])
      .execute();
    expect(geboekt.length).toBeGreaterThanOrEqual(2);
    const teVeel = geboekt.filter((g) => g.uren > 2 * Number(g.geschatte_uren));
    expect(teVeel).toEqual([]);
    expect(geboekt.some((g) => g.uren > Number(g.geschatte_uren))).toBe(true);
  });

  it('books regular work this week on every team with goals, sized to its capacity', async () => {
    // Issue 17: only the demo teamleider's first team had hours, so the heatmap showed 0 % booked
    // for every other team.
    const week = sleutelVan('week', nu);
    const teams = await db
      .selectFrom('resultaatdoel as r')
      .innerJoin('team as t', 't.id', 'r.team_id')
      .select(['t.id', 't.naam'])
      .where('r.periode', '=', kwartaal)
      .distinct()
      .execute();
    expect(teams.length).toBe(21);
    const fouten: string[] = [];
    for (const team of teams) {
      const cel = (await teamBeschikbaarheid(db, team.id, 'week', week, week)).totalen[0];
      const beschikbaar = cel?.beschikbaar ?? 0;
      const geboekt = cel?.ingezetRobuust ?? 0;
      // A week of holidays has little capacity: the share says nothing then.
      if (beschikbaar < 50) continue;
      const aandeel = geboekt / beschikbaar;
      if (aandeel < 0.3 || aandeel > 1.1)
        fouten.push(
          `${team.naam}: ${Math.round(geboekt)} u geboekt op ${Math.round(beschikbaar)} u in ${week}`,
        );
    }
    expect(fouten).toEqual([]);
  });

  it('books no goal beyond 1.5 times its estimate, and one goal of the story moderately over', async () => {
    const geboekt = await db
      .selectFrom('resultaatdoel as r')
      .innerJoin('inzet as i', 'i.resultaatdoel_id', 'r.id')
      .select([
        'r.titel',
        'r.geschatte_uren',
        sql<number>`sum(i.uren_per_week * ((i.tot - i.van + 1) / 7.0))::float8`.as('uren'),
      ])
      .where('r.periode', '=', kwartaal)
      .groupBy(['r.id', 'r.titel', 'r.geschatte_uren'])
      .execute();
    const verhouding = (g: (typeof geboekt)[number]) => g.uren / Number(g.geschatte_uren);
    expect(geboekt.filter((g) => verhouding(g) > 1.5)).toEqual([]);
    // The story: one goal on the demo teamleider's team runs over; the rest stay under.
    const over = geboekt.filter((g) => verhouding(g) > 1.05);
    expect(over).toHaveLength(1);
    expect(verhouding(over[0]!)).toBeLessThanOrEqual(1.3);
  });

  it('gives every teamleider an account, so every inzetverzoek reaches someone who can answer it', async () => {
    const zonder = await sql<{ team: string; naam: string }>`
      select t.naam as team, m.achternaam as naam from leiderschap l
        join team t on t.id = l.team_id join medewerker m on m.id = l.medewerker_id
       where l.rol = 'teamleider' and l.ingangsdatum <= ${nu}::date
         and (l.einddatum is null or l.einddatum >= ${nu}::date)
         and not exists (select 1 from account a where a.medewerker_id = l.medewerker_id and a.actief)`.execute(
      db,
    );
    expect(zonder.rows).toEqual([]);
    const onbeantwoordbaar = await sql<{ id: string }>`
      select v.id from inzetverzoek v
       where v.status in ('aangevraagd', 'tegenvoorstel')
         and not exists (
           select 1 from leiderschap l join account a on a.medewerker_id = l.medewerker_id and a.actief
            where l.team_id = v.team_id and l.rol = 'teamleider'
              and l.ingangsdatum <= v.van and (l.einddatum is null or l.einddatum >= v.van))`.execute(db);
    expect(onbeantwoordbaar.rows).toEqual([]);
  });

  it('has inzetverzoeken waiting for the demo teamleider, on her teams, within what their vraag asks', async () => {
    const wachtend = await sql<{ team_id: string; gevraagd: number; vraag_uren: number; weken: number }>`
      select v.team_id, v.uren_per_week::float8 as gevraagd, c.uren::float8 as vraag_uren,
             ((v.tot - v.van + 1) / 7)::int as weken
        from inzetverzoek v join capaciteitsvraag c on c.id = v.capaciteitsvraag_id
       where v.status = 'aangevraagd'`.execute(db);
    const haar = await sql<{ team_id: string }>`
      select l.team_id from leiderschap l join account a on a.medewerker_id = l.medewerker_id
       where a.e_mail = 'teamleider@demo-gemeente.nl' and l.rol = 'teamleider' and l.einddatum is null`.execute(
      db,
    );
    const haarTeams = new Set(haar.rows.map((r) => r.team_id));
    const voorHaar = wachtend.rows.filter((v) => haarTeams.has(v.team_id));
    expect(voorHaar.length).toBeGreaterThanOrEqual(2);
    // Together they ask no more than their capaciteitsvraag does: the dekking shows no over-asking.
    const samen = voorHaar.reduce((s, v) => s + v.gevraagd * v.weken, 0);
    expect(samen).toBeLessThanOrEqual(voorHaar[0]!.vraag_uren + 1e-9);
  });

  it('counts the same medewerkers on the overview, the organogram and the medewerkers list', async () => {
    const overzicht = await getOverzicht(db, directie);
    const perTeam = overzicht.teams.reduce((s, t) => s + t.aantalMedewerkers, 0);
    const organogram = await getOrganogram(db);
    const lijst = await listMedewerkers(
      db,
      directie,
      { status: 'in-dienst' } as Parameters<typeof listMedewerkers>[2],
      { veld: 'achternaam', richting: 'asc' },
      { pagina: 1, paginaGrootte: 1 },
    );
    // The organogram shows the basisteams, once each even when a teamleider leads several.
    const organogramTeams = new Map(
      [...organogram.teamleiders.flatMap((t) => t.teams), ...organogram.teamsZonderTeamleider].map((t) => [
        t.id,
        t.aantalMedewerkers,
      ]),
    );
    const inBasisteams = overzicht.teams
      .filter((t) => t.soort === 'basisteam')
      .reduce((s, t) => s + t.aantalMedewerkers, 0);
    expect([...organogramTeams.values()].reduce((s, n) => s + n, 0)).toBe(inBasisteams);
    expect(overzicht.aantalMedewerkers).toBe(perTeam + overzicht.signalen.aantalMedewerkersZonderTeam);
    expect(lijst.aantal).toBe(overzicht.aantalMedewerkers);
  });
});

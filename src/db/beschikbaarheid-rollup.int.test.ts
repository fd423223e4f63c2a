import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import { type Contract, somVanDagen, type Teamperiode } from '../domain/beschikbaarheid';
import { feestdagenTussen } from '../domain/feestdagen';
import { bereik, feestdagenRond, teamBeschikbaarheid } from '../services/beschikbaarheid.service';
import { findTeamRollup } from './beschikbaarheid.repository';
import type { Database } from './schema';

// The capacity rollup (organisation heatmap, werkdruk) and the team grid restrict the absence rows
// to the weeks and the people asked before they sum them. A wrong restriction shows at the edges:
// a week that straddles the first or last day of the window, a member who joins or leaves inside
// it with absence on both sides, absence far outside the window. Every figure is compared with
// the domain's day rule (src/domain/beschikbaarheid.ts) for the days each person is in the team.

let testDatabase: TestDatabase;
let db: Kysely<Database>;

interface Persoon {
  id?: string;
  contracten: Contract[];
  afwezigheid: Map<string, number>;
  leden: (Teamperiode & { team: 'a' | 'b' })[];
}

const AANDEEL = { a: 0.2, b: 0.1 } as const;
const teamId: Record<'a' | 'b', string> = { a: '', b: '' };
const mensen: Persoon[] = [
  {
    // In team A all the time; absence in the week of 29 March – 2 April (straddles 1 April, the
    // window's first day), in the week of 28 June – 2 July (straddles 30 June, its last), in the
    // middle, and far outside on both sides (never counted).
    contracten: [{ urenPerWeek: 36, ingangsdatum: '2020-01-01', einddatum: null }],
    afwezigheid: new Map([
      ['2027-W05', 36],
      ['2027-W13', 20],
      ['2027-W17', 8],
      ['2027-W26', 30],
      ['2027-W40', 36],
    ]),
    leden: [{ ingangsdatum: '2020-01-01', einddatum: null, aandeel: AANDEEL.a, team: 'a' }],
  },
  {
    // Joins team A on Wednesday 12 May (from B); absence before, in the week of the move and after.
    contracten: [
      { urenPerWeek: 32, ingangsdatum: '2020-01-01', einddatum: '2027-04-30' },
      { urenPerWeek: 24, ingangsdatum: '2027-05-01', einddatum: null },
    ],
    afwezigheid: new Map([
      ['2027-W15', 16],
      ['2027-W19', 12],
      ['2027-W21', 24],
    ]),
    leden: [
      { ingangsdatum: '2020-01-01', einddatum: '2027-05-11', aandeel: AANDEEL.b, team: 'b' },
      { ingangsdatum: '2027-05-12', einddatum: null, aandeel: AANDEEL.a, team: 'a' },
    ],
  },
  {
    // Leaves team A on Wednesday 19 May for team B; absence in the week of the move and after.
    contracten: [{ urenPerWeek: 40, ingangsdatum: '2020-01-01', einddatum: null }],
    afwezigheid: new Map([
      ['2027-W14', 40],
      ['2027-W20', 32],
      ['2027-W24', 8],
    ]),
    leden: [
      { ingangsdatum: '2020-01-01', einddatum: '2027-05-19', aandeel: AANDEEL.a, team: 'a' },
      { ingangsdatum: '2027-05-20', einddatum: null, aandeel: AANDEEL.b, team: 'b' },
    ],
  },
];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = testDatabase.db;
  for (const t of ['a', 'b'] as const) {
    const r = await db
      .insertInto('team')
      .values({
        naam: `Rollup ${t}`,
        soort: 'basisteam',
        parent_id: null,
        omschrijving: null,
        opgeheven_op: null,
        niet_productief_aandeel: AANDEEL[t],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    teamId[t] = r.id;
  }
  for (const [i, p] of mensen.entries()) {
    const m = await db
      .insertInto('medewerker')
      .values({
        personeelsnummer: `R${i}`,
        voornaam: 'Sam',
        tussenvoegsel: null,
        achternaam: `Rollup${i}`,
        e_mail: `rollup${i}@example.nl`,
        functie: 'Adviseur',
        schaal: 10,
        trede: 5,
        in_dienst: '2020-01-01',
        uit_dienst: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    p.id = m.id;
    await db
      .insertInto('contracturen')
      .values(
        p.contracten.map((c) => ({
          medewerker_id: m.id,
          uren_per_week: c.urenPerWeek,
          ingangsdatum: c.ingangsdatum,
          einddatum: c.einddatum,
        })),
      )
      .execute();
    await db
      .insertInto('teamlidmaatschap')
      .values(
        p.leden.map((l) => ({
          medewerker_id: m.id,
          team_id: teamId[l.team],
          ingangsdatum: l.ingangsdatum,
          einddatum: l.einddatum,
        })),
      )
      .execute();
    await db
      .insertInto('afwezigheid')
      .values([...p.afwezigheid].map(([week, uren]) => ({ medewerker_id: m.id, week, uren })))
      .execute();
  }
});
afterAll(async () => {
  await testDatabase?.close();
});

const feestdagen = new Set(feestdagenTussen('2026-12-01', '2028-01-31', { bevrijdingsdag: 'jaarlijks' }));

/** What the day rule gives for a team and a period: the members' days in that team. */
function verwacht(team: 'a' | 'b', van: string, tot: string) {
  let beschikbaar = 0;
  let afwezig = 0;
  for (const p of mensen) {
    const leden = p.leden.filter((l) => l.team === team);
    if (leden.length === 0) continue;
    const s = somVanDagen({
      van,
      tot,
      contracten: p.contracten,
      dienstverband: { inDienst: '2020-01-01', uitDienst: null },
      feestdagen,
      afwezigheid: p.afwezigheid,
      teams: p.leden,
      nietProductiefAandeel: 0.15,
      alleenIn: leden,
    });
    beschikbaar += s.contractUren - s.feestdagUren - s.afwezigheidUren - s.nietProductiefUren;
    afwezig += s.afwezigheidUren;
  }
  return { beschikbaar, afwezig };
}

describe(onEngine('the capacity rollup restricts absence to the weeks and members asked'), () => {
  it('counts absence straddling the window edges and around a move only for the days in the team', async () => {
    const b = bereik('maand', '2027-04', '2027-06');
    const rijen = await findTeamRollup(db, {
      perioden: b.perioden,
      metVraag: false,
      feestdagen: feestdagenRond(b.van, b.tot, { bevrijdingsdag: 'jaarlijks' }),
      nietProductiefAandeel: 0.15,
      teamIds: [teamId.a, teamId.b],
    });
    let absenceSeen = 0;
    for (const t of ['a', 'b'] as const) {
      for (const p of b.perioden) {
        const rij = rijen.find((r) => r.team_id === teamId[t] && r.periode === p.sleutel);
        const v = verwacht(t, p.van, p.tot);
        expect(Math.abs((rij?.beschikbaar ?? Number.NaN) - v.beschikbaar), `${t} ${p.sleutel}`).toBeLessThan(
          1e-6,
        );
        absenceSeen += v.afwezig;
      }
    }
    // The edges really hold absence (else the test proves nothing): W13 has 2 of its days in April.
    expect(absenceSeen).toBeGreaterThan(100);
    // The totals (team null, period null) add up the same cells.
    const totaal = rijen.find((r) => r.team_id === null && r.periode === null)!;
    const som = rijen
      .filter((r) => r.team_id !== null && r.periode !== null)
      .reduce((s, r) => s + r.beschikbaar, 0);
    expect(Math.abs(totaal.beschikbaar - som)).toBeLessThan(1e-6);
  });

  it('gives the same figures for one team alone, for a single month, and in the team grid', async () => {
    for (const [van, tot] of [
      ['2027-04', '2027-04'],
      ['2027-05', '2027-05'],
      ['2027-06', '2027-07'],
    ] as const) {
      const b = bereik('maand', van, tot);
      for (const t of ['a', 'b'] as const) {
        const rijen = await findTeamRollup(db, {
          perioden: b.perioden,
          metVraag: false,
          feestdagen: feestdagenRond(b.van, b.tot, { bevrijdingsdag: 'jaarlijks' }),
          nietProductiefAandeel: 0.15,
          teamIds: [teamId[t]],
        });
        const grid = await teamBeschikbaarheid(db, teamId[t], 'maand', van, tot);
        for (const [i, p] of b.perioden.entries()) {
          const v = verwacht(t, p.van, p.tot);
          const rij = rijen.find((r) => r.team_id === teamId[t] && r.periode === p.sleutel)!;
          expect(Math.abs(rij.beschikbaar - v.beschikbaar), `${t} ${p.sleutel}`).toBeLessThan(1e-6);
          // The grid rounds each member's cell to 1/100.
          const gridSom = grid.medewerkers.reduce((s, m) => s + (m.cellen[i]?.beschikbaar ?? 0), 0);
          expect(Math.abs(gridSom - v.beschikbaar), `grid ${t} ${p.sleutel}`).toBeLessThanOrEqual(
            0.005 * mensen.length + 1e-9,
          );
        }
      }
    }
  });
});

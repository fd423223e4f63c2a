import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Gebruiker } from '../access/gebruiker';
import type { BeschikbaarheidCel } from '../contract/beschikbaarheid';
import { setInstelling } from '../db/beschikbaarheid.repository';
import type { Database } from '../db/schema';
import {
  type BeschikbaarheidInvoer,
  berekenBeschikbaarheid,
  type Contract,
  type Teamperiode,
} from '../domain/beschikbaarheid';
import { plusDagen } from '../domain/datum';
import { feestdagenTussen } from '../domain/feestdagen';
import { isoWeek, type Periodesoort, periodeVan } from '../domain/kalender';
import { medewerkerBeschikbaarheid, type Per, teamBeschikbaarheid } from './beschikbaarheid.service';

// Issue 12, part 6: the sums the database makes (team grids, the personal grid) follow the domain's
// day rule exactly, and so the week, month, quarter and year views of the same days add up.

const directeur: Gebruiker = {
  accountId: '00000000-0000-4000-8000-000000000001',
  naam: 'Directeur',
  eMail: 'directeur@example.nl',
  medewerkerId: null,
  rollen: ['directeur'],
  teamIds: [],
  sessieId: 'test',
  csrfToken: 'test',
  totpIngesteld: false,
  totpNodig: false,
  totpVoldaan: true,
  wachtwoordWijzigen: false,
  methode: 'oidc',
};

const AANDELEN = [0.1, 0.25, null, 0.333] as const;
let testDatabase: TestDatabase;
let db: Kysely<Database>;
let teams: { id: string; aandeel: number | null }[];
let volgnummer = 0;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  db = testDatabase.db;
  teams = [];
  for (const [i, aandeel] of AANDELEN.entries()) {
    const t = await db
      .insertInto('team')
      .values({
        naam: `Team ${i}`,
        soort: 'basisteam',
        parent_id: null,
        omschrijving: null,
        opgeheven_op: null,
        niet_productief_aandeel: aandeel,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    teams.push({ id: t.id, aandeel });
  }
});
afterAll(async () => {
  await testDatabase?.close();
});

interface Persoon {
  jaar: number;
  dienstverband: { inDienst: string; uitDienst: string | null };
  contracten: Contract[];
  afwezigheid: Map<string, number>;
  /** Memberships in order, each with the index of its team. */
  leden: (Teamperiode & { team: number })[];
  bevrijdingsdag: 'jaarlijks' | 'lustrum';
}

/** Stores a person as the rows the API would have written (the rules on writing are tested elsewhere). */
async function bewaar(p: Persoon): Promise<string> {
  volgnummer++;
  const m = await db
    .insertInto('medewerker')
    .values({
      personeelsnummer: `P${volgnummer}`,
      voornaam: 'Sam',
      tussenvoegsel: null,
      achternaam: `Test${volgnummer}`,
      e_mail: `sam${volgnummer}@example.nl`,
      functie: 'Adviseur',
      schaal: 10,
      trede: 5,
      in_dienst: p.dienstverband.inDienst,
      uit_dienst: p.dienstverband.uitDienst,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
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
        team_id: teams[l.team]!.id,
        ingangsdatum: l.ingangsdatum,
        einddatum: l.einddatum,
      })),
    )
    .execute();
  if (p.afwezigheid.size > 0)
    await db
      .insertInto('afwezigheid')
      .values([...p.afwezigheid].map(([week, uren]) => ({ medewerker_id: m.id, week, uren })))
      .execute();
  return m.id;
}

const uren = fc.constantFrom(0, 8, 16, 18.5, 24, 32, 36, 40);

const persoon: fc.Arbitrary<Persoon> = fc
  .record({
    jaar: fc.integer({ min: 2024, max: 2029 }),
    inDienst: fc.integer({ min: -200, max: 250 }),
    duur: fc.option(fc.integer({ min: 20, max: 700 }), { nil: null }),
    contracten: fc.array(fc.tuple(fc.integer({ min: -30, max: 400 }), uren), { minLength: 1, maxLength: 3 }),
    afwezigheid: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 52 }),
        fc.integer({ min: 0, max: 240 }).map((x) => x / 4),
      ),
      { maxLength: 6 },
    ),
    leden: fc.array(
      fc.tuple(
        fc.integer({ min: 10, max: 200 }),
        fc.constantFrom(0, 0, 3, 40),
        fc.integer({ min: 0, max: 3 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    bevrijdingsdag: fc.constantFrom('jaarlijks' as const, 'lustrum' as const),
  })
  .map((r) => {
    const start = `${r.jaar}-01-01`;
    const inDienst = plusDagen(start, r.inDienst);
    const dagen = [...new Set(r.contracten.map(([d]) => d))].sort((a, b) => a - b);
    const leden: Persoon['leden'] = [];
    let dag = plusDagen(start, -250);
    r.leden.forEach(([lengte, gat, team], i) => {
      const begin = plusDagen(dag, gat);
      const eind = i + 1 < r.leden.length ? plusDagen(begin, lengte * 2) : null;
      leden.push({ ingangsdatum: begin, einddatum: eind, aandeel: teams[team]!.aandeel, team });
      if (eind) dag = plusDagen(eind, 1);
    });
    return {
      jaar: r.jaar,
      dienstverband: { inDienst, uitDienst: r.duur === null ? null : plusDagen(inDienst, r.duur) },
      contracten: dagen.map((d, i) => ({
        urenPerWeek: r.contracten.find(([x]) => x === d)![1],
        ingangsdatum: i === 0 ? '2000-01-01' : plusDagen(start, d),
        einddatum: i + 1 < dagen.length ? plusDagen(start, dagen[i + 1]! - 1) : null,
      })),
      afwezigheid: new Map(r.afwezigheid.map(([w, u]) => [`${r.jaar}-W${String(w).padStart(2, '0')}`, u])),
      leden,
      bevrijdingsdag: r.bevrijdingsdag,
    };
  });

/** The views asked for, each as its first and last key. */
function views(jaar: number): [Per, string, string][] {
  return [
    ['week', `${jaar}-W01`, laatsteWeek(jaar)],
    ['isojaar', `${jaar}-ISO`, `${jaar}-ISO`],
    ['maand', `${jaar}-01`, `${jaar}-12`],
    ['kwartaal', `${jaar}-Q1`, `${jaar}-Q4`],
    ['jaar', `${jaar}`, `${jaar}`],
  ];
}

/** The last ISO week of an ISO year: the week of 28 December. */
function laatsteWeek(jaar: number): string {
  return isoWeek(`${jaar}-12-28`);
}

const VELDEN = [
  'contractUren',
  'feestdagUren',
  'afwezigheidUren',
  'nietProductiefUren',
  'beschikbaar',
] as const;
const som = (cellen: BeschikbaarheidCel[], k: (typeof VELDEN)[number]) =>
  cellen.reduce((s, c) => s + (c[k] ?? Number.NaN), 0);

describe(onEngine('every view of the same days gives the same hours, through the database'), () => {
  it('the personal grid and the team grids equal the domain’s day rule, and the views add up (property)', async () => {
    await fc.assert(
      fc.asyncProperty(persoon, async (p) => {
        await setInstelling(db, 'bevrijdingsdag', p.bevrijdingsdag);
        const id = await bewaar(p);
        const invoer: Omit<BeschikbaarheidInvoer, 'van' | 'tot'> = {
          contracten: p.contracten,
          dienstverband: p.dienstverband,
          feestdagen: feestdagenTussen(`${p.jaar - 1}-12-01`, `${p.jaar + 1}-01-31`, {
            bevrijdingsdag: p.bevrijdingsdag,
          }),
          afwezigheid: p.afwezigheid,
          teams: p.leden,
          nietProductiefAandeel: 0.15,
        };
        const totalen = new Map<Per, number>();
        for (const [per, van, tot] of views(p.jaar)) {
          const r = await medewerkerBeschikbaarheid(db, directeur, id, per, van, tot);
          expect(r.jaartelling).toBe(per === 'week' || per === 'isojaar' ? 'isojaar' : 'kalenderjaar');
          for (const [i, c] of r.cellen.entries()) {
            const q = r.perioden[i]!;
            expect(q).toEqual(periodeVan(per as Periodesoort, q.sleutel));
            const d = berekenBeschikbaarheid({ ...invoer, van: q.van, tot: q.tot });
            for (const k of VELDEN)
              expect(Math.abs((c[k] ?? Number.NaN) - d[k]), `${q.sleutel} ${k}`).toBeLessThanOrEqual(
                0.01 + 1e-9,
              );
          }
          totalen.set(per, som(r.cellen, 'beschikbaar'));
          // A team grid's row holds the days in that team: the same rule with only those days.
          if (per === 'maand' || per === 'isojaar') {
            let teamSom = 0;
            for (const [t, team] of teams.entries()) {
              const grid = await teamBeschikbaarheid(db, team.id, per, van, tot);
              const rij = grid.medewerkers.find((m) => m.medewerkerId === id);
              const leden = p.leden.filter((l) => l.team === t);
              if (!rij) continue;
              for (const [i, c] of rij.cellen.entries()) {
                const q = grid.perioden[i]!;
                const d = berekenBeschikbaarheid({ ...invoer, van: q.van, tot: q.tot, alleenIn: leden });
                expect(Math.abs(c.beschikbaar - d.beschikbaar), `${q.sleutel} team ${t}`).toBeLessThanOrEqual(
                  0.01 + 1e-9,
                );
              }
              teamSom += som(rij.cellen, 'beschikbaar');
            }
            // Without a gap between memberships, the team rows hold every day of the person.
            const zonderGat = p.leden.every(
              (l, i) => i === 0 || l.ingangsdatum === plusDagen(p.leden[i - 1]!.einddatum!, 1),
            );
            if (zonderGat && p.leden[0]!.ingangsdatum <= p.dienstverband.inDienst)
              expect(Math.abs(teamSom - som(r.cellen, 'beschikbaar'))).toBeLessThanOrEqual(
                0.01 * r.cellen.length * 2 + 1e-6,
              );
          }
        }
        // Weeks add up to their ISO year; months, quarters and the calendar year to each other.
        expect(Math.abs(totalen.get('week')! - totalen.get('isojaar')!)).toBeLessThanOrEqual(
          0.005 * 54 + 1e-6,
        );
        expect(Math.abs(totalen.get('maand')! - totalen.get('jaar')!)).toBeLessThanOrEqual(0.005 * 13 + 1e-6);
        expect(Math.abs(totalen.get('kwartaal')! - totalen.get('jaar')!)).toBeLessThanOrEqual(
          0.005 * 5 + 1e-6,
        );
      }),
      { numRuns: 12 },
    );
    await setInstelling(db, 'bevrijdingsdag', 'jaarlijks');
  }, 60_000);

  // Issue 12: "the personal figure uses the niet-productief aandeel of the team the person is in today".
  it('a person who moved between teams with different shares: own figure = the sum of the two team rows', async () => {
    const id = await bewaar({
      jaar: 2027,
      dienstverband: { inDienst: '2020-01-01', uitDienst: null },
      contracten: [{ urenPerWeek: 36, ingangsdatum: '2020-01-01', einddatum: null }],
      afwezigheid: new Map(),
      // Team 1 (share 0.25) until Wednesday 13 January 2027, then team 0 (share 0.1).
      leden: [
        { ingangsdatum: '2020-01-01', einddatum: '2027-01-13', aandeel: 0.25, team: 1 },
        { ingangsdatum: '2027-01-14', einddatum: null, aandeel: 0.1, team: 0 },
      ],
      bevrijdingsdag: 'jaarlijks',
    });
    const eigen = await medewerkerBeschikbaarheid(db, directeur, id, 'maand', '2027-01', '2027-01');
    const oud = await teamBeschikbaarheid(db, teams[1]!.id, 'maand', '2027-01', '2027-01');
    const nieuw = await teamBeschikbaarheid(db, teams[0]!.id, 'maand', '2027-01', '2027-01');
    const rij = (g: typeof oud) => g.medewerkers.find((m) => m.medewerkerId === id)!.cellen[0]!;
    // January 2027 has 20 working days (Friday 1 January is a holiday): 8 in team 1, 12 in team 0.
    expect(rij(oud)).toMatchObject({ brutoUren: 57.6, nietProductiefUren: 14.4, beschikbaar: 43.2 });
    expect(rij(nieuw)).toMatchObject({ brutoUren: 86.4, nietProductiefUren: 8.64, beschikbaar: 77.76 });
    // 43.2 + 77.76; the old rule took today's team's 0.1 for the whole month: 129.6.
    expect(eigen.cellen[0]).toMatchObject({ brutoUren: 144, nietProductiefUren: 23.04, beschikbaar: 120.96 });
    expect(eigen.nietProductiefAandeel).toBeNull();
  });
});

import type { DemoOrganisatie } from '../../src/demo/demo-rijen';
import { fte } from '../../src/domain/contracturen';

/**
 * A formatie for a generated organisation, as bench/formatie.ts loads it at scale (issue 13,
 * Benchmarks): per team one formatieplaats per functie, sized to the FTE of the people who do that
 * work on the peildatum, every one of them placed on it, and every `vacatureElke`-th team one
 * extra, vacant place of 1 FTE. The same shape as src/demo/demo-formatie.ts gives the 400-person demo
 * (there through the services, one place at a time; here as rows for a bulk insert). Pure: the ids
 * come from `id`, so a test can fix them.
 */
export interface BenchPlaats {
  id: string;
  team_id: string;
  functie_naam: string;
  salarisschaal: string;
  fte: number;
  ingangsdatum: string;
  einddatum: null;
  soort: 'structureel';
  financiering: 'regulier';
}

export interface BenchPlaatsing {
  formatieplaats_id: string;
  medewerker_id: string;
  fte: number;
  ingangsdatum: string;
  einddatum: string | null;
}

export interface BenchFormatie {
  plaatsen: BenchPlaats[];
  plaatsingen: BenchPlaatsing[];
  /** The places nobody fills. */
  vacatures: number;
}

const geldtOp = (p: { ingangsdatum: string; einddatum: string | null }, datum: string) =>
  p.ingangsdatum <= datum && (p.einddatum === null || p.einddatum >= datum);

// ISO dates sort as text: the latest start and the earliest end (null: open).
const laatste = (...d: string[]) => [...d].sort().at(-1)!;
const eerste = (...d: (string | null)[]) => d.filter((x): x is string => x !== null).sort()[0] ?? null;
/** People per place: 50 × 40 h ÷ 36 ≈ 56 FTE, within a place's 99. */
export const MAX_PER_PLAATS = 50;

const afgerond = (x: number) => Math.round(x * 10_000) / 10_000;

/** The value that occurs most (on a tie the highest): a functie's usual schaal. */
export function meestVoorkomend(waarden: readonly number[]): number {
  const tel = new Map<number, number>();
  for (const w of waarden) tel.set(w, (tel.get(w) ?? 0) + 1);
  return [...tel.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

export function formatieVoorOrganisatie(
  org: DemoOrganisatie,
  opties: { begin: string; vacatureElke: number; id: () => string },
): BenchFormatie {
  const nu = org.peildatum;
  const teams = new Map(org.teams.filter((t) => t.opgeheven_op === null).map((t) => [t.id, t]));
  const medewerkers = new Map(
    org.medewerkers
      .filter((m) => geldtOp({ ingangsdatum: m.in_dienst, einddatum: m.uit_dienst }, nu))
      .map((m) => [m.id, m]),
  );
  const contracten = new Map(
    org.contracturen.filter((c) => geldtOp(c, nu)).map((c) => [c.medewerker_id, c] as const),
  );

  // Per team, per functie: the current members with their contract (teams in the generator's order).
  const perTeam = new Map<
    string,
    Map<string, { schaal: number; plaatsing: Omit<BenchPlaatsing, 'formatieplaats_id'> }[]>
  >();
  for (const l of org.teamlidmaatschappen) {
    const m = medewerkers.get(l.medewerker_id);
    const c = contracten.get(l.medewerker_id);
    if (!teams.has(l.team_id) || !m || !c || !geldtOp(l, nu)) continue;
    const functies = perTeam.get(l.team_id) ?? new Map();
    const leden = functies.get(m.functie) ?? [];
    leden.push({
      schaal: m.schaal,
      plaatsing: {
        medewerker_id: m.id,
        fte: fte(c.uren_per_week),
        ingangsdatum: laatste(opties.begin, l.ingangsdatum, m.in_dienst, c.ingangsdatum),
        einddatum: eerste(l.einddatum, m.uit_dienst, c.einddatum),
      },
    });
    functies.set(m.functie, leden);
    perTeam.set(l.team_id, functies);
  }

  const plaatsen: BenchPlaats[] = [];
  const plaatsingen: BenchPlaatsing[] = [];
  let vacatures = 0;
  const plaats = (teamId: string, functie: string, schaal: number, omvang: number): string => {
    const id = opties.id();
    plaatsen.push({
      id,
      team_id: teamId,
      functie_naam: functie,
      salarisschaal: String(schaal),
      fte: omvang,
      ingangsdatum: opties.begin,
      einddatum: null,
      soort: 'structureel',
      financiering: 'regulier',
    });
    return id;
  };
  let teller = 0;
  for (const [teamId, functies] of perTeam) {
    for (const [functie, alle] of functies) {
      // A place holds at most 99 FTE (the column's limit): a large functie (the directie's
      // teamleiders at 25,000) gets several places.
      for (let i = 0; i < alle.length; i += MAX_PER_PLAATS) {
        const leden = alle.slice(i, i + MAX_PER_PLAATS);
        const id = plaats(
          teamId,
          functie,
          meestVoorkomend(leden.map((l) => l.schaal)),
          afgerond(leden.reduce((s, l) => s + l.plaatsing.fte, 0)),
        );
        for (const l of leden) plaatsingen.push({ formatieplaats_id: id, ...l.plaatsing });
      }
    }
    if (teller++ % opties.vacatureElke === 0) {
      const [functie, leden] = [...functies.entries()][0]!;
      plaats(teamId, functie, meestVoorkomend(leden.map((l) => l.schaal)), 1);
      vacatures++;
    }
  }
  return { plaatsen, plaatsingen, vacatures };
}

/**
 * bench/optimiser — the verdeelvoorstel (issue "Expertise en capaciteit bij elkaar", point 5) on
 * generated instances: demo size (400 medewerkers × 80 capaciteitsvragen), 5,000 × 800 and
 * 25,000 × 3,000. Per size: solve time, objective, proven gap to the bound, and the greedy baseline on
 * the same instance. `--small` runs the demo size and 1,000 × 160 only. No database: the instances
 * come from src/planning/verdeel-instanties.ts with fixed seeds.
 */
import { genereerInstantie } from '../src/planning/verdeel-instanties';
import { verdeel } from '../src/planning/verdeel-model';
import { readBenchOptions } from './lib/options';
import { type BenchCase, describeMachine, report } from './lib/report';
import { median } from './lib/stats';

const options = readBenchOptions();
const maten = options.small
  ? [
      { m: 400, v: 80, runs: 1, limiet: 15, tijdDoel: 1, gapDoel: 0.1 },
      { m: 1000, v: 160, runs: 1, limiet: 10, gapDoel: 1 },
    ]
  : [
      { m: 400, v: 80, runs: 5, limiet: 30, tijdDoel: 1, gapDoel: 0.1 },
      // The limit is the target time: what gap does the proposal reach within it?
      { m: 5000, v: 800, runs: 1, limiet: 15, tijdDoel: 15, gapDoel: 1 },
      { m: 25000, v: 3000, runs: 1, limiet: 120, gapDoel: 1 },
    ];

const cases: BenchCase[] = [];
for (const maat of maten) {
  const tijden: number[] = [];
  const gaps: number[] = [];
  const duikTijden: number[] = [];
  const duikGaps: number[] = [];
  const verhoudingen: number[] = [];
  let paren = 0;
  let doel = 0;
  let gretig = 0;
  for (let run = 0; run < maat.runs; run++) {
    const inst = genereerInstantie({ medewerkers: maat.m, vragen: maat.v, seed: 1000 + run });
    const r = await verdeel(inst, { tijdslimietSeconden: maat.limiet, gap: (maat.gapDoel ?? 1) / 100 });
    tijden.push(r.seconden);
    const duik = r.verloop.find((v) => v.fase === 'duik');
    if (duik?.grens) {
      duikTijden.push(duik.seconden);
      duikGaps.push(((duik.grens - duik.doelwaarde) / duik.grens) * 100);
    }
    gaps.push(r.gap * 100);
    verhoudingen.push(r.gretig.doelwaarde > 0 ? r.doelwaarde / r.gretig.doelwaarde : 1);
    paren = r.paren;
    doel = r.doelwaarde;
    gretig = r.gretig.doelwaarde;
    console.log(
      `${maat.m} × ${maat.v}, run ${run + 1}: ${r.status}, ${r.seconden.toFixed(2)} s, doel ${r.doelwaarde.toFixed(1)}, ` +
        `grens ${r.grens.toFixed(1)}, gap ${(r.gap * 100).toFixed(3)}%, gretig ${r.gretig.doelwaarde.toFixed(1)}, ${r.paren} paren`,
    );
  }
  const naam = `${maat.m} medewerkers x ${maat.v} capaciteitsvragen`;
  cases.push(
    {
      case: `${naam}: solve time (incl. pruning and greedy start)`,
      metric: 'median',
      value: median(tijden),
      unit: 's',
      ...(maat.tijdDoel ? { target: maat.tijdDoel } : {}),
      better: 'lower',
      runs: maat.runs,
    },
    {
      case: `${naam}: proven gap to the bound`,
      metric: 'max',
      value: Math.max(...gaps),
      unit: '%',
      ...(maat.gapDoel ? { target: maat.gapDoel } : {}),
      better: 'lower',
      runs: maat.runs,
    },
    ...(duikTijden.length > 0
      ? [
          {
            case: `${naam}: first proposal (LP dive): time`,
            metric: 'median',
            value: median(duikTijden),
            unit: 's',
            better: 'lower' as const,
            runs: duikTijden.length,
          },
          {
            case: `${naam}: first proposal (LP dive): gap to the LP bound`,
            metric: 'max',
            value: Math.max(...duikGaps),
            unit: '%',
            better: 'lower' as const,
            runs: duikGaps.length,
          },
        ]
      : []),
    {
      case: `${naam}: objective / greedy objective (never below 1)`,
      metric: 'min',
      value: Math.min(...verhoudingen),
      unit: 'x',
      target: 1,
      better: 'higher',
      runs: maat.runs,
    },
    {
      case: `${naam}: objective (last run)`,
      metric: 'value',
      value: doel,
      unit: 'punten',
      better: 'higher',
      runs: 1,
    },
    {
      case: `${naam}: greedy objective (last run)`,
      metric: 'value',
      value: gretig,
      unit: 'punten',
      better: 'higher',
      runs: 1,
    },
    {
      case: `${naam}: candidate pairs in the model`,
      metric: 'value',
      value: paren,
      unit: 'paren',
      better: 'lower',
      runs: 1,
    },
  );
}
report('optimiser', describeMachine('geen (gegenereerde instanties, HiGHS wasm)'), cases, options);
process.exit(0);

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** One figure of a benchmark, exactly as /work/shared/bench-format.md (docs/benchmarks.md) describes. */
export interface BenchCase {
  case: string;
  metric: string;
  /** null only for a case that cannot be measured yet (then `status` says so). */
  value: number | null;
  unit: string;
  /** Left out where the issue that asked for the benchmark set none. */
  target?: number;
  better: 'lower' | 'higher';
  runs: number;
  /** Only on a case the issue asks for that cannot be measured yet: "not yet measured". */
  status?: 'not yet measured';
}

/**
 * A row for a figure the issue asks for whose feature is not built yet: it shows in the table and
 * the JSON with its target, value null and status "not yet measured", until a benchmark measures it.
 */
export function nogNietGemeten(
  c: Pick<BenchCase, 'case' | 'metric' | 'unit' | 'target' | 'better'>,
): BenchCase {
  const { target, ...rest } = c;
  return {
    case: rest.case,
    metric: rest.metric,
    value: null,
    unit: rest.unit,
    ...(target === undefined ? {} : { target }),
    better: rest.better,
    runs: 0,
    status: 'not yet measured',
  };
}

export interface Machine {
  cpus: number;
  memoryGiB: number;
  node: string;
  /** e.g. "postgresql 15.18" or "pglite (postgresql 17.5)" */
  database: string;
}

export interface BenchResult {
  benchmark: string;
  date: string;
  machine: Machine;
  cases: BenchCase[];
}

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

export function describeMachine(database: string): Machine {
  return {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    database,
  };
}

/** Prints the figures as a table a person can read in a terminal or CI log. */
export function printTable(result: BenchResult): void {
  const rows = result.cases.map((c) => [
    c.case,
    c.metric,
    c.value === null ? (c.status ?? '—') : `${round(c.value)} ${c.unit}`,
    c.target === undefined ? '' : `${c.better === 'lower' ? '≤' : '≥'} ${c.target} ${c.unit}`,
    c.target === undefined || c.value === null ? '' : meetsTarget(c) ? 'ja' : 'NEE',
    String(c.runs),
  ]);
  const header = ['case', 'metric', 'value', 'target', 'target gehaald', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  const m = result.machine;
  console.log(`\n${result.benchmark} — ${m.cpus} cpus, ${m.memoryGiB} GiB, node ${m.node}, ${m.database}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * Writes bench/results/<name>.json. Small runs (CI's `--small`) write <name>.tmp.json instead, which
 * git ignores, so keeping the benchmarks working never overwrites committed figures.
 */
export function writeResult(result: BenchResult, options: { small: boolean }): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = `${resultsDir}${result.benchmark}${options.small ? '.tmp' : ''}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** Builds the result with today's date in the format's UTC form, prints it, and writes it. */
export function report(
  benchmark: string,
  machine: Machine,
  cases: BenchCase[],
  options: { small: boolean },
): void {
  const result: BenchResult = {
    benchmark,
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    machine,
    cases: cases.map((c) => ({ ...c, value: c.value === null ? null : round(c.value) })),
  };
  printTable(result);
  console.log(`\nGeschreven: ${writeResult(result, options)}`);
}

/** Whether a figure is within its target; a figure not measured yet is not. */
export function meetsTarget(c: BenchCase): boolean {
  if (c.value === null) return false;
  if (c.target === undefined) return true;
  return c.better === 'lower' ? c.value <= c.target : c.value >= c.target;
}

/** Three significant decimals at most: enough to compare, no false precision. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

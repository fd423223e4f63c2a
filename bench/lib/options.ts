/** Flags every benchmark understands. `--small` runs a small size for CI, to keep the benchmark working. */
export interface BenchOptions {
  small: boolean;
}

export function readBenchOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  return { small: argv.includes('--small') };
}

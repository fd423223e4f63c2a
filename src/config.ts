export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Everything Wendbaar reads from its environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when DATABASE_URL is set, else PGlite in dataDir. */
  database: { engine: 'postgresql'; url: string } | { engine: 'pglite'; dataDir: string };
  dataDir: string;
  /** Load the demo municipality into an empty database. */
  demo: boolean;
  logLevel: LogLevel;
  /** Session time-outs: idle minutes and absolute hours. */
  sessie: { inactiefMinuten: number; maxUren: number };
  /** Years after uit dienst before a medewerker may be anonymised. */
  bewaartermijnJaren: number;
}

/** A setting that cannot be used; the message is Dutch because an operator reads it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const aan = new Set(['1', 'true', 'ja', 'aan', 'on', 'yes']);
const uit = new Set(['0', 'false', 'nee', 'uit', 'off', 'no']);

/**
 * Reads the environment into a typed config. Pure: it gets the environment as an argument so tests
 * need no process state, and it throws ConfigError naming every bad setting at once.
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };

  const port = readPort(value('PORT'), problems);
  const host = value('HOST') ?? 'localhost';
  const dataDir = value('WENDBAAR_DATA_DIR') ?? './data';

  const url = value('DATABASE_URL');
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    problems.push('DATABASE_URL moet beginnen met postgres:// of postgresql://.');
  }

  const demoSetting = value('WENDBAAR_DEMO')?.toLowerCase();
  let demo = true;
  if (demoSetting !== undefined) {
    if (uit.has(demoSetting)) demo = false;
    else if (!aan.has(demoSetting)) problems.push(`WENDBAAR_DEMO moet 1 of 0 zijn, niet '${demoSetting}'.`);
  }

  const level = value('LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!isLogLevel(level)) {
    problems.push(`LOG_LEVEL moet een van ${logLevels.join(', ')} zijn, niet '${level}'.`);
  }

  const inactiefMinuten = readPositief(
    value('WENDBAAR_SESSIE_INACTIEF_MINUTEN'),
    30,
    'WENDBAAR_SESSIE_INACTIEF_MINUTEN',
    problems,
  );
  const maxUren = readPositief(value('WENDBAAR_SESSIE_MAX_UREN'), 10, 'WENDBAAR_SESSIE_MAX_UREN', problems);
  const bewaartermijnJaren = readPositief(
    value('WENDBAAR_BEWAARTERMIJN_JAREN'),
    2,
    'WENDBAAR_BEWAARTERMIJN_JAREN',
    problems,
  );

  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return {
    port,
    host,
    database: url !== undefined ? { engine: 'postgresql', url } : { engine: 'pglite', dataDir },
    dataDir,
    demo,
    logLevel: level as LogLevel,
    sessie: { inactiefMinuten, maxUren },
    bewaartermijnJaren,
  };
}

function readPositief(
  setting: string | undefined,
  standaard: number,
  naam: string,
  problems: string[],
): number {
  if (setting === undefined) return standaard;
  const n = Number(setting);
  if (!Number.isFinite(n) || n <= 0) {
    problems.push(`${naam} moet een positief getal zijn, niet '${setting}'.`);
    return standaard;
  }
  return n;
}

function readPort(setting: string | undefined, problems: string[]): number {
  if (setting === undefined) return 3000;
  const port = Number(setting);
  // 0 asks the operating system for a free port, which tests and benchmarks use.
  if (!/^\d+$/.test(setting) || port > 65535) {
    problems.push(`PORT moet een geheel getal van 0 tot en met 65535 zijn, niet '${setting}'.`);
    return 3000;
  }
  return port;
}

function isLogLevel(level: string): level is LogLevel {
  return (logLevels as readonly string[]).includes(level);
}

/** A short, password-free description of where the data lives, for the start line. */
export function describeDatabaseTarget(config: Config): string {
  if (config.database.engine === 'pglite') return `PGlite in ${config.database.dataDir}`;
  try {
    const u = new URL(config.database.url);
    return `PostgreSQL op ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

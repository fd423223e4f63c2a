import {
  isLoopback,
  OIDC_CALLBACK_PAD,
  type OidcInstellingen,
  STANDAARD_OIDC_NAAM,
  STANDAARD_OIDC_SCOPES,
} from './access/oidc-instellingen';

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
  /** Login through the municipality's identity provider; null when OIDC_ISSUER is not set. */
  oidc: OidcInstellingen | null;
  /** Where users reach Wendbaar (https://wendbaar.gemeente.nl), for the OpenAPI document's server. */
  publiekeUrl: string | null;
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

  const oidc = readOidc(value, problems);

  const publiek = value('PUBLIEKE_URL');
  const publiekeUrl = publiek === undefined ? null : veiligeUrl(publiek);
  if (
    publiek !== undefined &&
    (publiekeUrl === null || publiekeUrl.pathname !== '/' || publiekeUrl.search || publiekeUrl.hash)
  ) {
    problems.push(
      `PUBLIEKE_URL moet een https-adres zijn (http alleen op localhost) zonder pad, ? of #, zoals https://wendbaar.gemeente.nl, niet '${publiek}'.`,
    );
  }

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
    oidc,
    publiekeUrl: publiekeUrl?.origin ?? null,
  };
}

const OIDC_OVERIG = [
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
  'OIDC_SCOPES',
  'OIDC_PERSONEELSNUMMER_CLAIM',
  'OIDC_NAAM',
] as const;

/** An absolute http(s) URL; plain http only on this machine (localhost, 127.0.0.1, [::1]). */
function veiligeUrl(setting: string): URL | null {
  try {
    const url = new URL(setting);
    if (url.protocol === 'https:') return url;
    if (url.protocol === 'http:' && isLoopback(url.hostname)) return url;
    return null;
  } catch {
    return null;
  }
}

/** OIDC_ISSUER switches login through the identity provider on; the rest is read only then. */
function readOidc(value: (name: string) => string | undefined, problems: string[]): OidcInstellingen | null {
  const issuer = value('OIDC_ISSUER');
  if (issuer === undefined) {
    const gezet = OIDC_OVERIG.filter((naam) => value(naam) !== undefined);
    if (gezet.length > 0) {
      problems.push(
        `${gezet.join(', ')} ${gezet.length === 1 ? 'is' : 'zijn'} gezet, maar OIDC_ISSUER niet. ` +
          'Zet OIDC_ISSUER (het adres van de identity provider) om inloggen via de gemeente aan te zetten, ' +
          'of laat de OIDC-instellingen weg.',
      );
    }
    return null;
  }
  if (!veiligeUrl(issuer)) {
    problems.push(`OIDC_ISSUER moet een https-adres zijn (http alleen op localhost), niet '${issuer}'.`);
  }
  const clientId = value('OIDC_CLIENT_ID');
  if (clientId === undefined) {
    problems.push(
      'OIDC_CLIENT_ID ontbreekt: zet de client-id die de identity provider voor Wendbaar heeft uitgegeven.',
    );
  }
  const redirectUrl = value('OIDC_REDIRECT_URL') ?? null;
  if (redirectUrl !== null) {
    const url = veiligeUrl(redirectUrl);
    if (!url?.pathname.endsWith(OIDC_CALLBACK_PAD) || url.search !== '' || url.hash !== '') {
      problems.push(
        `OIDC_REDIRECT_URL moet een https-adres zijn (http alleen op localhost) dat eindigt op ${OIDC_CALLBACK_PAD}, ` +
          `zonder ? of #, niet '${redirectUrl}'.`,
      );
    }
  }
  const scopes = (value('OIDC_SCOPES') ?? STANDAARD_OIDC_SCOPES).split(/\s+/).join(' ');
  if (!scopes.split(' ').includes('openid')) {
    problems.push(`OIDC_SCOPES moet 'openid' bevatten, niet '${scopes}'.`);
  }
  return {
    naam: value('OIDC_NAAM') ?? STANDAARD_OIDC_NAAM,
    issuer: issuer,
    clientId: clientId ?? '',
    clientSecret: value('OIDC_CLIENT_SECRET') ?? null,
    redirectUrl,
    scopes,
    personeelsnummerClaim: value('OIDC_PERSONEELSNUMMER_CLAIM') ?? null,
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

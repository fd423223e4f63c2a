import { isIP } from 'node:net';
import { type AuditSleutel, leesAuditSleutel, MINIMALE_SLEUTEL_BYTES } from './access/audit-keten';
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
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: false (the
   * default: any client could forge them), their addresses and CIDR ranges, or a hop count.
   */
  proxy: ProxyInstelling;
  /** The audit chain's key and where its anchors go (docs/deployment.md, "The audit log"). */
  audit: AuditInstellingen;
}

export interface AuditInstellingen {
  /** WENDBAAR_AUDIT_SLEUTEL; null: on PGlite the key file next to the data folder, else no key. */
  sleutel: AuditSleutel | null;
  /** WENDBAAR_AUDIT_ANKER: the file the anchors are appended to; null: next to the PGlite folder. */
  anker: string | null;
  /** WENDBAAR_AUDIT_ANKER_MINUTEN: how often the server writes an anchor (default 15). */
  ankerMinuten: number;
}

/** The proxies Wendbaar believes: none, their addresses and ranges, or a hop count; never every client. */
export type ProxyInstelling = false | number | string[];

/**
 * Fastify's `trustProxy` for a WENDBAAR_PROXY setting. Fastify takes a list as it is, but a bare number
 * trusts nothing (it cannot check the immediate peer), so a hop count becomes the function that
 * believes the nearest `hops` addresses, as proxy-addr counts them: the socket's is hop 0.
 */
export function trustProxy(
  proxy: ProxyInstelling,
): false | string[] | ((adres: string, hop: number) => boolean) {
  if (typeof proxy !== 'number') return proxy;
  return (_adres, hop) => hop < proxy;
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

  const proxy = readProxy(value('WENDBAAR_PROXY'), problems);
  const audit = readAudit(value, problems);

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
    proxy,
    audit,
  };
}

/**
 * WENDBAAR_AUDIT_SLEUTEL (at least 32 bytes, hex or base64; never echoed in a message), the anchor
 * file and its interval.
 */
function readAudit(value: (name: string) => string | undefined, problems: string[]): AuditInstellingen {
  const tekst = value('WENDBAAR_AUDIT_SLEUTEL');
  const sleutel = tekst === undefined ? null : leesAuditSleutel(tekst);
  if (tekst !== undefined && sleutel === null) {
    problems.push(
      `WENDBAAR_AUDIT_SLEUTEL moet een geheime sleutel van minstens ${MINIMALE_SLEUTEL_BYTES} bytes zijn, ` +
        'geschreven als hex (64 tekens of meer) of base64, bijvoorbeeld de uitvoer van `openssl rand -hex 32`.',
    );
  }
  const anker = value('WENDBAAR_AUDIT_ANKER') ?? null;
  const minuten = value('WENDBAAR_AUDIT_ANKER_MINUTEN');
  let ankerMinuten = 15;
  if (minuten !== undefined) {
    const n = Number(minuten);
    if (/^\d+$/.test(minuten) && n >= 1 && n <= 1440) ankerMinuten = n;
    else
      problems.push(
        `WENDBAAR_AUDIT_ANKER_MINUTEN moet een geheel getal van 1 tot en met 1440 zijn, niet '${minuten}'.`,
      );
  }
  return { sleutel, anker, ankerMinuten };
}

/** The names proxy-addr (Fastify's trustProxy) knows for address ranges. */
const PROXY_NAMEN = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One address (10.0.0.5, ::1) or a range in CIDR notation (10.0.0.0/8, fd00::/8). */
function isProxyAdres(entry: string): boolean {
  if (PROXY_NAMEN.has(entry)) return true;
  const [adres = '', prefix, ...rest] = entry.split('/');
  const versie = isIP(adres);
  if (versie === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (versie === 4 ? 32 : 128);
}

/**
 * WENDBAAR_PROXY: a comma-separated list of the proxies' addresses and ranges, or the number of
 * proxies in front (a hop count). A list is safer: with a hop count, a client that reaches the port
 * directly can still forge its address. Unset means no proxy is believed.
 */
function readProxy(setting: string | undefined, problems: string[]): ProxyInstelling {
  if (setting === undefined) return false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const lijst = setting
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const fout = lijst.filter((entry) => !isProxyAdres(entry));
    if (lijst.length > 0 && fout.length === 0) return lijst;
    if (fout.length > 0 && lijst.length > fout.length) {
      problems.push(
        `WENDBAAR_PROXY bevat ${fout.map((f) => `'${f}'`).join(', ')}: dat is geen IP-adres of CIDR-bereik ` +
          '(zoals 127.0.0.1, 10.0.0.0/8 of ::1).',
      );
      return false;
    }
  }
  problems.push(
    "WENDBAAR_PROXY moet de adressen van de reverse proxy zijn, met komma's gescheiden (IP-adressen of " +
      `CIDR-bereiken, zoals 127.0.0.1 of 10.0.0.0/8), of het aantal proxy's ervoor (1 tot en met 10), niet '${setting}'. ` +
      'Laat de variabele weg als er geen proxy voor Wendbaar staat.',
  );
  return false;
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

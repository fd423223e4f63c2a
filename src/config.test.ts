import { describe, expect, it } from 'vitest';
import { ConfigError, describeDatabaseTarget, readConfig } from './config';

describe('readConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: 'localhost',
      database: { engine: 'pglite', dataDir: './data' },
      dataDir: './data',
      demo: true,
      logLevel: 'info',
      sessie: { inactiefMinuten: 30, maxUren: 10 },
      bewaartermijnJaren: 2,
      oidc: null,
      publiekeUrl: null,
      proxy: false,
      audit: { sleutel: null, anker: null, ankerMinuten: 15 },
    });
  });

  it('reads every setting', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://wendbaar:geheim@db:5432/wendbaar',
      WENDBAAR_DATA_DIR: '/var/lib/wendbaar',
      WENDBAAR_DEMO: '0',
      LOG_LEVEL: 'WARN',
      WENDBAAR_SESSIE_INACTIEF_MINUTEN: '15',
      WENDBAAR_SESSIE_MAX_UREN: '8',
      WENDBAAR_BEWAARTERMIJN_JAREN: '7',
      OIDC_ISSUER: 'https://login.microsoftonline.com/0f1e2d3c/v2.0',
      OIDC_CLIENT_ID: 'wendbaar',
      OIDC_CLIENT_SECRET: 'geheim',
      OIDC_REDIRECT_URL: 'https://wendbaar.gemeente.nl/auth/oidc/callback',
      OIDC_SCOPES: ' openid  email profile offline_access ',
      OIDC_PERSONEELSNUMMER_CLAIM: 'employeeid',
      OIDC_NAAM: 'Gemeente Utrecht-account',
      PUBLIEKE_URL: 'https://wendbaar.gemeente.nl/',
      WENDBAAR_PROXY: '127.0.0.1',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { engine: 'postgresql', url: 'postgresql://wendbaar:geheim@db:5432/wendbaar' },
      dataDir: '/var/lib/wendbaar',
      demo: false,
      logLevel: 'warn',
      sessie: { inactiefMinuten: 15, maxUren: 8 },
      bewaartermijnJaren: 7,
      oidc: {
        naam: 'Gemeente Utrecht-account',
        issuer: 'https://login.microsoftonline.com/0f1e2d3c/v2.0',
        clientId: 'wendbaar',
        clientSecret: 'geheim',
        redirectUrl: 'https://wendbaar.gemeente.nl/auth/oidc/callback',
        scopes: 'openid email profile offline_access',
        personeelsnummerClaim: 'employeeid',
      },
      publiekeUrl: 'https://wendbaar.gemeente.nl',
      proxy: ['127.0.0.1'],
      audit: { sleutel: null, anker: null, ankerMinuten: 15 },
    });
  });

  describe('WENDBAAR_PROXY', () => {
    it('believes no proxy by default, so a client cannot choose its own address', () => {
      expect(readConfig({}).proxy).toBe(false);
      expect(readConfig({ WENDBAAR_PROXY: ' ' }).proxy).toBe(false);
    });

    it('takes a comma-separated list of addresses and CIDR ranges', () => {
      expect(readConfig({ WENDBAAR_PROXY: '127.0.0.1, ::1,10.0.0.0/8 , fd00::/8,' }).proxy).toEqual([
        '127.0.0.1',
        '::1',
        '10.0.0.0/8',
        'fd00::/8',
      ]);
      expect(readConfig({ WENDBAAR_PROXY: 'loopback,uniquelocal' }).proxy).toEqual([
        'loopback',
        'uniquelocal',
      ]);
    });

    it('takes a hop count', () => {
      expect(readConfig({ WENDBAAR_PROXY: '1' }).proxy).toBe(1);
      expect(readConfig({ WENDBAAR_PROXY: '2' }).proxy).toBe(2);
    });

    it.each([
      'true',
      '*',
      '0',
      '11',
      '-1',
      '1.5',
      'nginx',
      '127.0.0.1/33',
      '::1/129',
      '10.0.0.0/8/8',
      '256.0.0.1',
      ',',
    ])('refuses %j with a message that says what it takes', (setting) => {
      expect(() => readConfig({ WENDBAAR_PROXY: setting })).toThrow(
        /WENDBAAR_PROXY moet de adressen van de reverse proxy zijn/,
      );
    });

    it('names the entries of a list that are no address', () => {
      expect(() => readConfig({ WENDBAAR_PROXY: '127.0.0.1, proxy.intern, 10.0.0.0/40' })).toThrow(
        "WENDBAAR_PROXY bevat 'proxy.intern', '10.0.0.0/40': dat is geen IP-adres of CIDR-bereik",
      );
    });
  });

  it('takes the public address only as an origin over https (http on localhost)', () => {
    expect(readConfig({ PUBLIEKE_URL: 'http://localhost:3000' }).publiekeUrl).toBe('http://localhost:3000');
    for (const fout of ['http://wendbaar.gemeente.nl', 'https://wendbaar.gemeente.nl/app', 'wendbaar.nl']) {
      expect(() => readConfig({ PUBLIEKE_URL: fout }), fout).toThrow(
        /PUBLIEKE_URL moet een https-adres zijn/,
      );
    }
  });

  it('treats empty values as unset', () => {
    const config = readConfig({ PORT: '', DATABASE_URL: ' ', WENDBAAR_DEMO: '' });
    expect(config.port).toBe(3000);
    expect(config.database.engine).toBe('pglite');
    expect(config.demo).toBe(true);
  });

  it.each(['0', 'false', 'nee'])('starts empty when WENDBAAR_DEMO is %s', (setting) => {
    expect(readConfig({ WENDBAAR_DEMO: setting }).demo).toBe(false);
  });

  it('accepts port 0 so the operating system picks a free port', () => {
    expect(readConfig({ PORT: '0' }).port).toBe(0);
  });

  it.each(['abc', '-1', '65536', '30.5', '3000x'])('refuses PORT=%s with a Dutch message', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(
      `PORT moet een geheel getal van 0 tot en met 65535 zijn, niet '${port}'.`,
    );
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      readConfig({
        PORT: 'x',
        DATABASE_URL: 'mysql://db',
        WENDBAAR_DEMO: 'misschien',
        LOG_LEVEL: 'luid',
        WENDBAAR_SESSIE_MAX_UREN: '-1',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      "PORT moet een geheel getal van 0 tot en met 65535 zijn, niet 'x'.",
      'DATABASE_URL moet beginnen met postgres:// of postgresql://.',
      "WENDBAAR_DEMO moet 1 of 0 zijn, niet 'misschien'.",
      "LOG_LEVEL moet een van fatal, error, warn, info, debug, trace, silent zijn, niet 'luid'.",
      "WENDBAAR_SESSIE_MAX_UREN moet een positief getal zijn, niet '-1'.",
    ]);
  });
});

describe('readConfig: OIDC', () => {
  it('switches OIDC on with the issuer and a client id, with defaults for the rest', () => {
    expect(
      readConfig({ OIDC_ISSUER: 'https://sso.gemeente.nl/realms/medewerkers', OIDC_CLIENT_ID: 'wendbaar' })
        .oidc,
    ).toEqual({
      naam: 'Gemeente-account',
      issuer: 'https://sso.gemeente.nl/realms/medewerkers',
      clientId: 'wendbaar',
      clientSecret: null,
      redirectUrl: null,
      scopes: 'openid email profile',
      personeelsnummerClaim: null,
    });
  });

  it.each(['http://localhost:8080/realms/test', 'http://127.0.0.1:4000', 'http://[::1]:4000'])(
    'allows a plain-http issuer on this machine: %s',
    (issuer) => {
      expect(readConfig({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'x' }).oidc?.issuer).toBe(issuer);
    },
  );

  it('names every OIDC problem at once', () => {
    let error: unknown;
    try {
      readConfig({
        OIDC_ISSUER: 'http://sso.gemeente.nl',
        OIDC_REDIRECT_URL: 'https://wendbaar.gemeente.nl/terug',
        OIDC_SCOPES: 'email profile',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      "OIDC_ISSUER moet een https-adres zijn (http alleen op localhost), niet 'http://sso.gemeente.nl'.",
      'OIDC_CLIENT_ID ontbreekt: zet de client-id die de identity provider voor Wendbaar heeft uitgegeven.',
      'OIDC_REDIRECT_URL moet een https-adres zijn (http alleen op localhost) dat eindigt op /auth/oidc/callback, ' +
        "zonder ? of #, niet 'https://wendbaar.gemeente.nl/terug'.",
      "OIDC_SCOPES moet 'openid' bevatten, niet 'email profile'.",
    ]);
  });

  it('refuses OIDC settings without OIDC_ISSUER instead of silently ignoring them', () => {
    expect(() => readConfig({ OIDC_CLIENT_ID: 'wendbaar', OIDC_CLIENT_SECRET: 'geheim' })).toThrow(
      'OIDC_CLIENT_ID, OIDC_CLIENT_SECRET zijn gezet, maar OIDC_ISSUER niet.',
    );
  });

  it('lists OIDC problems together with the other settings', () => {
    expect(() => readConfig({ PORT: 'x', OIDC_ISSUER: 'https://sso.gemeente.nl' })).toThrow(
      /PORT moet[^\n]*\nOIDC_CLIENT_ID ontbreekt/,
    );
  });
});

describe('describeDatabaseTarget', () => {
  it('names the PGlite folder', () => {
    expect(describeDatabaseTarget(readConfig({}))).toBe('PGlite in ./data');
  });

  it('never shows the PostgreSQL password', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://wendbaar:geheim@db.example:5433/wendbaar' });
    expect(describeDatabaseTarget(config)).toBe('PostgreSQL op db.example:5433/wendbaar');
  });

  it('reads the audit key as hex or base64 of at least 32 bytes, the anchor file and its interval', () => {
    const bytes = Buffer.alloc(32, 7);
    const hex = readConfig({
      WENDBAAR_AUDIT_SLEUTEL: bytes.toString('hex'),
      WENDBAAR_AUDIT_ANKER: '/var/log/wendbaar/anker.jsonl',
      WENDBAAR_AUDIT_ANKER_MINUTEN: '5',
    }).audit;
    expect(hex.sleutel?.geheim).toEqual(bytes);
    expect(hex.anker).toBe('/var/log/wendbaar/anker.jsonl');
    expect(hex.ankerMinuten).toBe(5);
    expect(readConfig({ WENDBAAR_AUDIT_SLEUTEL: bytes.toString('base64') }).audit.sleutel?.id).toBe(
      hex.sleutel?.id,
    );
  });

  it('refuses a short or unreadable audit key without echoing it, and a bad interval', () => {
    const fout = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    const kort = Buffer.alloc(16, 1).toString('hex');
    expect(fout({ WENDBAAR_AUDIT_SLEUTEL: kort })).toContain(
      'WENDBAAR_AUDIT_SLEUTEL moet een geheime sleutel van minstens 32 bytes',
    );
    expect(fout({ WENDBAAR_AUDIT_SLEUTEL: kort })).not.toContain(kort);
    expect(fout({ WENDBAAR_AUDIT_SLEUTEL: 'mijn geheime sleutel' })).toContain('WENDBAAR_AUDIT_SLEUTEL');
    expect(fout({ WENDBAAR_AUDIT_ANKER_MINUTEN: '0' })).toContain('WENDBAAR_AUDIT_ANKER_MINUTEN');
  });
});

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
    });
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

describe('describeDatabaseTarget', () => {
  it('names the PGlite folder', () => {
    expect(describeDatabaseTarget(readConfig({}))).toBe('PGlite in ./data');
  });

  it('never shows the PostgreSQL password', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://wendbaar:geheim@db.example:5433/wendbaar' });
    expect(describeDatabaseTarget(config)).toBe('PostgreSQL op db.example:5433/wendbaar');
  });
});

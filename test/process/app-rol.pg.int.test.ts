/**
 * Issue 18, item 3: "docs/deployment.md sets up PostgreSQL with a table owner role separate from the
 * application role, so the application role cannot disable triggers; the CI PostgreSQL tier runs that
 * way." This is the operator's recipe end to end, as real processes: `wendbaar migrate --app-rol` as
 * the owner, then `wendbaar start` as the app role, which serves and writes (the demo municipality
 * included) but cannot touch the audit log behind the application's back.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRol } from '../helpers/database';
import { currentEngine } from '../helpers/engine';
import { createServerDatabase, runWendbaar, type Server, startWendbaar, vraag } from './support';

const MEDEWERKER = { eMail: 'medewerker@demo-gemeente.nl', wachtwoord: 'demo-wendbaar' };

// Needs a second role on the server (TEST_DATABASE_APP_URL; .ci/run makes it); PGlite has one user.
const rol = appRol();
if (currentEngine() === 'postgresql' && rol) {
  describe('the owner migrates, the application role runs [postgresql]', () => {
    let database: Awaited<ReturnType<typeof createServerDatabase>> | undefined;
    let server: Server | undefined;
    let appUrl = '';

    beforeAll(async () => {
      database = await createServerDatabase();
      const url = new URL(process.env.TEST_DATABASE_APP_URL!);
      url.pathname = new URL(database.url).pathname;
      appUrl = url.toString();
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    }, 60_000);

    it('refuses an unknown role or the owner itself, naming the problem', async () => {
      const onbekend = await runWendbaar(['migrate', '--app-rol', 'bestaat_niet'], {
        DATABASE_URL: database!.url,
      });
      expect(onbekend.code).not.toBe(0);
      expect(onbekend.stderr).toContain("De rol 'bestaat_niet' bestaat niet");
      const eigenaar = decodeURIComponent(new URL(database!.url).username);
      const zelf = await runWendbaar(['migrate', '--app-rol', eigenaar], { DATABASE_URL: database!.url });
      expect(zelf.code).not.toBe(0);
      expect(zelf.stderr).toContain('de applicatierol moet een andere rol zijn');
    }, 120_000);

    it('starts, loads the demo and writes as the app role, which cannot unprotect the audit log', async () => {
      const migratie = await runWendbaar(['migrate', '--app-rol', rol], { DATABASE_URL: database!.url });
      expect(migratie.code, migratie.stderr).toBe(0);
      expect(migratie.stdout).toContain(`Rechten gegeven aan ${rol}`);

      server = await startWendbaar({ DATABASE_URL: appUrl, WENDBAAR_DEMO: '1' });
      expect(server.output()).toContain('de demo-gemeente is geladen');
      const api = `${server.url}/api/v1`;
      const login = await vraag(`${api}/sessies`, { method: 'POST', body: MEDEWERKER });
      expect(login.status).toBe(201);
      expect((await vraag(`${api}/teams`, { cookie: login.cookie })).status).toBe(200);

      const app = new pg.Client({ connectionString: appUrl });
      await app.connect();
      try {
        const wie = await app.query<{ current_user: string }>('select current_user');
        expect(wie.rows[0]!.current_user).toBe(rol);
        await expect(
          app.query('alter table audit_log disable trigger audit_log_geen_wijziging'),
        ).rejects.toThrow(/must be owner/);
        await expect(app.query(`update audit_log set resultaat = 'gelukt'`)).rejects.toThrow(
          /permission denied/,
        );
        await expect(app.query('delete from audit_log')).rejects.toThrow(/permission denied/);
        await expect(app.query(`insert into schema_migratie (naam) values ('9999_nep')`)).rejects.toThrow(
          /permission denied/,
        );
      } finally {
        await app.end();
      }

      // The app role can still check the chain: `audit verify` needs only select.
      const verify = await runWendbaar(['audit', 'verify'], { DATABASE_URL: appUrl });
      expect(verify.code, verify.stderr).toBe(0);
      expect(verify.stdout).toContain('De keten is intact.');
    }, 240_000);
  });
}

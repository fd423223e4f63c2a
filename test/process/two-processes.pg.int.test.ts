/**
 * Issue: "A test starts two server processes on one PostgreSQL: a session made on one works on the
 * other." Sessions, their CSRF tokens and their end live in the database, so a load balancer may send
 * each request of one browser to any process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentEngine } from '../helpers/engine';
import { createServerDatabase, runWendbaar, type Server, startWendbaar, vraag } from './support';

const MEDEWERKER = { eMail: 'medewerker@demo-gemeente.nl', wachtwoord: 'demo-wendbaar' };

// A PGlite data folder serves exactly one process, so this file belongs to the PostgreSQL project
// only (vitest.config.ts leaves *.pg.int.test.ts out of integration-pglite).
if (currentEngine() === 'postgresql') {
  describe('two server processes on one PostgreSQL [postgresql]', () => {
    let database: Awaited<ReturnType<typeof createServerDatabase>> | undefined;
    let a: Server | undefined;
    let b: Server | undefined;

    beforeAll(async () => {
      database = await createServerDatabase();
      const env = { DATABASE_URL: database.url, WENDBAAR_DEMO: '1' };
      // The first migrates the new database and loads the demo municipality; the second starts once
      // the first is ready and finds both done (migrations run under an advisory lock either way).
      a = await startWendbaar(env);
      b = await startWendbaar(env);
      expect(a.url).not.toBe(b.url);
      expect(a.output()).toContain('de demo-gemeente is geladen');
      expect(b.output()).not.toContain('de demo-gemeente is geladen');
    }, 240_000);

    afterAll(async () => {
      // Both processes gone before the database goes, whatever happened in the tests.
      await Promise.allSettled([a?.stop(), b?.stop()]);
      await database?.drop();
    }, 60_000);

    it('shares one session: made on A, used and written with on B, ended on A for both', async () => {
      const A = `${a!.url}/api/v1`;
      const B = `${b!.url}/api/v1`;

      const login = await vraag(`${A}/sessies`, { method: 'POST', body: MEDEWERKER });
      expect(login.status).toBe(201);
      expect(login.data.totpNodig).toBe(false);
      const cookie = login.cookie!;
      expect(cookie).toMatch(/^wendbaar_sessie=.+/);
      const csrf: string = login.data.csrfToken;
      const medewerkerId: string = login.data.account.medewerkerId;
      expect(medewerkerId).toEqual(expect.any(String));

      // The session made on A is known on B, with the same CSRF token.
      const huidig = await vraag(`${B}/sessies/huidig`, { cookie });
      expect(huidig.status).toBe(200);
      expect(huidig.data.account.eMail).toBe(MEDEWERKER.eMail);
      expect(huidig.data.csrfToken).toBe(csrf);
      expect((await vraag(`${B}/teams`, { cookie })).status).toBe(200);
      // Without a cookie B knows nobody.
      expect((await vraag(`${B}/teams`)).status).toBe(401);

      // A write on B: refused without the CSRF token, done with the token A handed out.
      const eigen = await vraag(`${B}/medewerkers/${medewerkerId}/expertises`, { cookie });
      expect(eigen.status).toBe(200);
      const heeft = new Set(eigen.data.resultaten.map((e: { expertiseId: string }) => e.expertiseId));
      const catalogus = await vraag(`${B}/expertises?paginaGrootte=100`, { cookie });
      expect(catalogus.status).toBe(200);
      const nieuw = catalogus.data.resultaten.find((e: { id: string }) => !heeft.has(e.id));
      expect(nieuw).toBeDefined();
      const body = { expertiseId: nieuw.id, niveau: 2, ambitie: true };
      const pad = `${B}/medewerkers/${medewerkerId}/expertises`;
      expect((await vraag(pad, { method: 'POST', cookie, body })).status).toBe(403);
      const geschreven = await vraag(pad, { method: 'POST', cookie, csrf, body });
      expect(geschreven.status).toBe(201);
      expect(geschreven.data).toMatchObject({ expertiseId: nieuw.id, niveau: 2, ambitie: true });
      // A sees what was written through B.
      const opA = await vraag(`${A}/medewerkers/${medewerkerId}/expertises`, { cookie });
      expect(opA.data.resultaten.map((e: { expertiseId: string }) => e.expertiseId)).toContain(nieuw.id);

      // Logging out on A ends the session on B too.
      const uit = await vraag(`${A}/sessies/huidig`, { method: 'DELETE', cookie, csrf });
      expect(uit.status).toBe(204);
      expect((await vraag(`${B}/sessies/huidig`, { cookie })).status).toBe(401);
      expect((await vraag(`${B}/teams`, { cookie })).status).toBe(401);
      expect((await vraag(`${A}/teams`, { cookie })).status).toBe(401);
    });

    it('keeps one intact audit chain while both processes write to it', async () => {
      const verify = await runWendbaar(['audit', 'verify'], { DATABASE_URL: database!.url });
      expect(verify.code, verify.stderr).toBe(0);
      expect(verify.stdout).toContain('De keten is intact.');
      // At least the login, the refused and the done write, the reads of personal detail and the logout.
      const aantal = Number(/Gecontroleerd: (\d+) auditregels/.exec(verify.stdout)?.[1]);
      expect(aantal).toBeGreaterThanOrEqual(5);
    }, 60_000);
  });
}

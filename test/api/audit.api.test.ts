import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRol } from '../helpers/database';
import { currentEngine } from '../helpers/engine';
import { type Api, buildMedewerker, buildTeam, call, loginAls, startApi } from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const regelsVoor = (objectId: string) =>
  api.db.selectFrom('audit_log').selectAll().where('object_id', '=', objectId).orderBy('id').execute();

describe('audit log', () => {
  it('records writes and reads of personal detail with actor, object, result and origin — never the content', async () => {
    const team = await buildTeam(api.app);
    const m = await buildMedewerker(api.app, { teamId: team.id, voornaam: 'Geheimenaam' });
    await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`, undefined);
    await call(api.app, 'GET', '/api/v1/teams', undefined);
    const regels = await regelsVoor(m.id);
    expect(regels.map((r) => [r.actie, r.resultaat])).toEqual([
      ['POST /medewerkers', 'gelukt'],
      ['GET /medewerkers/{medewerkerId}', 'gelukt'],
    ]);
    expect(regels[0]).toMatchObject({ object_type: 'medewerker', ip: '127.0.0.1' });
    expect(regels[1]).toMatchObject({ object_type: 'medewerker', request_id: expect.any(String) });
    expect(regels[1]!.actor_account_id).not.toBeNull();
    const alles = await api.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(alles)).not.toContain('Geheimenaam');
    expect(alles.some((r) => r.actie === 'GET /teams')).toBe(false);
  });

  it('cannot be changed or emptied through the database, not even by the schema owner', async () => {
    await expect(sql`update audit_log set resultaat = 'gelukt'`.execute(api.eigenaar)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(api.eigenaar)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(api.eigenaar)).rejects.toThrow(/append-only/);
  });

  // Only where the app runs under its own role (CI's PostgreSQL tier, docs/deployment.md): PGlite has
  // one user, and a local run without TEST_DATABASE_APP_URL has the owner as app.
  it.runIf(currentEngine() === 'postgresql' && appRol() !== undefined)(
    'is out of reach of the application role: no update, no disabled trigger',
    async () => {
      await expect(sql`update audit_log set resultaat = 'gelukt'`.execute(api.db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`delete from audit_log`.execute(api.db)).rejects.toThrow(/permission denied/);
      await expect(
        sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(api.db),
      ).rejects.toThrow(/must be owner/);
      await expect(sql`drop table audit_log`.execute(api.db)).rejects.toThrow(/must be owner/);
      // What it needs it has: reading and appending (every call above wrote records).
      const aantal = await api.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(aantal.n)).toBeGreaterThan(0);
    },
  );

  it('is searched, exported and verified by a beheerder only', async () => {
    const lijst = await call(api.app, 'GET', '/api/v1/auditregels?actie=medewerkers&paginaGrootte=5');
    expect(lijst.statusCode).toBe(200);
    expect(lijst.data.resultaten.length).toBeGreaterThan(0);
    expect(lijst.data.resultaten[0].tijdstempel).toMatch(/Z$/);
    // The actor by name: the standard test session's account made these records.
    const naam = (await call(api.app, 'GET', '/api/v1/sessies/huidig')).data.account.naam;
    expect(lijst.data.resultaten[0]).toMatchObject({ actorNaam: naam });
    const csv = await call(api.app, 'GET', '/api/v1/auditregels?formaat=csv&resultaat=gelukt');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFid;tijdstempel;actor;actie;objectType;objectId;resultaat;ip;userAgent;requestId;hash',
    );
    const medewerker = await loginAls(api.db, ['medewerker']);
    expect((await call(api.app, 'GET', '/api/v1/auditregels', undefined, medewerker)).statusCode).toBe(403);
  });

  it('finds the exact record changed behind the application’s back', async () => {
    const ok = await call(api.app, 'GET', '/api/v1/auditregels/verificatie');
    expect(ok.data).toMatchObject({ intact: true, fouten: [] });
    expect(ok.data.gecontroleerd).toBeGreaterThan(3);
    const doel = await api.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(api.eigenaar);
    await sql`update audit_log set resultaat = 'geweigerd' where id = ${doel.id}`.execute(api.eigenaar);
    await sql`alter table audit_log enable trigger audit_log_geen_wijziging`.execute(api.eigenaar);
    const kapot = await call(api.app, 'GET', '/api/v1/auditregels/verificatie');
    expect(kapot.data.intact).toBe(false);
    expect(kapot.data.fouten).toEqual([
      expect.objectContaining({ id: Number(doel.id), soort: 'inhoud-gewijzigd' }),
    ]);
  });
});

describe('AVG', () => {
  it('gives a medewerker everything held about them, including who read it', async () => {
    const m = await buildMedewerker(api.app);
    const zelf = await loginAls(api.db, ['medewerker'], { medewerkerId: m.id });
    await call(api.app, 'GET', `/api/v1/medewerkers/${m.id}`);
    const res = await call(api.app, 'GET', '/api/v1/accounts/huidig/persoonsgegevens', undefined, zelf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.data.medewerker).toMatchObject({
      id: m.id,
      personeelsnummer: m.personeelsnummer,
      contracthistorie: [expect.any(Object)],
    });
    expect(res.data.account.rollen).toEqual(['medewerker']);
    expect(res.data.sessies.length).toBeGreaterThan(0);
    expect(
      res.data.auditlog.some(
        (r: any) => r.actie === 'GET /medewerkers/{medewerkerId}' && r.object_id === m.id,
      ),
    ).toBe(true);
    expect(JSON.stringify(res.data)).not.toMatch(/wachtwoord_hash|totp_geheim|csrf/);
  });

  it('anonymises a departed medewerker only after the retention period, keeping the audit trail', async () => {
    const blijft = await buildMedewerker(api.app);
    const recent = await buildMedewerker(api.app, { inDienst: '2020-01-01', uitDienst: '2026-01-31' });
    const lang = await buildMedewerker(api.app, {
      inDienst: '2010-01-01',
      uitDienst: '2015-12-31',
      achternaam: 'Vertrokkenmans',
    });
    await loginAls(api.db, ['medewerker'], { medewerkerId: lang.id });
    const inDienst = await call(api.app, 'POST', `/api/v1/medewerkers/${blijft.id}/anonimiseringen`);
    expect(inDienst.statusCode).toBe(409);
    expect(inDienst.data).toMatchObject({
      type: 'urn:wendbaar:probleem:nog-in-dienst',
      title: 'Nog in dienst',
    });
    const binnenTermijn = await call(api.app, 'POST', `/api/v1/medewerkers/${recent.id}/anonimiseringen`);
    expect(binnenTermijn.statusCode).toBe(409);
    expect(binnenTermijn.data.detail).toContain('bewaartermijn');
    expect(binnenTermijn.data.type).toBe('urn:wendbaar:probleem:bewaartermijn-loopt');
    const res = await call(api.app, 'POST', `/api/v1/medewerkers/${lang.id}/anonimiseringen`);
    expect(res.statusCode).toBe(201);
    const na = await call(api.app, 'GET', `/api/v1/medewerkers/${lang.id}`);
    expect(na.data.naam).toBe(`Geanonimiseerd ${res.data.pseudoniem}`);
    expect(JSON.stringify(na.data)).not.toContain('Vertrokkenmans');
    const account = await api.db
      .selectFrom('account')
      .selectAll()
      .where('medewerker_id', '=', lang.id)
      .executeTakeFirstOrThrow();
    expect(account).toMatchObject({ actief: false, wachtwoord_hash: null, naam: 'Geanonimiseerd' });
    const spoor = await regelsVoor(lang.id);
    expect(spoor.map((r) => r.actie)).toContain('POST /medewerkers/{medewerkerId}/anonimiseringen');
    expect(JSON.stringify(spoor)).not.toContain('Vertrokkenmans');
    expect((await call(api.app, 'POST', `/api/v1/medewerkers/${lang.id}/anonimiseringen`)).statusCode).toBe(
      409,
    );
  });
});

import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { onEngine } from '../helpers/engine';
import { type Api, buildTeam, call, snapshot, startApi } from './support';

/**
 * One transaction per write request, with its audit record inside it (src/http/transactie.plugin.ts):
 * a change and its audit record commit together or not at all.
 */
let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

/**
 * Makes every successful audit append fail, as a full disk or a broken chain would. As the schema
 * owner: the application role may not add triggers to audit_log.
 */
async function breekAudit() {
  await sql`
    create or replace function test_weiger_audit() returns trigger language plpgsql as $$
    begin
      if new.resultaat = 'gelukt' then raise exception 'audit kapot (test)'; end if;
      return new;
    end $$`.execute(api.eigenaar);
  await sql`create trigger test_weiger_audit before insert on audit_log
            for each row execute function test_weiger_audit()`.execute(api.eigenaar);
}

afterEach(async () => {
  await sql`drop trigger if exists test_weiger_audit on audit_log`.execute(api.eigenaar);
});

const auditVan = (requestId: string) =>
  api.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();

describe(onEngine('one transaction per write'), () => {
  it('leaves nothing changed when the audit record of a write cannot be written, and says so', async () => {
    const team = await buildTeam(api.app, { naam: 'Team Vóór' });
    const voor = await snapshot(api);
    await breekAudit();

    // A write of several rows (medewerker, contract, membership) and a versioned update.
    const nieuw = await call(api.app, 'POST', '/api/v1/medewerkers', {
      personeelsnummer: 'TX1',
      voornaam: 'Nooit',
      achternaam: 'Opgeslagen',
      eMail: 'nooit.opgeslagen@example.nl',
      functie: 'Adviseur',
      schaal: 10,
      trede: 3,
      inDienst: '2024-01-01',
      urenPerWeek: 36,
      teamId: team.id,
    });
    const wijziging = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'Team Ná' },
      { 'if-match': `"${team.versie}"` },
    );

    for (const res of [nieuw, wijziging]) {
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).not.toContain('audit kapot');
    }
    expect(await snapshot(api)).toBe(voor);
    // The attempt itself is on record, as failed, outside the rolled-back transaction.
    const regels = await auditVan(String(wijziging.headers['x-request-id']));
    expect(regels.map((r) => [r.actie, r.resultaat])).toEqual([['PATCH /teams/{teamId}', 'mislukt']]);
    expect(regels[0]!.details).toMatchObject({ status: 500 });

    // Once the audit works again, the same write goes through, with its record.
    await sql`drop trigger test_weiger_audit on audit_log`.execute(api.eigenaar);
    const opnieuw = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'Team Ná' },
      { 'if-match': `"${team.versie}"` },
    );
    expect(opnieuw.statusCode).toBe(200);
    expect(opnieuw.data).toMatchObject({ naam: 'Team Ná', versie: team.versie + 1 });
    const gelukt = await auditVan(String(opnieuw.headers['x-request-id']));
    expect(gelukt.map((r) => r.resultaat)).toEqual(['gelukt']);
  });

  it('rolls back everything a refused write did before it was refused', async () => {
    const team = await buildTeam(api.app);
    const voor = await snapshot(api);
    // A stale If-Match is refused after the request passed validation, inside its transaction.
    const res = await call(
      api.app,
      'PATCH',
      `/api/v1/teams/${team.id}`,
      { naam: 'Te laat' },
      { 'if-match': `"${team.versie + 5}"` },
    );
    expect(res.statusCode).toBe(412);
    expect(await snapshot(api)).toBe(voor);
    const regels = await auditVan(String(res.headers['x-request-id']));
    expect(regels.map((r) => r.resultaat)).toEqual(['mislukt']);
  });

  it('runs concurrent writes one transaction each, every one with its own audit record', async () => {
    const antwoorden = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(api.app, 'POST', '/api/v1/teams', { naam: `Gelijktijdig ${i}`, soort: 'basisteam' }),
      ),
    );
    expect(antwoorden.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    for (const r of antwoorden) {
      const regels = await auditVan(String(r.headers['x-request-id']));
      expect(regels.map((x) => [x.actie, x.resultaat, x.object_id])).toEqual([
        ['POST /teams', 'gelukt', r.data.id],
      ]);
    }
    // Reads between and after the writes are not held up by a transaction left open.
    expect((await call(api.app, 'GET', '/api/v1/teams')).statusCode).toBe(200);
  });
});

import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import { auditSleutel } from '../access/audit-keten';
import { appendAudit, gebruikAuditSleutel } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { exporteerAuditlog, readExportArguments, verifieerAuditlog } from './audit.command';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

/** A fresh database with `n` audit records written the way the application writes them. */
async function metAuditregels(n: number): Promise<{ db: Kysely<Database>; ids: number[] }> {
  database = await createTestDatabase();
  // As the operator who runs `audit verify` and could tamper: the schema owner (on PostgreSQL with a
  // separate app role, the app role could neither disable the trigger nor be refused by it).
  const db = database.eigenaar;
  for (let i = 0; i < n; i++) {
    await appendAudit(db, {
      tijdstempel: new Date(Date.UTC(2026, 0, 5 + i, 9, 30)),
      actorAccountId: null,
      actor: 'account:test',
      actie: i % 2 === 0 ? 'PATCH /medewerkers/{medewerkerId}' : 'GET /medewerkers/{medewerkerId}',
      objectType: 'medewerker',
      objectId: `m-${i}`,
      resultaat: 'gelukt',
      ip: '192.0.2.10',
      userAgent: 'test',
      requestId: `req-${i}`,
      details: { status: 200 },
    });
  }
  const rijen = await db.selectFrom('audit_log').select('id').orderBy('id').execute();
  return { db, ids: rijen.map((r) => Number(r.id)) };
}

async function verifieer(db: Kysely<Database>) {
  const uitvoer: string[] = [];
  const uitkomst = await verifieerAuditlog(db, (regel) => uitvoer.push(regel));
  return { ...uitkomst, uitvoer, tekst: uitvoer.join('\n') };
}

/** The ids the report names as broken, from its `  regel N: …` lines. */
const genoemd = (uitvoer: string[]) =>
  uitvoer.flatMap((r) => /^ {2}regel (\d+):/.exec(r)?.[1] ?? []).map(Number);

/** Does something to audit_log behind the application's back: with the append-only trigger off. */
async function zonderTrigger(db: Kysely<Database>, werk: () => Promise<unknown>): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(db);
  try {
    await werk();
  } finally {
    await sql`alter table audit_log enable trigger audit_log_geen_wijziging`.execute(db);
  }
}

describe(onEngine('wendbaar audit verify'), () => {
  it('reports an untouched chain as intact, with the number of records checked', async () => {
    const { db, ids } = await metAuditregels(5);
    const r = await verifieer(db);
    expect(r.intact).toBe(true);
    expect(r.gecontroleerd).toBe(5);
    expect(r.uitvoer[0]).toBe('Gecontroleerd: 5 auditregels.');
    expect(r.uitvoer).toContain('De keten is intact.');
    expect(r.tekst).toContain(`Laatste regel: ${ids.at(-1)}, hash `);
  });

  it('reports an empty audit log as intact', async () => {
    const { db } = await metAuditregels(0);
    const r = await verifieer(db);
    expect(r.intact).toBe(true);
    expect(r.uitvoer).toEqual([
      'Gecontroleerd: 0 auditregels.',
      'Zonder sleutel: alleen de hashketen is gecontroleerd (zet WENDBAAR_AUDIT_SLEUTEL, zie docs/deployment.md).',
      'Geen anker ingesteld (WENDBAAR_AUDIT_ANKER): het verwijderen van de nieuwste regels is niet te zien.',
      'De keten is intact.',
    ]);
  });

  it('names exactly the row whose resultaat was changed behind the application', async () => {
    const { db, ids } = await metAuditregels(5);
    const doel = ids[2]!;

    // The database itself refuses: UPDATE, DELETE and TRUNCATE hit the append-only triggers.
    await expect(
      sql`update audit_log set resultaat = 'geweigerd' where id = ${doel}`.execute(db),
    ).rejects.toThrow('audit_log is append-only: UPDATE is not allowed');
    await expect(sql`delete from audit_log where id = ${doel}`.execute(db)).rejects.toThrow(
      'audit_log is append-only: DELETE is not allowed',
    );
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(
      'audit_log is append-only: TRUNCATE is not allowed',
    );
    expect((await verifieer(db)).intact).toBe(true);

    // Someone with the table owner's rights switches the trigger off and changes one row.
    await zonderTrigger(db, () =>
      sql`update audit_log set resultaat = 'geweigerd' where id = ${doel}`.execute(db),
    );
    // The trigger is back on afterwards.
    await expect(sql`delete from audit_log where id = ${doel}`.execute(db)).rejects.toThrow('append-only');

    const r = await verifieer(db);
    expect(r.intact).toBe(false);
    expect(r.gecontroleerd).toBe(5);
    expect(r.fouten).toEqual([{ id: doel, soorten: ['inhoud-gewijzigd'] }]);
    expect(genoemd(r.uitvoer)).toEqual([doel]);
    expect(r.tekst).toContain('De keten is NIET intact: fouten bij 1 regel.');
    expect(r.tekst).toContain(`  regel ${doel}: de inhoud is gewijzigd na het vastleggen`);
  });

  it('names the row whose actie was changed, and only that one', async () => {
    const { db, ids } = await metAuditregels(4);
    const doel = ids[0]!;
    await zonderTrigger(db, () =>
      sql`update audit_log set actie = 'GET /teams' where id = ${doel}`.execute(db),
    );
    const r = await verifieer(db);
    expect(r.intact).toBe(false);
    expect(genoemd(r.uitvoer)).toEqual([doel]);
  });

  it('reports a deleted row at the record after the gap, naming the missing id', async () => {
    const { db, ids } = await metAuditregels(5);
    const weg = ids[2]!;
    const volgende = ids[3]!;
    await zonderTrigger(db, () => sql`delete from audit_log where id = ${weg}`.execute(db));

    const r = await verifieer(db);
    expect(r.intact).toBe(false);
    expect(r.gecontroleerd).toBe(4);
    expect(r.fouten).toEqual([{ id: volgende, soorten: ['keten-verbroken'] }]);
    expect(genoemd(r.uitvoer)).toEqual([volgende]);
    expect(r.tekst).toContain(
      `  regel ${volgende}: verwijst niet naar regel ${ids[1]} ervoor: regel ${weg} ontbreekt`,
    );
  });

  it('reports deleting the first rows, and a row with its hash recomputed to hide a change', async () => {
    const { db, ids } = await metAuditregels(6);
    await zonderTrigger(db, async () => {
      await sql`delete from audit_log where id in (${ids[0]!}, ${ids[1]!})`.execute(db);
      // A careful forger also rewrites the stored hash: then the next record no longer links to it.
      await sql`update audit_log set resultaat = 'mislukt', hash = repeat('a', 64) where id = ${ids[4]!}`.execute(
        db,
      );
    });
    const r = await verifieer(db);
    expect(r.fouten.map((f) => f.id)).toEqual([ids[2], ids[4], ids[5]]);
    expect(r.tekst).toContain(`  regel ${ids[2]}: de keten begint hier niet bij het begin`);
    expect(r.tekst).toContain(`  regel ${ids[4]}: de inhoud is gewijzigd`);
    expect(r.tekst).toContain(`  regel ${ids[5]}: verwijst niet naar regel ${ids[4]} ervoor`);
  });

  it('asks for the key, not for an incident report, when only the key is missing', async () => {
    // Written with a key, verified by a process that was not given it (e.g. a new shell after a restore).
    gebruikAuditSleutel(auditSleutel(Buffer.alloc(32, 0x3c)));
    let db: Kysely<Database>;
    try {
      ({ db } = await metAuditregels(3));
    } finally {
      gebruikAuditSleutel(null);
    }
    const r = await verifieer(db);
    expect(r.intact).toBe(false);
    expect(r.fouten.every((f) => f.soorten.every((s) => s === 'sleutel-onbekend'))).toBe(true);
    expect(r.tekst).toContain('Geef de auditsleutel op');
    expect(r.tekst).not.toContain('beveiligingsincident');
  });
});

describe(onEngine('wendbaar audit export'), () => {
  it('writes the records of a period as CSV, newest first', async () => {
    const { db } = await metAuditregels(5);
    const csv = await exporteerAuditlog(db, readExportArguments({ van: '2026-01-06', tot: '2026-01-08' }));
    const regels = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(regels[0]).toBe(
      'id;tijdstempel;actor;actie;objectType;objectId;resultaat;ip;userAgent;requestId;hash',
    );
    expect(regels.slice(1).map((r) => r.split(';')[5])).toEqual(['m-2', 'm-1']);
  });
});

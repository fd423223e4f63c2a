/**
 * The audit chain against someone who can write the table but holds neither the key nor the anchor
 * file: the real `wendbaar audit verify` and `wendbaar audit anker` in their own process, on a
 * database on disk (PGlite folder or PostgreSQL database), after tampering as the table's owner.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { auditHash, auditSleutel, BEGIN_HASH, type OpgeslagenAuditRegel } from '../../src/access/audit-keten';
import { appendAudit, gebruikAuditSleutel, streamAudit } from '../../src/db/audit.repository';
import { openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrator';
import type { Database } from '../../src/db/schema';
import { pgliteTemplateBlob } from '../helpers/database';
import { currentEngine, onEngine } from '../helpers/engine';
import { createServerDatabase, type Omgeving, runWendbaar, startWendbaar } from './support';

const SLEUTEL = auditSleutel(Buffer.alloc(32, 0x5a));

interface Doel {
  map: string;
  /** PostgreSQL: the database's name, to copy it. */
  databaseNaam?: string;
  env: Omgeving;
  ankerPad: string;
  open(): Promise<{ db: Kysely<Database>; close(): Promise<void> }>;
  remove(): Promise<void>;
}

/**
 * A database and anchor file of its own. `kopieVan`: a copy of another one (database and anchor
 * file), so the tests that tamper each get the same keyed log without making it again.
 */
async function maakDoel(sleutelInOmgeving = true, kopieVan?: Doel): Promise<Doel> {
  const map = mkdtempSync(join(tmpdir(), 'wendbaar-audit-anker-'));
  const ankerPad = join(map, 'anker.jsonl');
  if (kopieVan) copyFileSync(kopieVan.ankerPad, ankerPad);
  const audit = {
    ...(sleutelInOmgeving ? { WENDBAAR_AUDIT_SLEUTEL: SLEUTEL.geheim.toString('hex') } : {}),
    WENDBAAR_AUDIT_ANKER: ankerPad,
  };
  if (currentEngine() === 'postgresql') {
    const database = await createServerDatabase(kopieVan?.databaseNaam);
    return {
      map,
      ankerPad,
      databaseNaam: database.naam,
      env: { DATABASE_URL: database.url, ...audit },
      open: () => openDatabase({ engine: 'postgresql', url: database.url }),
      remove: async () => {
        await database.drop();
        rmSync(map, { recursive: true, force: true });
      },
    };
  }
  const dataDir = join(map, 'data');
  if (kopieVan) cpSync(join(kopieVan.map, 'data'), dataDir, { recursive: true });
  return {
    map,
    ankerPad,
    env: { WENDBAAR_DATA_DIR: dataDir, ...audit },
    // The first open unpacks the migrated template into the empty folder instead of an initdb.
    open: async () =>
      openDatabase({
        engine: 'pglite',
        dataDir,
        ...(existsSync(join(dataDir, 'PG_VERSION')) ? {} : { loadDataDir: await pgliteTemplateBlob() }),
      }),
    remove: async () => rmSync(map, { recursive: true, force: true }),
  };
}

async function met<T>(doel: Doel, werk: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = await doel.open();
  try {
    return await werk(handle.db);
  } finally {
    await handle.close();
  }
}

/** As the table's owner can: with the append-only trigger off. */
async function zonderTrigger(db: Kysely<Database>, werk: () => Promise<unknown>): Promise<void> {
  await sql`alter table audit_log disable trigger audit_log_geen_wijziging`.execute(db);
  try {
    await werk();
  } finally {
    await sql`alter table audit_log enable trigger audit_log_geen_wijziging`.execute(db);
  }
}

const regel = (i: number) => ({
  tijdstempel: new Date(Date.UTC(2026, 2, 1 + i, 8)),
  actorAccountId: null,
  actor: 'account:test',
  actie: i % 2 ? 'GET /medewerkers/{medewerkerId}' : 'PATCH /teams/{teamId}',
  objectType: null,
  objectId: null,
  resultaat: 'gelukt' as const,
  ip: '192.0.2.1',
  userAgent: 'test',
  requestId: `req-${i}`,
  details: { status: 200 },
});

/** A database with `n` keyed records (after two unkeyed ones from before the key), and an anchor. */
async function metGesleuteldLog(n = 3): Promise<{ doel: Doel; ids: number[] }> {
  const doel = await maakDoel();
  const ids = await met(doel, async (db) => {
    await migrateToLatest(db as unknown as Kysely<unknown>);
    gebruikAuditSleutel(null);
    for (let i = 0; i < 2; i++) await appendAudit(db, regel(i));
    gebruikAuditSleutel(SLEUTEL);
    for (let i = 2; i < 2 + n; i++) await appendAudit(db, regel(i));
    gebruikAuditSleutel(null);
    return (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => Number(r.id));
  });
  const anker = await runWendbaar(['audit', 'anker'], doel.env);
  expect(anker.code, anker.stderr).toBe(0);
  expect(anker.stdout).toContain(`Anker geschreven naar ${doel.ankerPad}: regel ${ids.at(-1)}`);
  return { doel, ids };
}

/** Every record's hash recomputed as sha256 over the (possibly changed) content, linked anew. */
async function herbereken(db: Kysely<Database>, sleutelId: (huidig: string | null) => string | null) {
  const regels: OpgeslagenAuditRegel[] = [];
  for await (const r of streamAudit(db)) regels.push(r);
  await zonderTrigger(db, async () => {
    let vorige = BEGIN_HASH;
    for (const r of regels) {
      const hash = auditHash(vorige, r);
      await db
        .updateTable('audit_log')
        .set({ vorige_hash: vorige, hash, sleutel_id: sleutelId(r.sleutelId ?? null) })
        .where('id', '=', r.id)
        .execute();
      vorige = hash;
    }
  });
}

let opruimen: Doel | undefined;
afterEach(async () => {
  await opruimen?.remove();
  opruimen = undefined;
}, 60_000);

/**
 * The keyed log and its anchor (`wendbaar audit anker`), made once for the tests below: the first
 * checks it as it is, every other one tampers with a copy of its own. One `audit anker` process and
 * one migration instead of one per test (each about 3 s of CPU on a CI machine).
 */
let gedeeld: { doel: Doel; ids: number[] } | undefined;
const metKopie = async (): Promise<{ doel: Doel; ids: number[] }> => {
  gedeeld ??= await metGesleuteldLog();
  return { doel: await maakDoel(true, gedeeld.doel), ids: gedeeld.ids };
};
afterAll(async () => {
  await gedeeld?.doel.remove();
}, 60_000);

describe(onEngine('wendbaar audit verify with the key and the anchor'), () => {
  it('says an untouched log is intact, checked with the key and against the anchor', async () => {
    gedeeld ??= await metGesleuteldLog();
    const { doel, ids } = gedeeld;
    const regels = readFileSync(doel.ankerPad, 'utf8').trimEnd().split('\n');
    expect(regels).toHaveLength(1);
    expect(JSON.parse(regels[0]!)).toMatchObject({
      laatsteId: ids.at(-1),
      aantal: 5,
      gesleuteldVanaf: ids[2],
    });
    expect(statSync(doel.ankerPad).mode & 0o777).toBe(0o600);
    const r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Gecontroleerd: 5 auditregels.');
    expect(r.stdout).toContain('Met de sleutel (HMAC-SHA256)');
    expect(r.stdout).toContain(`Vergeleken met het laatste anker (`);
    expect(r.stdout).toContain('De keten is intact.');
  }, 120_000);

  it('reports a chain recomputed without the key, keyed or unkeyed, and exits 1', async () => {
    const { doel, ids } = await metKopie();
    opruimen = doel;
    await met(doel, (db) => herbereken(db, (huidig) => huidig));
    let r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code).toBe(1);
    for (const id of ids.slice(2)) expect(r.stdout).toContain(`  regel ${id}: de HMAC klopt niet`);
    expect(r.stdout).not.toContain(`  regel ${ids[1]}:`);
    expect(r.stdout).toContain(`anker: Regel ${ids.at(-1)} heeft een andere hash`);

    // Made to look like a log from before the key: the anchor knows the switch and the head.
    await met(doel, (db) => herbereken(db, () => null));
    r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code).toBe(1);
    for (const id of ids.slice(2)) expect(r.stdout).toContain(`  regel ${id}: vastgelegd zonder sleutel`);
    expect(r.stdout).toContain(`anker: Regel ${ids.at(-1)} heeft een andere hash`);
  }, 120_000);

  it('reports the newest record deleted as truncation against the anchor, and exits 1', async () => {
    const { doel, ids } = await metKopie();
    opruimen = doel;
    await met(doel, (db) =>
      zonderTrigger(db, () => db.deleteFrom('audit_log').where('id', '=', ids.at(-1)!).execute()),
    );
    const r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Gecontroleerd: 4 auditregels.');
    expect(r.stdout).toContain('Het auditlog klopt NIET met het laatste anker');
    expect(r.stdout).toContain(`anker: Het anker van`);
    expect(r.stdout).toContain(`noemt regel ${ids.at(-1)} als laatste (5 regels), maar die regel ontbreekt`);
  }, 120_000);

  it('reports a forged record appended without the key, and exits 1', async () => {
    const { doel, ids } = await metKopie();
    opruimen = doel;
    const vals = { ...regel(9), actie: 'POST /accounts' };
    await met(doel, async (db) => {
      for (const sleutelId of [SLEUTEL.id, null]) {
        const { hash: vorige } = await db
          .selectFrom('audit_log')
          .select('hash')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        await db
          .insertInto('audit_log')
          .values({
            tijdstempel: vals.tijdstempel,
            actor_account_id: null,
            actor: vals.actor,
            actie: vals.actie,
            object_type: null,
            object_id: null,
            resultaat: vals.resultaat,
            ip: vals.ip,
            user_agent: vals.userAgent,
            request_id: vals.requestId,
            details: JSON.stringify(vals.details),
            vorige_hash: vorige,
            hash: auditHash(vorige, vals),
            sleutel_id: sleutelId,
          })
          .execute();
      }
    });
    const r = await runWendbaar(['audit', 'verify'], doel.env);
    expect(r.code).toBe(1);
    const laatste = ids.at(-1)!;
    expect(r.stdout).toMatch(new RegExp(`^ {2}regel ${laatste + 1}: de HMAC klopt niet`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^ {2}regel ${laatste + 2}: vastgelegd zonder sleutel`, 'm'));
    expect(r.stdout.match(/^ {2}regel \d+:/gm)).toHaveLength(2);
  }, 120_000);

  it('cannot check keyed records without the key, and says so', async () => {
    const { doel, ids } = await metKopie();
    opruimen = doel;
    const r = await runWendbaar(['audit', 'verify'], { ...doel.env, WENDBAAR_AUDIT_SLEUTEL: undefined });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `  regel ${ids[2]}: Regel ${ids[2]} en de regels erna zijn vastgelegd met sleutel ${SLEUTEL.id}`,
    );
  }, 120_000);
});

describe(onEngine('the server and its anchors'), () => {
  it('writes an anchor when it starts and when it stops, and refuses another key than the log has', async () => {
    const { doel, ids } = await metKopie();
    opruimen = doel;
    const server = await startWendbaar({ ...doel.env, WENDBAAR_DEMO: '0' });
    await server.stop();
    const ankers = readFileSync(doel.ankerPad, 'utf8').trimEnd().split('\n');
    expect(ankers.length, `${server.output()}\n${ankers.join('\n')}`).toBe(3); // `audit anker`, the start, the stop
    expect(JSON.parse(ankers.at(-1)!)).toMatchObject({ sleutelId: SLEUTEL.id, gesleuteldVanaf: ids[2] });

    const ander = Buffer.alloc(32, 1).toString('hex');
    const r = await runWendbaar(['start'], {
      ...doel.env,
      WENDBAAR_DEMO: '0',
      PORT: '0',
      WENDBAAR_AUDIT_SLEUTEL: ander,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `Het auditlog is vastgelegd met sleutel ${SLEUTEL.id}, maar de ingestelde sleutel is`,
    );
  }, 120_000);
});

describe.skipIf(currentEngine() !== 'pglite')('the PGlite audit key file [pglite]', () => {
  it('is made once next to the data folder, mode 0600, and keys what the CLI writes', async () => {
    const doel = await maakDoel(false);
    opruimen = doel;
    const env = { ...doel.env, WENDBAAR_AUDIT_ANKER: undefined };
    const migrate = await runWendbaar(['migrate'], env);
    expect(migrate.code, migrate.stderr).toBe(0);
    const sleutelPad = join(doel.map, 'data.audit-sleutel');
    expect(statSync(sleutelPad).mode & 0o777).toBe(0o600);
    const sleutel = readFileSync(sleutelPad, 'utf8');
    expect(sleutel.trim()).toMatch(/^[0-9a-f]{64}$/);

    const account = await runWendbaar(
      ['account', 'aanmaken', '--e-mail', 'beheer@example.nl', '--naam', 'Beheer', '--rol', 'beheerder'],
      env,
    );
    expect(account.code, account.stderr).toBe(0);
    expect(readFileSync(sleutelPad, 'utf8')).toBe(sleutel);
    const anker = await runWendbaar(['audit', 'anker'], env);
    expect(anker.code, anker.stderr).toBe(0);
    expect(anker.stdout).toContain(`Anker geschreven naar ${join(doel.map, 'data.audit-anker.jsonl')}`);

    const r = await runWendbaar(['audit', 'verify'], env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Met de sleutel (HMAC-SHA256)');
    expect(r.stdout).toContain('De keten is intact.');
    const rijen = await met(doel, (db) => db.selectFrom('audit_log').select('sleutel_id').execute());
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((x) => x.sleutel_id === auditSleutel(Buffer.from(sleutel.trim(), 'hex')).id)).toBe(
      true,
    );
  }, 120_000);
});

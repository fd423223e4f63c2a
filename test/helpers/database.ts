import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely } from 'kysely';
import pg from 'pg';
import { verleenAppRechten } from '../../src/db/app-rechten';
import { type Engine, openDatabase } from '../../src/db/connect';
import { loadMigrations, migrateToLatest } from '../../src/db/migrator';
import { PGliteDialect } from '../../src/db/pglite-dialect';
import type { Database } from '../../src/db/schema';
import { currentEngine } from './engine';

export interface TestDatabase {
  /** The application's connection: on PostgreSQL with TEST_DATABASE_APP_URL, the app role's. */
  db: Kysely<Database>;
  /**
   * The schema owner's connection, for what only an operator with the owner role can do behind the
   * application's back (disable the audit triggers in a tamper test). The same as `db` on PGlite and
   * on PostgreSQL without a separate app role.
   */
  eigenaar: Kysely<Database>;
  engine: Engine;
  /** Closes the connection; on PostgreSQL also drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of the engine under test (TEST_ENGINE), isolated from every
 * other call. Cheap enough to take one per test file, or per test where a test needs a clean slate.
 *
 * - PGlite: the migrated data folder is built once and kept as a tarball in the OS temp folder,
 *   keyed by the migrations and the PGlite version; each call starts a new in-memory PGlite from it
 *   (about 0.5 s, against 2–3 s for a fresh initdb plus migrations).
 * - PostgreSQL: a template database `wendbaar_template_<hash>` is migrated once (an advisory lock keeps
 *   parallel workers from building it twice); each call is `CREATE DATABASE … TEMPLATE` and close()
 *   drops it again. With TEST_DATABASE_APP_URL (as CI sets it) the tests run the way
 *   docs/deployment.md sets up production: TEST_DATABASE_URL's role owns and migrates the schema, the
 *   template gives the app role its rights (`verleenAppRechten`, copied into every clone) and `db`
 *   connects as that app role, which cannot rewrite or unprotect the audit log.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const engine = currentEngine();
  return engine === 'postgresql' ? createPostgresDatabase() : createPGliteDatabase();
}

/** Identifies the schema a template holds: changes whenever a migration or the PGlite build changes. */
export async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(await loadMigrations()));
  hash.update(`pglite ${pgliteVersion()}`);
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------------
// PGlite

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * The migrated, empty PGlite data folder as a tarball: `openDatabase({ engine: 'pglite', dataDir,
 * loadDataDir })` unpacks it into an empty folder on disk, for tests that hand that folder to a
 * `wendbaar` process (an initdb plus the migrations there costs several seconds per test).
 */
export function pgliteTemplateBlob(): Promise<Blob> {
  pgliteTemplate ??= loadPGliteTemplate();
  return pgliteTemplate;
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  // openDatabase gives the test database exactly the options (extensions, parsers) the app uses.
  const handle = await openDatabase({ engine: 'pglite', loadDataDir: await pgliteTemplateBlob() });
  return { db: handle.db, eigenaar: handle.db, engine: 'pglite', close: () => handle.close() };
}

async function loadPGliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), 'wendbaar-test', `pglite-template-${await templateKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const dump = await buildPGliteTemplate();
  // Written under a unique name and renamed, so a parallel worker never reads half a file.
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

/**
 * Builds the migrated data folder. PGlite is opened here directly (openDatabase does not hand out
 * the PGlite instance, and dumpDataDir needs it) with the extension set of src/db/connect.ts; the
 * value parsers do not matter for a dump, and every test database is opened through openDatabase.
 */
async function buildPGliteTemplate(): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: { btree_gist } });
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    return await pglite.dumpDataDir('none');
  } finally {
    await db.destroy();
  }
}

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  let folder = dirname(require.resolve('@electric-sql/pglite'));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

/** Any fixed number: serialises template builds of parallel test workers on one server. */
const TEMPLATE_LOCK = 7302;

let postgresTemplate: Promise<string> | undefined;

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  postgresTemplate ??= ensurePostgresTemplate(serverUrl);
  const template = await postgresTemplate;
  const name = `wendbaar_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`create database ${name} template ${template}`));
  const appUrl = process.env.TEST_DATABASE_APP_URL;
  const owner = await openDatabase({ engine: 'postgresql', url: databaseUrl(serverUrl, name) });
  // The pg pool connects on first use, so an owner handle no test touches costs no connection.
  const app = appUrl ? await openDatabase({ engine: 'postgresql', url: databaseUrl(appUrl, name) }) : owner;
  let closed = false;
  return {
    db: app.db,
    eigenaar: owner.db,
    engine: 'postgresql',
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      if (owner !== app) await owner.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** The app role of TEST_DATABASE_APP_URL, if the tests run with a separate one. */
export function appRol(): string | undefined {
  const appUrl = process.env.TEST_DATABASE_APP_URL;
  return appUrl ? decodeURIComponent(new URL(appUrl).username) : undefined;
}

async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  // A template built for an app role carries that role's grants, so the role is part of its name; a
  // run with and one without an app role on one server keep their own templates.
  const rol = appRol();
  const name = `wendbaar_template_${await templateKey()}${rol ? `_${rol}` : ''}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount) return;
      // Built under another name and renamed when complete: a run that died halfway leaves no
      // half-migrated template behind under the real name.
      const building = `${name}_bouw`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const handle = await openDatabase({ engine: 'postgresql', url: databaseUrl(serverUrl, building) });
      try {
        await migrateToLatest(handle.db as unknown as Kysely<unknown>);
        if (rol) await verleenAppRechten(handle.db as unknown as Kysely<unknown>, rol);
      } finally {
        await handle.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
      // Templates of older migration sets are of no use any more; one still in use stays. The
      // other flavour of this migration set (with or without app role) is left alone.
      const old = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'wendbaar\\_template\\_%'
            and datname not like $1 || '%'`,
        [`wendbaar_template_${await templateKey()}`],
      );
      for (const row of old.rows) {
        await admin.query(`drop database if exists "${row.datname}"`).catch(() => {});
      }
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}

async function withAdmin<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The server URL with another database name in it. */
function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Drops a test database once its connections have gone. FORCE first would kill a connection that is
 * still shutting down (an unhandled error in the test) and, for a non-superuser role as in CI, fails
 * when autovacuum happens to be working there; so wait for "in use" to clear, and force only last.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let poging = 1; poging <= 20; poging++) {
    try {
      await withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name}`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await withAdmin(serverUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`));
}

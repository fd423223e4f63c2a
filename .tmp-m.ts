import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { openDatabase } from '/work/main/src/db/connect';
import { migrateToLatest } from '/work/main/src/db/migrator';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0), 'ms'); t = n; };
const h = await openDatabase({ engine: 'pglite' });
lap('open fresh');
await migrateToLatest(h.db);
lap('migrate');
const p = await PGlite.create({ extensions: { btree_gist } });
lap('fresh create 2');
await p.exec('create extension btree_gist');
lap('ext');
const dump = await p.dumpDataDir('none');
lap('dump none ' + dump.size);
const dumpgz = await p.dumpDataDir('gzip');
lap('dump gz ' + dumpgz.size);
for (let i = 0; i < 3; i++) {
  const q = await PGlite.create({ loadDataDir: dump, extensions: { btree_gist } });
  lap('load none');
  await q.query('select 1');
  await q.close();
  lap('close');
}
const q = await PGlite.create({ loadDataDir: dumpgz, extensions: { btree_gist } });
lap('load gz');
const r = await PGlite.create({ extensions: { btree_gist } });
lap('fresh create 3');
console.log(process.memoryUsage().rss/1e6);

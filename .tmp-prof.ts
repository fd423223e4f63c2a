import { openDatabase } from './src/db/connect';
import { migrateToLatest } from './src/db/migrator';
import { generateDemoOrganisatie } from './src/demo/demo-organisatie';
const n = Number(process.argv[2] ?? 400);
let t = performance.now();
const h = await openDatabase({ engine: 'pglite', dataDir: '/tmp/wb-load-test-' + n });
console.log('open existing', (performance.now() - t).toFixed(0)); t = performance.now();
await migrateToLatest(h.db);
const org = generateDemoOrganisatie({ medewerkers: n });
await h.db.transaction().execute(async (trx) => {
  for (const tabel of ['medewerker_expertise','leiderschap','teamlidmaatschap','contracturen','medewerker','expertise','team'] as const) await trx.deleteFrom(tabel).execute();
  console.log('delete', (performance.now() - t).toFixed(0)); t = performance.now();
  const tables: [any, any[]][] = [['team', org.teams], ['expertise', org.expertises], ['medewerker', org.medewerkers], ['contracturen', org.contracturen], ['teamlidmaatschap', org.teamlidmaatschappen], ['leiderschap', org.leiderschap], ['medewerker_expertise', org.medewerker_expertise]];
  for (const [name, rows] of tables) {
    let compile = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      const q = trx.insertInto(name).values(rows.slice(i, i + 1000));
      const c0 = performance.now(); q.compile(); compile += performance.now() - c0;
      await q.execute();
    }
    console.log(name, rows.length, 'total', (performance.now() - t).toFixed(0), 'compile', compile.toFixed(0)); t = performance.now();
  }
});
console.log('commit', (performance.now() - t).toFixed(0));
await h.close();

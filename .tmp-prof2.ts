import { sql } from 'kysely';
import { openDatabase } from './src/db/connect';
import { generateDemoOrganisatie } from './src/demo/demo-organisatie';
const h = await openDatabase({ engine: 'pglite', dataDir: '/tmp/wb-load-test-25000' });
const org = generateDemoOrganisatie({ medewerkers: 25000 });
let t = performance.now();
await h.db.transaction().execute(async (trx) => {
  for (const tabel of ['medewerker_expertise','leiderschap','teamlidmaatschap','contracturen','medewerker','expertise','team'] as const) { await trx.deleteFrom(tabel).execute(); console.log('delete', tabel, (performance.now() - t).toFixed(0)); t = performance.now(); }
  throw new Error('rollback');
}).catch(e => console.log(e.message));
t = performance.now();
await h.db.transaction().execute(async (trx) => {
  await sql`delete from medewerker_expertise`.execute(trx);
  t = performance.now();
  const rows = org.medewerker_expertise.map(r => ({...r, medewerker_id: (r as any).medewerker_id}));
  // ids remain valid since same seed? only if same peildatum -> use existing ids from db
  const ids = (await sql<{id:string}>`select id from medewerker order by personeelsnummer`.execute(trx)).rows.map(r=>r.id);
  const ex = (await sql<{id:string}>`select id from expertise`.execute(trx)).rows.map(r=>r.id);
  const m: string[] = [], e: string[] = [], nv: number[] = [], a: boolean[] = [];
  ids.forEach((id, i) => { const k = 2 + (i % 5); for (let j = 0; j < k; j++) { m.push(id); e.push(ex[(i + j * 7) % ex.length]!); nv.push(1 + (j % 4)); a.push(j === 0); } });
  t = performance.now();
  for (let i = 0; i < m.length; i += 10000) {
    await sql`insert into medewerker_expertise (medewerker_id, expertise_id, niveau, ambitie) select * from unnest(${m.slice(i,i+10000)}::uuid[], ${e.slice(i,i+10000)}::uuid[], ${nv.slice(i,i+10000)}::smallint[], ${a.slice(i,i+10000)}::boolean[])`.execute(trx);
  }
  console.log('unnest rows', m.length, (performance.now() - t).toFixed(0));
  throw new Error('rollback');
}).catch(e => console.log(e.message));
await h.close();

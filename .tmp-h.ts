import { createTestDatabase } from './test/helpers/database';
let t = performance.now();
for (let i = 0; i < 4; i++) {
  const d = await createTestDatabase();
  const n = performance.now(); console.log('create', i, (n - t).toFixed(0)); t = n;
  await d.close();
  const m = performance.now(); console.log('close', i, (m - t).toFixed(0)); t = m;
}

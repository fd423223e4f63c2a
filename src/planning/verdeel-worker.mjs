// Entry of the worker thread that runs the HiGHS solver (synchronous WebAssembly) away from the
// server's event loop. Plain JavaScript that registers tsx, so it runs the same under `npm start`,
// the tests and the benchmarks.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { verdeel } = await import('./verdeel-model.ts');
try {
  const uitkomst = await verdeel(workerData.instantie, {
    ...workerData.opties,
    voortgang: (v) => parentPort?.postMessage({ soort: 'voortgang', ...v }),
  });
  parentPort?.postMessage({ soort: 'klaar', uitkomst });
} catch (error) {
  parentPort?.postMessage({ soort: 'fout', melding: error instanceof Error ? error.message : String(error) });
}

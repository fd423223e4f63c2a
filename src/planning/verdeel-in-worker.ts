import { Worker } from 'node:worker_threads';
import type { VerdeelInstantie } from '../domain/verdeling';
import type { VerdeelOpties, VerdeelUitkomst } from './verdeel-model';

export interface Voortgang {
  seconden: number;
  gap: number | null;
  beste: number | null;
  grens: number | null;
}

/**
 * Solves in a worker thread, so the server keeps answering while HiGHS works. The solver's own time
 * limit returns the best solution found with its gap; should the worker hang or crash anyway, it is
 * stopped after the limit plus a margin and the promise rejects — nothing is written by the worker.
 */
export function verdeelInWorker(
  instantie: VerdeelInstantie,
  opties: Omit<VerdeelOpties, 'voortgang'>,
  voortgang?: (v: Voortgang) => void,
): Promise<VerdeelUitkomst> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verdeel-worker.mjs', import.meta.url), {
      workerData: { instantie, opties },
    });
    const limiet = ((opties.tijdslimietSeconden ?? 30) + 30) * 1000;
    const wacht = setTimeout(() => {
      void worker.terminate();
      reject(new Error('De berekening reageerde niet meer en is gestopt.'));
    }, limiet);
    let klaar = false;
    worker.on('message', (bericht: { soort: string } & Record<string, unknown>) => {
      if (bericht.soort === 'voortgang') {
        // Only the figures: the message's own `soort` is no part of the progress a caller stores.
        const { seconden, gap, beste, grens } = bericht as unknown as Voortgang;
        voortgang?.({ seconden, gap, beste, grens });
      }
      if (bericht.soort === 'klaar') {
        klaar = true;
        clearTimeout(wacht);
        resolve(bericht.uitkomst as VerdeelUitkomst);
        void worker.terminate();
      }
      if (bericht.soort === 'fout') {
        klaar = true;
        clearTimeout(wacht);
        reject(new Error(String(bericht.melding)));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      clearTimeout(wacht);
      if (!klaar) reject(error);
    });
    worker.on('exit', (code) => {
      clearTimeout(wacht);
      if (!klaar) reject(new Error(`De berekening stopte onverwacht (code ${code}).`));
    });
  });
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportInvoer, ImportProefTaak } from '../contract/import';
import type { Database } from '../db/schema';
import type { Stappen } from '../domain/import-stappen';
import { ConflictError, NotFoundError, ValidationError } from '../domain/probleem';
import { type ImportFase, type ImportLoper, planImport, rapport } from './import.service';

/**
 * The dry run of a large file in the background, with progress the page can show (issue 16:
 * "progress shown for large files"). POST /import-proeven with `achtergrond: true` answers 202 at
 * once; the page polls GET /import-proeven/{proefId} for the phase and the rows done, and finds the
 * report there when it is ready. The planning is the same as the synchronous dry run's
 * (import.service planImport); its long steps run in slices (src/domain/import-stappen.ts) with a
 * pause between them, so the server answers the polls — and everyone else — meanwhile.
 *
 * Kept in the server's memory, not in the database: the report names every person in the file, and
 * the import deliberately stores nothing of a file until it is committed (which sends the file
 * again). So a taak lives until an hour after it finished, is seen only by the account that started
 * it, and is gone after a restart (the page then says so and the user runs the dry run again).
 */

export const BEWAARTIJD_MS = 60 * 60 * 1000;
/** Dry runs at once per server: each holds a whole file and state in memory. */
export const MAX_LOPEND = 4;
/** Slice length before the next pause: a poll waits at most about this long. */
const PLAK_MS = 25;

interface Taak {
  id: string;
  accountId: string | null;
  status: ImportProefTaak['status'];
  voortgang: ImportProefTaak['voortgang'];
  rapport: ImportProefTaak['rapport'];
  fout: ImportProefTaak['fout'];
  klaarOp: number | null;
}

const taken = new Map<string, Taak>();

function ruimOp(nu = Date.now()): void {
  for (const [id, t] of taken) if (t.klaarOp !== null && nu - t.klaarOp > BEWAARTIJD_MS) taken.delete(id);
}

const pauze = () => new Promise<void>((klaar) => setImmediate(klaar));

function loperVoor(taak: Taak): ImportLoper {
  return {
    fase(fase: ImportFase, totaal: number) {
      taak.voortgang = { fase, verwerkt: 0, totaal };
    },
    async stappen<T>(stappen: Stappen<T>, fase: ImportFase, totaal: number): Promise<T> {
      taak.voortgang = { fase, verwerkt: 0, totaal };
      await pauze();
      let begin = Date.now();
      let s = stappen.next();
      while (!s.done) {
        taak.voortgang = { fase, verwerkt: s.value, totaal };
        if (Date.now() - begin >= PLAK_MS) {
          await pauze();
          begin = Date.now();
        }
        s = stappen.next();
      }
      taak.voortgang = { fase, verwerkt: totaal, totaal };
      return s.value;
    },
  };
}

const view = (t: Taak): ImportProefTaak => ({
  id: t.id,
  status: t.status,
  voortgang: t.voortgang,
  rapport: t.rapport,
  fout: t.fout,
});

/**
 * Starts a dry run in the background on `db` (the pool, not a request's transaction: the taak
 * outlives the request). Refused (409) while MAX_LOPEND are running.
 */
export function startProefImport(
  db: Kysely<Database>,
  accountId: string | null,
  invoer: ImportInvoer,
): ImportProefTaak {
  ruimOp();
  const lopend = [...taken.values()].filter((t) => t.status === 'bezig').length;
  if (lopend >= MAX_LOPEND)
    throw new ConflictError(
      `Er lopen al ${lopend} proefimports op de server. Wacht tot er één klaar is en probeer het dan opnieuw.`,
    );
  const taak: Taak = {
    id: randomUUID(),
    accountId,
    status: 'bezig',
    voortgang: { fase: 'lezen', verwerkt: 0, totaal: 0 },
    rapport: null,
    fout: null,
    klaarOp: null,
  };
  taken.set(taak.id, taak);
  void (async () => {
    // Let the 202 leave before the file is read.
    await pauze();
    try {
      taak.rapport = rapport(await planImport(db, invoer, loperVoor(taak)), null);
      taak.status = 'klaar';
    } catch (e) {
      taak.status = 'mislukt';
      taak.fout =
        e instanceof ValidationError
          ? { melding: 'Het bestand of de koppeling klopt niet.', problemen: e.problemen }
          : {
              melding: 'De proefimport is mislukt door een fout op de server. Probeer het opnieuw.',
              problemen: [],
            };
    } finally {
      taak.klaarOp = Date.now();
    }
  })();
  return view(taak);
}

/** A taak as its starter sees it; another account's, or an expired one, is not found. */
export function getProefImport(id: string, accountId: string | null): ImportProefTaak {
  ruimOp();
  const t = taken.get(id);
  if (!t || t.accountId !== accountId) throw new NotFoundError('Proefimport', id);
  return view(t);
}

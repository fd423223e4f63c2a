import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * One process per PGlite data folder. PGlite takes no lock of its own: two processes on one folder
 * both answer, and at the next start one of them has silently lost its writes (issue 18). So every
 * opener first claims the folder with a lock file naming itself, and is refused while a live process
 * holds it.
 *
 * Own code rather than proper-lockfile: that package judges a lock stale by an mtime it keeps
 * refreshing on a timer (a busy or suspended server loses its lock), and records nobody, while the
 * refusal has to name the running process. A pid on this host answers "still running?" exactly.
 */

/** The lock file inside the data folder. */
export const SLOT_BESTAND = 'wendbaar.lock';

/** Who holds the folder, as written in the lock file. */
export interface SlotHouder {
  pid: number;
  host: string;
  /** e.g. "wendbaar start"; options are left out (they can hold an e-mail address). */
  opdracht: string;
  /** ISO 8601, when the lock was taken. */
  sinds: string;
}

/** The folder is in use by another process; the message names it and says what to do. */
export class DataMapBezetError extends Error {
  override name = 'DataMapBezetError';
  constructor(
    readonly map: string,
    readonly houder: SlotHouder,
    hier: string = hostname(),
  ) {
    super(bezetMelding(map, houder, hier));
  }
}

export interface PgliteSlot {
  /** The lock file. */
  readonly pad: string;
  /** Gives the folder free again; does nothing the second time. */
  release(): void;
}

/** What a process started as `node bin/wendbaar.mjs audit verify --x` is called in a message. */
export function beschrijfOpdracht(argv: readonly string[]): string {
  const script = argv[1] ?? '';
  const woorden: string[] = [];
  for (const arg of argv.slice(2)) {
    if (arg.startsWith('-') || woorden.length >= 3) break;
    woorden.push(arg);
  }
  const naam = /(^|[/\\])wendbaar(\.mjs)?$/.test(script) ? 'wendbaar' : basename(script) || 'node';
  return [naam, ...woorden].join(' ').slice(0, 200);
}

/** Reads a lock file; null when it is not one (empty, cut off, edited by hand). */
export function leesHouder(tekst: string): SlotHouder | null {
  try {
    const h = JSON.parse(tekst) as Partial<SlotHouder>;
    if (
      Number.isInteger(h.pid) &&
      (h.pid as number) > 0 &&
      typeof h.host === 'string' &&
      typeof h.opdracht === 'string' &&
      typeof h.sinds === 'string'
    ) {
      return { pid: h.pid as number, host: h.host, opdracht: h.opdracht, sinds: h.sinds };
    }
  } catch {}
  return null;
}

export type Oordeel = { soort: 'bezet' } | { soort: 'verouderd'; reden: string };

/**
 * Whether a lock still holds. A pid can only be checked on its own host, so a lock from another
 * machine (a shared network folder) holds until someone removes it. The own pid in a lock this process
 * does not hold is a previous life of the same pid: a container restarts its server under the same pid.
 */
export function beoordeelHouder(
  houder: SlotHouder | null,
  hier: { host: string; pid: number; houdtZelf: boolean; leeft: (pid: number) => boolean },
): Oordeel {
  if (houder === null) return { soort: 'verouderd', reden: 'het slotbestand is onleesbaar' };
  if (houder.host !== hier.host) return { soort: 'bezet' };
  if (houder.pid === hier.pid) {
    return hier.houdtZelf
      ? { soort: 'bezet' }
      : { soort: 'verouderd', reden: 'het is een eerder proces met hetzelfde pid' };
  }
  return hier.leeft(houder.pid)
    ? { soort: 'bezet' }
    : { soort: 'verouderd', reden: 'dat proces draait niet meer' };
}

const tijdNotatie = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium' });

function tijd(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : tijdNotatie.format(d);
}

/** The refusal, in Dutch for the operator. */
export function bezetMelding(map: string, houder: SlotHouder, hier: string): string {
  const elders = houder.host === hier ? '' : ` op computer ${houder.host}`;
  return (
    `Wendbaar draait al op deze map (pid ${houder.pid}${elders}: ${houder.opdracht}, sinds ${tijd(houder.sinds)}). ` +
    'Stop de server eerst, of gebruik de API.\n' +
    `Een PGlite-map (${map}) kan maar door één proces tegelijk worden gebruikt; ook opdrachten die alleen ` +
    'lezen, zoals audit verify en audit export, wachten tot de server gestopt is.\n' +
    `Weet u zeker dat dat proces niet meer draait? Verwijder dan ${join(map, SLOT_BESTAND)}.`
  );
}

/** Whether a process with this pid runs on this host (EPERM: it runs, under another user). */
export function procesLeeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Lock files this process holds, with their exact content (a release removes only its own). */
const gehouden = new Map<string, string>();

/**
 * Claims the data folder (which must exist) for this process, or throws DataMapBezetError naming the
 * process that has it. A stale lock (its process is gone) is taken over with a line to `meld`.
 */
export function neemSlot(
  dataDir: string,
  opties: { opdracht?: string; meld?: (regel: string) => void; nu?: Date } = {},
): PgliteSlot {
  const pad = join(dataDir, SLOT_BESTAND);
  const host = hostname();
  const inhoud = `${JSON.stringify({
    pid: process.pid,
    host,
    opdracht: opties.opdracht ?? beschrijfOpdracht(process.argv),
    sinds: (opties.nu ?? new Date()).toISOString(),
  } satisfies SlotHouder)}\n`;
  const meld = opties.meld ?? ((regel: string) => console.warn(regel));
  const token = `${process.pid}-${randomBytes(6).toString('hex')}`;

  // Written whole under a private name, then linked into place: link fails when the lock exists, so
  // exactly one process wins, and no one ever reads a half-written lock.
  const tijdelijk = `${pad}.${token}`;
  writeFileSync(tijdelijk, inhoud, { flag: 'wx' });
  try {
    for (let poging = 0; poging < 5; poging++) {
      try {
        linkSync(tijdelijk, pad);
        gehouden.set(pad, inhoud);
        bewaakAfsluiten();
        return { pad, release: () => geefVrij(pad, inhoud) };
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      const gevonden = leesBestand(pad);
      if (gevonden === null) continue; // given free just now: try again
      const houder = leesHouder(gevonden);
      const oordeel = beoordeelHouder(houder, {
        host,
        pid: process.pid,
        houdtZelf: gehouden.has(pad),
        leeft: procesLeeft,
      });
      if (oordeel.soort === 'bezet') throw new DataMapBezetError(dataDir, houder!, host);
      if (neemOver(pad, gevonden, token)) {
        meld(
          `Verouderd slot op ${dataDir} overgenomen (${oordeel.reden}` +
            `${houder ? `: pid ${houder.pid}, ${houder.opdracht}, sinds ${tijd(houder.sinds)}` : ''}).`,
        );
      }
    }
    throw new Error(`Het slot op ${dataDir} wisselde steeds van eigenaar; probeer het opnieuw.`);
  } finally {
    verwijder(tijdelijk);
  }
}

/**
 * Removes the stale lock, but only if it is still the one judged stale: it is first renamed away
 * (atomic), and put back when another process had meanwhile put its own live lock there.
 */
function neemOver(pad: string, verouderd: string, token: string): boolean {
  const weg = `${pad}.oud-${token}`;
  try {
    renameSync(pad, weg);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return false;
    throw error;
  }
  const inhoud = leesBestand(weg);
  if (inhoud !== verouderd) {
    try {
      linkSync(weg, pad);
    } catch {}
  }
  verwijder(weg);
  return inhoud === verouderd;
}

function geefVrij(pad: string, inhoud: string): void {
  if (gehouden.get(pad) !== inhoud) return;
  gehouden.delete(pad);
  if (leesBestand(pad) === inhoud) verwijder(pad);
  if (gehouden.size === 0) stopBewaken();
}

function geefAllesVrij(): void {
  for (const [pad, inhoud] of [...gehouden]) geefVrij(pad, inhoud);
}

const SIGNALEN = ['SIGINT', 'SIGTERM'] as const;

/**
 * On a signal, a process that closes the database itself (the server: its own SIGINT/SIGTERM handler
 * closes PGlite, then the handle gives the lock back) is left to do so: releasing the folder before
 * PGlite has written it would let the next process in too early. A CLI command has no handler of its
 * own: it gives the lock back and then dies of the signal as it would have without one.
 */
function opSignaal(signaal: NodeJS.Signals): void {
  if (process.listenerCount(signaal) > 1) return;
  geefAllesVrij();
  stopBewaken();
  process.kill(process.pid, signaal);
}

let bewaakt = false;

function bewaakAfsluiten(): void {
  if (bewaakt) return;
  bewaakt = true;
  process.on('exit', geefAllesVrij);
  // Signals reach only the main thread; a test worker has none to handle.
  if (isMainThread) for (const s of SIGNALEN) process.on(s, opSignaal);
}

function stopBewaken(): void {
  if (!bewaakt) return;
  bewaakt = false;
  process.off('exit', geefAllesVrij);
  for (const s of SIGNALEN) process.off(s, opSignaal);
}

function leesBestand(pad: string): string | null {
  try {
    return readFileSync(pad, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

function verwijder(pad: string): void {
  try {
    unlinkSync(pad);
  } catch {}
}

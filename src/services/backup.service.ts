import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import {
  BackupFout,
  type HerstelUitkomst,
  herstelBackup,
  schrijfBackup,
  type Vingerafdruk,
} from '../db/backup';
import type { Database } from '../db/schema';

/**
 * A backup as a file: gzip of JSON lines (src/db/backup.ts). Written under a temporary name and
 * renamed when complete, so a backup that fails halfway never leaves a file that looks whole.
 */
export async function maakBackupBestand(
  db: Kysely<Database>,
  pad: string,
  opties: { bron: string },
): Promise<Vingerafdruk> {
  const deel = `${pad}.deel`;
  const gzip = createGzip();
  const uit = createWriteStream(deel);
  const klaar = new Promise<void>((resolve, reject) => {
    uit.once('finish', resolve);
    uit.once('error', reject);
    gzip.once('error', reject);
  });
  gzip.pipe(uit);
  try {
    const afdruk = await schrijfBackup(
      db,
      async (regel) => {
        // Respect back-pressure: a slow disk must not make the whole database pile up in memory.
        if (!gzip.write(`${regel}\n`)) await once(gzip, 'drain');
      },
      opties,
    );
    gzip.end();
    await klaar;
    renameSync(deel, pad);
    return afdruk;
  } catch (error) {
    gzip.destroy();
    uit.destroy();
    // The stream opens its file asynchronously: removed before it is closed, the file came back.
    if (!uit.closed) await once(uit, 'close').catch(() => {});
    rmSync(deel, { force: true });
    throw error;
  }
}

/** The lines of a backup file; a file that is not gzip is refused with a plain message. */
export async function* leesBackupRegels(pad: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const bron = createReadStream(pad);
  let fout: Error | null = null;
  bron.once('error', (e) => {
    fout = e;
    gunzip.destroy(e);
  });
  bron.pipe(gunzip);
  const regels = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const regel of regels) yield regel;
  } catch (error) {
    const e = (fout ?? error) as { code?: string; message?: string };
    if (e.code === 'ENOENT') throw new BackupFout(`Het bestand ${pad} bestaat niet.`);
    if (e.code?.startsWith('Z_')) {
      throw new BackupFout(`${pad} is geen back-up van Wendbaar (geen gzip-bestand, of het is beschadigd).`);
    }
    throw error;
  } finally {
    regels.close();
    bron.destroy();
  }
}

/** Restores a backup file into an empty database (see herstelBackup). */
export function herstelBackupBestand(db: Kysely<Database>, pad: string): Promise<HerstelUitkomst> {
  return herstelBackup(db, leesBackupRegels(pad));
}

import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { type AuditSleutel, leesAuditSleutel } from '../access/audit-keten';
import type { Config } from '../config';
import { gebruikAuditSleutel, laatsteSleutelId } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { gebruikAnkerPad, schrijfAnker } from '../services/audit.service';
import { CliError } from './cli-error';

/** The audit key and anchor file this process uses, and where they came from. */
export interface AuditOpzet {
  sleutel: AuditSleutel | null;
  /** 'omgeving': WENDBAAR_AUDIT_SLEUTEL; otherwise the path of the PGlite key file. */
  sleutelBron: 'omgeving' | string | null;
  ankerPad: string | null;
}

/**
 * Next to the PGlite data folder, never inside it: a copy of the folder (a backup, a stolen disk
 * image of just the database) must not carry the key that makes its audit chain trustworthy.
 */
export function sleutelBestand(config: Config): string | null {
  return config.database.engine === 'pglite' ? `${resolve(config.database.dataDir)}.audit-sleutel` : null;
}

/** WENDBAAR_AUDIT_ANKER, or on PGlite a file next to the data folder; on PostgreSQL none by default. */
export function ankerBestand(config: Config): string | null {
  if (config.audit.anker) return resolve(config.audit.anker);
  return config.database.engine === 'pglite' ? `${resolve(config.database.dataDir)}.audit-anker.jsonl` : null;
}

/**
 * Finds the audit key and anchor file for this process and makes `appendAudit` and the verification
 * use them. On PGlite without WENDBAAR_AUDIT_SLEUTEL the key file is read, or (with `aanmaken`, as
 * `start` and `migrate` do) generated once with 32 random bytes, readable by its owner only.
 */
export function richtAuditIn(config: Config, { aanmaken }: { aanmaken: boolean }): AuditOpzet {
  let sleutel = config.audit.sleutel;
  let sleutelBron: AuditOpzet['sleutelBron'] = sleutel ? 'omgeving' : null;
  const pad = sleutelBestand(config);
  if (!sleutel && pad) {
    sleutel = leesSleutelBestand(pad);
    if (!sleutel && aanmaken) {
      try {
        // 'wx': two processes starting at once never both write a key; the loser reads the winner's.
        writeFileSync(pad, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      sleutel = leesSleutelBestand(pad);
    }
    if (sleutel) sleutelBron = pad;
  }
  const ankerPad = ankerBestand(config);
  gebruikAuditSleutel(sleutel);
  gebruikAnkerPad(ankerPad);
  return { sleutel, sleutelBron, ankerPad };
}

function leesSleutelBestand(pad: string): AuditSleutel | null {
  let tekst: string;
  try {
    tekst = readFileSync(pad, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
  const sleutel = leesAuditSleutel(tekst);
  if (!sleutel) {
    throw new CliError(
      `Het sleutelbestand ${pad} bevat geen geldige auditsleutel (minstens 32 bytes, hex of base64). ` +
        'Zet de sleutel uit de back-up terug; maak geen nieuwe, anders is het auditlog niet meer te controleren.',
    );
  }
  if (process.platform !== 'win32' && (statSync(pad).mode & 0o077) !== 0) {
    console.warn(`Let op: ${pad} is leesbaar voor anderen dan de eigenaar; zet het op chmod 600.`);
  }
  return sleutel;
}

/**
 * Refuses to write to a chain keyed with another key, or without a key at all: every record the
 * process then wrote would verify as forged. A new key is a deliberate step (docs/deployment.md).
 */
export async function controleerSleutel(db: Kysely<Database>, opzet: AuditOpzet): Promise<void> {
  const inGebruik = await laatsteSleutelId(db);
  if (inGebruik === null || inGebruik === opzet.sleutel?.id) return;
  throw new CliError(
    opzet.sleutel
      ? `Het auditlog is vastgelegd met sleutel ${inGebruik}, maar de ingestelde sleutel is ${opzet.sleutel.id}. ` +
          'Zet de oorspronkelijke sleutel terug (WENDBAAR_AUDIT_SLEUTEL of het sleutelbestand uit de back-up).'
      : `Het auditlog is vastgelegd met sleutel ${inGebruik}, maar er is geen sleutel ingesteld. ` +
          'Zet WENDBAAR_AUDIT_SLEUTEL (of zet het sleutelbestand naast de datamap terug).',
  );
}

export interface AnkerSchrijver {
  /** Writes the last anchor and stops the timer; call before the database closes. */
  stop(): Promise<void>;
}

/**
 * The server's anchors: one now, one every `minuten`, and one at shutdown. A failed write is
 * reported and retried at the next tick; it never stops the server.
 */
export function startAnkers(
  db: Kysely<Database>,
  opzet: AuditOpzet,
  minuten: number,
  waarschuw: (melding: string) => void = (m) => console.warn(m),
): AnkerSchrijver {
  if (!opzet.sleutel) {
    waarschuw(
      'Let op: WENDBAAR_AUDIT_SLEUTEL is niet gezet; auditregels krijgen alleen een hash, die wie de tabel kan ' +
        'schrijven ook kan herberekenen (docs/deployment.md).',
    );
  }
  const pad = opzet.ankerPad;
  if (!pad) {
    waarschuw(
      'Let op: WENDBAAR_AUDIT_ANKER is niet gezet; zonder ankers buiten de database is het verwijderen van de ' +
        'nieuwste auditregels niet te zien (docs/deployment.md).',
    );
    return { stop: async () => {} };
  }
  let bezig: Promise<unknown> = Promise.resolve();
  const schrijf = () => {
    bezig = bezig.then(() =>
      schrijfAnker(db, pad, opzet.sleutel).catch((error: Error) =>
        waarschuw(`Het auditanker kon niet naar ${pad} worden geschreven: ${error.message}`),
      ),
    );
    return bezig;
  };
  void schrijf();
  const timer = setInterval(schrijf, minuten * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await schrijf();
    },
  };
}

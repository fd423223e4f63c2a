import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import { appendAudit } from '../db/audit.repository';
import { telBedragen } from '../db/loonsom.repository';
import type { Database } from '../db/schema';
import { isIsoDatum, isPlausibelJaar } from '../domain/datum';
import { ConflictError, ValidationError } from '../domain/probleem';
import type { Bestandsformaat } from '../reports/salaristabel-bestand';
import { slaSalaristabelOp } from '../services/loonsom.service';
import { CliError } from './cli-error';
import { migrate, openConfiguredDatabase } from './open-database';

export interface SalaristabelOpties {
  bestand: string | undefined;
  geldigVanaf: string | undefined;
  naam: string | undefined;
}

const FORMATEN: Record<string, Bestandsformaat> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** Checks the options of `wendbaar salaristabel laden`, naming every problem at once. */
export function leesSalaristabelOpties(o: SalaristabelOpties): {
  bestand: string;
  formaat: Bestandsformaat;
  geldigVanaf: string;
  naam: string | null;
} {
  const problemen: string[] = [];
  const formaat = o.bestand ? FORMATEN[extname(o.bestand).toLowerCase()] : undefined;
  if (!o.bestand) problemen.push('Geef het bestand met --bestand (een .csv of .xlsx).');
  else if (!formaat) problemen.push('Het bestand is een .csv of een .xlsx.');
  // The API's date field allows these years only; the CLI loads the same tables.
  if (!o.geldigVanaf || !isIsoDatum(o.geldigVanaf) || !isPlausibelJaar(Number(o.geldigVanaf.slice(0, 4))))
    problemen.push('Geef de datum waarop de tabel ingaat met --geldig-vanaf JJJJ-MM-DD.');
  if (problemen.length > 0) throw new CliError(problemen.join('\n'));
  return {
    bestand: o.bestand!,
    formaat: formaat!,
    geldigVanaf: o.geldigVanaf!,
    naam: o.naam?.trim() || null,
  };
}

/**
 * Loads a salary table as the operator on the server, recorded in the audit log as 'systeem'. Every
 * bad row is named; nothing is loaded then.
 */
export async function laadSalaristabelBestand(
  db: Kysely<Database>,
  opties: ReturnType<typeof leesSalaristabelOpties>,
): Promise<{ id: string; aantal: number }> {
  let inhoud: Buffer;
  try {
    inhoud = await readFile(opties.bestand);
  } catch {
    throw new CliError(`Het bestand ${opties.bestand} kan niet worden gelezen.`);
  }
  let id: string;
  try {
    id = await slaSalaristabelOp(db, {
      geldigVanaf: opties.geldigVanaf,
      naam: opties.naam,
      formaat: opties.formaat,
      inhoud: opties.formaat === 'csv' ? inhoud.toString('utf8') : inhoud,
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new CliError(
        `De salaristabel is niet geladen; er is niets veranderd. Verbeter het bestand:\n${error.problemen
          .map((p) => `  ${p.melding}`)
          .join('\n')}`,
      );
    }
    if (error instanceof ConflictError) throw new CliError(error.detail);
    throw error;
  }
  const aantal = await telBedragen(db, id);
  await appendAudit(db, {
    tijdstempel: new Date(),
    actorAccountId: null,
    actor: 'systeem',
    actie: 'CLI salaristabel laden',
    objectType: 'salaristabel',
    objectId: id,
    resultaat: 'gelukt',
    ip: null,
    userAgent: null,
    requestId: null,
    details: { geldigVanaf: opties.geldigVanaf, besturingssysteemgebruiker: userInfo().username },
  });
  return { id, aantal };
}

export async function runSalaristabelLaden(config: Config, o: SalaristabelOpties): Promise<number> {
  const opties = leesSalaristabelOpties(o);
  const handle = await openConfiguredDatabase(config);
  try {
    await migrate(handle);
    const { id, aantal } = await laadSalaristabelBestand(handle.db, opties);
    console.log(`Salaristabel geladen (${aantal} bedragen), geldig vanaf ${opties.geldigVanaf}: ${id}`);
    return 0;
  } finally {
    await handle.close();
  }
}

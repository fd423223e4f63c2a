import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { ImportInvoer, ImportRapport } from '../contract/import';
import { appendAudit } from '../db/audit.repository';
import type { Database } from '../db/schema';
import { isIsoDatum, isPlausibelJaar } from '../domain/datum';
import { IMPORT_SOORTEN, type ImportSoort, VELDEN } from '../domain/import-velden';
import { ConflictError, ValidationError } from '../domain/probleem';
import { getKoppelingOpNaam, proefImport, voerImportDoor } from '../services/import.service';
import { CliError } from './cli-error';
import { migrate, openConfiguredDatabase } from './open-database';

export interface ImportOpties {
  bestand: string | undefined;
  soort: string | undefined;
  koppeling: string | undefined;
  peildatum: string | undefined;
  volledig: boolean;
  doorvoeren: boolean;
  reden: string | undefined;
}

/** Checks the options of `wendbaar import`, naming every problem at once. */
export function leesImportOpties(o: ImportOpties) {
  const problemen: string[] = [];
  if (!o.bestand) problemen.push('Geef het bestand: wendbaar import <bestand> --soort medewerkers.');
  if (!o.soort || !(IMPORT_SOORTEN as readonly string[]).includes(o.soort))
    problemen.push(
      `Geef de soort met --soort (${IMPORT_SOORTEN.slice(0, -1).join(', ')} of ${IMPORT_SOORTEN.at(-1)}).`,
    );
  if (
    o.peildatum !== undefined &&
    (!isIsoDatum(o.peildatum) || !isPlausibelJaar(Number(o.peildatum.slice(0, 4))))
  )
    problemen.push('Geef de peildatum als JJJJ-MM-DD.');
  if (problemen.length > 0) throw new CliError(problemen.join('\n'));
  return { ...o, bestand: o.bestand!, soort: o.soort as ImportSoort };
}

/** How the report names a change's kind: the contract's codes carry no diaeresis. */
const SOORT_TEKST: Record<ImportRapport['wijzigingen'][number]['soort'], string> = {
  nieuw: 'nieuw',
  gewijzigd: 'gewijzigd',
  beeindigd: 'beëindigd',
};

/**
 * The column a problem is about, as the user knows it: the plan names Wendbaar's field
 * (`e_mail`), the reader the file's own header; a field shows as the header it was mapped to, or
 * else its Dutch label. Null when the message already names it (the reader's "kolom ‘Persnr’").
 */
export function kolomTekst(r: ImportRapport, p: ImportRapport['problemen'][number]): string | null {
  if (!p.kolom) return null;
  if (p.kolom === 'peildatum') return 'peildatum (--peildatum)';
  const veld = VELDEN[r.soort].find((v) => v.veld === p.kolom);
  const tekst = veld ? (r.koppeling[veld.veld] ?? veld.label) : p.kolom;
  return p.melding.includes(`‘${tekst}’`) ? null : tekst;
}

/** A field of a change by its Dutch label, lower case as it reads inside a sentence. */
function veldTekst(r: ImportRapport, veld: string): string {
  const label = VELDEN[r.soort].find((v) => v.veld === veld)?.label;
  return label ? label.charAt(0).toLowerCase() + label.slice(1) : veld;
}

/** A value as a Dutch reader writes it: a decimal comma, a dash for nothing. */
function waardeTekst(w: string | number | null): string {
  if (w === null || w === '') return '—';
  return typeof w === 'number' ? w.toLocaleString('nl-NL', { maximumFractionDigits: 4 }) : w;
}

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** The report as plain text: counts, every problem, and each change (field: old → new). */
export function rapportTekst(r: ImportRapport): string {
  const a = r.aantallen;
  const regels = [
    `${r.bestandsnaam} (${r.soort}, peildatum ${r.peildatum}${r.volledig ? ', volledig bestand' : ''})`,
    `SHA-256 ${r.sha256}`,
    `${meervoud(a.rijen, 'rij', 'rijen')}: ${a.nieuw} nieuw, ${a.gewijzigd} gewijzigd, ${a.beeindigd} beëindigd, ${a.ongewijzigd} ongewijzigd, ${meervoud(a.problemen, 'probleem', 'problemen')}.`,
  ];
  if (r.problemen.length > 0) {
    regels.push('', 'Problemen:');
    for (const p of r.problemen) {
      const kolom = kolomTekst(r, p);
      regels.push(`  ${p.melding}${kolom ? ` [kolom ${kolom}]` : ''}`);
    }
    if (r.problemen.some((p) => p.code === 'te-ver-terug'))
      regels.push('  Een reden voor terugwerkende kracht geeft u met --reden "…".');
  }
  if (r.waarschuwingen.length > 0) {
    regels.push('', 'Let op:');
    for (const w of r.waarschuwingen) regels.push(`  ${w.melding}`);
  }
  if (r.wijzigingen.length > 0) {
    regels.push('', 'Wijzigingen:');
    for (const w of r.wijzigingen) {
      const velden = w.velden
        // A new person without a tussenvoegsel: "— → —" says nothing.
        .filter((v) => waardeTekst(v.oud) !== waardeTekst(v.nieuw))
        .map((v) => `${veldTekst(r, v.veld)}: ${waardeTekst(v.oud)} → ${waardeTekst(v.nieuw)}`)
        .join('; ');
      // Teams and formatieplaatsen are keyed on their name: say it once.
      const wie = w.naam && w.naam !== w.sleutel ? `${w.sleutel} ${w.naam}` : w.sleutel;
      regels.push(
        `  ${SOORT_TEKST[w.soort].padEnd(10)} ${wie}${w.ingangsdatum ? ` (per ${w.ingangsdatum})` : ''}: ${velden}`,
      );
    }
  }
  regels.push('', r.samenvatting);
  return regels.join('\n');
}

/**
 * Plans (and with `doorvoeren` commits) an import as the operator on the server; a commit is
 * recorded in the audit log as 'systeem' with the file's name, SHA-256 and counts.
 */
export async function importeerBestand(
  db: Kysely<Database>,
  opties: ReturnType<typeof leesImportOpties>,
): Promise<ImportRapport> {
  let inhoud: Buffer;
  try {
    inhoud = await readFile(opties.bestand);
  } catch {
    throw new CliError(`Het bestand ${opties.bestand} kan niet worden gelezen.`);
  }
  let koppeling: Record<string, string> | undefined;
  if (opties.koppeling) {
    const k = await getKoppelingOpNaam(db, opties.koppeling);
    if (!k) throw new CliError(`Er is geen opgeslagen koppeling met de naam "${opties.koppeling}".`);
    if (k.soort !== opties.soort)
      throw new CliError(`De koppeling "${k.naam}" is voor ${k.soort}, niet voor ${opties.soort}.`);
    koppeling = k.velden;
  }
  const invoer: ImportInvoer = {
    bestandsnaam: basename(opties.bestand),
    inhoud: inhoud.toString('base64'),
    soort: opties.soort,
    ...(koppeling ? { koppeling } : {}),
    ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
    volledig: opties.volledig,
    ...(opties.reden ? { reden: opties.reden } : {}),
  };
  try {
    if (!opties.doorvoeren) return await proefImport(db, invoer);
    const r = await voerImportDoor(db, null, invoer);
    await appendAudit(db, {
      tijdstempel: new Date(),
      actorAccountId: null,
      actor: 'systeem',
      actie: 'CLI import',
      objectType: 'import',
      objectId: r.id,
      resultaat: 'gelukt',
      ip: null,
      userAgent: null,
      requestId: null,
      details: {
        bestandsnaam: r.bestandsnaam,
        sha256: r.sha256,
        soort: r.soort,
        peildatum: r.peildatum,
        aantallen: r.aantallen,
        besturingssysteemgebruiker: userInfo().username,
      },
    });
    return r;
  } catch (error) {
    if (error instanceof ValidationError)
      throw new CliError(
        `Het bestand is niet gelezen:\n${error.problemen.map((p) => `  ${p.melding}`).join('\n')}`,
      );
    if (error instanceof ConflictError) {
      // Show the problems that refused the commit: the same plan as the dry run.
      const proef = await proefImport(db, invoer);
      throw new CliError(`${rapportTekst(proef)}\n\n${error.detail}`);
    }
    throw error;
  }
}

/** `wendbaar import`: exit code 0 when the file has no problems (and, with --doorvoeren, is committed), 1 otherwise. */
export async function runImport(config: Config, o: ImportOpties): Promise<number> {
  const opties = leesImportOpties(o);
  const handle = await openConfiguredDatabase(config);
  try {
    await migrate(handle);
    const r = await importeerBestand(handle.db, opties);
    console.log(rapportTekst(r));
    if (!opties.doorvoeren && r.problemen.length === 0 && r.wijzigingen.length > 0)
      console.log('Dit was een proefimport; er is niets gewijzigd. Voer door met --doorvoeren.');
    return r.problemen.length > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

import { type IsoDatum, plusDagen } from './datum';
import type { Probleem } from './probleem';

/** An effective-dated fact: valid from ingangsdatum through einddatum (inclusive); null = no end. */
export interface Periode {
  ingangsdatum: IsoDatum;
  einddatum: IsoDatum | null;
}

export function overlapt(a: Periode, b: Periode): boolean {
  const aEindigtVoorB = a.einddatum !== null && a.einddatum < b.ingangsdatum;
  const bEindigtVoorA = b.einddatum !== null && b.einddatum < a.ingangsdatum;
  return !aEindigtVoorB && !bEindigtVoorA;
}

export function geldtOp(periode: Periode, datum: IsoDatum): boolean {
  return periode.ingangsdatum <= datum && (periode.einddatum === null || periode.einddatum >= datum);
}

/** The fact in force on a date, if any (facts of one owner never overlap). */
export function geldendOp<T extends Periode>(perioden: readonly T[], datum: IsoDatum): T | undefined {
  return perioden.find((p) => geldtOp(p, datum));
}

export interface Opvolging {
  /** The running fact that ends the day before the new one starts. */
  beeindig?: { id: string; einddatum: IsoDatum };
  problemen: Probleem[];
}

/**
 * A new fact from `vanaf` succeeds the one running then: that one ends the day before. History is
 * appended, never rewritten, so a new fact may not start on or before a later fact already recorded.
 */
export function planOpvolging(
  bestaand: readonly (Periode & { id: string })[],
  vanaf: IsoDatum,
  veld: string,
): Opvolging {
  const later = bestaand.filter((p) => p.ingangsdatum >= vanaf);
  if (later.length > 0) {
    const laatsteStart = later
      .map((p) => p.ingangsdatum)
      .sort()
      .at(-1)!;
    return {
      problemen: [
        {
          veld,
          code: 'voor-bestaande-wijziging',
          melding: `Er staat al een wijziging vanaf ${laatsteStart}. Kies een datum na ${laatsteStart}.`,
        },
      ],
    };
  }
  const lopend = bestaand.find((p) => p.einddatum === null || p.einddatum >= vanaf);
  return lopend
    ? { beeindig: { id: lopend.id, einddatum: plusDagen(vanaf, -1) }, problemen: [] }
    : { problemen: [] };
}

/** Ending a fact: the end date may not lie before its start. */
export function controleerEinde(periode: Periode, einddatum: IsoDatum, veld: string): Probleem[] {
  if (einddatum < periode.ingangsdatum) {
    return [
      {
        veld,
        code: 'voor-ingangsdatum',
        melding: `De einddatum ligt vóór de ingangsdatum (${periode.ingangsdatum}).`,
      },
    ];
  }
  return [];
}

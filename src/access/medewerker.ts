import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/** Whom a check about a medewerker is about: the person and their team today. */
export type MedewerkerDoel = { medewerkerId: string; teamId: string | null };

/** A reach predicate of gebruiker.ts about one medewerker (magPersoonsgegevensZien and the like). */
export type MedewerkerToets = (g: Gebruiker, doel: MedewerkerDoel) => boolean;

/** 403 when `wat` (e.g. 'de afwezigheid') of this medewerker lies outside the caller's reach. */
export function assertMagMedewerker(
  g: Gebruiker,
  doel: MedewerkerDoel,
  toets: MedewerkerToets,
  wat: string,
): void {
  if (toets(g, doel)) return;
  throw new ForbiddenError(
    `U mag ${wat} van deze medewerker niet inzien of wijzigen: dat kan de medewerker zelf, de eigen teamleider, de directie of P&O.`,
  );
}

/**
 * What the domain says is wrong with a request: one entry per field problem, so a user sees all of
 * them at once. `veld` is the path of the field in the request (e.g. 'urenPerWeek'); `melding` is a
 * Dutch sentence the user can act on.
 */
export interface Probleem {
  veld: string;
  code: string;
  melding: string;
}

/** Base of the errors the domain and services raise; the HTTP layer maps them to problem+json. */
export abstract class DomainError extends Error {}

/** Invalid input: every problem found, not just the first. */
export class ValidationError extends DomainError {
  constructor(readonly problemen: Probleem[]) {
    super(problemen.map((p) => `${p.veld}: ${p.melding}`).join('; '));
  }
}

export class NotFoundError extends DomainError {
  constructor(
    readonly soort: string,
    readonly id: string,
  ) {
    super(`${soort} ${id} bestaat niet`);
  }
}

/**
 * What kind of conflict, the last part of its problem type (`urn:wendbaar:probleem:<code>`), so a
 * client can act on it without reading the Dutch `detail`.
 */
export const CONFLICT_SOORTEN = {
  conflict: 'Conflict met de huidige toestand',
  'bestaat-al': 'Bestaat al',
  overlap: 'Overlapt met een bestaande periode',
  'al-beeindigd': 'Al beëindigd',
  'intussen-gewijzigd': 'Intussen gewijzigd',
  'verwijzing-ontbreekt': 'Verwijst naar iets dat niet (meer) bestaat',
  vastgelegd: 'Ligt vast',
  'dossier-afgerond': 'Het dossier is afgerond',
  'verkeerde-fase': 'Kan niet in deze fase',
  'verkeerde-versie': 'Niet de versie die ter besluitvorming ligt',
  teamreservering: 'Breekt de teamreservering',
  'nog-niet-klaar': 'Nog niet klaar',
  'al-aangevraagd': 'Al aangevraagd',
  'past-niet-meer': 'Past niet meer',
  voorbij: 'Al voorbij',
  'niet-gestart': 'Nog niet gestart',
  'al-geanonimiseerd': 'Al geanonimiseerd',
  'nog-in-dienst': 'Nog in dienst',
  'bewaartermijn-loopt': 'De bewaartermijn loopt nog',
} as const;
export type ConflictSoort = keyof typeof CONFLICT_SOORTEN;

/** The request conflicts with the current state; `detail` tells the user what to do instead. */
export class ConflictError extends DomainError {
  constructor(
    readonly detail: string,
    readonly soort: ConflictSoort = 'conflict',
  ) {
    super(detail);
  }
}

/** Somebody else changed the resource since the client read it (optimistic concurrency). */
export class StaleVersionError extends DomainError {
  constructor(readonly huidigeVersie: number) {
    super(`De versie is verouderd; de huidige versie is ${huidigeVersie}`);
  }
}

/** Throws a ValidationError when there is anything to report. */
export function assertGeenProblemen(problemen: Probleem[]): void {
  if (problemen.length > 0) throw new ValidationError(problemen);
}

/** Not logged in, or the login failed; `detail` says what to do. */
export class UnauthenticatedError extends DomainError {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** Logged in, but this is outside the caller's role or reach. */
export class ForbiddenError extends DomainError {
  constructor(
    readonly detail: string,
    readonly code: string = 'geen-toegang',
  ) {
    super(detail);
  }
}

/** Too many failed attempts; try again after `wachtSeconden`. */
export class TooManyAttemptsError extends DomainError {
  constructor(readonly wachtSeconden: number) {
    super(`Te veel mislukte pogingen. Probeer het over ${Math.ceil(wachtSeconden / 60)} minuten opnieuw.`);
  }
}

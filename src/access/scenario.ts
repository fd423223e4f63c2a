import { ForbiddenError } from '../domain/probleem';
import type { ScenarioStatus } from '../domain/scenario';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on scenario's (issue 13, items 5 and 7). A scenario is a draft of the directie and P&O for a
 * decision on the formatie: P&O and the directie make, change and read every one; only the directie
 * adopts (the besluit is theirs). The college reads the scenario's that are put to it (voorgesteld)
 * or adopted, as organisation totals only (no team's figures, where one person's salary would show),
 * and may comment on them: "the college sees the proposal". The OR and teamleiders read none: a
 * scenario is an intention not yet decided, and the OR is asked for advice on the proposal itself
 * (OR-verzoek), while a teamleider sees the live formatie and loonsom of their teams. No answer of a
 * scenario names a person or one person's costs.
 */
type Wie = Pick<Gebruiker, 'rollen'>;

const beheert = (g: Wie) => g.rollen.some((r) => r === 'directeur' || r === 'po');

export const magScenarioMaken = (g: Wie): boolean => beheert(g);

/** Changing a scenario (fields, status, wijzigingen): P&O and the directie, until it is decided. */
export const magScenarioWijzigen = (g: Wie, status: ScenarioStatus): boolean =>
  beheert(g) && (status === 'concept' || status === 'voorgesteld');

export const magScenarioZien = (g: Wie, status: ScenarioStatus): boolean =>
  beheert(g) || (g.rollen.includes('college') && (status === 'voorgesteld' || status === 'vastgesteld'));

/** Per team figures (and so, in a small team, close to one person's): P&O and the directie. */
export const magScenarioTeamsZien = (g: Wie): boolean => beheert(g);

export const magScenarioVaststellen = (g: Wie, status: ScenarioStatus): boolean =>
  g.rollen.includes('directeur') && (status === 'concept' || status === 'voorgesteld');

export const magOpmerkingMaken = (g: Wie, status: ScenarioStatus): boolean => magScenarioZien(g, status);

export function assertMagScenarioMaken(g: Gebruiker): void {
  if (!magScenarioMaken(g)) throw new ForbiddenError("Scenario's maken P&O en de directie.");
}

export function assertMagScenarioZien(g: Gebruiker, status: ScenarioStatus): void {
  if (!magScenarioZien(g, status)) {
    throw new ForbiddenError(
      'Dit scenario zien P&O en de directie; het college ziet het zodra het is voorgesteld.',
    );
  }
}

export function scenarioMag(g: Gebruiker, status: ScenarioStatus) {
  return {
    wijzigen: magScenarioWijzigen(g, status),
    opmerkingMaken: magOpmerkingMaken(g, status),
    vaststellen: magScenarioVaststellen(g, status),
  };
}

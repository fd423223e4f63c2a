import { ConflictError, ForbiddenError } from '../domain/probleem';
import type { ScenarioStatus } from '../domain/scenario';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on the onderbouwd voorstel (issue 13, items 6 and 7). P&O and the directie write the texts
 * and freeze voorstellen; the college, which "sees the proposal", reads and downloads the voorstellen
 * of scenario's put to it (voorgesteld) or adopted, exactly as it sees those scenario's
 * (src/access/scenario.ts). Nobody else: a voorstel is a scenario's figures per team.
 *
 * The texts may still change after adoption: the voorstel to the raad often follows the directie's
 * besluit, and a voorstel already frozen keeps its own copy, so editing cannot change a document
 * that went out. A rejected scenario is closed: no texts, no voorstel (409).
 */
type Wie = Pick<Gebruiker, 'rollen'>;

const beheert = (g: Wie) => g.rollen.some((r) => r === 'directeur' || r === 'po');

export const magVoorstelTekstenWijzigen = (g: Wie, status: ScenarioStatus): boolean =>
  beheert(g) && status !== 'verworpen';

export const magVoorstelMaken = (g: Wie, status: ScenarioStatus): boolean =>
  beheert(g) && status !== 'verworpen';

export const magVoorstelZien = (g: Wie, status: ScenarioStatus): boolean =>
  beheert(g) || (g.rollen.includes('college') && (status === 'voorgesteld' || status === 'vastgesteld'));

export function assertMagVoorstelZien(g: Gebruiker, status: ScenarioStatus): void {
  if (!magVoorstelZien(g, status)) {
    throw new ForbiddenError(
      'Een voorstel zien P&O en de directie; het college zodra het scenario is voorgesteld of vastgesteld.',
    );
  }
}

export function assertMagVoorstelMaken(g: Gebruiker, status: ScenarioStatus): void {
  if (!beheert(g)) throw new ForbiddenError('Een onderbouwd voorstel leggen P&O en de directie vast.');
  if (status === 'verworpen') {
    throw new ConflictError(
      'Dit scenario is verworpen; daar hoort geen voorstel bij. Zet het terug naar concept of voorgesteld, of maak een nieuw scenario.',
      'verkeerde-fase',
    );
  }
}

export function assertMagVoorstelTekstenWijzigen(g: Gebruiker, status: ScenarioStatus): void {
  if (!beheert(g)) throw new ForbiddenError('De teksten van het voorstel schrijven P&O en de directie.');
  if (status === 'verworpen') {
    throw new ConflictError(
      'Dit scenario is verworpen en ligt daarmee vast. Maak een nieuw scenario voor een voorstel.',
      'vastgelegd',
    );
  }
}

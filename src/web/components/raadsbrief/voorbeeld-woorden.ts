import { BESTUURSOPDRACHT_STATUSSEN, type BestuursopdrachtStatus } from '../../../domain/bestuursopdracht';
import { OPGAVE_STATUSSEN, type OpgaveStatus } from '../../../domain/opgave';
import { codeAlsWoord } from '../../../domain/raadsbrief-woorden';
import {
  FASE_STATUSSEN,
  type FaseStatus,
  THEMA_STANDEN,
  type ThemaStand,
} from '../../../domain/veranderprogramma';
import type { Translate } from '../../i18n/i18n';

/**
 * The codes of a raadsbrief's snapshot in words on its page, as the letter says them
 * (src/domain/raadsbrief-woorden.ts) but in the reader's language: through the labels the app
 * already has for these states (the shared texts of the home page and the Verandering dashboard),
 * so they are there before the raadsbrief's own texts load. A code the app does not know (a
 * snapshot of another version) is still shown readably.
 */

const bekend = <T extends string>(lijst: readonly T[], code: string): code is T =>
  (lijst as readonly string[]).includes(code);

export function dossierStatusTekst(
  t: Translate,
  soort: 'opgave' | 'bestuursopdracht',
  status: string,
): string {
  if (soort === 'opgave' && bekend<OpgaveStatus>(OPGAVE_STATUSSEN, status))
    return t(`wb.opgave.fase.${status}`);
  if (soort === 'bestuursopdracht' && bekend<BestuursopdrachtStatus>(BESTUURSOPDRACHT_STATUSSEN, status))
    return t(`wb.bo.status.${status}`);
  return codeAlsWoord(status);
}

export const faseStatusTekst = (t: Translate, status: string): string =>
  bekend<FaseStatus>(FASE_STATUSSEN, status) ? t(`verandering.fase.${status}`) : codeAlsWoord(status);

export const themaStandTekst = (t: Translate, stand: string): string =>
  bekend<ThemaStand>(THEMA_STANDEN, stand) ? t(`verandering.stand.${stand}`) : codeAlsWoord(stand);

/** '2026-11' → 'november 2026' (nl) or 'November 2026' (en); anything else as it is. */
export function maandTekst(locale: string, maand: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(maand)) return maand;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${maand}-01T00:00:00Z`),
  );
}

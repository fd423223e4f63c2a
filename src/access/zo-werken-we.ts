import { ForbiddenError } from '../domain/probleem';
import { ROLLEN, type Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';

/**
 * "Zo werken we" (issue 15, items 3 and 7): the organisation philosophy is read by everyone in the
 * organisation, whatever their role (the OR and the college included: it is no personal data and
 * no secret); the directie and P&O choose and document it. Authors are named in their function (who
 * wrote the organisation's text), so a read is no read of personal data.
 */
export const ZO_WERKEN_WE_LEZERS: readonly Rol[] = ROLLEN;
export const ZO_WERKEN_WE_SCHRIJVERS: readonly Rol[] = ['directeur', 'po'];

export const ZO_WERKEN_WE_ROUTES = {
  'GET /zo-werken-we-paginas': { toegang: ZO_WERKEN_WE_LEZERS },
  'POST /zo-werken-we-paginas': { toegang: ZO_WERKEN_WE_SCHRIJVERS },
  'GET /zo-werken-we-paginas/{paginaId}': { toegang: ZO_WERKEN_WE_LEZERS },
  'PATCH /zo-werken-we-paginas/{paginaId}': { toegang: ZO_WERKEN_WE_SCHRIJVERS },
  'GET /zo-werken-we-paginas/{paginaId}/versies': { toegang: ZO_WERKEN_WE_LEZERS },
  'GET /zo-werken-we-paginas/{paginaId}/versies/{versieNummer}': { toegang: ZO_WERKEN_WE_LEZERS },
  'GET /zo-werken-we-paginas/{paginaId}/verschillen': { toegang: ZO_WERKEN_WE_LEZERS },
} as const satisfies Record<string, { toegang: readonly Rol[] }>;

export function magZoWerkenWeSchrijven(g: Pick<Gebruiker, 'rollen'>): boolean {
  return g.rollen.some((r) => ZO_WERKEN_WE_SCHRIJVERS.includes(r));
}

export function assertMagZoWerkenWeSchrijven(g: Gebruiker): void {
  if (!magZoWerkenWeSchrijven(g)) {
    throw new ForbiddenError('De pagina’s van Zo werken we schrijven de directie en P&O.');
  }
}

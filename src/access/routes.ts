import type { Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';
import { isVerborgen, zichtOpGroep } from './medewerker';
import { beslis, POLICY } from './policy';

type Beller = Pick<Gebruiker, 'rollen' | 'totpNodig' | 'totpVoldaan'>;

/** May this caller knock on this route at all (roles and second factor; not yet the reach within it)? */
export function magRoute(g: Beller, sleutel: string): boolean {
  const regel = POLICY[sleutel];
  if (!regel) throw new Error(`Geen regel voor ${sleutel} in de policy-tabel`);
  return beslis(regel, g) === 'toegestaan';
}

/**
 * Every route key the caller may call, for `GET /sessies/huidig`: the web app shows a menu item or
 * a button for a route only when its key is in this list, so it keeps no copy of the policy table.
 * Reach within a route (a teamleider's own teams, one's own requests) comes with each resource.
 */
export function toegestaneRoutes(g: Beller): string[] {
  return Object.keys(POLICY)
    .filter((sleutel) => magRoute(g, sleutel))
    .sort();
}

/**
 * Which columns of personnel data a list may show the caller: scale and start date for those who
 * may see someone's personnel data in full (directie, P&O, a teamleider for the own teams), hours also
 * for a programmaregisseur. Rows the caller may not see still come without their values (zicht.ts).
 */
export function zichtbareKolommen(rollen: readonly Rol[]): {
  personeel: boolean;
  uren: boolean;
  filtersPersoneel: boolean;
  filtersExpertise: boolean;
} {
  const personeel = rollen.some((r) => r === 'directeur' || r === 'po' || r === 'teamleider');
  // Filters and sorts over the whole register need the field of everybody (lijstProblemen).
  const zicht = zichtOpGroep({ rollen: [...rollen], teamIds: [] }, null);
  return {
    personeel,
    uren: personeel || rollen.includes('programmaregisseur'),
    filtersPersoneel: !isVerborgen(zicht, 'uitDienst'),
    filtersExpertise: !isVerborgen(zicht, 'expertises'),
  };
}

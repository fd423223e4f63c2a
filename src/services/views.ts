import type { Leiderschap } from '../contract/leiderschap';
import { volledigeNaam } from '../domain/medewerker';

/**
 * The shapes services hand to the outside world (camelCase, as in the API). Mapping rows to views
 * lives here so every route and every report shows the same thing; the shapes are the contract's.
 */

export function leiderschapView(r: {
  id: string;
  team_id: string;
  team_naam: string;
  medewerker_id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  rol: 'teamleider' | 'directeur';
  gemeentesecretaris: boolean;
  ingangsdatum: string;
  einddatum: string | null;
}): Leiderschap {
  return {
    id: r.id,
    teamId: r.team_id,
    teamNaam: r.team_naam,
    medewerkerId: r.medewerker_id,
    naam: volledigeNaam(r),
    rol: r.rol,
    gemeentesecretaris: r.gemeentesecretaris,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
  };
}

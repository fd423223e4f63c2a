import { type Gebruiker, magInzetbaarheidZien, magPersoonsgegevensZien } from '../access/gebruiker';
import type { Medewerker, MedewerkerDetail, Zicht } from '../contract/medewerker';
import type { MedewerkerDetailView, MedewerkerView } from '../services/medewerker.service';

/**
 * What of a medewerker a caller sees (domain.md, "who may see what"): everything for the person
 * themselves, their teamleider, directie and P&O; hours and expertise for a programmaregisseur; the
 * directory basics (name, function, team, e-mail) for everybody else.
 */
export function zichtOp(g: Gebruiker, m: { id: string; team: { id: string } | null }): Zicht {
  const doel = { medewerkerId: m.id, teamId: m.team?.id ?? null };
  if (magPersoonsgegevensZien(g, doel)) return 'volledig';
  return magInzetbaarheidZien(g, doel) ? 'inzetbaarheid' : 'basis';
}

/** The medewerker as this caller may see it (the route adds `_links`). */
export function vormMedewerker(g: Gebruiker, m: MedewerkerView): Omit<Medewerker, '_links'> {
  const zicht = zichtOp(g, m);
  if (zicht === 'volledig') return { ...m, zicht };
  const verborgen = { schaal: null, trede: null, inDienst: null, uitDienst: null };
  if (zicht === 'inzetbaarheid') return { ...m, ...verborgen, zicht };
  return { ...m, ...verborgen, urenPerWeek: null, fte: null, zicht };
}

/** The detail of a medewerker as this caller may see it: hours and expertise only with inzetbaarheid. */
export function vormMedewerkerDetail(
  g: Gebruiker,
  m: MedewerkerDetailView,
): Omit<MedewerkerDetail, '_links'> {
  const gevormd = { ...m, ...vormMedewerker(g, m) };
  if (gevormd.zicht === 'volledig') return gevormd;
  return {
    ...gevormd,
    contracthistorie: gevormd.zicht === 'inzetbaarheid' ? m.contracthistorie : [],
    expertises: gevormd.zicht === 'inzetbaarheid' ? m.expertises : [],
  };
}

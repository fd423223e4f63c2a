import { type Gebruiker, magInzetbaarheidZien, magPersoonsgegevensZien } from '../access/gebruiker';
import type { MedewerkerDetail, MedewerkerView } from '../services/medewerker.service';

/**
 * What of a medewerker a caller sees (domain.md, "who may see what"): everything for the person
 * themselves, their teamleider, directie and P&O; hours and expertise for a programmaregisseur; the
 * directory basics (name, function, team, e-mail) for everybody else.
 */
export type Zicht = 'volledig' | 'inzetbaarheid' | 'basis';

export function zichtOp(g: Gebruiker, m: { id: string; team: { id: string } | null }): Zicht {
  const doel = { medewerkerId: m.id, teamId: m.team?.id ?? null };
  if (magPersoonsgegevensZien(g, doel)) return 'volledig';
  return magInzetbaarheidZien(g, doel) ? 'inzetbaarheid' : 'basis';
}

type Afgeschermd = 'schaal' | 'trede' | 'inDienst' | 'uitDienst' | 'urenPerWeek' | 'fte';
export type Gevormd<T extends MedewerkerView> = Omit<T, Afgeschermd> & {
  [K in Afgeschermd]: T[K] | null;
} & { zicht: Zicht };

export function vormMedewerker<T extends MedewerkerView>(g: Gebruiker, m: T): Gevormd<T> {
  const zicht = zichtOp(g, m);
  if (zicht === 'volledig') return { ...m, zicht };
  const verborgen = { schaal: null, trede: null, inDienst: null, uitDienst: null };
  if (zicht === 'inzetbaarheid') return { ...m, ...verborgen, zicht };
  return { ...m, ...verborgen, urenPerWeek: null, fte: null, zicht };
}

export function vormMedewerkerDetail(g: Gebruiker, m: MedewerkerDetail) {
  const gevormd = vormMedewerker(g, m);
  if (gevormd.zicht === 'volledig') return gevormd;
  return {
    ...gevormd,
    contracthistorie: gevormd.zicht === 'inzetbaarheid' ? m.contracthistorie : [],
    expertises: gevormd.zicht === 'inzetbaarheid' ? m.expertises : [],
  };
}

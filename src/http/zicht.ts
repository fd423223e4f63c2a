import type { Gebruiker } from '../access/gebruiker';
import { isVerborgen, zichtOp as zichtOpDoel } from '../access/medewerker';
import type { Medewerker, MedewerkerDetail, Zicht } from '../contract/medewerker';
import {
  type MedewerkerDetailView,
  type MedewerkerView,
  teamhistorieVoor,
} from '../services/medewerker.service';

/**
 * What of a medewerker a caller sees (docs/privacy.md, "Roles and reach"; the rule is zichtOp in
 * src/access/medewerker.ts): everything, hours and expertise, or the directory basics.
 */
export function zichtOp(g: Gebruiker, m: { id: string; team: { id: string } | null }): Zicht {
  return zichtOpDoel(g, { medewerkerId: m.id, teamId: m.team?.id ?? null });
}

/** The medewerker as this caller may see it (the route adds `_links`): hidden fields are null. */
export function vormMedewerker(g: Gebruiker, m: MedewerkerView): Omit<Medewerker, '_links'> {
  const zicht = zichtOp(g, m);
  const toon = <T>(veld: Parameters<typeof isVerborgen>[1], waarde: T): T | null =>
    isVerborgen(zicht, veld) ? null : waarde;
  return {
    ...m,
    schaal: toon('schaal', m.schaal),
    trede: toon('trede', m.trede),
    inDienst: toon('inDienst', m.inDienst),
    uitDienst: toon('uitDienst', m.uitDienst),
    urenPerWeek: toon('urenPerWeek', m.urenPerWeek),
    fte: toon('fte', m.fte),
    zicht,
  };
}

/**
 * The detail of a medewerker as this caller may see it: contract history and expertise only with
 * inzetbaarheid, the dates of the team history (they hold the days in and out of service) only in full.
 */
export function vormMedewerkerDetail(
  g: Gebruiker,
  m: MedewerkerDetailView,
): Omit<MedewerkerDetail, '_links'> {
  const gevormd = { ...m, ...vormMedewerker(g, m) };
  const zicht = gevormd.zicht;
  return {
    ...gevormd,
    teamhistorie: teamhistorieVoor(zicht, m.teamhistorie),
    contracthistorie: isVerborgen(zicht, 'contracthistorie') ? [] : m.contracthistorie,
    expertises: isVerborgen(zicht, 'expertises') ? [] : m.expertises,
  };
}

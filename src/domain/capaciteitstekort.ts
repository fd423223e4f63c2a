/**
 * The capacity gap of a scenario (issue 13, item 5: scenarios are compared on "capacity gap"), in FTE.
 *
 * The demand and today's capacity come from the behoefte (src/domain/behoefte.ts) over the four
 * quarters from the comparison date, per basisteam, averaged over the periods. A scenario changes
 * places, not people, so its capacity is a planning assumption, stated here once:
 *
 * - A place the scenario adds (or FTE it adds to a place) is counted as filled: an onderbouwd voorstel
 *   asks for places in order to fill them. A place it ends takes its FTE away.
 * - One FTE of formatie gives as much net capacity as one filled FTE of that team gives today: the
 *   team's availability divided by its bezetting (leave, absence and non-productive time already
 *   netted out), at most 1. A team with no one placed takes the organisation's share; with no one
 *   placed anywhere, 1.
 * - Only basisteams carry demand; a change in another kind of team changes no gap. The organisation's
 *   gap adds the teams' and the open questions that have no team.
 *
 * So the live formatie's gap is exactly the behoefte's vraag − beschikbaar, and a scenario with no
 * wijzigingen has the same gap as the live formatie.
 */

export interface TeamBehoefteFte {
  /** Average FTE over the period. */
  vraag: number;
  beschikbaar: number;
}

/** Formatie and bezetting on the comparison date, in FTE. */
export interface TeamFormatieFte {
  formatie: number;
  bezetting: number;
}

/** To the hundredth, half away from zero, after removing float noise (0.425 is stored as 0.42499…). */
const rond = (n: number) => (Math.sign(n) * Math.round(Number(Math.abs(n * 100).toFixed(6)))) / 100 || 0;

export function nettoAandeel(beschikbaar: number, bezetting: number, anders: number): number {
  if (bezetting <= 0) return anders;
  return Math.min(1, Math.max(0, beschikbaar / bezetting));
}

export function capaciteitstekorten(
  behoefte: ReadonlyMap<string, TeamBehoefteFte>,
  zonderTeamVraag: number,
  huidig: ReadonlyMap<string, TeamFormatieFte>,
  kolom: ReadonlyMap<string, Pick<TeamFormatieFte, 'formatie'>>,
): { teams: Map<string, number>; organisatie: number } {
  let beschikbaar = 0;
  let bezetting = 0;
  for (const [teamId, b] of behoefte) {
    beschikbaar += b.beschikbaar;
    bezetting += huidig.get(teamId)?.bezetting ?? 0;
  }
  const organisatieAandeel = nettoAandeel(beschikbaar, bezetting, 1);

  const teams = new Map<string, number>();
  let som = zonderTeamVraag;
  for (const [teamId, b] of behoefte) {
    const nu = huidig.get(teamId);
    const delta = (kolom.get(teamId)?.formatie ?? 0) - (nu?.formatie ?? 0);
    const aandeel = nettoAandeel(b.beschikbaar, nu?.bezetting ?? 0, organisatieAandeel);
    const tekort = b.vraag - (b.beschikbaar + delta * aandeel);
    teams.set(teamId, rond(tekort));
    som += tekort;
  }
  return { teams, organisatie: rond(som) };
}

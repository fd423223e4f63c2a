/**
 * Which teams the onderbouwd voorstel names (issue 13: the document at the size of the largest
 * municipalities). The snapshot keeps every team's figures; the document is read by a college and a
 * raad, for whom 1,300 team tables say nothing and take 20 seconds to typeset. So:
 *
 * - Up to `ALLE_TEAMS_TOT` teams the document names every team, as before.
 * - Above it, the need section names the teams the scenario changes (a position added, ended, moved,
 *   re-scaled, or a budget changed) and the `MAX_TEKORTTEAMS` teams with the largest shortage; the
 *   others are added up in one row "Overige teams (n)", so the table still adds up to the
 *   organisation. The financial section shows the organisation and every team whose loonsom or
 *   budget the scenario changes: for the others the current and the new formatie cost the same.
 * - The choice is a pure function of the snapshot, so the document stays reproducible byte for byte.
 */

export const ALLE_TEAMS_TOT = 25;
export const MAX_TEKORTTEAMS = 15;

/** The figures of a need row (the snapshot's Cijfers; declared here to keep this module a leaf). */
interface Cijfers {
  resultaatdoelen: number;
  inzet: number;
  capaciteitsvragen: number;
  vraag: number;
  beschikbaar: number;
  tekort: number;
}

interface Behoefterij {
  team: string;
  totaal: { fte: Cijfers; euro: Cijfers | null };
}

interface Financieelrij {
  team: string;
  jaren: { huidig: number; scenario: number }[];
}

/** The part of a VoorstelSnapshot the choice reads. */
export interface Selectiebron<R extends Behoefterij, F extends Financieelrij> {
  behoefte: { teams: R[] };
  wijzigingen: { team: string; naarTeam: string | null }[];
  budgetwijzigingen: { team: string }[];
  financieel: { teams: F[] };
}

export interface TeamSelectie<R extends Behoefterij, F extends Financieelrij> {
  behoefte: R[];
  /** The need rows left out, added up (null: none left out). */
  overige: { aantal: number; totaal: { fte: Cijfers; euro: Cijfers | null } } | null;
  financieel: F[];
  /** Teams whose meerjarenraming the document leaves out because the scenario does not change it. */
  financieelOngewijzigd: number;
}

const rond = (n: number) => Math.round(n * 100) / 100;

function telOp(a: Cijfers, b: Cijfers): Cijfers {
  return {
    resultaatdoelen: rond(a.resultaatdoelen + b.resultaatdoelen),
    inzet: rond(a.inzet + b.inzet),
    capaciteitsvragen: rond(a.capaciteitsvragen + b.capaciteitsvragen),
    vraag: rond(a.vraag + b.vraag),
    beschikbaar: rond(a.beschikbaar + b.beschikbaar),
    tekort: rond(a.tekort + b.tekort),
  };
}

const NUL: Cijfers = {
  resultaatdoelen: 0,
  inzet: 0,
  capaciteitsvragen: 0,
  vraag: 0,
  beschikbaar: 0,
  tekort: 0,
};

const verandert = (jaren: Financieelrij['jaren']) =>
  jaren.some((j) => Math.round(j.scenario * 100) !== Math.round(j.huidig * 100));

export function selecteerTeams<R extends Behoefterij, F extends Financieelrij>(
  s: Selectiebron<R, F>,
): TeamSelectie<R, F> {
  const { teams } = s.behoefte;
  if (teams.length <= ALLE_TEAMS_TOT && s.financieel.teams.length <= ALLE_TEAMS_TOT) {
    return { behoefte: teams, overige: null, financieel: s.financieel.teams, financieelOngewijzigd: 0 };
  }

  const gewijzigd = new Set<string>();
  for (const w of s.wijzigingen) {
    gewijzigd.add(w.team);
    if (w.naarTeam !== null) gewijzigd.add(w.naarTeam);
  }
  for (const b of s.budgetwijzigingen) gewijzigd.add(b.team);
  for (const t of s.financieel.teams) if (verandert(t.jaren)) gewijzigd.add(t.team);

  const grootsteTekort = teams
    .filter((t) => t.totaal.fte.tekort > 0 && !gewijzigd.has(t.team))
    .sort((a, b) => b.totaal.fte.tekort - a.totaal.fte.tekort || a.team.localeCompare(b.team, 'nl'))
    .slice(0, MAX_TEKORTTEAMS);
  const genoemd = new Set([...gewijzigd, ...grootsteTekort.map((t) => t.team)]);

  const behoefte = teams.filter((t) => genoemd.has(t.team));
  const weg = teams.filter((t) => !genoemd.has(t.team));
  const overige =
    weg.length === 0
      ? null
      : {
          aantal: weg.length,
          totaal: {
            fte: weg.reduce((som, t) => telOp(som, t.totaal.fte), NUL),
            // Euro only when every team left out has it: a partial sum would read as the whole.
            euro: weg.every((t) => t.totaal.euro !== null)
              ? weg.reduce((som, t) => telOp(som, t.totaal.euro!), NUL)
              : null,
          },
        };

  const financieel = s.financieel.teams.filter((t) => gewijzigd.has(t.team));
  return {
    behoefte,
    overige,
    financieel,
    financieelOngewijzigd: s.financieel.teams.length - financieel.length,
  };
}

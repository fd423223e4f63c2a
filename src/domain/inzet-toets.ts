import { type IsoDatum, plusDagen } from './datum';
import { geldendOp, type Periode } from './periode';
import type { Probleem } from './probleem';

/**
 * May a medewerker be put to work in a range of weeks? Within their employment, under contract
 * hours in every week, and in a team. Written once here for the three places that ask: hours on a
 * resultaatdoel (zetInzet), an inzetverzoek, and a change to the medewerker's own history (which
 * only needs the employment part, for one date).
 */

/** The employment as recorded on the medewerker: in dienst from, uit dienst per (null: no end). */
export interface Dienstverband {
  in_dienst: IsoDatum;
  uit_dienst: IsoDatum | null;
}

/** A team membership: the team, effective-dated. */
export interface Teamlid extends Periode {
  team_id: string;
}

/** A week of the range: its key ('2026-W05', for the message) and its Monday. */
export interface Week {
  sleutel: string;
  van: IsoDatum;
}

/**
 * The team the work asks for:
 * - `basisteam`: any basisteam in the first week (an inzetverzoek goes to that team's teamleider);
 * - `team`: this team in every week (hours on a resultaatdoel of that team).
 */
export type TeamEis = { soort: 'basisteam' } | { soort: 'team'; teamId: string };

export interface InzetToets {
  dienstverband: Dienstverband;
  contracturen: readonly Periode[];
  lidmaatschappen: readonly Teamlid[];
  /** First and last day of the range. */
  van: IsoDatum;
  tot: IsoDatum;
  /** Every week of the range, in order; at least one. */
  weken: readonly Week[];
  team: TeamEis;
}

/**
 * The fact that holds in a week: the one in force on its Monday, or else on its Friday, so that a
 * fact starting or ending within a week's working days still covers that week.
 */
export function geldendInWeek<T extends Periode>(perioden: readonly T[], week: Week): T | undefined {
  return geldendOp(perioden, week.van) ?? geldendOp(perioden, plusDagen(week.van, 4));
}

/** The range [van, tot] within the employment; each end is reported on its own field. */
export function toetsDienstverband(
  d: Dienstverband,
  van: IsoDatum,
  tot: IsoDatum,
  velden: { van: string; tot: string } = { van: 'vanWeek', tot: 'totWeek' },
): Probleem[] {
  const problemen: Probleem[] = [];
  if (van < d.in_dienst) {
    problemen.push({
      veld: velden.van,
      code: 'voor-in-dienst',
      melding: `De medewerker is pas in dienst vanaf ${d.in_dienst}.`,
    });
  }
  if (d.uit_dienst !== null && tot > d.uit_dienst) {
    problemen.push({
      veld: velden.tot,
      code: 'na-uit-dienst',
      melding: `De medewerker is uit dienst per ${d.uit_dienst}.`,
    });
  }
  return problemen;
}

/**
 * Every problem with putting the medewerker to work in the range. The contract check reports only
 * when the employment is right, and the team check only when both are: the user hears the first
 * cause, not what follows from it (outside the employment there are no contract hours either).
 */
export function toetsInzet(t: InzetToets): Probleem[] {
  const problemen = toetsDienstverband(t.dienstverband, t.van, t.tot);
  const zonderContract = t.weken.find((w) => !geldendInWeek(t.contracturen, w));
  if (zonderContract && problemen.length === 0) {
    problemen.push({
      veld: 'vanWeek',
      code: 'geen-contract',
      melding: `In week ${zonderContract.sleutel} gelden geen contracturen.`,
    });
  }
  if (problemen.length === 0) problemen.push(...toetsTeam(t.lidmaatschappen, t.weken, t.team));
  return problemen;
}

function toetsTeam(lidmaatschappen: readonly Teamlid[], weken: readonly Week[], eis: TeamEis): Probleem[] {
  if (eis.soort === 'basisteam') {
    const eerste = weken[0]!;
    if (geldendInWeek(lidmaatschappen, eerste)) return [];
    return [
      {
        veld: 'medewerkerId',
        code: 'geen-team',
        melding: `De medewerker hoort in week ${eerste.sleutel} bij geen basisteam.`,
      },
    ];
  }
  // In the team on the Monday or on the Friday: a move mid-week leaves the week to both teams.
  const buitenTeam = weken.find(
    (w) =>
      geldendOp(lidmaatschappen, w.van)?.team_id !== eis.teamId &&
      geldendOp(lidmaatschappen, plusDagen(w.van, 4))?.team_id !== eis.teamId,
  );
  if (!buitenTeam) return [];
  return [
    {
      veld: 'medewerkerId',
      code: 'buiten-team',
      melding: `De medewerker hoort in week ${buitenTeam.sleutel} niet bij het team van dit resultaatdoel.`,
    },
  ];
}

import { type IsoDatum, plusDagen } from './datum';
import { geldendOp, overlapt, type Periode } from './periode';
import type { Probleem } from './probleem';

/**
 * Leadership over time. A basisteam has a teamleider on every date it exists, from the date its
 * leadership was first recorded (earlier history is not invented), and the organisation has at most
 * one gemeentesecretaris at a time. A team's `opgehevenOp` is the first day it no longer exists, so
 * its leadership ends the day before.
 */

/** The last day a team exists: the day before it is dissolved (null: it is not dissolved). */
export function laatsteTeamdag(opgehevenOp: IsoDatum | null): IsoDatum | null {
  return opgehevenOp === null ? null : plusDagen(opgehevenOp, -1);
}

/**
 * The first day in [van, tot] (tot null: no end) on which the team still exists and none of the
 * teamleiders is in force; null when every such day is covered. The teamleiders of one team never
 * overlap (an exclusion constraint), so the walk jumps from the end of one to the next day.
 */
export function eersteDagZonderTeamleider(
  teamleiders: readonly Periode[],
  van: IsoDatum,
  tot: IsoDatum | null,
  opgehevenOp: IsoDatum | null,
): IsoDatum | null {
  let dag = van;
  // Each step moves past the end of one period, so the loop runs at most once per period (+1).
  for (let stap = 0; stap <= teamleiders.length; stap++) {
    if (opgehevenOp !== null && dag >= opgehevenOp) return null;
    if (tot !== null && dag > tot) return null;
    const leider = geldendOp(teamleiders, dag);
    if (!leider) return dag;
    if (leider.einddatum === null) return null;
    dag = plusDagen(leider.einddatum, 1);
  }
  return null;
}

/** Every stretch without a teamleider from the first recorded leadership until the team ends. */
export function periodenZonderTeamleider(
  teamleiders: readonly Periode[],
  opgehevenOp: IsoDatum | null,
): Periode[] {
  if (teamleiders.length === 0) return [];
  const gesorteerd = [...teamleiders].sort((a, b) => (a.ingangsdatum < b.ingangsdatum ? -1 : 1));
  const gaten: Periode[] = [];
  let dag: IsoDatum | null = gesorteerd[0]!.ingangsdatum;
  while (dag !== null) {
    const gat = eersteDagZonderTeamleider(gesorteerd, dag, null, opgehevenOp);
    if (gat === null) break;
    const volgende = gesorteerd.find((p) => p.ingangsdatum > gat);
    const eindeTeam = laatsteTeamdag(opgehevenOp);
    const eind = volgende ? plusDagen(volgende.ingangsdatum, -1) : eindeTeam;
    gaten.push({
      ingangsdatum: gat,
      einddatum: eind !== null && eindeTeam !== null && eindeTeam < eind ? eindeTeam : eind,
    });
    dag = volgende ? volgende.ingangsdatum : null;
  }
  return gaten;
}

/** A leadership as the rules need it: its id, period, and the person's name for the messages. */
export interface Leiding extends Periode {
  id: string;
  naam: string;
}

/**
 * Ending a teamleider's leadership on `einddatum` (optionally with a successor from the next day):
 * the problem when the basisteam would be without a teamleider from some date while it still exists.
 * Only the days the change gives up are checked ([einddatum + 1, the old end]): a gap already in the
 * history is not this change's doing.
 */
export function teamZonderTeamleiderProblemen(opties: {
  teamNaam: string;
  teamleiders: readonly Leiding[];
  leiderschapId: string;
  einddatum: IsoDatum;
  opvolgerVanaf: IsoDatum | null;
  opgehevenOp: IsoDatum | null;
}): Probleem[] {
  const huidig = opties.teamleiders.find((l) => l.id === opties.leiderschapId);
  if (!huidig) return [];
  const na: Periode[] = opties.teamleiders.map((l) =>
    l.id === opties.leiderschapId ? { ingangsdatum: l.ingangsdatum, einddatum: opties.einddatum } : l,
  );
  if (opties.opvolgerVanaf !== null) na.push({ ingangsdatum: opties.opvolgerVanaf, einddatum: null });
  const vanaf = eersteDagZonderTeamleider(
    na,
    plusDagen(opties.einddatum, 1),
    huidig.einddatum,
    opties.opgehevenOp,
  );
  if (vanaf === null) return [];
  return [
    {
      veld: 'einddatum',
      code: 'team-zonder-teamleider',
      melding:
        `Team ${opties.teamNaam} heeft vanaf ${vanaf} geen teamleider meer. ` +
        `Noem in hetzelfde verzoek een opvolger (vanaf ${vanaf}), of hef het team eerst op per ${vanaf} of eerder.`,
    },
  ];
}

/**
 * At most one gemeentesecretaris at a time: the problem when `nieuw` overlaps the term of another
 * one. The caller passes the other terms as they will be after the request (one ended in the same
 * request with its new end).
 */
export function gemeentesecretarisProblemen(
  bestaand: readonly Leiding[],
  nieuw: Periode,
  veld = 'gemeentesecretaris',
): Probleem[] {
  const ander = bestaand.find((l) => overlapt(l, nieuw));
  if (!ander) return [];
  const termijn = ander.einddatum
    ? `van ${ander.ingangsdatum} tot en met ${ander.einddatum}`
    : `sinds ${ander.ingangsdatum}`;
  return [
    {
      veld,
      code: 'al-gemeentesecretaris',
      melding:
        `${ander.naam} is ${termijn} gemeentesecretaris, en er is één gemeentesecretaris tegelijk. ` +
        (ander.einddatum
          ? `Laat dit leiderschap na ${ander.einddatum} ingaan.`
          : 'Beëindig dat leiderschap met deze persoon als opvolger.'),
    },
  ];
}

/** "A, B en C", or "A, B, C en 4 anderen" beyond `hoogstens` names. */
export function opsomming(namen: readonly string[], hoogstens = 3): string {
  if (namen.length <= 1) return namen.join('');
  if (namen.length <= hoogstens) return `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
  const rest = namen.length - hoogstens;
  return `${namen.slice(0, hoogstens).join(', ')} en ${rest} ${rest === 1 ? 'ander' : 'anderen'}`;
}

/** Dissolving a team per `opgehevenOp` while people are still members on or after that day. */
export function ledenNaOpheffenProblemen(
  teamNaam: string,
  opgehevenOp: IsoDatum,
  namen: readonly string[],
): Probleem[] {
  if (namen.length === 0) return [];
  const wie = namen.length === 1 ? `1 lid: ${namen[0]}` : `${namen.length} leden: ${opsomming(namen)}`;
  return [
    {
      veld: 'opgehevenOp',
      code: 'heeft-leden',
      melding: `Team ${teamNaam} heeft op of na ${opgehevenOp} nog ${wie}. Verplaats hen eerst naar een ander team.`,
    },
  ];
}

/**
 * Dissolving a team later than planned, or not at all (`nieuwOpgehevenOp` null), makes it exist on
 * days its leadership was ended for: refused when a teamleider is then missing.
 */
export function heropenenProblemen(opties: {
  teamNaam: string;
  teamleiders: readonly Periode[];
  oudOpgehevenOp: IsoDatum;
  nieuwOpgehevenOp: IsoDatum | null;
}): Probleem[] {
  if (opties.teamleiders.length === 0) return [];
  if (opties.nieuwOpgehevenOp !== null && opties.nieuwOpgehevenOp <= opties.oudOpgehevenOp) return [];
  const vanaf = eersteDagZonderTeamleider(
    opties.teamleiders,
    opties.oudOpgehevenOp,
    null,
    opties.nieuwOpgehevenOp,
  );
  if (vanaf === null) return [];
  return [
    {
      veld: 'opgehevenOp',
      code: 'team-zonder-teamleider',
      melding:
        `Team ${opties.teamNaam} zou vanaf ${vanaf} bestaan zonder teamleider: het leiderschap eindigde ` +
        `met de opheffing. Hef het team uiterlijk per ${vanaf} op.`,
    },
  ];
}

/** A leadership that would only start once the team no longer exists cannot be ended before it. */
export function leidingNaOpheffenProblemen(leidingen: readonly Leiding[], opgehevenOp: IsoDatum): Probleem[] {
  const later = leidingen.filter((l) => l.ingangsdatum >= opgehevenOp);
  if (later.length === 0) return [];
  return [
    {
      veld: 'opgehevenOp',
      code: 'leiding-na-opheffen',
      melding: `${opsomming(later.map((l) => `${l.naam} (vanaf ${l.ingangsdatum})`))} zou het team pas leiden nadat het is opgeheven. Kies een latere datum.`,
    },
  ];
}

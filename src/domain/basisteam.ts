import { type IsoDatum, laatste, plusDagen } from './datum';
import { overlapt, type Periode } from './periode';
import type { Probleem } from './probleem';

/**
 * One team on every date. A medewerker in service belongs on every day of the employment to exactly
 * one team: a basisteam, through which they have one line manager — or, for those who lead, the
 * directie. A write may move someone (end here, start there the next day, in one request) but never
 * leave a day without a team (a gap) or with two (an overlap).
 *
 * The directie is not a basisteam. Who belongs there is decided by the organisation through the
 * leadership it records: a medewerker may be placed in a team of soort `directie` only on a date they
 * hold a leadership role (directeur or teamleider, src/db leiderschap). That is the rule the data can
 * state honestly; staff of the directie without a leadership role belong to a basisteam.
 */

export type Teamsoort = 'basisteam' | 'directie';

export interface Dienstverband {
  inDienst: IsoDatum;
  uitDienst: IsoDatum | null;
}

/** A stretch of days, both ends inclusive; tot null = open ended. */
export interface Gat {
  van: IsoDatum;
  tot: IsoDatum | null;
}

/** The stretches of the employment not covered by any membership, in order. */
export function gatenInLidmaatschap(lidmaatschappen: readonly Periode[], dienst: Dienstverband): Gat[] {
  const gaten: Gat[] = [];
  const eind = dienst.uitDienst;
  let cursor: IsoDatum | null = dienst.inDienst;
  const gesorteerd = [...lidmaatschappen].sort((a, b) => a.ingangsdatum.localeCompare(b.ingangsdatum));
  for (const p of gesorteerd) {
    if (cursor === null || (eind !== null && cursor > eind)) break;
    if (p.ingangsdatum > cursor) {
      const tot = plusDagen(p.ingangsdatum, -1);
      gaten.push({ van: cursor, tot: eind !== null && eind < tot ? eind : tot });
    }
    if (p.einddatum === null) cursor = null;
    else {
      const volgende = plusDagen(p.einddatum, 1);
      if (volgende > cursor) cursor = volgende;
    }
  }
  if (cursor !== null && (eind === null || cursor <= eind)) gaten.push({ van: cursor, tot: eind });
  return gaten;
}

/** The days of `a` that are not in any of `b`. */
function zonder(a: Gat, b: readonly Gat[]): Gat[] {
  let rest: Gat[] = [a];
  for (const weg of b) {
    rest = rest.flatMap((r) => {
      if (!overlapt(alsPeriode(r), alsPeriode(weg))) return [r];
      const stukken: Gat[] = [];
      if (r.van < weg.van) stukken.push({ van: r.van, tot: plusDagen(weg.van, -1) });
      if (weg.tot !== null && (r.tot === null || r.tot > weg.tot))
        stukken.push({ van: plusDagen(weg.tot, 1), tot: r.tot });
      return stukken;
    });
  }
  return rest;
}

const alsPeriode = (g: Gat): Periode => ({ ingangsdatum: g.van, einddatum: g.tot });

/**
 * The gaps a write would open: days of the employment without a team after it that had one before.
 * Gaps already in the history stay a matter for the overview's signals, not a reason to refuse
 * an unrelated change.
 */
export function nieuweGaten(voor: readonly Periode[], na: readonly Periode[], dienst: Dienstverband): Gat[] {
  const bestaand = gatenInLidmaatschap(voor, dienst);
  return gatenInLidmaatschap(na, dienst).flatMap((g) => zonder(g, bestaand));
}

/** Pairs of memberships that share a day. */
export function overlappingen<T extends Periode>(lidmaatschappen: readonly T[]): [T, T][] {
  const paren: [T, T][] = [];
  lidmaatschappen.forEach((a, i) => {
    for (const b of lidmaatschappen.slice(i + 1)) if (overlapt(a, b)) paren.push([a, b]);
  });
  return paren;
}

export function beschrijfGat(g: Gat): string {
  return g.tot === null
    ? `vanaf ${g.van}`
    : g.van === g.tot
      ? `op ${g.van}`
      : `van ${g.van} tot en met ${g.tot}`;
}

/**
 * Every problem with the memberships a write leaves behind: new gaps and any overlap, naming the
 * person and the dates. `veld` is the request field that caused it.
 */
export function toetsEenBasisteam(
  naam: string,
  dienst: Dienstverband,
  voor: readonly Periode[],
  na: readonly Periode[],
  veld: string,
): Probleem[] {
  const problemen: Probleem[] = nieuweGaten(voor, na, dienst).map((g) => ({
    veld,
    code: 'zonder-team',
    melding:
      `Hierdoor zou ${naam} ${beschrijfGat(g)} in geen enkel team zitten, terwijl ${naam} dan in dienst is. ` +
      'Noem het volgende team (een teamwissel), of beëindig het lidmaatschap op de datum uit dienst.',
  }));
  for (const [a, b] of overlappingen(na)) {
    const van = laatste(a.ingangsdatum, b.ingangsdatum) ?? a.ingangsdatum;
    // The earlier end; null (open) only when both are open.
    const einden = [a.einddatum, b.einddatum].filter((d): d is IsoDatum => d !== null).sort();
    const tot = einden[0] ?? null;
    problemen.push({
      veld,
      code: 'twee-teams',
      melding: `Hierdoor zou ${naam} ${beschrijfGat({ van, tot })} in twee teams tegelijk zitten; een medewerker hoort op elke datum bij precies één team.`,
    });
  }
  return problemen;
}

/**
 * Whether a medewerker may join a team of this soort on a date: a basisteam always, the directie only
 * while leading (directeur or teamleider) on that date.
 */
export function toetsTeamsoort(
  soort: Teamsoort,
  teamNaam: string,
  naam: string,
  datum: IsoDatum,
  leidtOpDatum: boolean,
  veld = 'teamId',
): Probleem[] {
  if (soort === 'basisteam' || leidtOpDatum) return [];
  return [
    {
      veld,
      code: 'geen-basisteam',
      melding:
        `${teamNaam} is geen basisteam: alleen wie leiding geeft (directeur of teamleider) hoort bij de directie. ` +
        `${naam} heeft op ${datum} geen leidinggevende rol; kies een basisteam, of leg eerst de leidinggevende rol vast.`,
    },
  ];
}

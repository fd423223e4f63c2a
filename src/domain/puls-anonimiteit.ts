/**
 * Anonymity of the pulsmeting (issue 14, item 5): which aggregates may be published.
 *
 * Works councils accept five as the smallest group whose figures do not point at a person, so no
 * published aggregate rests on fewer answers. Other modules (the werkdruksignaal) import this
 * constant: a team's pulse figure counts only from this many answers.
 */
export const MIN_GROEPSGROOTTE = 5;

/**
 * Open answers are text: a sentence can give its writer away more easily than a score, so they need
 * a larger crowd (domain.md: default 8), and they are shown only for the organisation as a whole.
 */
export const MIN_OPEN_ANTWOORDEN = 8;

/** The Likert scale of every pulse question: 1 (helemaal oneens) … 5 (helemaal eens). */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

/** The four standard questions a new round starts with; P&O may edit their wording. */
export const STANDAARD_VRAGEN: readonly { code: string; tekst: string }[] = [
  // Higher means MORE pressure here (the werkdruksignaal reads it that way); higher is better elsewhere.
  { code: 'werkdruk', tekst: 'Ik ervaar een hoge werkdruk.' },
  { code: 'energie', tekst: 'Ik heb voldoende energie voor mijn werk.' },
  { code: 'steun', tekst: 'Ik voel me gesteund door mijn leidinggevende.' },
  { code: 'plezier', tekst: 'Ik heb plezier in mijn werk.' },
];

/** A group of answers: a team (its id), or `null` for those without a basisteam on the day. */
export interface Groep {
  sleutel: string | null;
  aantal: number;
}

export interface Publicatie {
  /** The organisation total, or false when it rests on fewer than the minimum. */
  organisatie: boolean;
  /** Groups published on their own, each with at least the minimum. */
  apart: (string | null)[];
  /** Groups merged into "overig"; published as one figure when `overigGepubliceerd`. */
  overig: (string | null)[];
  overigGepubliceerd: boolean;
}

/**
 * Which figures of one round may be published: the organisation total and its groups (teams).
 *
 * The construction: the published groups plus "overig" always form a PARTITION of all answers, each
 * part with at least MIN_GROEPSGROOTTE answers. A group below the minimum (and the answers without a
 * basisteam) goes into "overig"; when "overig" itself then holds 1..4 answers, the smallest
 * published group is moved in too, and again, until it holds enough. Then every figure one can make
 * by subtracting published figures from another (the total minus some teams, the total minus all
 * teams and overig, ...) is a union of whole parts, so it holds 0 or at least the minimum answers:
 * no subtraction reveals a small group. Without that last step "total minus all published teams"
 * would be exactly the small remainder.
 *
 * When the total is below the minimum nothing is published. When every group ends up in "overig",
 * "overig" is the total itself and is not shown twice.
 *
 * Readers see a SUBSET of this one publication (a teamleider their own teams and the total), never
 * a publication computed for them: a subset of a safe set stays safe, also when roles compare notes.
 */
export function bepaalPublicatie(groepen: readonly Groep[], min = MIN_GROEPSGROOTTE): Publicatie {
  const ondergrens = Math.max(min, MIN_GROEPSGROOTTE);
  const metAntwoorden = groepen.filter((g) => g.aantal > 0);
  const totaal = metAntwoorden.reduce((s, g) => s + g.aantal, 0);
  if (totaal < ondergrens) return { organisatie: false, apart: [], overig: [], overigGepubliceerd: false };
  // Ascending by size (then key, so the outcome is the same on every call): the smallest go first.
  const oplopend = [...metAntwoorden].sort(
    (a, b) => a.aantal - b.aantal || String(a.sleutel).localeCompare(String(b.sleutel)),
  );
  const apart = oplopend.filter((g) => g.sleutel !== null && g.aantal >= ondergrens);
  const overig = oplopend.filter((g) => !apart.includes(g));
  let overigAantal = overig.reduce((s, g) => s + g.aantal, 0);
  while (overigAantal > 0 && overigAantal < ondergrens && apart.length > 0) {
    const kleinste = apart.shift()!;
    overig.push(kleinste);
    overigAantal += kleinste.aantal;
  }
  return {
    organisatie: true,
    apart: apart.map((g) => g.sleutel),
    overig: overig.map((g) => g.sleutel),
    overigGepubliceerd: overigAantal >= ondergrens && apart.length > 0,
  };
}

/** An open round shows how many answered, but only once that is at least the minimum. */
export function publiceerbaarAantal(aantal: number): number | null {
  return aantal >= MIN_GROEPSGROOTTE ? aantal : null;
}

/** The mean of a question's scores in a group, one decimal, as the results show it. */
export function gemiddelde(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10) / 10;
}

/**
 * Open answers in a random order (Fisher–Yates), so the order in which they are shown says nothing
 * about who wrote them or when. `random` is injectable for tests.
 */
export function schud<T>(lijst: readonly T[], random: () => number = Math.random): T[] {
  const uit = [...lijst];
  for (let i = uit.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [uit[i], uit[j]] = [uit[j]!, uit[i]!];
  }
  return uit;
}

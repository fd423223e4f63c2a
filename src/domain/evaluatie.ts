import type { IsoDatum } from './datum';
import type { Graaf } from './levenscyclus';
import type { Probleem } from './probleem';

/**
 * Evaluaties (issue 15, item 2): an evaluation moment of a phase or theme of the change programme,
 * of the organisation as a whole, or of an opgave, with the questions asked, the findings, and the
 * follow-up actions that get an owner and a date and are tracked to done.
 *
 * An evaluation is a concept while it is being written and becomes `vastgesteld` once: from then on
 * it stays readable exactly as it was (the database refuses changes, migration 0024). Only the
 * progress of its follow-up actions moves on.
 */
export const EVALUATIE_STATUSSEN = ['concept', 'vastgesteld'] as const;
export type EvaluatieStatus = (typeof EVALUATIE_STATUSSEN)[number];

export const EVALUATIE_GRAAF: Graaf<EvaluatieStatus> = {
  concept: ['vastgesteld'],
  vastgesteld: [],
};

export const ONDERWERP_SOORTEN = ['fase', 'thema', 'organisatie', 'opgave'] as const;
export type OnderwerpSoort = (typeof ONDERWERP_SOORTEN)[number];

export const BEVINDING_SOORTEN = ['sterk', 'verbeterpunt', 'risico'] as const;
export type BevindingSoort = (typeof BEVINDING_SOORTEN)[number];

/** A follow-up action is done or not; a mistaken "done" may be undone, so the graph goes both ways. */
export const ACTIE_STATUSSEN = ['open', 'gereed'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
export const ACTIE_GRAAF: Graaf<ActieStatus> = { open: ['gereed'], gereed: ['open'] };

/** Which foreign key belongs to which kind of subject (organisatie has none). */
export const ONDERWERP_VELD: Readonly<Record<OnderwerpSoort, 'faseId' | 'themaId' | 'opgaveId' | null>> = {
  fase: 'faseId',
  thema: 'themaId',
  organisatie: null,
  opgave: 'opgaveId',
};

export interface OnderwerpInvoer {
  soort: OnderwerpSoort;
  faseId?: string | null | undefined;
  themaId?: string | null | undefined;
  opgaveId?: string | null | undefined;
}

const ONDERWERP_NAAM: Record<OnderwerpSoort, string> = {
  fase: 'een fase',
  thema: 'een thema',
  organisatie: 'de organisatie als geheel',
  opgave: 'een opgave',
};

/** The subject names exactly the one thing its kind needs, and nothing else. */
export function onderwerpProblemen(o: OnderwerpInvoer): Probleem[] {
  const p: Probleem[] = [];
  const nodig = ONDERWERP_VELD[o.soort];
  for (const veld of ['faseId', 'themaId', 'opgaveId'] as const) {
    const gezet = o[veld] !== undefined && o[veld] !== null;
    if (veld === nodig && !gezet)
      p.push({
        veld: `onderwerp.${veld}`,
        code: 'verplicht',
        melding: `Kies ${ONDERWERP_NAAM[o.soort]} die wordt geëvalueerd.`,
      });
    if (veld !== nodig && gezet)
      p.push({
        veld: `onderwerp.${veld}`,
        code: 'niet-van-toepassing',
        melding: `Een evaluatie van ${ONDERWERP_NAAM[o.soort]} verwijst niet naar ${veld === 'faseId' ? 'een fase' : veld === 'themaId' ? 'een thema' : 'een opgave'}; laat dit veld weg.`,
      });
  }
  return p;
}

export interface EvaluatieInhoud {
  datum: IsoDatum;
  samenvatting: string;
  vragen: readonly { vraag: string; antwoord: string }[];
  bevindingen: readonly { tekst: string }[];
  acties: readonly { omschrijving: string; datum: IsoDatum }[];
}

const leeg = (x: string) => x.trim() === '';

/**
 * What an evaluation must hold before it is vastgesteld, every gap at once: it has been held (its
 * date is not in the future), it says what it concluded (a summary and at least one finding), every
 * question asked has its answer, and no follow-up action is due before the evaluation itself.
 */
export function vaststellingsProblemen(e: EvaluatieInhoud, vandaag: IsoDatum): Probleem[] {
  const p: Probleem[] = [];
  if (e.datum > vandaag)
    p.push({
      veld: 'datum',
      code: 'toekomst',
      melding: 'Stel een evaluatie vast nadat ze is gehouden; de datum ligt nog in de toekomst.',
    });
  if (leeg(e.samenvatting))
    p.push({
      veld: 'samenvatting',
      code: 'verplicht',
      melding: 'Vat de uitkomst van de evaluatie samen.',
    });
  if (e.bevindingen.length === 0)
    p.push({
      veld: 'bevindingen',
      code: 'verplicht',
      melding: 'Leg ten minste één bevinding vast.',
    });
  e.vragen.forEach((v, i) => {
    if (leeg(v.antwoord))
      p.push({
        veld: `vragen[${i}].antwoord`,
        code: 'verplicht',
        melding: `Beantwoord de vraag ‘${v.vraag}’, of haal haar weg.`,
      });
  });
  e.acties.forEach((a, i) => {
    if (a.datum < e.datum)
      p.push({
        veld: `acties[${i}].datum`,
        code: 'te-vroeg',
        melding: `De actie ‘${a.omschrijving}’ kan niet eerder klaar moeten zijn dan de evaluatie zelf.`,
      });
  });
  return p;
}

/** An action is overdue when it is still open after its date. */
export function isVerlopen(a: { status: ActieStatus; datum: IsoDatum }, vandaag: IsoDatum): boolean {
  return a.status === 'open' && a.datum < vandaag;
}

/** The open actions that are overdue, the longest overdue first. */
export function verlopenActies<T extends { status: ActieStatus; datum: IsoDatum }>(
  acties: readonly T[],
  vandaag: IsoDatum,
): T[] {
  return acties.filter((a) => isVerlopen(a, vandaag)).sort((x, y) => x.datum.localeCompare(y.datum));
}

/** The fields of an action a change touches, other than its progress. */
export type ActieInhoudVeld = 'omschrijving' | 'eigenaarMedewerkerId' | 'datum';

/**
 * After vaststelling only an action's progress changes (the evaluation stays as it was); while a
 * concept, anything may. Returns the fields that may not change now.
 */
export function geweigerdeActieVelden(
  evaluatieStatus: EvaluatieStatus,
  gewijzigd: readonly ActieInhoudVeld[],
): ActieInhoudVeld[] {
  return evaluatieStatus === 'vastgesteld' ? [...gewijzigd] : [];
}

/** What to do next, in words, for a 409 on a vastgestelde evaluation. */
export function watNu(status: EvaluatieStatus): string {
  return status === 'vastgesteld'
    ? 'Deze evaluatie is vastgesteld en blijft zoals ze is. Houd een nieuwe evaluatie om het beeld bij te stellen; de voortgang van de vervolgacties kunt u wel bijhouden.'
    : 'Stel de evaluatie vast als ze compleet is.';
}

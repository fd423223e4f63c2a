import type { IsoDatum } from './datum';
import type { Graaf } from './levenscyclus';
import type { Probleem } from './probleem';

/**
 * The raadsbrief (issue 15, item 5): the college informs the gemeenteraad. The lifecycle is data:
 * concept (the directie composes; sections and the snapshot may change) → vastgesteld (the college
 * approved it: sections and snapshot are frozen) → verzonden (sent to the raad: nothing changes any
 * more, the documents are stored as sent). No way back: a letter the college approved that must
 * change is a new letter, as a griffie would number it.
 */
export const RAADSBRIEF_STATUSSEN = ['concept', 'vastgesteld', 'verzonden'] as const;
export type RaadsbriefStatus = (typeof RAADSBRIEF_STATUSSEN)[number];

export const RAADSBRIEF_GRAAF: Graaf<RaadsbriefStatus> = {
  concept: ['vastgesteld'],
  vastgesteld: ['verzonden'],
  verzonden: [],
};

/** The editable sections, in the order of the letter. */
export const RAADSBRIEF_SECTIES = [
  'aanleiding',
  'kernboodschap',
  'toelichting',
  'vervolg',
  'bijlagen',
] as const;
export type RaadsbriefSectie = (typeof RAADSBRIEF_SECTIES)[number];

export const SECTIE_MAX: Record<RaadsbriefSectie | 'onderwerp' | 'portefeuillehouder', number> = {
  onderwerp: 300,
  aanleiding: 8000,
  kernboodschap: 8000,
  toelichting: 20000,
  vervolg: 8000,
  bijlagen: 4000,
  portefeuillehouder: 200,
};

/** Sections and the snapshot change only while the letter is a concept. */
export const isBewerkbaar = (s: RaadsbriefStatus): boolean => s === 'concept';
/** A refreshed snapshot after approval would change what the college approved. */
export const magMomentopnameVernieuwen = (s: RaadsbriefStatus): boolean => s === 'concept';

export interface RaadsbriefInhoud {
  onderwerp: string;
  aanleiding: string;
  kernboodschap: string;
  toelichting: string;
  vervolg: string;
  bijlagen: string;
  portefeuillehouder: string;
  datum: IsoDatum | null;
  heeftMomentopname: boolean;
}

const leeg = (x: string) => x.trim() === '';

/**
 * What the college needs before approving, every gap at once: the letter says why (aanleiding) and
 * what (kernboodschap), names the portefeuillehouder who signs it, carries a date, and cites a
 * snapshot for its figures. Toelichting, vervolg and bijlagen may be empty.
 */
export function vaststellingsProblemen(i: RaadsbriefInhoud): Probleem[] {
  const p: Probleem[] = [];
  const eis = (ok: boolean, veld: string, melding: string) => {
    if (!ok) p.push({ veld, code: 'verplicht', melding });
  };
  eis(!leeg(i.onderwerp), 'onderwerp', 'Geef de brief een onderwerp.');
  eis(!leeg(i.aanleiding), 'aanleiding', 'Beschrijf de aanleiding van de brief.');
  eis(!leeg(i.kernboodschap), 'kernboodschap', 'Schrijf de kernboodschap aan de raad.');
  eis(!leeg(i.portefeuillehouder), 'portefeuillehouder', 'Noem de portefeuillehouder die de brief tekent.');
  eis(i.datum !== null, 'datum', 'Geef de brief een datum.');
  eis(
    i.heeftMomentopname,
    'momentopname',
    'Maak eerst een momentopname: de cijfers in de brief komen daaruit.',
  );
  return p;
}

/** The date of sending: not before the approval (a letter is sent after the college approved it). */
export function verzendProblemen(vastgesteldOp: IsoDatum, verzondenOp: IsoDatum): Probleem[] {
  return verzondenOp < vastgesteldOp
    ? [
        {
          veld: 'verzondenOp',
          code: 'voor-vaststelling',
          melding: `De brief is op ${vastgesteldOp} vastgesteld; hij kan niet eerder zijn verzonden.`,
        },
      ]
    : [];
}

/** What to do next, in words, for a 409 on a step the graph does not allow. */
export function watNu(status: RaadsbriefStatus): string {
  if (status === 'concept') return 'Laat de brief eerst vaststellen door het college.';
  if (status === 'vastgesteld')
    return 'De brief is vastgesteld; alleen verzenden kan nog. Moet de tekst anders, maak dan een nieuwe brief.';
  return 'De brief is verzonden en verandert niet meer; maak zo nodig een nieuwe brief.';
}

/** RB-<jaar>-<volgnummer, four digits at least>. */
export function raadsbriefNummer(jaar: number, volgnummer: number): string {
  return `RB-${jaar}-${String(volgnummer).padStart(4, '0')}`;
}

/** The citable number of a snapshot: the letter's number and the snapshot's sequence within it. */
export function momentopnameNummer(documentnummer: string, volgnummer: number): string {
  return `${documentnummer}-M${volgnummer}`;
}

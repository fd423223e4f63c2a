import type { IsoDatum } from './datum';
import type { Graaf } from './levenscyclus';
import type { AdviesUitkomst, InstemmingUitkomst, OrVerzoekSoort } from './or-termijnen';
import type { Probleem } from './probleem';

/**
 * The OR-dossier (issue 15, item 4): a request of the directie to the ondernemingsraad for advice
 * (WOR art. 25), consent (art. 27) or information, the OR's answer and the directie's decision.
 * The lifecycle is data, one graph per kind: an advice request waits for the advice, a consent
 * request for consent given or refused, an information request for nothing.
 */
export const OR_VERZOEK_SOORTEN = [
  'advies',
  'instemming',
  'informatie',
] as const satisfies readonly OrVerzoekSoort[];
export const ADVIES_UITKOMSTEN = [
  'positief',
  'negatief',
  'voorwaardelijk',
] as const satisfies readonly AdviesUitkomst[];
export const INSTEMMING_UITKOMSTEN = [
  'gegeven',
  'geweigerd',
] as const satisfies readonly InstemmingUitkomst[];

export const OR_VERZOEK_STATUSSEN = [
  'concept',
  'ingediend',
  'advies-uitgebracht',
  'instemming-gegeven',
  'instemming-geweigerd',
  'besluit-genomen',
  'ingetrokken',
] as const;
export type OrVerzoekStatus = (typeof OR_VERZOEK_STATUSSEN)[number];

const GEEN: readonly OrVerzoekStatus[] = [];

/**
 * Per kind the steps allowed. An advice request needs the advice before the decision (art. 25 lid
 * 2: advice is asked so it can influence the decision). A consent request may end in a decision
 * without consent: recorded as such, it cannot be carried out and the OR may invoke nullity (the
 * dates in or-termijnen.ts). Withdrawing is possible until the decision.
 */
export const OR_VERZOEK_GRAAF: Readonly<Record<OrVerzoekSoort, Graaf<OrVerzoekStatus>>> = {
  advies: {
    concept: ['ingediend', 'ingetrokken'],
    ingediend: ['advies-uitgebracht', 'ingetrokken'],
    'advies-uitgebracht': ['besluit-genomen', 'ingetrokken'],
    'instemming-gegeven': GEEN,
    'instemming-geweigerd': GEEN,
    'besluit-genomen': GEEN,
    ingetrokken: GEEN,
  },
  instemming: {
    concept: ['ingediend', 'ingetrokken'],
    ingediend: ['instemming-gegeven', 'instemming-geweigerd', 'besluit-genomen', 'ingetrokken'],
    'advies-uitgebracht': GEEN,
    'instemming-gegeven': ['besluit-genomen', 'ingetrokken'],
    'instemming-geweigerd': ['besluit-genomen', 'ingetrokken'],
    'besluit-genomen': GEEN,
    ingetrokken: GEEN,
  },
  informatie: {
    concept: ['ingediend', 'ingetrokken'],
    ingediend: ['besluit-genomen', 'ingetrokken'],
    'advies-uitgebracht': GEEN,
    'instemming-gegeven': GEEN,
    'instemming-geweigerd': GEEN,
    'besluit-genomen': GEEN,
    ingetrokken: GEEN,
  },
};

/** The status the OR's answer leads to. */
export function statusNaReactie(
  soort: OrVerzoekSoort,
  uitkomst: AdviesUitkomst | InstemmingUitkomst,
): OrVerzoekStatus | null {
  if (soort === 'advies' && (ADVIES_UITKOMSTEN as readonly string[]).includes(uitkomst))
    return 'advies-uitgebracht';
  if (soort === 'instemming' && uitkomst === 'gegeven') return 'instemming-gegeven';
  if (soort === 'instemming' && uitkomst === 'geweigerd') return 'instemming-geweigerd';
  return null;
}

/** What to do next, in words, for a 409 on a step the graph does not allow. */
export function watNu(soort: OrVerzoekSoort, status: OrVerzoekStatus): string {
  if (status === 'concept') return 'Dien het verzoek eerst in bij de OR.';
  if (status === 'ingediend' && soort === 'advies')
    return 'Wacht op het advies van de OR; leg dat eerst vast.';
  if (status === 'ingediend' && soort === 'instemming')
    return 'Wacht op de instemming van de OR, of leg het besluit vast (zonder instemming is het niet uitvoerbaar).';
  if (status === 'besluit-genomen') return 'Het besluit is genomen; het verzoek kan niet meer veranderen.';
  if (status === 'ingetrokken') return 'Het verzoek is ingetrokken; maak zo nodig een nieuw verzoek.';
  return 'Leg het besluit vast, of trek het verzoek in.';
}

export interface OrVerzoekInhoud {
  soort: OrVerzoekSoort;
  onderwerp: string;
  aanleiding: string | null;
  voorgenomenBesluit: string | null;
  personeleGevolgen: string | null;
  reactieGevraagdVoor: IsoDatum | null;
}

const leeg = (x: string | null | undefined) => !x || x.trim() === '';

/**
 * What a verzoek must hold before it goes to the OR, every gap at once. Art. 25 lid 3: the request
 * states the reasons, the intended decision and the consequences for staff; art. 46d sub b: the
 * OR's rights attach to the consequences for staff, so those are required.
 */
export function indieningsProblemen(i: OrVerzoekInhoud, vandaag: IsoDatum): Probleem[] {
  const p: Probleem[] = [];
  const eis = (ok: boolean, veld: string, melding: string, code = 'verplicht') => {
    if (!ok) p.push({ veld, code, melding });
  };
  eis(
    !leeg(i.aanleiding),
    'aanleiding',
    'Beschrijf de aanleiding en de beweegredenen van het voorgenomen besluit.',
  );
  eis(!leeg(i.voorgenomenBesluit), 'voorgenomenBesluit', 'Beschrijf het voorgenomen besluit.');
  eis(
    !leeg(i.personeleGevolgen),
    'personeleGevolgen',
    'Beschrijf de gevolgen voor het personeel (art. 46d WOR: daar gaat het recht van de OR over).',
  );
  if (i.soort !== 'informatie') {
    eis(
      i.reactieGevraagdVoor !== null,
      'reactieGevraagdVoor',
      'Geef de datum waarvoor u de reactie van de OR vraagt.',
    );
    if (i.reactieGevraagdVoor !== null)
      eis(
        i.reactieGevraagdVoor > vandaag,
        'reactieGevraagdVoor',
        'De reactietermijn moet na vandaag liggen, zodat de OR tijd heeft om te reageren.',
        'te-vroeg',
      );
  }
  return p;
}

/** The decision's dates and the advice it follows or not. */
export function besluitProblemen(
  b: { datum: IsoDatum; orGeinformeerdOp: IsoDatum; volgtAdvies?: boolean | undefined },
  v: { soort: OrVerzoekSoort; ingediendOp: IsoDatum | null; reactieOp: IsoDatum | null },
  vandaag: IsoDatum,
): Probleem[] {
  const p: Probleem[] = [];
  if (v.ingediendOp && b.datum < v.ingediendOp)
    p.push({
      veld: 'datum',
      code: 'te-vroeg',
      melding: 'Het besluit kan niet vóór de indiening bij de OR liggen.',
    });
  if (v.reactieOp && b.datum < v.reactieOp)
    p.push({
      veld: 'datum',
      code: 'te-vroeg',
      melding: 'Het besluit kan niet vóór de reactie van de OR liggen.',
    });
  if (b.datum > vandaag)
    p.push({
      veld: 'datum',
      code: 'toekomst',
      melding: 'Leg een besluit vast als het genomen is, niet vooraf.',
    });
  if (b.orGeinformeerdOp < b.datum)
    p.push({
      veld: 'orGeinformeerdOp',
      code: 'te-vroeg',
      melding: 'De OR kan niet over het besluit zijn ingelicht vóórdat het genomen was.',
    });
  if (v.soort === 'advies' && b.volgtAdvies === undefined)
    p.push({
      veld: 'volgtAdvies',
      code: 'verplicht',
      melding: 'Geef aan of het besluit het advies van de OR volgt.',
    });
  return p;
}

/** A reaction of the OR must fit the kind of request. */
export function reactieProblemen(
  soort: OrVerzoekSoort,
  r: { advies?: AdviesUitkomst | undefined; instemming?: InstemmingUitkomst | undefined; datum: IsoDatum },
  ingediendOp: IsoDatum | null,
  vandaag: IsoDatum,
): Probleem[] {
  const p: Probleem[] = [];
  if (soort === 'advies' && !r.advies)
    p.push({
      veld: 'advies',
      code: 'verplicht',
      melding: 'Kies het advies: positief, negatief of voorwaardelijk.',
    });
  if (soort === 'advies' && r.instemming)
    p.push({
      veld: 'instemming',
      code: 'niet-van-toepassing',
      melding: 'Dit is een adviesaanvraag: geef een advies.',
    });
  if (soort === 'instemming' && !r.instemming)
    p.push({ veld: 'instemming', code: 'verplicht', melding: 'Kies: instemming gegeven of geweigerd.' });
  if (soort === 'instemming' && r.advies)
    p.push({
      veld: 'advies',
      code: 'niet-van-toepassing',
      melding: 'Dit is een instemmingsaanvraag: geef of weiger de instemming.',
    });
  if (ingediendOp && r.datum < ingediendOp)
    p.push({ veld: 'datum', code: 'te-vroeg', melding: 'De reactie kan niet vóór de indiening liggen.' });
  if (r.datum > vandaag)
    p.push({
      veld: 'datum',
      code: 'toekomst',
      melding: 'Leg de reactie vast op of na de dag dat ze is gegeven.',
    });
  return p;
}

/** Kinds of document a verzoek can point at: frozen things in Wendbaar, or a link elsewhere. */
export const OR_DOCUMENT_SOORTEN = ['voorstel', 'scenario', 'bestuursopdracht', 'link'] as const;
export type OrDocumentSoort = (typeof OR_DOCUMENT_SOORTEN)[number];

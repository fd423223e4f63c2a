import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BESTUURSOPDRACHT_GRAAF,
  BESTUURSOPDRACHT_STATUSSEN,
  type BestuursopdrachtInhoud,
  canoniekeJson,
  indieningsProblemen,
  isBewerkbaar,
  LEGE_INHOUD,
  verkenningProblemen,
  verschillen,
} from './bestuursopdracht';
import { controleerOvergang, OvergangNietToegestaanError } from './levenscyclus';
import { OPGAVE_GRAAF, OPGAVE_STATUSSEN, opgaveEisen, rolbepalingProblemen } from './opgave';

function bereikbaar<S extends string>(graaf: Record<S, readonly S[]>, start: S): Set<S> {
  const gezien = new Set<S>([start]);
  const rij = [start];
  while (rij.length > 0) {
    for (const n of graaf[rij.shift() as S]) {
      if (!gezien.has(n)) {
        gezien.add(n);
        rij.push(n);
      }
    }
  }
  return gezien;
}

describe('the lifecycles as graphs', () => {
  it('reach every state from the first one, and only the last state is final', () => {
    expect([...bereikbaar(OPGAVE_GRAAF, 'signalering')].sort()).toEqual([...OPGAVE_STATUSSEN].sort());
    expect([...bereikbaar(BESTUURSOPDRACHT_GRAAF, 'concept')].sort()).toEqual(
      [...BESTUURSOPDRACHT_STATUSSEN].sort(),
    );
    expect(OPGAVE_STATUSSEN.filter((s) => OPGAVE_GRAAF[s].length === 0)).toEqual(['afgerond']);
    expect(BESTUURSOPDRACHT_STATUSSEN.filter((s) => BESTUURSOPDRACHT_GRAAF[s].length === 0)).toEqual([
      'geevalueerd',
    ]);
  });

  it('lets only a concept or verkende opdracht be edited', () => {
    expect(BESTUURSOPDRACHT_STATUSSEN.filter(isBewerkbaar)).toEqual(['concept', 'verkend']);
  });

  it('refuses a step outside the graph and names the allowed ones', () => {
    try {
      controleerOvergang(BESTUURSOPDRACHT_GRAAF, 'vastgesteld', 'concept');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OvergangNietToegestaanError);
      expect((e as OvergangNietToegestaanError).toegestaan).toEqual(['in-uitvoering']);
      expect((e as Error).message).toBe(
        "Van 'vastgesteld' kan niet naar 'concept'. Wel mogelijk: 'in-uitvoering'.",
      );
    }
  });

  it('never leaves the graph, whatever steps are tried in whatever order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BESTUURSOPDRACHT_STATUSSEN), { maxLength: 60 }), (pogingen) => {
        let status: (typeof BESTUURSOPDRACHT_STATUSSEN)[number] = 'concept';
        for (const naar of pogingen) {
          const van = status;
          try {
            controleerOvergang(BESTUURSOPDRACHT_GRAAF, van, naar);
            status = naar;
          } catch {
            // refused: nothing changes
          }
          expect(status === van || BESTUURSOPDRACHT_GRAAF[van].includes(status)).toBe(true);
        }
      }),
    );
  });
});

const volledig: BestuursopdrachtInhoud = {
  titel: 'T',
  verkenning: {
    doel: 'd',
    wens: 'w',
    probleemEnOorzaak: 'p',
    beeldVanSucces: 'b',
    gewensteAanpak: 'g',
    collegeleden: ['Wethouder'],
  },
  doelstellingen: [{ omschrijving: 'o', indicator: null }],
  mijlpalen: [{ titel: 'm', datum: '2027-01-01' }],
  budget: [],
  rollen: { bestuurlijkOpdrachtgever: 'a', ambtelijkOpdrachtgever: 'b', opdrachtnemer: 'c', teams: [] },
  verantwoording: [{ moment: 'jaarstukken', omschrijving: 'x' }],
  besluitvormingsproces: 'proces',
};

describe('what a submission needs', () => {
  it('lists every missing field of an empty opdracht', () => {
    expect(indieningsProblemen({ titel: 'T', ...LEGE_INHOUD }, 0).map((p) => p.veld)).toEqual([
      'verkenning.doel',
      'verkenning.wens',
      'verkenning.probleemEnOorzaak',
      'verkenning.beeldVanSucces',
      'verkenning.gewensteAanpak',
      'verkenning.collegeleden',
      'doelstellingen',
      'mijlpalen',
      'mensenEnMiddelen',
      'rollen.bestuurlijkOpdrachtgever',
      'rollen.ambtelijkOpdrachtgever',
      'rollen.opdrachtnemer',
      'verantwoording',
      'besluitvormingsproces',
    ]);
  });

  it('accepts people or means, and counts blank text as missing', () => {
    expect(indieningsProblemen(volledig, 1)).toEqual([]);
    expect(
      indieningsProblemen(
        { ...volledig, budget: [{ begrotingsprogrammaId: 'x', bedrag: 1, toelichting: null }] },
        0,
      ),
    ).toEqual([]);
    expect(indieningsProblemen(volledig, 0).map((p) => p.veld)).toEqual(['mensenEnMiddelen']);
    expect(
      verkenningProblemen({ ...volledig, verkenning: { ...volledig.verkenning, wens: '   ' } }).map(
        (p) => p.veld,
      ),
    ).toEqual(['verkenning.wens']);
  });
});

describe('versions as canonical JSON and their differences', () => {
  const waarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    blad: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
    lijst: fc.array(tie('knoop'), { maxLength: 4 }),
    object: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('knoop'), { maxKeys: 5 }),
    knoop: fc.oneof({ depthSize: 'small' }, tie('blad'), tie('lijst'), tie('object')),
  })).knoop;

  it('gives the same bytes for the same content, whatever the order of the keys', () => {
    fc.assert(
      fc.property(waarde, (w) => {
        const omgekeerd = JSON.parse(JSON.stringify(w), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canoniekeJson(omgekeerd)).toBe(canoniekeJson(w));
        expect(JSON.parse(canoniekeJson(w))).toEqual(JSON.parse(JSON.stringify(w)));
      }),
    );
  });

  it('finds no differences between equal versions and finds a changed leaf', () => {
    fc.assert(
      fc.property(waarde, (w) => {
        expect(verschillen(w, structuredClone(w))).toEqual([]);
      }),
    );
    expect(verschillen(volledig, { ...volledig, mijlpalen: [{ titel: 'm', datum: '2027-02-01' }] })).toEqual([
      { veld: 'mijlpalen[0].datum', oud: '2027-01-01', nieuw: '2027-02-01' },
    ]);
  });
});

describe('opgave requirements', () => {
  const stand = {
    omschrijving: null,
    aantalStakeholders: 0,
    aantalBevindingen: 0,
    rolbepaling: 'geen' as const,
    strategie: null,
    aanpak: null,
    programmaregisseur: false,
    evaluatie: null,
  };
  it('names what each phase needs', () => {
    expect(opgaveEisen('verkenning', stand).map((p) => p.veld)).toEqual(['omschrijving']);
    expect(opgaveEisen('rolbepaling', stand).map((p) => p.veld)).toEqual(['stakeholders', 'bevindingen']);
    expect(opgaveEisen('aanpak', stand).map((p) => p.veld)).toEqual(['rolbepaling']);
    expect(opgaveEisen('uitvoering', stand).map((p) => p.veld)).toEqual([
      'strategie',
      'aanpak',
      'programmaregisseurMedewerkerId',
    ]);
    expect(opgaveEisen('afgerond', stand)).toEqual([]);
    expect(opgaveEisen('afgerond', { ...stand, rolbepaling: 'besloten' }).map((p) => p.veld)).toEqual([
      'evaluatie',
    ]);
    expect(rolbepalingProblemen('netwerkend', ['presterend', 'presterend']).map((p) => p.code)).toEqual([
      'dubbel',
    ]);
    expect(rolbepalingProblemen('netwerkend', ['presterend', 'participerend'])).toEqual([]);
  });
});

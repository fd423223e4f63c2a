import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { magOvergaan, volgendeStatussen } from './levenscyclus';
import {
  besluitProblemen,
  indieningsProblemen,
  OR_VERZOEK_GRAAF,
  OR_VERZOEK_SOORTEN,
  OR_VERZOEK_STATUSSEN,
  type OrVerzoekStatus,
  reactieProblemen,
  statusNaReactie,
} from './or-dossier';

describe('the lifecycle of an OR-verzoek', () => {
  it('waits for the advice before the decision of an advice request', () => {
    const g = OR_VERZOEK_GRAAF.advies;
    expect(magOvergaan(g, 'ingediend', 'besluit-genomen')).toBe(false);
    expect(magOvergaan(g, 'advies-uitgebracht', 'besluit-genomen')).toBe(true);
    expect(magOvergaan(g, 'ingediend', 'instemming-gegeven')).toBe(false);
  });

  it('allows a consent request to end in a decision without consent', () => {
    expect(magOvergaan(OR_VERZOEK_GRAAF.instemming, 'ingediend', 'besluit-genomen')).toBe(true);
    expect(magOvergaan(OR_VERZOEK_GRAAF.instemming, 'instemming-geweigerd', 'besluit-genomen')).toBe(true);
  });

  it('maps the answer to the status of its kind only', () => {
    expect(statusNaReactie('advies', 'voorwaardelijk')).toBe('advies-uitgebracht');
    expect(statusNaReactie('instemming', 'geweigerd')).toBe('instemming-geweigerd');
    expect(statusNaReactie('advies', 'gegeven')).toBeNull();
    expect(statusNaReactie('informatie', 'positief')).toBeNull();
  });

  it('property: every walk starts at concept, never returns to it, and ends for good', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OR_VERZOEK_SOORTEN),
        fc.array(fc.constantFrom(...OR_VERZOEK_STATUSSEN), { maxLength: 30 }),
        (soort, pogingen) => {
          const g = OR_VERZOEK_GRAAF[soort];
          let s: OrVerzoekStatus = 'concept';
          for (const naar of pogingen) if (magOvergaan(g, s, naar)) s = naar;
          for (const st of OR_VERZOEK_STATUSSEN) expect(volgendeStatussen(g, st)).not.toContain('concept');
          expect(volgendeStatussen(g, 'besluit-genomen')).toEqual([]);
          expect(volgendeStatussen(g, 'ingetrokken')).toEqual([]);
          expect(OR_VERZOEK_STATUSSEN).toContain(s);
        },
      ),
    );
  });
});

describe('what a verzoek needs before it goes to the OR', () => {
  it('lists every gap at once, personnel consequences included (art. 46d)', () => {
    const p = indieningsProblemen(
      {
        soort: 'advies',
        onderwerp: 'x',
        aanleiding: ' ',
        voorgenomenBesluit: null,
        personeleGevolgen: null,
        reactieGevraagdVoor: '2026-01-01',
      },
      '2026-06-01',
    );
    expect(p.map((x) => [x.veld, x.code])).toEqual([
      ['aanleiding', 'verplicht'],
      ['voorgenomenBesluit', 'verplicht'],
      ['personeleGevolgen', 'verplicht'],
      ['reactieGevraagdVoor', 'te-vroeg'],
    ]);
  });

  it('checks a reaction against the kind of request and a decision against its dates', () => {
    expect(
      reactieProblemen(
        'advies',
        { instemming: 'gegeven', datum: '2026-06-01' },
        '2026-05-01',
        '2026-06-01',
      ).map((p) => p.veld),
    ).toEqual(['advies', 'instemming']);
    expect(
      reactieProblemen(
        'instemming',
        { instemming: 'gegeven', datum: '2026-06-01' },
        '2026-05-01',
        '2026-06-01',
      ),
    ).toEqual([]);
    expect(
      besluitProblemen(
        { datum: '2026-06-01', orGeinformeerdOp: '2026-05-30' },
        { soort: 'advies', ingediendOp: '2026-05-01', reactieOp: '2026-06-02' },
        '2026-06-10',
      ).map((p) => p.veld),
    ).toEqual(['datum', 'orGeinformeerdOp', 'volgtAdvies']);
  });
});

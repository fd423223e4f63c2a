import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BESTUURSOPDRACHT_GRAAF, BESTUURSOPDRACHT_STATUSSEN } from '../domain/bestuursopdracht';
import { magOvergaan } from '../domain/levenscyclus';
import { OPGAVE_GRAAF, OPGAVE_STATUSSEN } from '../domain/opgave';
import { ROLLEN, type Rol } from '../domain/rol';
import { bestuursopdrachtMag, magNaarStatus, opgaveMag } from './dossier';

const beller = (rollen: Rol[]) => ({ rollen, totpNodig: false, totpVoldaan: true });

describe('abilities on a dossier', () => {
  it('offers a programmaregisseur the next phases of an opgave but only the directie its closing', () => {
    expect(opgaveMag(beller(['programmaregisseur']), 'evaluatie')).toEqual({
      wijzigen: true,
      stappen: ['uitvoering'],
      rolbepalingVoorstellen: false,
      rolbepalingBesluiten: false,
      rolbepalingBevestigen: false,
    });
    expect(opgaveMag(beller(['directeur']), 'evaluatie').stappen).toEqual(['afgerond', 'uitvoering']);
    expect(opgaveMag(beller(['programmaregisseur']), 'signalering').stappen).toEqual(
      OPGAVE_GRAAF.signalering.filter((s) => s !== 'afgerond'),
    );
    expect(opgaveMag(beller(['college']), 'signalering')).toMatchObject({ wijzigen: false, stappen: [] });
    expect(opgaveMag(beller(['directeur']), 'afgerond').wijzigen).toBe(false);
  });

  it('lets the college decide the rolbepaling and confirm a proposal, and the others only propose it', () => {
    expect(opgaveMag(beller(['programmaregisseur']), 'verkenning', 'voorgesteld')).toMatchObject({
      rolbepalingVoorstellen: true,
      rolbepalingBesluiten: false,
      rolbepalingBevestigen: false,
    });
    expect(opgaveMag(beller(['directeur']), 'rolbepaling', null).rolbepalingVoorstellen).toBe(true);
    expect(opgaveMag(beller(['college']), 'rolbepaling', 'voorgesteld')).toMatchObject({
      rolbepalingVoorstellen: false,
      rolbepalingBesluiten: true,
      rolbepalingBevestigen: true,
    });
    // Nothing to confirm once decided, and nothing to record outside verkenning and rolbepaling.
    expect(opgaveMag(beller(['college']), 'rolbepaling', 'besloten').rolbepalingBevestigen).toBe(false);
    expect(opgaveMag(beller(['college']), 'aanpak', 'voorgesteld')).toMatchObject({
      rolbepalingBesluiten: false,
      rolbepalingBevestigen: false,
    });
    // Who holds both records a decision.
    expect(opgaveMag(beller(['programmaregisseur', 'college']), 'verkenning')).toMatchObject({
      rolbepalingVoorstellen: false,
      rolbepalingBesluiten: true,
    });
    expect(opgaveMag(beller(['po']), 'verkenning')).toMatchObject({
      rolbepalingVoorstellen: false,
      rolbepalingBesluiten: false,
    });
  });

  it('leaves the decision on a bestuursopdracht to the college, through its besluit', () => {
    expect(bestuursopdrachtMag(beller(['college']), 'ter-besluitvorming')).toEqual({
      wijzigen: false,
      stappen: [],
      besluiten: true,
    });
    expect(bestuursopdrachtMag(beller(['programmaregisseur']), 'ter-besluitvorming').besluiten).toBe(false);
    expect(bestuursopdrachtMag(beller(['college']), 'concept').besluiten).toBe(false);
  });

  it('never offers a step the lifecycle or the roles do not allow', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLLEN], { minLength: 1 }),
        fc.constantFrom(...OPGAVE_STATUSSEN),
        fc.constantFrom(...BESTUURSOPDRACHT_STATUSSEN),
        (rollen, o, b) =>
          opgaveMag(beller(rollen), o).stappen.every(
            (naar) => magOvergaan(OPGAVE_GRAAF, o, naar) && magNaarStatus(rollen, 'opgave', naar),
          ) &&
          bestuursopdrachtMag(beller(rollen), b).stappen.every(
            (naar) =>
              magOvergaan(BESTUURSOPDRACHT_GRAAF, b, naar) && magNaarStatus(rollen, 'bestuursopdracht', naar),
          ),
      ),
    );
  });
});

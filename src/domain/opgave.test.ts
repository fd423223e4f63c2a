import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { besluitProblemen, OPGAVE_STATUSSEN, type OpgaveStand, opgaveEisen } from './opgave';

const verkend: OpgaveStand = {
  omschrijving: 'x',
  aantalStakeholders: 1,
  aantalBevindingen: 1,
  rolbepaling: 'geen',
  strategie: null,
  aanpak: null,
  programmaregisseur: false,
  evaluatie: null,
};

describe('the rolbepaling as a decision of the bestuur', () => {
  it('keeps an opgave in verkenning or rolbepaling while the rolbepaling is only a proposal', () => {
    const voorstel = { ...verkend, rolbepaling: 'voorgesteld' as const };
    expect(opgaveEisen('rolbepaling', voorstel).map((p) => [p.veld, p.code])).toEqual([
      ['rolbepaling', 'niet-bevestigd'],
    ]);
    expect(opgaveEisen('aanpak', voorstel).map((p) => p.code)).toEqual(['niet-bevestigd']);
    expect(opgaveEisen('rolbepaling', verkend)).toEqual([]);
    expect(opgaveEisen('rolbepaling', { ...verkend, rolbepaling: 'besloten' })).toEqual([]);
    expect(opgaveEisen('aanpak', { ...verkend, rolbepaling: 'besloten' })).toEqual([]);
    expect(opgaveEisen('aanpak', verkend).map((p) => p.code)).toEqual(['verplicht']);
    // Stepping back or closing is not moving on.
    expect(opgaveEisen('signalering', voorstel)).toEqual([]);
  });

  it('wants the date and a kenmerk with a number for a besluit', () => {
    expect(besluitProblemen('2026-03-12', 'B&W 2026/041')).toEqual([]);
    expect(besluitProblemen('2026-03-12', 'CB-12')).toEqual([]);
    expect(besluitProblemen(undefined, undefined).map((p) => [p.veld, p.code])).toEqual([
      ['datum', 'verplicht'],
      ['besluit', 'verplicht'],
    ]);
    for (const leeg of ['nog niet besloten', 'n.v.t.', '-', '12', '  '])
      expect(
        besluitProblemen('2026-03-12', leeg).map((p) => p.veld),
        leeg,
      ).toEqual(['besluit']);
  });

  it('never lets a proposal move an opgave forward, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPGAVE_STATUSSEN),
        fc.record({
          omschrijving: fc.option(fc.string()),
          aantalStakeholders: fc.nat(3),
          aantalBevindingen: fc.nat(3),
          strategie: fc.option(fc.string()),
          aanpak: fc.option(fc.string()),
          programmaregisseur: fc.boolean(),
          evaluatie: fc.option(fc.string()),
        }),
        (naar, rest) => {
          const p = opgaveEisen(naar, { ...rest, rolbepaling: 'voorgesteld' });
          const geweigerd = p.some((x) => x.code === 'niet-bevestigd');
          return geweigerd === (naar === 'rolbepaling' || naar === 'aanpak');
        },
      ),
    );
  });
});

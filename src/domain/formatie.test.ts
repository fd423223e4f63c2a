import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  controleerFormatieplaats,
  controleerPlaatsing,
  formatieCijfers,
  formatieVerloop,
  NUL,
  type PlaatsMetBezetting,
  plaatsCijfers,
  plaatsingenBuiten,
  telOp,
  vacatureSinds,
} from './formatie';

const plaats = (fte: number, plaatsingen: PlaatsMetBezetting['plaatsingen'] = []): PlaatsMetBezetting => ({
  fte,
  ingangsdatum: '2026-01-01',
  einddatum: null,
  plaatsingen,
});

describe('a formatieplaats as a whole', () => {
  it('lists every problem at once', () => {
    expect(
      controleerFormatieplaats({
        ingangsdatum: '2026-05-01',
        einddatum: '2026-04-30',
        soort: 'tijdelijk',
        financiering: 'programma',
        programmaId: null,
        subsidie: 'Rijksbijdrage',
      }).map((p) => `${p.veld}:${p.code}`),
    ).toEqual(['einddatum:voor-ingangsdatum', 'programmaId:verplicht', 'subsidie:niet-van-toepassing']);
    expect(
      controleerFormatieplaats({
        ingangsdatum: '2026-01-01',
        einddatum: null,
        soort: 'tijdelijk',
        financiering: 'subsidie',
        programmaId: null,
        subsidie: null,
      }).map((p) => `${p.veld}:${p.code}`),
    ).toEqual(['einddatum:verplicht', 'subsidie:verplicht']);
    expect(
      controleerFormatieplaats({
        ingangsdatum: '2026-01-01',
        einddatum: null,
        soort: 'structureel',
        financiering: 'regulier',
        programmaId: null,
        subsidie: null,
      }),
    ).toEqual([]);
  });

  it('names the placements an earlier end would leave outside the place', () => {
    const p = [
      { id: 'a', ingangsdatum: '2026-01-01', einddatum: '2026-06-30' },
      { id: 'b', ingangsdatum: '2026-03-01', einddatum: null },
    ];
    expect(
      plaatsingenBuiten({ ingangsdatum: '2026-01-01', einddatum: '2026-06-30' }, p).map((x) => x.id),
    ).toEqual(['b']);
  });
});

describe('a placement', () => {
  const ctx = {
    plaats: { ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
    dienstverband: { inDienst: '2025-06-01', uitDienst: null },
    // 36 hours until June, then 18.
    contracten: [
      { urenPerWeek: 36, ingangsdatum: '2025-06-01', einddatum: '2026-05-31' },
      { urenPerWeek: 18, ingangsdatum: '2026-06-01', einddatum: null },
    ],
    anderePlaatsingen: [{ fte: 0.25, ingangsdatum: '2026-01-01', einddatum: null }],
  };

  it('fits when the shares stay within the contract on every date', () => {
    expect(
      controleerPlaatsing({ fte: 0.25, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' }, ctx),
    ).toEqual([]);
  });

  it('is refused on the first date the person would be placed above the contract FTE', () => {
    const p = controleerPlaatsing({ fte: 0.5, ingangsdatum: '2026-02-01', einddatum: '2026-12-31' }, ctx);
    expect(p).toEqual([
      {
        veld: 'fte',
        code: 'boven-contract',
        melding:
          'Op 01-06-2026 is de medewerker dan voor 0,75 fte geplaatst, meer dan de 0,5 fte van het contract. Verlaag het aandeel of beëindig eerst een andere plaatsing.',
      },
    ]);
  });

  it('lies within the place and the employment', () => {
    const p = controleerPlaatsing(
      { fte: 0.1, ingangsdatum: '2025-01-01', einddatum: null },
      { ...ctx, dienstverband: { inDienst: '2025-06-01', uitDienst: '2026-12-31' } },
    );
    expect(p.map((x) => x.code)).toEqual(['buiten-formatieplaats', 'buiten-dienstverband', 'boven-contract']);
  });
});

describe('bezetting, vacature and boventalligheid', () => {
  it('are exact for a hand-built place', () => {
    const p = plaats(2, [
      { fte: 0.8889, ingangsdatum: '2026-01-01', einddatum: null },
      { fte: 0.5, ingangsdatum: '2026-03-01', einddatum: '2026-08-31' },
    ]);
    expect(plaatsCijfers(p, '2026-02-01')).toEqual({
      formatie: 20_000,
      bezetting: 8889,
      vacature: 11_111,
      boventallig: 0,
    });
    expect(plaatsCijfers(p, '2026-04-01')).toEqual({
      formatie: 20_000,
      bezetting: 13_889,
      vacature: 6111,
      boventallig: 0,
    });
    const vol = plaats(1, [
      { fte: 0.8, ingangsdatum: '2026-01-01', einddatum: null },
      { fte: 0.5, ingangsdatum: '2026-03-01', einddatum: null },
    ]);
    expect(plaatsCijfers(vol, '2026-04-01')).toEqual({
      formatie: 10_000,
      bezetting: 13_000,
      vacature: 0,
      boventallig: 3000,
    });
    expect(plaatsCijfers(vol, '2025-12-31')).toEqual(NUL);
  });

  it('dates a vacancy from when the place has been under-filled without a break', () => {
    const p = plaats(1, [
      { fte: 1, ingangsdatum: '2026-02-01', einddatum: '2026-05-31' },
      { fte: 0.5, ingangsdatum: '2026-08-01', einddatum: null },
    ]);
    expect(vacatureSinds(p, '2026-01-15')).toBe('2026-01-01');
    expect(vacatureSinds(p, '2026-03-01')).toBeNull();
    expect(vacatureSinds(p, '2026-07-01')).toBe('2026-06-01');
    // Still under-filled when the part-timer starts: the vacancy keeps its date.
    expect(vacatureSinds(p, '2026-09-01')).toBe('2026-06-01');
  });

  const datum = fc.integer({ min: 0, max: 730 }).map((n) => plusDagen('2025-01-01', n));
  const periode = fc
    .tuple(datum, fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }))
    .map(([van, duur]) => ({ ingangsdatum: van, einddatum: duur === null ? null : plusDagen(van, duur) }));
  const plaatsArb = fc.record({
    teamId: fc.constantFrom('a', 'b', 'c'),
    fte: fc.integer({ min: 1, max: 30_000 }).map((n) => n / 10_000),
    ingangsdatum: datum,
    einddatum: fc.constant(null),
    plaatsingen: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 10_000 }), periode).map(([f, p]) => ({ fte: f / 10_000, ...p })),
      { maxLength: 5 },
    ),
  });

  it('add up from places to teams to the organisation, never with a negative vacancy', () => {
    fc.assert(
      fc.property(fc.array(plaatsArb, { maxLength: 12 }), datum, (plaatsen, peildatum) => {
        const { teams, organisatie } = formatieCijfers(plaatsen, peildatum);
        expect([...teams.values()].reduce(telOp, NUL)).toEqual(organisatie);
        for (const p of plaatsen) {
          const c = plaatsCijfers(p, peildatum);
          expect(c.vacature - c.boventallig).toBe(c.formatie - c.bezetting);
          expect(c.vacature).toBeGreaterThanOrEqual(0);
          expect(c.boventallig).toBeGreaterThanOrEqual(0);
          expect(c.vacature === 0 || c.boventallig === 0).toBe(true);
          const sinds = vacatureSinds(p, peildatum);
          expect(sinds === null).toBe(c.vacature === 0);
          if (sinds !== null) {
            expect(sinds <= peildatum).toBe(true);
            // Under-filled on the day it started, and on the day before it was not (or the place began).
            expect(plaatsCijfers(p, sinds).vacature).toBeGreaterThan(0);
            if (sinds > p.ingangsdatum) expect(plaatsCijfers(p, plusDagen(sinds, -1)).vacature).toBe(0);
          }
        }
      }),
    );
  });

  it('over time gives each date the figures of that date, in order, adding up on every date', () => {
    fc.assert(
      fc.property(
        fc.array(plaatsArb, { maxLength: 12 }),
        fc.array(datum, { maxLength: 6 }),
        (plaatsen, data) => {
          const verloop = formatieVerloop(plaatsen, data);
          expect(verloop.map((v) => v.peildatum)).toEqual(data);
          for (const v of verloop) {
            expect(v).toEqual({ peildatum: v.peildatum, ...formatieCijfers(plaatsen, v.peildatum) });
            expect([...v.teams.values()].reduce(telOp, NUL)).toEqual(v.organisatie);
          }
        },
      ),
    );
  });

  it('over time follows a place that starts, fills and ends', () => {
    const p = {
      teamId: 'a',
      fte: 1,
      ingangsdatum: '2026-02-01',
      einddatum: '2026-04-30',
      plaatsingen: [{ fte: 1, ingangsdatum: '2026-03-01', einddatum: null }],
    };
    const verloop = formatieVerloop([p], ['2026-01-01', '2026-02-01', '2026-03-01', '2026-05-01']);
    expect(verloop.map((v) => v.organisatie)).toEqual([
      NUL,
      { formatie: 10_000, bezetting: 0, vacature: 10_000, boventallig: 0 },
      { formatie: 10_000, bezetting: 10_000, vacature: 0, boventallig: 0 },
      NUL,
    ]);
  });
});

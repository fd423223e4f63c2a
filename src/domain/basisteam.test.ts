import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gatenInLidmaatschap,
  nieuweGaten,
  overlappingen,
  toetsEenBasisteam,
  toetsTeamsoort,
} from './basisteam';
import { plusDagen } from './datum';
import { geldtOp, type Periode } from './periode';

const p = (ingangsdatum: string, einddatum: string | null = null): Periode => ({ ingangsdatum, einddatum });
const dienst = { inDienst: '2020-01-01', uitDienst: null };

describe('gatenInLidmaatschap', () => {
  it('finds the days in service without a team', () => {
    expect(gatenInLidmaatschap([p('2020-01-01')], dienst)).toEqual([]);
    expect(gatenInLidmaatschap([p('2020-01-01', '2026-12-31')], dienst)).toEqual([
      { van: '2027-01-01', tot: null },
    ]);
    expect(
      gatenInLidmaatschap([p('2020-01-01', '2021-12-31'), p('2022-03-01', '2026-12-31')], {
        inDienst: '2020-01-01',
        uitDienst: '2027-06-30',
      }),
    ).toEqual([
      { van: '2022-01-01', tot: '2022-02-28' },
      { van: '2027-01-01', tot: '2027-06-30' },
    ]);
    expect(
      gatenInLidmaatschap([p('2020-01-01', '2027-06-30')], {
        inDienst: '2020-01-01',
        uitDienst: '2027-06-30',
      }),
    ).toEqual([]);
    expect(gatenInLidmaatschap([], { inDienst: '2020-01-01', uitDienst: '2020-01-31' })).toEqual([
      { van: '2020-01-01', tot: '2020-01-31' },
    ]);
  });

  it('reports exactly the days of the employment no membership covers (property)', () => {
    const stuk = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(stuk, { maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 200 })),
        (stukken, uit) => {
          const d = { inDienst: '2024-01-01', uitDienst: uit === null ? null : plusDagen('2024-01-01', uit) };
          const ls = stukken.map(([s, l, open]) =>
            p(plusDagen('2024-01-01', s), open ? null : plusDagen('2024-01-01', s + l)),
          );
          const gaten = gatenInLidmaatschap(ls, d);
          for (let i = 0; i <= 220; i++) {
            const dag = plusDagen('2024-01-01', i);
            const inDienst = d.uitDienst === null || dag <= d.uitDienst;
            const gedekt = ls.some((l) => geldtOp(l, dag));
            const inGat = gaten.some((g) => geldtOp({ ingangsdatum: g.van, einddatum: g.tot }, dag));
            expect(inGat, dag).toBe(inDienst && !gedekt);
          }
        },
      ),
    );
  });
});

describe('nieuweGaten', () => {
  it('reports only the gaps a write opens, not those already there', () => {
    const voor = [p('2020-01-01', '2021-12-31'), p('2022-03-01')];
    expect(nieuweGaten(voor, voor, dienst)).toEqual([]);
    const na = [p('2020-01-01', '2021-12-31'), p('2022-03-01', '2027-01-31')];
    expect(nieuweGaten(voor, na, dienst)).toEqual([{ van: '2027-02-01', tot: null }]);
  });
});

describe('toetsEenBasisteam', () => {
  it('names the person and the dates of a gap and of an overlap', () => {
    const voor = [p('2020-01-01')];
    const gat = toetsEenBasisteam('Sanne Jansen', dienst, voor, [p('2020-01-01', '2026-12-31')], 'einddatum');
    expect(gat).toEqual([expect.objectContaining({ veld: 'einddatum', code: 'zonder-team' })]);
    expect(gat[0]!.melding).toContain('Sanne Jansen vanaf 2027-01-01');
    const dubbel = toetsEenBasisteam(
      'Sanne Jansen',
      dienst,
      voor,
      [p('2020-01-01'), p('2027-01-01', '2027-03-31')],
      'x',
    );
    expect(dubbel).toEqual([expect.objectContaining({ code: 'twee-teams' })]);
    expect(dubbel[0]!.melding).toContain('van 2027-01-01 tot en met 2027-03-31');
    expect(overlappingen([p('2020-01-01', '2020-12-31'), p('2021-01-01')])).toEqual([]);
  });

  it('accepts a move: end one day, start the next (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        const eind = plusDagen('2020-01-01', n);
        const na = [p('2020-01-01', eind), p(plusDagen(eind, 1))];
        expect(toetsEenBasisteam('X', dienst, [p('2020-01-01')], na, 'x')).toEqual([]);
      }),
    );
  });
});

describe('toetsTeamsoort', () => {
  it('lets only those who lead into the directie', () => {
    expect(toetsTeamsoort('basisteam', 'Toezicht', 'Sanne Jansen', '2027-01-01', false)).toEqual([]);
    expect(toetsTeamsoort('directie', 'Directie', 'Sanne Jansen', '2027-01-01', true)).toEqual([]);
    const [pr] = toetsTeamsoort('directie', 'Directie', 'Sanne Jansen', '2027-01-01', false);
    expect(pr).toMatchObject({ veld: 'teamId', code: 'geen-basisteam' });
    expect(pr!.melding).toContain('Sanne Jansen');
  });
});

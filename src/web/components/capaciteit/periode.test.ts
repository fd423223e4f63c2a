import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wekenVanKwartaal } from '../../../domain/kalender';
import { bereik } from './periode';

describe('a quarter as a range of ISO weeks in the web app', () => {
  it('takes the weeks whose Thursday falls in the quarter', () => {
    // 2027 starts on a Friday: week 13 (Thursday 1 April) is Q2, week 26 (Thursday 1 July) is Q3.
    expect(bereik('2027-Q2', 'week')).toEqual({ van: '2027-W13', tot: '2027-W25' });
    expect(bereik('2026-Q2', 'week')).toEqual({ van: '2026-W14', tot: '2026-W26' });
    expect(bereik('2026-Q4', 'week')).toEqual({ van: '2026-W40', tot: '2026-W53' });
    expect(bereik('2026', 'week')).toEqual({ van: '2026-W01', tot: '2026-W53' });
  });

  it('means the same weeks as the server, in every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), (jaar, q) => {
        const server = wekenVanKwartaal(`${jaar}-Q${q}`);
        expect(bereik(`${jaar}-Q${q}`, 'week')).toEqual({ van: server.vanWeek, tot: server.totWeek });
      }),
    );
  });
});

describe('the other breakdowns', () => {
  it('asks quarters, the calendar year or the ISO year for a chosen period', () => {
    expect(bereik('2026', 'kwartaal')).toEqual({ van: '2026-Q1', tot: '2026-Q4' });
    expect(bereik('2026-Q3', 'kwartaal')).toEqual({ van: '2026-Q3', tot: '2026-Q3' });
    expect(bereik('2026-Q3', 'jaar')).toEqual({ van: '2026', tot: '2026' });
    expect(bereik('2026', 'isojaar')).toEqual({ van: '2026-ISO', tot: '2026-ISO' });
  });
});

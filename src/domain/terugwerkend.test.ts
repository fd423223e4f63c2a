import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { isoWeek } from './kalender';
import {
  geraaktePerioden,
  isVerTerug,
  STANDAARD_TERUGWERKENDE_DAGEN,
  terugwerkendeWijziging,
  terugwerkendProblemen,
} from './terugwerkend';

const datumArb = fc.integer({ min: 0, max: 3650 }).map((n) => plusDagen('2022-01-01', n));

describe('terugwerkendProblemen', () => {
  it('asks a reason only beyond the limit, naming the date and the limit', () => {
    expect(STANDAARD_TERUGWERKENDE_DAGEN).toBe(31);
    expect(terugwerkendProblemen('2026-11-04', '2026-12-05', 31, undefined)).toEqual([]);
    const [p, ...rest] = terugwerkendProblemen('2026-11-03', '2026-12-05', 31, undefined);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ veld: 'reden', code: 'reden-verplicht' });
    expect(p!.melding).toContain('2026-11-03');
    expect(p!.melding).toContain('31 dagen');
    expect(terugwerkendProblemen('2026-11-03', '2026-12-05', 31, 'Correctie uit het HR-systeem')).toEqual([]);
    expect(terugwerkendProblemen('2025-03-01', '2026-12-05', 31, '   ')).toHaveLength(1);
    expect(terugwerkendProblemen('2027-01-01', '2026-12-05', 0, undefined)).toEqual([]);
  });

  it('needs a reason exactly when the date lies more than the limit back (property)', () => {
    fc.assert(
      fc.property(datumArb, datumArb, fc.integer({ min: 0, max: 400 }), (ingang, vandaag, grens) => {
        const zonder = terugwerkendProblemen(ingang, vandaag, grens, undefined);
        const verTerug = ingang < plusDagen(vandaag, -grens);
        expect(zonder.length).toBe(verTerug ? 1 : 0);
        expect(isVerTerug(ingang, vandaag, grens)).toBe(verTerug);
        expect(terugwerkendProblemen(ingang, vandaag, grens, 'reden')).toEqual([]);
      }),
    );
  });
});

describe('geraaktePerioden', () => {
  it('names the calendar months and the ISO weeks from the start until vandaag or the end', () => {
    expect(geraaktePerioden('2025-03-01', null, '2025-06-10')).toEqual({
      vanaf: '2025-03-01',
      tot: '2025-06-10',
      maanden: ['2025-03', '2025-04', '2025-05', '2025-06'],
      weken: { van: '2025-W09', tot: '2025-W24' },
    });
    expect(geraaktePerioden('2025-12-29', '2026-01-02', '2026-12-05')).toEqual({
      vanaf: '2025-12-29',
      tot: '2026-01-02',
      maanden: ['2025-12', '2026-01'],
      weken: { van: '2026-W01', tot: '2026-W01' },
    });
  });

  it('holds every day of the span in one of its months and weeks (property)', () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 0, max: 800 }), (van, lengte) => {
        const tot = plusDagen(van, lengte);
        const g = geraaktePerioden(van, tot, '2030-01-01');
        expect(g.maanden[0]).toBe(van.slice(0, 7));
        expect(g.maanden.at(-1)).toBe(tot.slice(0, 7));
        expect(new Set(g.maanden).size).toBe(g.maanden.length);
        expect([...g.maanden].sort()).toEqual(g.maanden);
        expect(g.weken).toEqual({ van: isoWeek(van), tot: isoWeek(tot) });
      }),
    );
  });
});

describe('terugwerkendeWijziging', () => {
  it('is null from today on, and otherwise stops at today', () => {
    expect(terugwerkendeWijziging('2026-12-05', null, '2026-12-05', undefined)).toBeNull();
    expect(terugwerkendeWijziging('2027-01-01', null, '2026-12-05', 'x')).toBeNull();
    expect(terugwerkendeWijziging('2026-10-01', '2027-06-30', '2026-12-05', ' Correctie ')).toEqual({
      reden: 'Correctie',
      vanaf: '2026-10-01',
      tot: '2026-12-05',
      maanden: ['2026-10', '2026-11', '2026-12'],
      weken: { van: '2026-W40', tot: '2026-W49' },
    });
    expect(terugwerkendeWijziging('2026-10-01', '2026-10-31', '2026-12-05', undefined)).toMatchObject({
      reden: null,
      tot: '2026-10-31',
      maanden: ['2026-10'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { feestdagen, feestdagenTussen } from './feestdagen';

describe('feestdagen (Cao Gemeenten)', () => {
  it('gives the eight days off of 2024, without Goede Vrijdag', () => {
    expect(feestdagen(2024).map((f) => `${f.datum} ${f.naam}`)).toEqual([
      '2024-01-01 Nieuwjaarsdag',
      '2024-04-01 Tweede paasdag',
      '2024-04-27 Koningsdag',
      '2024-05-05 Bevrijdingsdag',
      '2024-05-09 Hemelvaartsdag',
      '2024-05-20 Tweede pinksterdag',
      '2024-12-25 Kerstmis',
      '2024-12-26 Tweede kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(feestdagen(2025).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2025-04-26');
    expect(feestdagen(2031).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2031-04-26');
  });

  it('follows Easter for the moving feasts', () => {
    const d = (jaar: number, naam: string) => feestdagen(jaar).find((f) => f.naam === naam)?.datum;
    expect(d(2025, 'Tweede paasdag')).toBe('2025-04-21');
    expect(d(2025, 'Hemelvaartsdag')).toBe('2025-05-29');
    expect(d(2025, 'Tweede pinksterdag')).toBe('2025-06-09');
    expect(d(2038, 'Tweede paasdag')).toBe('2038-04-26');
  });

  it('gives Bevrijdingsdag every year, or only in lustrum years when the organisation says so', () => {
    expect(feestdagen(2026).some((f) => f.naam === 'Bevrijdingsdag')).toBe(true);
    expect(feestdagen(2026, { bevrijdingsdag: 'lustrum' }).some((f) => f.naam === 'Bevrijdingsdag')).toBe(
      false,
    );
    expect(feestdagen(2030, { bevrijdingsdag: 'lustrum' }).some((f) => f.naam === 'Bevrijdingsdag')).toBe(
      true,
    );
  });

  it('collects the days within a range across years', () => {
    expect([...feestdagenTussen('2024-12-20', '2025-01-05')].sort()).toEqual([
      '2024-12-25',
      '2024-12-26',
      '2025-01-01',
    ]);
  });
});

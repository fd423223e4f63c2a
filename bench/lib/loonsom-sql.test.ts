import { describe, expect, it } from 'vitest';
import { grootsteVerschil } from './loonsom-sql';

describe('grootsteVerschil', () => {
  const rij = (team_id: string, jaar: number, totaal: number) => ({
    team_id,
    jaar,
    bezetting: totaal,
    vacature: 0,
    totaal,
  });

  it('is 0 when the API (euros) and the query (cents) give the same figures', () => {
    expect(
      grootsteVerschil(
        [
          {
            teamId: 'A',
            jaren: [
              { jaar: 2026, totaal: 1234.56 },
              { jaar: 2027, totaal: 0.07 },
            ],
          },
        ],
        [rij('A', 2026, 123456), rij('A', 2027, 7)],
      ),
    ).toBe(0);
  });

  it('answers the largest difference in cents, a team-year on one side only in full', () => {
    expect(
      grootsteVerschil(
        [{ teamId: 'A', jaren: [{ jaar: 2026, totaal: 100.01 }] }],
        [rij('A', 2026, 10000), rij('B', 2026, 250)],
      ),
    ).toBe(250);
    expect(grootsteVerschil([{ teamId: 'A', jaren: [{ jaar: 2026, totaal: 3 }] }], [])).toBe(300);
  });
});

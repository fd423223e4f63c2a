import { describe, expect, it } from 'vitest';
import { magFormatieWijzigen, magTeamFormatieZien } from './formatie';

describe('reach on the formatie', () => {
  it('lets P&O and the directie change and see every team, a teamleider see only the own teams', () => {
    for (const rol of ['po', 'directeur'] as const) {
      expect(magFormatieWijzigen({ rollen: [rol] })).toBe(true);
      expect(magTeamFormatieZien({ rollen: [rol], teamIds: [] }, 't1')).toBe(true);
    }
    const leider = { rollen: ['teamleider' as const], teamIds: ['t1'] };
    expect(magFormatieWijzigen(leider)).toBe(false);
    expect(magTeamFormatieZien(leider, 't1')).toBe(true);
    expect(magTeamFormatieZien(leider, 't2')).toBe(false);
    // Leading a team as someone without the teamleider role gives no reach.
    expect(magTeamFormatieZien({ rollen: ['medewerker'], teamIds: ['t1'] }, 't1')).toBe(false);
    for (const rol of ['or', 'college', 'medewerker', 'programmaregisseur', 'beheerder'] as const) {
      expect(magTeamFormatieZien({ rollen: [rol], teamIds: [] }, 't1')).toBe(false);
      expect(magFormatieWijzigen({ rollen: [rol] })).toBe(false);
    }
  });
});

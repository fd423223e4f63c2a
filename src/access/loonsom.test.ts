import { describe, expect, it } from 'vitest';
import type { Rol } from '../domain/rol';
import {
  magIndividueleLoonkostenZien,
  magLoonkostenVanZien,
  magLoonsomGrondslagWijzigen,
  magTeamLoonsomZien,
} from './loonsom';

const g = (rollen: Rol[], teamIds: string[] = [], medewerkerId: string | null = null) => ({
  rollen,
  teamIds,
  medewerkerId,
});

describe('reach on salary data', () => {
  it('shows individual figures to P&O and the directie only, and a person their own', () => {
    expect(magIndividueleLoonkostenZien(g(['po']))).toBe(true);
    expect(magIndividueleLoonkostenZien(g(['directeur']))).toBe(true);
    for (const rol of ['teamleider', 'or', 'college', 'medewerker', 'beheerder'] as Rol[])
      expect(magIndividueleLoonkostenZien(g([rol])), rol).toBe(false);
    expect(magLoonkostenVanZien(g(['medewerker'], [], 'm1'), 'm1')).toBe(true);
    expect(magLoonkostenVanZien(g(['teamleider'], ['t'], 'm2'), 'm1')).toBe(false);
  });

  it('shows a team loonsom to its own teamleider, and lets only P&O and directie change the basis', () => {
    expect(magTeamLoonsomZien(g(['teamleider'], ['t']), 't')).toBe(true);
    expect(magTeamLoonsomZien(g(['teamleider'], ['t']), 'u')).toBe(false);
    expect(magTeamLoonsomZien(g(['or']), 't')).toBe(false);
    expect(magLoonsomGrondslagWijzigen(g(['teamleider']))).toBe(false);
    expect(magLoonsomGrondslagWijzigen(g(['po']))).toBe(true);
  });
});

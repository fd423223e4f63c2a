import { describe, expect, it } from 'vitest';
import type { Rol } from '../domain/rol';
import { ROLLEN } from '../domain/rol';
import type { ScenarioStatus } from '../domain/scenario';
import {
  magOpmerkingMaken,
  magScenarioMaken,
  magScenarioTeamsZien,
  magScenarioVaststellen,
  magScenarioWijzigen,
  magScenarioZien,
} from './scenario';

const g = (...rollen: Rol[]) => ({ rollen });
const STATUSSEN: ScenarioStatus[] = ['concept', 'voorgesteld', 'vastgesteld', 'verworpen'];

describe("reach on scenario's", () => {
  it('lets P&O and the directie make, read and change them until they are decided', () => {
    for (const rol of ['po', 'directeur'] as Rol[]) {
      expect(magScenarioMaken(g(rol))).toBe(true);
      expect(STATUSSEN.map((s) => magScenarioZien(g(rol), s))).toEqual([true, true, true, true]);
      expect(STATUSSEN.map((s) => magScenarioWijzigen(g(rol), s))).toEqual([true, true, false, false]);
      expect(magScenarioTeamsZien(g(rol))).toBe(true);
    }
  });

  it('lets only the directie adopt, and only an undecided scenario', () => {
    expect(STATUSSEN.map((s) => magScenarioVaststellen(g('directeur'), s))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    for (const rol of ROLLEN.filter((r) => r !== 'directeur')) {
      expect(magScenarioVaststellen(g(rol), 'voorgesteld'), rol).toBe(false);
    }
  });

  it('shows the college proposed and adopted scenarios as totals, and lets it comment on them', () => {
    expect(STATUSSEN.map((s) => magScenarioZien(g('college'), s))).toEqual([false, true, true, false]);
    expect(STATUSSEN.map((s) => magOpmerkingMaken(g('college'), s))).toEqual([false, true, true, false]);
    expect(magScenarioTeamsZien(g('college'))).toBe(false);
    expect(magScenarioMaken(g('college'))).toBe(false);
  });

  it('shows the OR, teamleiders and others nothing', () => {
    for (const rol of ['or', 'teamleider', 'medewerker', 'programmaregisseur', 'beheerder'] as Rol[]) {
      expect(
        STATUSSEN.some((s) => magScenarioZien(g(rol), s)),
        rol,
      ).toBe(false);
    }
  });
});

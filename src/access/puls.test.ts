import { describe, expect, it } from 'vitest';
import type { Rol } from '../domain/rol';
import {
  magOpenAntwoordenZien,
  magPulsBeheren,
  magPulsOverigZien,
  magPulsResultatenZien,
  magRondeZien,
  pulsTeamZicht,
} from './puls';

const wie = (rollen: Rol[], teamIds: string[] = []) => ({ rollen, teamIds });

describe('pulsmeting reach', () => {
  it('lets only P&O run rounds and see concepts', () => {
    expect(magPulsBeheren(wie(['po']))).toBe(true);
    expect(magPulsBeheren(wie(['directeur']))).toBe(false);
    expect(magRondeZien(wie(['medewerker']), 'concept')).toBe(false);
    expect(magRondeZien(wie(['medewerker']), 'open')).toBe(true);
  });

  it('gives every team to P&O and the directie, the own teams to a teamleider, none to the OR', () => {
    expect(pulsTeamZicht(wie(['po']))).toBe('alle');
    expect(pulsTeamZicht(wie(['directeur']))).toBe('alle');
    expect(pulsTeamZicht(wie(['teamleider', 'medewerker'], ['t1']))).toEqual(['t1']);
    expect(pulsTeamZicht(wie(['or']))).toEqual([]);
    expect(magPulsOverigZien(wie(['teamleider'], ['t1']))).toBe(false);
  });

  it('shows results and open answers to whom they belong, never to a medewerker', () => {
    expect(magPulsResultatenZien(wie(['medewerker']))).toBe(false);
    expect(magPulsResultatenZien(wie(['college']))).toBe(false);
    expect(magOpenAntwoordenZien(wie(['or']))).toBe(true);
    expect(magOpenAntwoordenZien(wie(['teamleider']))).toBe(false);
  });
});

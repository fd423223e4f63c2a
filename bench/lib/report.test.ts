import { describe, expect, it } from 'vitest';
import { type BenchCase, meetsTarget, nogNietGemeten } from './report';

const figure = (value: number, better: 'lower' | 'higher', target?: number): BenchCase => ({
  case: 'x',
  metric: 'median',
  value,
  unit: 's',
  better,
  runs: 1,
  ...(target === undefined ? {} : { target }),
});

describe('meetsTarget', () => {
  it('compares in the direction that is better', () => {
    expect(meetsTarget(figure(3, 'lower', 3))).toBe(true);
    expect(meetsTarget(figure(3.1, 'lower', 3))).toBe(false);
    expect(meetsTarget(figure(0.9, 'higher', 1))).toBe(false);
    expect(meetsTarget(figure(1, 'higher', 1))).toBe(true);
  });

  it('counts a figure without a target as met', () => {
    expect(meetsTarget(figure(999, 'lower'))).toBe(true);
  });
});

describe('nogNietGemeten', () => {
  it('is a row with its target, no value, and the status "not yet measured", never a met target', () => {
    const rij = nogNietGemeten({
      case: 'scenario',
      metric: 'median',
      unit: 'ms',
      target: 1000,
      better: 'lower',
    });
    expect(rij).toEqual({
      case: 'scenario',
      metric: 'median',
      unit: 'ms',
      target: 1000,
      better: 'lower',
      value: null,
      runs: 0,
      status: 'not yet measured',
    });
    expect(meetsTarget(rij)).toBe(false);
  });
});

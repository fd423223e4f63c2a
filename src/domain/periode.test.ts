import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import { controleerEinde, geldendOp, geldtOp, overlapt, type Periode, planOpvolging } from './periode';

const p = (
  ingangsdatum: string,
  einddatum: string | null = null,
  id = ingangsdatum,
): Periode & { id: string } => ({
  id,
  ingangsdatum,
  einddatum,
});

describe('overlapt', () => {
  it('counts both ends as inclusive', () => {
    expect(overlapt(p('2024-01-01', '2024-06-30'), p('2024-06-30'))).toBe(true);
    expect(overlapt(p('2024-01-01', '2024-06-29'), p('2024-06-30'))).toBe(false);
    expect(overlapt(p('2024-01-01'), p('2030-01-01'))).toBe(true);
    expect(overlapt(p('2024-02-01', '2024-02-10'), p('2024-01-01', '2024-03-01'))).toBe(true);
  });
});

describe('geldendOp', () => {
  it('finds the period in force on a date', () => {
    const historie = [p('2020-01-01', '2022-12-31', 'a'), p('2023-01-01', null, 'b')];
    expect(geldendOp(historie, '2022-12-31')?.id).toBe('a');
    expect(geldendOp(historie, '2023-01-01')?.id).toBe('b');
    expect(geldendOp(historie, '2019-12-31')).toBeUndefined();
    expect(geldtOp(p('2020-01-01', '2020-01-01'), '2020-01-01')).toBe(true);
  });
});

describe('planOpvolging', () => {
  it('ends the running period the day before the new one', () => {
    const r = planOpvolging([p('2020-01-01', null, 'a')], '2025-03-01', 'ingangsdatum');
    expect(r).toEqual({ beeindig: { id: 'a', einddatum: '2025-02-28' }, problemen: [] });
  });

  it('also shortens a period that ends later (for example at uit dienst)', () => {
    const r = planOpvolging([p('2020-01-01', '2026-12-31', 'a')], '2025-03-01', 'x');
    expect(r.beeindig).toEqual({ id: 'a', einddatum: '2025-02-28' });
  });

  it('leaves periods that already ended alone', () => {
    expect(planOpvolging([p('2020-01-01', '2021-01-01', 'a')], '2025-03-01', 'x')).toEqual({ problemen: [] });
  });

  it('refuses to start on or before a change already recorded', () => {
    const r = planOpvolging(
      [p('2020-01-01', '2025-05-31', 'a'), p('2025-06-01', null, 'b')],
      '2025-06-01',
      'ingangsdatum',
    );
    expect(r.beeindig).toBeUndefined();
    expect(r.problemen).toEqual([
      {
        veld: 'ingangsdatum',
        code: 'voor-bestaande-wijziging',
        melding: 'Er staat al een wijziging vanaf 2025-06-01. Kies een datum na 2025-06-01.',
      },
    ]);
  });

  it('keeps any history free of overlaps, whatever dates are chosen', () => {
    const start = new Date('2000-01-01').getTime();
    const dag = 86_400_000;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }),
        (offsets) => {
          const historie: (Periode & { id: string })[] = [];
          for (const [i, o] of offsets.entries()) {
            const vanaf = new Date(start + o * dag).toISOString().slice(0, 10);
            const plan = planOpvolging(historie, vanaf, 'ingangsdatum');
            if (plan.problemen.length > 0) continue;
            if (plan.beeindig) {
              const eind = plan.beeindig;
              const rij = historie.find((h) => h.id === eind.id)!;
              rij.einddatum = eind.einddatum;
            }
            historie.push({ id: String(i), ingangsdatum: vanaf, einddatum: null });
          }
          for (const [i, a] of historie.entries()) {
            for (const b of historie.slice(i + 1)) expect(overlapt(a, b)).toBe(false);
          }
          // Contiguous: every period but the last ends the day before the next starts.
          const gesorteerd = [...historie].sort((a, b) => a.ingangsdatum.localeCompare(b.ingangsdatum));
          for (let i = 0; i + 1 < gesorteerd.length; i++) {
            expect(plusDagen(gesorteerd[i]!.einddatum!, 1)).toBe(gesorteerd[i + 1]!.ingangsdatum);
          }
          expect(gesorteerd.at(-1)!.einddatum).toBeNull();
        },
      ),
    );
  });
});

describe('controleerEinde', () => {
  it('refuses an end before the start', () => {
    expect(controleerEinde(p('2025-01-10'), '2025-01-09', 'einddatum')).toHaveLength(1);
    expect(controleerEinde(p('2025-01-10'), '2025-01-10', 'einddatum')).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every named schema of the contract (`.meta({ id })`) has its own name: two with one name make the
 * OpenAPI document fail to build in the running server (zod refuses "Duplicate schema id"), which
 * the app built inside the test runner did not show.
 */
describe('the contract’s schema names', () => {
  it('are unique across src/contract', () => {
    const map = new URL('../src/contract/', import.meta.url);
    const waar = new Map<string, string[]>();
    for (const bestand of readdirSync(map).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const tekst = readFileSync(new URL(bestand, map), 'utf8');
      for (const m of tekst.matchAll(/\.meta\(\{\s*id:\s*'([^']+)'/g)) {
        waar.set(m[1]!, [...(waar.get(m[1]!) ?? []), bestand]);
      }
    }
    expect(waar.size).toBeGreaterThan(50);
    const dubbel = [...waar].filter(([, bestanden]) => bestanden.length > 1);
    expect(dubbel).toEqual([]);
  });
});

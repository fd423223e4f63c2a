/**
 * The texts of an area load with the area's chunk (woordenboek.ts): this checks, from the sources,
 * that no page can show a raw key because its texts were not there yet.
 *
 * - the shell (everything src/web/main.tsx imports statically, lazy import() not followed) uses only
 *   keys of the shared areas;
 * - each area module (src/web/app/gebieden/<area>.ts), with everything it imports statically, uses
 *   only keys of the shared areas and of the text files it registers itself (`registreerTeksten`).
 *
 * A key counts as used where it stands as a string literal ('cap.titel'); a dotted template literal
 * `or.status.${status}` uses every key starting with `or.status.`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Teksten } from './teksten';
import { gebieden } from './woordenboek';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i18n = join(web, 'i18n');

/** Every text file by its file name (teksten.or.ts → 'or'), with its keys. */
const bestanden = new Map<string, Set<string>>();
for (const naam of readdirSync(i18n).filter(
  (n) => /^teksten\.[\w-]+\.ts$/.test(n) && !n.endsWith('.test.ts'),
)) {
  const module = (await import(join(i18n, naam))) as Record<string, Teksten>;
  const keys = new Set(Object.values(module).flatMap((teksten) => Object.keys(teksten)));
  bestanden.set(naam.slice('teksten.'.length, -'.ts'.length), keys);
}
const bestandVan = new Map<string, string>();
for (const [bestand, keys] of bestanden) for (const key of keys) bestandVan.set(key, bestand);
const gedeeld = new Set(Object.values(gebieden).flatMap((teksten) => Object.keys(teksten)));

function oplossen(van: string, pad: string): string | undefined {
  const basis = resolve(dirname(van), pad);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((s) => basis + s)
    .find((p) => existsSync(p) && !p.endsWith('/'));
}

/** Static imports of a module (no `import type`, no lazy import()). */
function imports(bestand: string, bron: string): string[] {
  const uit: string[] = [];
  for (const m of bron.matchAll(
    /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm,
  )) {
    const pad = oplossen(bestand, m[1]!);
    if (pad && /\.tsx?$/.test(pad)) uit.push(pad);
  }
  return uit;
}

/** Keys a module uses, each with the text file it is in. */
function gebruikteKeys(bron: string): Set<string> {
  const keys = new Set<string>();
  for (const m of bron.matchAll(/'([\w.-]+)'|"([\w.-]+)"|`([\w.-]+)\$\{/g)) {
    const woord = m[1] ?? m[2];
    if (woord !== undefined) {
      if (bestandVan.has(woord)) keys.add(woord);
    } else {
      // Only a dotted prefix names keys: `l${jaar}` is a React key, not a text.
      const prefix = m[3]!;
      if (!prefix.includes('.')) continue;
      for (const key of bestandVan.keys()) if (key.startsWith(prefix)) keys.add(key);
    }
  }
  return keys;
}

/** Every module reachable from `start` by static imports, and the keys they use (text files not scanned). */
function graaf(start: string): { modules: Set<string>; keys: Map<string, string> } {
  const modules = new Set<string>();
  const keys = new Map<string, string>();
  const todo = [start];
  while (todo.length > 0) {
    const bestand = todo.pop()!;
    if (modules.has(bestand)) continue;
    modules.add(bestand);
    if (bestand.startsWith(`${i18n}/teksten.`)) continue;
    const bron = readFileSync(bestand, 'utf8');
    if (bestand.startsWith(web))
      for (const key of gebruikteKeys(bron)) keys.set(key, bestand.slice(web.length + 1));
    todo.push(...imports(bestand, bron));
  }
  return { modules, keys };
}

const ontbrekend = (keys: Map<string, string>, beschikbaar: (key: string) => boolean) =>
  [...keys]
    .filter(([key]) => !beschikbaar(key))
    .map(([key, waar]) => `${key} (${bestandVan.get(key)}, in ${waar})`);

describe('the texts each chunk needs', () => {
  it('the shell uses only the shared texts', () => {
    const { keys } = graaf(join(web, 'main.tsx'));
    expect(keys.size).toBeGreaterThan(50);
    expect(ontbrekend(keys, (key) => gedeeld.has(key))).toEqual([]);
  });

  const map = join(web, 'app', 'gebieden');
  for (const naam of readdirSync(map).filter((n) => n.endsWith('.ts'))) {
    it(`area ${naam} registers every text its pages use`, () => {
      const bestand = join(map, naam);
      const bron = readFileSync(bestand, 'utf8');
      // The text files it imports, and that it passes them all to registreerTeksten.
      const geregistreerd = [
        ...bron.matchAll(/import \{ (\w+)(?: as \w+)? \} from '\.\.\/\.\.\/i18n\/teksten\.([\w-]+)'/g),
      ];
      const aanroep =
        /registreerTeksten\(([^)]*)\)/
          .exec(bron)?.[1]
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? [];
      expect(aanroep.sort()).toEqual(geregistreerd.map((m) => m[1]!).sort());
      const eigen = new Set(geregistreerd.flatMap((m) => [...(bestanden.get(m[2]!) ?? [])]));
      const { keys } = graaf(bestand);
      expect(ontbrekend(keys, (key) => gedeeld.has(key) || eigen.has(key))).toEqual([]);
    });
  }
});

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Tekst, Teksten } from './teksten';
import { dictionaries, gebieden } from './woordenboek';

const placeholders = (tekst: string) => [...new Set(tekst.match(/\{\w+\}/g) ?? [])].sort();

/**
 * Every area's texts: the shared ones (woordenboek.ts) and those that load with their own chunk,
 * read from the teksten.<area>.ts files themselves so that none can be left out of the checks.
 */
const map = dirname(fileURLToPath(import.meta.url));
const alleGebieden: Record<string, Teksten> = {};
for (const naam of readdirSync(map).filter((n) => /^teksten\.[\w-]+\.ts$/.test(n))) {
  const module = (await import(join(map, naam))) as Record<string, Teksten>;
  for (const [exportNaam, teksten] of Object.entries(module)) alleGebieden[exportNaam] = teksten;
}
const alle: Record<string, Tekst> = Object.assign({}, ...Object.values(alleGebieden));

describe('the dictionaries', () => {
  it('take every key from exactly one area', () => {
    const gezien = new Map<string, string>();
    const dubbel: string[] = [];
    for (const [gebied, teksten] of Object.entries(alleGebieden)) {
      for (const key of Object.keys(teksten)) {
        const eerder = gezien.get(key);
        if (eerder) dubbel.push(`${key} (${eerder} en ${gebied})`);
        gezien.set(key, gebied);
      }
    }
    expect(dubbel).toEqual([]);
    expect(Object.keys(alle)).toHaveLength(gezien.size);
  });

  it('hold the shared areas in both languages from the start', () => {
    expect(Object.keys(gebieden).every((naam) => naam in alleGebieden)).toBe(true);
    const gedeeld = Object.values(gebieden).flatMap((teksten) => Object.keys(teksten));
    expect(Object.keys(dictionaries.nl).sort()).toEqual(expect.arrayContaining(gedeeld.sort()));
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.nl).sort());
  });

  it('give each language every text, filled in', () => {
    const leeg = Object.entries(alle).flatMap(([key, tekst]) =>
      (['nl', 'en'] as const)
        .filter((lang) => (tekst[lang] ?? '').trim() === '')
        .map((lang) => `${key} (${lang})`),
    );
    expect(leeg).toEqual([]);
  });

  it('use the same placeholders in Dutch and English', () => {
    const verschil = Object.entries(alle)
      .filter(([, tekst]) => placeholders(tekst.nl).join() !== placeholders(tekst.en).join())
      .map(([key]) => key);
    expect(verschil).toEqual([]);
  });
});

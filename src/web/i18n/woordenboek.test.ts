import { describe, expect, it } from 'vitest';
import { dictionaries, gebieden } from './woordenboek';

const placeholders = (tekst: string) => [...new Set(tekst.match(/\{\w+\}/g) ?? [])].sort();

describe('the dictionaries', () => {
  it('take every key from exactly one area', () => {
    const gezien = new Map<string, string>();
    const dubbel: string[] = [];
    for (const [gebied, teksten] of Object.entries(gebieden)) {
      for (const key of Object.keys(teksten)) {
        const eerder = gezien.get(key);
        if (eerder) dubbel.push(`${key} (${eerder} en ${gebied})`);
        gezien.set(key, gebied);
      }
    }
    expect(dubbel).toEqual([]);
    expect(Object.keys(dictionaries.nl)).toHaveLength(gezien.size);
  });

  it('give each language the same keys, every text filled in', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.nl).sort());
    for (const messages of Object.values(dictionaries)) {
      const leeg = Object.entries(messages).filter(([, tekst]) => tekst.trim() === '');
      expect(leeg).toEqual([]);
    }
  });

  it('use the same placeholders in Dutch and English', () => {
    const verschil = Object.entries(dictionaries.nl)
      .filter(([key, tekst]) => {
        const en = dictionaries.en[key as keyof typeof dictionaries.en];
        return placeholders(tekst).join() !== placeholders(en).join();
      })
      .map(([key]) => key);
    expect(verschil).toEqual([]);
  });
});

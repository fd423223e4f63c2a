/**
 * The web app keeps no copy of the rules: what a session may call comes from `GET /sessies/huidig`
 * (`routes`), what it may do with a team, dossier or request from that resource's `mag`, and states
 * and roles from src/domain. This test reads src/web as text and fails on a list of roles written
 * there by hand, or on a route key the server does not have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../src/access/policy';
import { ROLLEN } from '../src/domain/rol';

const WEB = join(import.meta.dirname, '..', 'src', 'web');

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return bestanden(pad);
    return /\.tsx?$/.test(naam) && !naam.endsWith('.d.ts') ? [pad] : [];
  });
}

const bronnen = bestanden(WEB).map((pad) => ({ pad, tekst: readFileSync(pad, 'utf8') }));

describe('the web app keeps no copy of the rules', () => {
  it('writes no list of roles by hand', () => {
    const rol = `'(?:${ROLLEN.join('|')})'`;
    const lijst = new RegExp(`\\[\\s*${rol}\\s*,\\s*${rol}`);
    const gevonden = bronnen.filter((b) => lijst.test(b.tekst)).map((b) => b.pad);
    expect(gevonden).toEqual([]);
  });

  it('names only routes the policy table has', () => {
    const sleutel = /'((?:GET|POST|PUT|PATCH|DELETE) \/[^']*)'/g;
    const onbekend = bronnen.flatMap((b) =>
      [...b.tekst.matchAll(sleutel)].map((m) => m[1]!).filter((k) => !POLICY[k]),
    );
    expect(onbekend).toEqual([]);
    // The check above reads something: the menu alone names a dozen routes.
    expect(bronnen.some((b) => b.tekst.includes("'GET /teams'"))).toBe(true);
  });
});

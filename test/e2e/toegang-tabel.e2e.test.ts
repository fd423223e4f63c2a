/**
 * The web app's table of what a role may do (src/web/access/mag.ts) mirrors the server's policy
 * table (src/access/policy.ts): every action names a route that exists there, with the same roles.
 * Without a browser; it lives with the browser tests because the web app may not import the server.
 */
import { describe, expect, it } from 'vitest';
import { POLICY } from '../../src/access/policy';
import { ROLLEN as SERVER_ROLLEN } from '../../src/domain/rol';
import { mag, TOEGANG } from '../../src/web/access/mag';
import { ROLLEN } from '../../src/web/api/toegang.types';

describe('mag.ts mirrors the policy table', () => {
  it('knows the same roles as the server', () => {
    expect([...ROLLEN]).toEqual([...SERVER_ROLLEN]);
  });

  for (const [actie, { route, rollen }] of Object.entries(TOEGANG)) {
    it(`${actie} → ${route}`, () => {
      const toegang = POLICY[route]?.toegang;
      expect(toegang, `${route} staat niet in src/access/policy.ts`).toBeDefined();
      expect(Array.isArray(toegang), `${route} is niet per rol geregeld`).toBe(true);
      expect([...rollen].sort()).toEqual([...((toegang ?? []) as readonly string[])].sort());
      for (const rol of ROLLEN) {
        expect(mag([rol], actie as keyof typeof TOEGANG)).toBe(rollen.includes(rol as never));
      }
    });
  }
});

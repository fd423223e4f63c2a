/**
 * The web app's table of what a role may do (src/web/access/mag.ts) mirrors the server's policy
 * table (src/access/policy.ts): every action names a route that exists there, with the same roles;
 * its table of who may take a dossier into which state equals the policy's `STAPPEN`, and the
 * states and choices of the agile side equal the domain's.
 * Without a browser; it lives with the browser tests because the web app may not import the server.
 */
import { describe, expect, it } from 'vitest';
import { POLICY, STAPPEN as SERVER_STAPPEN } from '../../src/access/policy';
import * as bestuursopdracht from '../../src/domain/bestuursopdracht';
import { INZETVERZOEK_STATUSSEN } from '../../src/domain/inzetverzoek';
import * as opgave from '../../src/domain/opgave';
import { ROLLEN as SERVER_ROLLEN } from '../../src/domain/rol';
import { mag, TOEGANG, STAPPEN as WEB_STAPPEN } from '../../src/web/access/mag';
import { INZETVERZOEK_STATUSSEN as WEB_INZETVERZOEK_STATUSSEN } from '../../src/web/api/inzet.types';
import { ROLLEN } from '../../src/web/api/toegang.types';
import * as web from '../../src/web/api/wendbaar.types';

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

describe('the web app mirrors the lifecycles of the agile side', () => {
  it('offers a step to the same roles as the policy (STAPPEN)', () => {
    expect(WEB_STAPPEN).toEqual(SERVER_STAPPEN);
  });

  it('knows the same states and choices as the domain', () => {
    expect(web.OPGAVE_STATUSSEN).toEqual(opgave.OPGAVE_STATUSSEN);
    expect(web.BESTUURSOPDRACHT_STATUSSEN).toEqual(bestuursopdracht.BESTUURSOPDRACHT_STATUSSEN);
    expect(web.BESLUIT_UITKOMSTEN).toEqual(bestuursopdracht.BESLUIT_UITKOMSTEN);
    expect(web.PC_MOMENTEN).toEqual(bestuursopdracht.PC_MOMENTEN);
    expect(web.BETROKKENHEID).toEqual(opgave.BETROKKENHEID);
    expect(web.INVLOED).toEqual(opgave.INVLOED);
    expect(web.EIGENAARSCHAP).toEqual(opgave.EIGENAARSCHAP);
    expect(web.OVERHEIDSROLLEN).toEqual(opgave.OVERHEIDSROLLEN);
    expect(WEB_INZETVERZOEK_STATUSSEN).toEqual(INZETVERZOEK_STATUSSEN);
  });
});

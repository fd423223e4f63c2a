import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruimSessiesOp, sessieId } from '../../src/services/auth.service';
import { type Api, call, loginAls, startApi } from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const tokenVan = (cookie: string) => cookie.replace('wendbaar_sessie=', '');

describe('housekeeping of sessions and login attempts', () => {
  it('removes expired and ended sessions and old failed attempts, and keeps what still counts', async () => {
    const nu = new Date();
    const uur = 3600_000;
    const actief = await loginAls(api.db, ['medewerker']);
    const verlopen = await loginAls(api.db, ['medewerker']);
    const uitgelogd = await loginAls(api.db, ['medewerker']);
    await api.db
      .updateTable('sessie')
      .set({ verloopt_op: new Date(nu.getTime() - uur) })
      .where('id', '=', sessieId(tokenVan(verlopen.cookie)))
      .execute();
    await api.db
      .updateTable('sessie')
      .set({ beeindigd_op: new Date(nu.getTime() - 60_000) })
      .where('id', '=', sessieId(tokenVan(uitgelogd.cookie)))
      .execute();
    await api.db
      .insertInto('inlogpoging')
      .values([
        { sleutel: 'account:oud', tijdstip: new Date(nu.getTime() - 2 * uur) },
        { sleutel: 'account:recent', tijdstip: new Date(nu.getTime() - 60_000) },
      ])
      .execute();

    const weg = await ruimSessiesOp(api.db, nu);
    expect(weg.sessies).toBeGreaterThanOrEqual(2);
    expect(weg.pogingen).toBeGreaterThanOrEqual(1);
    const over = await api.db.selectFrom('sessie').select('id').execute();
    const ids = over.map((s) => s.id);
    expect(ids).toContain(sessieId(tokenVan(actief.cookie)));
    expect(ids).not.toContain(sessieId(tokenVan(verlopen.cookie)));
    expect(ids).not.toContain(sessieId(tokenVan(uitgelogd.cookie)));
    const pogingen = await api.db.selectFrom('inlogpoging').select('sleutel').execute();
    expect(pogingen.map((p) => p.sleutel)).toEqual(['account:recent']);

    // The remaining session still works; a removed one answers 401 like any unknown session.
    expect((await call(api.app, 'GET', '/api/v1/teams', undefined, actief)).statusCode).toBe(200);
    expect((await call(api.app, 'GET', '/api/v1/teams', undefined, verlopen)).statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, call, startApi } from './support';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

describe('the list of accounts (beheer)', () => {
  it('pages by name with the total, and searches name and e-mail with % and _ taken literally', async () => {
    for (const naam of ['Anna 100% Jansen', 'Bram Bakker', 'Cem Yilmaz', 'Dirk_de Boer', 'Eva Smit']) {
      const r = await call(api.app, 'POST', '/api/v1/accounts', {
        eMail: `${naam.toLowerCase().replace(/[^a-z]/g, '')}@example.nl`,
        naam,
        rollen: ['medewerker'],
      });
      expect(r.statusCode).toBe(201);
    }
    const lijst = (q: string) => call(api.app, 'GET', `/api/v1/accounts?${q}`);
    const alle = await lijst('paginaGrootte=500');
    const totaal = alle.data.aantal;
    expect(totaal).toBeGreaterThanOrEqual(5);
    const namen = alle.data.resultaten.map((a: any) => a.naam);
    expect(namen).toEqual([...namen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const tweede = await lijst('paginaGrootte=2&pagina=2');
    expect(tweede.data).toMatchObject({ aantal: totaal, pagina: 2, paginaGrootte: 2 });
    expect(tweede.data.resultaten.map((a: any) => a.naam)).toEqual(namen.slice(2, 4));
    expect(tweede.data._links.prev.href).toContain('pagina=1');

    expect((await lijst('zoek=100%25')).data.resultaten.map((a: any) => a.naam)).toEqual([
      'Anna 100% Jansen',
    ]);
    expect((await lijst('zoek=%25')).data.aantal).toBe(1);
    expect((await lijst('zoek=_de')).data.resultaten.map((a: any) => a.naam)).toEqual(['Dirk_de Boer']);
    expect((await lijst('zoek=BAKKER')).data.aantal).toBe(1);
    expect((await lijst('zoek=bram')).data.resultaten[0].eMail).toBe('brambakker@example.nl');
    expect((await lijst('paginaGrootte=0')).statusCode).toBe(400);
    const mails = (await lijst('paginaGrootte=500&sorteer=-eMail')).data.resultaten.map((a: any) => a.eMail);
    expect(mails).toEqual([...mails].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect((await lijst('sorteer=rollen')).data.invalidParams[0].name).toBe('sorteer');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/domain/rol';
import { type Api, als, call, loginAls, type Sessie, startApi } from './support';

/**
 * "Zo werken we" (issue 15, item 3) on both engines: pages whose every change is a new version
 * (never an overwrite), If-Match (412, 428), the history newest first, the difference between two
 * versions, archiving (the history stays readable), ordering, sanitised HTML, all problems in one
 * 400, the audit of writes, and who may read and write (item 7).
 */
let api: Api;
let directeur: Sessie;
let po: Sessie;
const lezers: Partial<Record<Rol, Sessie>> = {};

const PAD = '/api/v1/zo-werken-we-paginas';
const metVersie = (s: Sessie, versie: number) => als(s, { 'if-match': `"${versie}"` });

async function nieuw(titel: string, tekst = 'Eerste tekst.\n', s: Sessie = directeur) {
  const r = await call(api.app, 'POST', PAD, { titel, samenvatting: `Over ${titel}`, tekst }, als(s));
  expect(r.statusCode, r.body).toBe(201);
  return r.data;
}

beforeAll(async () => {
  api = await startApi();
  directeur = await loginAls(api.db, ['directeur']);
  po = await loginAls(api.db, ['po']);
  for (const rol of [
    'medewerker',
    'teamleider',
    'programmaregisseur',
    'or',
    'college',
    'beheerder',
  ] as const) {
    lezers[rol] = await loginAls(api.db, [rol]);
  }
});
afterAll(async () => {
  await api.close();
});

describe('Zo werken we: pages and versions', () => {
  it('creates a page with its first version, then every edit is a new version with author, time and note', async () => {
    const p = await nieuw('Zo werken we samen', '# Samen\n\nWe werken samen.\n');
    expect(p).toMatchObject({ versieNummer: 1, aantalVersies: 1, gearchiveerd: false, versie: 1 });
    expect(p.html).toContain('<h2>Samen</h2>');
    expect(p.gewijzigdDoor).toBe('Test directeur');
    expect(p.mag).toEqual({ bewerken: true, archiveren: true });

    const r = await call(
      api.app,
      'PATCH',
      `${PAD}/${p.id}`,
      { tekst: '# Samen\n\nWe werken graag samen.\n', notitie: 'Toon aangepast' },
      metVersie(po, p.versie),
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers.etag).toBe(`"${r.data.versie}"`);
    expect(r.data).toMatchObject({ versieNummer: 2, aantalVersies: 2, gewijzigdDoor: 'Test po' });

    const h = await call(api.app, 'GET', `${PAD}/${p.id}/versies`, undefined, als(lezers.medewerker!));
    expect(h.statusCode).toBe(200);
    expect(h.data.resultaten.map((v: { nummer: number }) => v.nummer)).toEqual([2, 1]);
    expect(h.data.resultaten[0]).toMatchObject({ auteur: 'Test po', notitie: 'Toon aangepast' });
    expect(h.data.resultaten[1]).toMatchObject({ auteur: 'Test directeur', notitie: null });

    // The first version is still there, exactly as it was.
    const v1 = await call(api.app, 'GET', `${PAD}/${p.id}/versies/1`, undefined, als(lezers.or!));
    expect(v1.data.tekst).toBe('# Samen\n\nWe werken samen.\n');

    const d = await call(
      api.app,
      'GET',
      `${PAD}/${p.id}/verschillen?van=1&naar=2`,
      undefined,
      als(lezers.college!),
    );
    expect(d.statusCode, d.body).toBe(200);
    expect(d.data.delen.filter((x: { soort: string }) => x.soort === 'toegevoegd')).toEqual([
      { soort: 'toegevoegd', tekst: 'graag ' },
    ]);
    expect(d.data).toMatchObject({ aantalToegevoegd: 1, aantalVerwijderd: 0, titelGewijzigd: false });
    const zelf = await call(api.app, 'GET', `${PAD}/${p.id}/verschillen?van=2&naar=2`);
    expect(zelf.data.delen.every((x: { soort: string }) => x.soort === 'gelijk')).toBe(true);
    expect((await call(api.app, 'GET', `${PAD}/${p.id}/verschillen?van=1&naar=9`)).statusCode).toBe(404);
  });

  it('refuses a stale version (412) and a change without If-Match (428), overwriting nothing', async () => {
    const p = await nieuw('Robuust en wendbaar');
    const eerst = await call(
      api.app,
      'PATCH',
      `${PAD}/${p.id}`,
      { tekst: 'Van de directeur.' },
      metVersie(directeur, p.versie),
    );
    expect(eerst.statusCode).toBe(200);
    const later = await call(
      api.app,
      'PATCH',
      `${PAD}/${p.id}`,
      { tekst: 'Van P&O.' },
      metVersie(po, p.versie),
    );
    expect(later.statusCode).toBe(412);
    expect(later.headers['content-type']).toContain('application/problem+json');
    const zonder = await call(api.app, 'PATCH', `${PAD}/${p.id}`, { tekst: 'Zonder versie.' }, als(po));
    expect(zonder.statusCode).toBe(428);
    const nu = await call(api.app, 'GET', `${PAD}/${p.id}`);
    expect(nu.data).toMatchObject({ tekst: 'Van de directeur.', versieNummer: 2 });
  });

  it('answers 400 problem+json listing every problem at once', async () => {
    const r = await call(
      api.app,
      'POST',
      PAD,
      { titel: '  ', samenvatting: 'x'.repeat(301), tekst: '', notitie: 'n'.repeat(501), onbekend: 1 },
      als(directeur),
    );
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const velden = JSON.stringify(r.data);
    for (const veld of ['titel', 'samenvatting', 'tekst', 'notitie']) expect(velden).toContain(veld);

    await nieuw('Leren en evalueren');
    const dubbel = await call(api.app, 'POST', PAD, { titel: 'leren en EVALUEREN', tekst: 'x' }, als(po));
    expect(dubbel.statusCode).toBe(400);
    expect(JSON.stringify(dubbel.data)).toContain('al een pagina met deze titel');
  });

  it('renders Markdown sanitised: no raw HTML, no script, no javascript: or data: links', async () => {
    const p = await nieuw(
      'Veilig',
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](data:text/html,x) ![c](data:image/png;base64,AA) [d](https://example.nl)\n',
    );
    expect(p.html).not.toMatch(/<script/i);
    expect(p.html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(p.html).not.toMatch(/(href|src)="\s*(javascript|data):/i);
    expect(p.html).toContain('<a href="https://example.nl" rel="noopener noreferrer">d</a>');
    // The text is kept as written: only its rendering is safe.
    expect(p.tekst).toContain('<script>');
  });

  it('archives a page (not deleted: history readable), refuses edits there, brings it back, and orders pages', async () => {
    const a = await nieuw('Inzet op basis van expertise');
    const gearchiveerd = await call(
      api.app,
      'PATCH',
      `${PAD}/${a.id}`,
      { gearchiveerd: true },
      metVersie(po, a.versie),
    );
    expect(gearchiveerd.statusCode, gearchiveerd.body).toBe(200);
    expect(gearchiveerd.data).toMatchObject({ gearchiveerd: true, mag: { bewerken: false } });
    const lijst = await call(api.app, 'GET', PAD, undefined, als(lezers.medewerker!));
    expect(lijst.data.resultaten.map((x: { id: string }) => x.id)).not.toContain(a.id);
    const archief = await call(
      api.app,
      'GET',
      `${PAD}?gearchiveerd=true`,
      undefined,
      als(lezers.medewerker!),
    );
    expect(archief.data.resultaten.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(
      (await call(api.app, 'GET', `${PAD}/${a.id}/versies`, undefined, als(lezers.medewerker!))).statusCode,
    ).toBe(200);
    const bewerk = await call(
      api.app,
      'PATCH',
      `${PAD}/${a.id}`,
      { tekst: 'nieuw' },
      metVersie(po, gearchiveerd.data.versie),
    );
    expect(bewerk.statusCode).toBe(409);
    const terug = await call(
      api.app,
      'PATCH',
      `${PAD}/${a.id}`,
      { gearchiveerd: false },
      metVersie(po, gearchiveerd.data.versie),
    );
    expect(terug.data.gearchiveerd).toBe(false);

    // Moved to the top: first in the list, the others follow in their order.
    const voor = (await call(api.app, 'GET', PAD)).data.resultaten.map((x: { id: string }) => x.id);
    expect(voor.at(-1)).toBe(a.id);
    const bovenaan = await call(
      api.app,
      'PATCH',
      `${PAD}/${a.id}`,
      { volgorde: 1 },
      metVersie(po, terug.data.versie),
    );
    expect(bovenaan.data.volgorde).toBe(1);
    const na = (await call(api.app, 'GET', PAD)).data.resultaten.map((x: { id: string }) => x.id);
    expect(na).toEqual([a.id, ...voor.slice(0, -1)]);
  });

  it('audits every write with the page as its object', async () => {
    const p = await nieuw('Geaudit');
    await call(api.app, 'PATCH', `${PAD}/${p.id}`, { tekst: 'Tweede.' }, metVersie(po, p.versie));
    const regels = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('object_id', '=', p.id)
      .orderBy('id')
      .execute();
    expect(regels.map((r) => [r.actie, r.object_type, r.resultaat])).toEqual([
      ['POST /zo-werken-we-paginas', 'zoWerkenWePagina', 'gelukt'],
      ['PATCH /zo-werken-we-paginas/{paginaId}', 'pagina', 'gelukt'],
    ]);
    expect(regels[1]!.details).toMatchObject({ versieNummer: 2 });
  });

  it('lets every role read and only the directie and P&O write; the answers say who may', async () => {
    const p = await nieuw('Voor iedereen');
    for (const [rol, s] of Object.entries(lezers)) {
      const lijst = await call(api.app, 'GET', PAD, undefined, als(s!));
      expect(lijst.statusCode, rol).toBe(200);
      expect(lijst.data.mag).toEqual({ aanmaken: false, ordenen: false });
      const pagina = await call(api.app, 'GET', `${PAD}/${p.id}`, undefined, als(s!));
      expect(pagina.data.mag, rol).toEqual({ bewerken: false, archiveren: false });
      expect(
        (await call(api.app, 'POST', PAD, { titel: `Van ${rol}`, tekst: 'x' }, als(s!))).statusCode,
        rol,
      ).toBe(403);
      const patch = await call(api.app, 'PATCH', `${PAD}/${p.id}`, { tekst: 'x' }, metVersie(s!, p.versie));
      expect(patch.statusCode, rol).toBe(403);
    }
    expect((await call(api.app, 'GET', PAD, undefined, { cookie: 'geen=1' })).statusCode).toBe(401);
    expect((await call(api.app, 'GET', PAD, undefined, als(po))).data.mag).toEqual({
      aanmaken: true,
      ordenen: true,
    });
    expect((await call(api.app, 'GET', `${PAD}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });
});

import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen, vandaag } from '../../src/domain/datum';
import { type Api, als, buildMedewerker, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * The raadsbrief (issue 15, item 5): compose with a snapshot, edit sections with If-Match, refresh
 * the snapshot while concept, approval by the college only (every gap at once), sending stores the
 * documents as sent, a sent letter is immutable in the database and downloads the same bytes, the
 * OR reads only sent letters.
 */
let api: Api;
let s: Record<'directeur' | 'po' | 'college' | 'or' | 'medewerker', Sessie>;
const dag = vandaag();

beforeAll(async () => {
  api = await startApi();
  s = {
    directeur: await loginAls(api.db, ['directeur']),
    po: await loginAls(api.db, ['po']),
    college: await loginAls(api.db, ['college']),
    or: await loginAls(api.db, ['or']),
    medewerker: await loginAls(api.db, ['medewerker']),
  };
  const team = await buildTeam(api.app, { naam: 'Vergunningen' });
  await buildMedewerker(api.app, { teamId: team.id });
});
afterAll(async () => {
  await api.close();
});

const post = (wie: Sessie, url: string, body: unknown, versie?: number) =>
  call(
    api.app,
    'POST',
    `/api/v1${url}`,
    body,
    als(wie, versie === undefined ? {} : { 'if-match': `"${versie}"` }),
  );
const get = (wie: Sessie, url: string) => call(api.app, 'GET', `/api/v1${url}`, undefined, als(wie));
const download = (wie: Sessie, id: string, formaat: string) =>
  api.app.inject({
    method: 'GET',
    url: `/api/v1/raadsbrieven/${id}/document?formaat=${formaat}`,
    headers: als(wie),
  });

describe('a raadsbrief from concept to sent', () => {
  it('composes, approves, sends, and stays exactly as sent', async () => {
    const nieuw = await post(s.directeur, '/raadsbrieven', {
      onderwerp: 'Voortgang organisatieontwikkeling',
    });
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    expect(nieuw.headers.etag).toBe('"2"');
    const b = nieuw.data;
    expect(b.documentnummer).toMatch(/^RB-\d{4}-\d{4}$/);
    expect(b).toMatchObject({ status: 'concept', volgendeStatussen: ['vastgesteld'] });
    expect(b.momentopname.nummer).toBe(`${b.documentnummer}-M1`);
    expect(b.momentopname.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.inhoud.organisatieInCijfers.aantalTeams).toBeGreaterThan(0);
    expect(b.inhoud.organisatieInCijfers.teams.map((t: { naam: string }) => t.naam)).toContain(
      'Vergunningen',
    );
    expect(b.mag).toMatchObject({
      wijzigen: true,
      momentopnameVernieuwen: true,
      vaststellen: false,
      verzenden: false,
    });

    // The OR does not see a concept; a medewerker nothing at all.
    expect((await get(s.or, `/raadsbrieven/${b.id}`)).statusCode).toBe(403);
    expect((await get(s.or, '/raadsbrieven')).data.resultaten).toEqual([]);
    expect((await get(s.medewerker, '/raadsbrieven')).statusCode).toBe(403);

    // The college approves only what is complete: every gap at once.
    const college = (await get(s.college, `/raadsbrieven/${b.id}`)).data;
    expect(college.mag).toMatchObject({ vaststellen: true, wijzigen: false });
    const onvolledig = await post(s.college, `/raadsbrieven/${b.id}/vaststellingen`, {}, 2);
    expect(onvolledig.statusCode).toBe(400);
    expect(onvolledig.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(
      ['aanleiding', 'datum', 'kernboodschap', 'portefeuillehouder'].sort(),
    );
    // Only the college approves.
    expect((await post(s.directeur, `/raadsbrieven/${b.id}/vaststellingen`, {}, 2)).statusCode).toBe(403);

    // Sections with If-Match; a stale version is 412, an empty onderwerp 400.
    const patch = (versie: number, body: unknown) =>
      call(api.app, 'PATCH', `/api/v1/raadsbrieven/${b.id}`, body, als(s.po, { 'if-match': `"${versie}"` }));
    expect((await patch(1, { aanleiding: 'x' })).statusCode).toBe(412);
    expect((await patch(2, { onderwerp: ' ' })).statusCode).toBe(400);
    const gewijzigd = await patch(2, {
      aanleiding: 'De raad vroeg om een stand van zaken.',
      kernboodschap: 'Het programma ligt op koers.',
      portefeuillehouder: 'Wethouder A. de Vries',
      datum: dag,
    });
    expect(gewijzigd.statusCode, gewijzigd.body).toBe(200);
    expect(gewijzigd.headers.etag).toBe('"3"');

    // A fresh snapshot while concept: a new number, the old one stays stored.
    const vernieuwd = await post(s.directeur, `/raadsbrieven/${b.id}/momentopnamen`, {}, 3);
    expect(vernieuwd.statusCode, vernieuwd.body).toBe(201);
    expect(vernieuwd.data.momentopname.nummer).toBe(`${b.documentnummer}-M2`);

    // A concept downloads, made from its snapshot: the same bytes twice.
    const c1 = await download(s.directeur, b.id, 'pdf');
    const c2 = await download(s.directeur, b.id, 'pdf');
    expect(c1.statusCode).toBe(200);
    expect(c1.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.compare(c1.rawPayload, c2.rawPayload)).toBe(0);

    // Sending before approval: 409 naming the step.
    const teVroeg = await post(s.directeur, `/raadsbrieven/${b.id}/verzendingen`, {}, 4);
    expect(teVroeg.statusCode).toBe(409);
    expect(teVroeg.data.detail).toContain('vaststellen');

    const vastgesteld = await post(
      s.college,
      `/raadsbrieven/${b.id}/vaststellingen`,
      { vastgesteldOp: dag },
      4,
    );
    expect(vastgesteld.statusCode, vastgesteld.body).toBe(201);
    expect(vastgesteld.data).toMatchObject({ status: 'vastgesteld', vastgesteld: { op: dag } });
    // Frozen: no more section changes, no new snapshot.
    expect((await patch(5, { vervolg: 'Later' })).statusCode).toBe(409);
    expect((await post(s.directeur, `/raadsbrieven/${b.id}/momentopnamen`, {}, 5)).statusCode).toBe(409);
    // Sent before it was approved: 400.
    const voor = await post(
      s.directeur,
      `/raadsbrieven/${b.id}/verzendingen`,
      { verzondenOp: plusDagen(dag, -1) },
      5,
    );
    expect(voor.statusCode).toBe(400);

    const verzonden = await post(s.directeur, `/raadsbrieven/${b.id}/verzendingen`, {}, 5);
    expect(verzonden.statusCode, verzonden.body).toBe(201);
    expect(verzonden.data).toMatchObject({
      status: 'verzonden',
      volgendeStatussen: [],
      verzonden: { op: dag },
    });
    expect(verzonden.data.documenten.map((d: { formaat: string }) => d.formaat)).toEqual(['docx', 'pdf']);
    expect(verzonden.data.mag).toMatchObject({ wijzigen: false, vaststellen: false, verzenden: false });

    // Downloads exactly as sent.
    const docx = await download(s.or, b.id, 'docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain(b.documentnummer);
    expect(xml).toContain(`hash ${vernieuwd.data.momentopname.sha256.slice(0, 12)}`);
    const opgeslagen = await sql<{
      sha256: string;
    }>`select sha256 from raadsbrief_document where raadsbrief_id = ${b.id} and formaat = 'pdf'`.execute(
      api.db,
    );
    const pdf = await download(s.college, b.id, 'pdf');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(opgeslagen.rows[0]!.sha256);
    expect(pdf.headers['content-disposition']).toContain(`${b.documentnummer}.pdf`);

    // The OR reads it now.
    expect((await get(s.or, `/raadsbrieven/${b.id}`)).statusCode).toBe(200);
    expect((await get(s.or, '/raadsbrieven')).data.resultaten.map((x: { id: string }) => x.id)).toEqual([
      b.id,
    ]);

    // The database refuses any change to the sent letter, its snapshot and its documents.
    await expect(
      sql`update raadsbrief set onderwerp = 'x' where id = ${b.id}`.execute(api.db),
    ).rejects.toThrow();
    await expect(
      sql`delete from raadsbrief_document where raadsbrief_id = ${b.id}`.execute(api.db),
    ).rejects.toThrow();
    await expect(
      sql`update raadsbrief_momentopname set sha256 = repeat('0', 64) where raadsbrief_id = ${b.id}`.execute(
        api.db,
      ),
    ).rejects.toThrow();
  });

  it('checks the input: every problem at once, an unknown format, a missing letter', async () => {
    const fout = await post(s.directeur, '/raadsbrieven', { onderwerp: '', datum: 'morgen', extra: 1 });
    expect(fout.statusCode).toBe(400);
    expect(fout.data.invalidParams.length).toBeGreaterThanOrEqual(2);
    expect((await post(s.college, '/raadsbrieven', { onderwerp: 'x' })).statusCode).toBe(403);
    const b = (await post(s.po, '/raadsbrieven', { onderwerp: 'Tweede brief' })).data;
    expect((await download(s.po, b.id, 'odt')).statusCode).toBe(400);
    expect((await get(s.po, '/raadsbrieven/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    // A step without If-Match is refused (428 or 400), never a 500.
    const zonder = await post(s.college, `/raadsbrieven/${b.id}/vaststellingen`, {});
    expect(zonder.statusCode).toBeGreaterThanOrEqual(400);
    expect(zonder.statusCode).toBeLessThan(500);
  });
});

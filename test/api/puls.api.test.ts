import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/domain/rol';
import {
  type Api,
  als,
  buildLeiding,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * The pulsmeting (issue 14, item 5) on both engines: every route, the anonymity by construction
 * (schema and stored rows), one answer per person per round also under concurrent submissions, the
 * n ≥ 5 suppression on every aggregate route and who sees what.
 */
let api: Api;
const teams: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
/** Answers per team: C (3) is small, so overig would be 3 and D (5, the smallest team) joins it. */
const AANTAL = { A: 7, B: 6, C: 3, D: 5 } as const;
const mensen: { team: keyof typeof teams; sessie: Sessie }[] = [];
let po: Sessie;
let directeur: Sessie;
let or: Sessie;
let leiderA: Sessie;
let leiderD: Sessie;
let medewerker: Sessie;

const scores = (w: number) => ({ werkdruk: w, energie: 3, steun: 4, plezier: 4 });

async function rol(rollen: Rol[], teamId?: string) {
  const m = teamId ? await buildMedewerker(api.app, { teamId }) : null;
  return { sessie: await loginAls(api.db, rollen, { medewerkerId: m?.id ?? null }), medewerkerId: m?.id };
}

async function nieuweRonde(titel: string, openVraag: string | null = null) {
  const r = await call(api.app, 'POST', '/api/v1/puls-rondes', { titel, openVraag }, als(po));
  expect(r.statusCode).toBe(201);
  return r.data;
}

async function stap(id: string, naar: 'open' | 'gesloten') {
  const huidig = await call(api.app, 'GET', `/api/v1/puls-rondes/${id}`, undefined, als(po));
  const r = await call(
    api.app,
    'POST',
    `/api/v1/puls-rondes/${id}/overgangen`,
    { naar },
    als(po, { 'if-match': `"${huidig.data.versie}"` }),
  );
  expect(r.statusCode, r.body).toBe(201);
  return r.data;
}

const antwoord = (id: string, s: Sessie, body: unknown) =>
  call(api.app, 'POST', `/api/v1/puls-rondes/${id}/antwoorden`, body, als(s));

beforeAll(async () => {
  api = await startApi();
  for (const k of Object.keys(teams) as (keyof typeof teams)[]) {
    teams[k] = (await buildTeam(api.app, { naam: `Pulsteam ${k}` })).id;
    for (let i = 0; i < AANTAL[k]; i++) {
      mensen.push({ team: k, sessie: (await rol(['medewerker'], teams[k])).sessie });
    }
  }
  po = (await rol(['po'])).sessie;
  directeur = (await rol(['directeur'])).sessie;
  or = (await rol(['or'], teams.A)).sessie;
  const a = await rol(['teamleider'], teams.A);
  await buildLeiding(api.app, teams.A, a.medewerkerId!);
  leiderA = a.sessie;
  const d = await rol(['teamleider'], teams.D);
  await buildLeiding(api.app, teams.D, d.medewerkerId!);
  leiderD = d.sessie;
  medewerker = mensen[0]!.sessie;
});
afterAll(async () => {
  await api.close();
});

describe('pulsmeting: rounds', () => {
  it('lets P&O create a round with the four standard questions, and nobody else', async () => {
    const r = await nieuweRonde('Puls voorjaar', 'Wat kan beter?');
    expect(r.status).toBe('concept');
    expect(r.vragen.map((v: { code: string }) => v.code)).toEqual([
      'werkdruk',
      'energie',
      'steun',
      'plezier',
    ]);
    expect(r.mag).toEqual({ wijzigen: true, openen: true, sluiten: false, resultatenZien: false });
    const geweigerd = await call(api.app, 'POST', '/api/v1/puls-rondes', { titel: 'x' }, als(directeur));
    expect(geweigerd.statusCode).toBe(403);
    expect(geweigerd.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 400 with every problem of a bad round at once', async () => {
    const r = await call(
      api.app,
      'POST',
      '/api/v1/puls-rondes',
      {
        titel: '   ',
        vragen: [
          { code: 'Werkdruk!', tekst: 'a' },
          { code: 'b', tekst: '' },
        ],
        openVraag: 'x'.repeat(501),
      },
      als(po),
    );
    expect(r.statusCode).toBe(400);
    const velden = r.data.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(velden).toEqual(['openVraag', 'titel', 'vragen.0.code', 'vragen.1.tekst']);
    const dubbel = await call(
      api.app,
      'POST',
      '/api/v1/puls-rondes',
      {
        titel: 'Dubbel',
        vragen: [
          { code: 'a', tekst: 'A' },
          { code: 'a', tekst: 'B' },
        ],
      },
      als(po),
    );
    expect(dubbel.statusCode).toBe(400);
  });

  it('edits a concept with If-Match (428 without, 412 stale), and refuses edits once open (409)', async () => {
    const r = await nieuweRonde('Te wijzigen');
    const pad = `/api/v1/puls-rondes/${r.id}`;
    expect((await call(api.app, 'PATCH', pad, { titel: 'Nieuw' }, als(po))).statusCode).toBe(428);
    expect(
      (await call(api.app, 'PATCH', pad, { titel: 'Nieuw' }, als(po, { 'if-match': '"9"' }))).statusCode,
    ).toBe(412);
    const gewijzigd = await call(
      api.app,
      'PATCH',
      pad,
      { titel: 'Nieuw', vragen: [{ code: 'werkdruk', tekst: 'Het is druk.' }] },
      als(po, { 'if-match': `"${r.versie}"` }),
    );
    expect(gewijzigd.statusCode).toBe(200);
    expect(gewijzigd.data.vragen).toEqual([{ code: 'werkdruk', tekst: 'Het is druk.' }]);
    const open = await stap(r.id, 'open');
    expect(open.status).toBe('open');
    const laat = await call(
      api.app,
      'PATCH',
      pad,
      { titel: 'Later' },
      als(po, { 'if-match': `"${open.versie}"` }),
    );
    expect(laat.statusCode).toBe(409);
    // A step that does not follow: opening again.
    const weer = await call(
      api.app,
      'POST',
      `${pad}/overgangen`,
      { naar: 'open' },
      als(po, { 'if-match': `"${open.versie}"` }),
    );
    expect(weer.statusCode).toBe(409);
    await stap(r.id, 'gesloten');
  });

  it('hides a concept from everyone but P&O', async () => {
    const r = await nieuweRonde('Nog geheim');
    expect(
      (await call(api.app, 'GET', `/api/v1/puls-rondes/${r.id}`, undefined, als(medewerker))).statusCode,
    ).toBe(404);
    const lijst = await call(api.app, 'GET', '/api/v1/puls-rondes', undefined, als(directeur));
    expect(lijst.data.resultaten.some((x: { id: string }) => x.id === r.id)).toBe(false);
    const vanPo = await call(api.app, 'GET', '/api/v1/puls-rondes', undefined, als(po));
    expect(vanPo.data.resultaten.some((x: { id: string }) => x.id === r.id)).toBe(true);
    expect(vanPo.data.mag.aanmaken).toBe(true);
  });
});

describe('pulsmeting: answering', () => {
  let ronde: { id: string };
  beforeAll(async () => {
    ronde = await nieuweRonde('Puls najaar', 'Wat wil je kwijt?');
    await stap(ronde.id, 'open');
  });

  it('lists the open round for the medewerker, not yet answered', async () => {
    const r = await call(api.app, 'GET', '/api/v1/mijn-puls-rondes', undefined, als(medewerker));
    expect(r.statusCode).toBe(200);
    expect(r.data.resultaten.find((x: { id: string }) => x.id === ronde.id)).toMatchObject({
      beantwoord: false,
      kanInvullen: true,
    });
  });

  it('answers 400 with every problem of a bad answer at once', async () => {
    const r = await antwoord(ronde.id, medewerker, {
      scores: { werkdruk: 6, energie: 0, steun: 2.5 },
      openAntwoord: 'x'.repeat(2001),
    });
    expect(r.statusCode).toBe(400);
    const velden = r.data.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(velden).toEqual(['openAntwoord', 'scores.energie', 'scores.steun', 'scores.werkdruk']);
    const ontbreekt = await antwoord(ronde.id, medewerker, { scores: { werkdruk: 3, onzin: 2 } });
    expect(ontbreekt.statusCode).toBe(400);
    expect(ontbreekt.data.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'scores.energie',
      'scores.onzin',
      'scores.plezier',
      'scores.steun',
    ]);
  });

  it('takes one answer per person: 409 on a second one', async () => {
    const eerste = await antwoord(ronde.id, medewerker, {
      scores: scores(4),
      openAntwoord: 'Meer rust graag.',
    });
    expect(eerste.statusCode).toBe(201);
    expect(eerste.data).toEqual({ rondeId: ronde.id, beantwoord: true });
    const tweede = await antwoord(ronde.id, medewerker, { scores: scores(1) });
    expect(tweede.statusCode).toBe(409);
    expect(tweede.headers['content-type']).toContain('application/problem+json');
    const mijn = await call(api.app, 'GET', '/api/v1/mijn-puls-rondes', undefined, als(medewerker));
    expect(mijn.data.resultaten.find((x: { id: string }) => x.id === ronde.id)).toMatchObject({
      beantwoord: true,
      kanInvullen: false,
    });
  });

  it('stores exactly one answer when the same person submits several at once', async () => {
    const iemand = mensen[1]!.sessie;
    const voor = await tel(ronde.id);
    const r = await Promise.all([1, 2, 3, 4].map(() => antwoord(ronde.id, iemand, { scores: scores(4) })));
    expect(r.map((x) => x.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(await tel(ronde.id)).toBe(voor + 1);
  });

  it('refuses an account without a medewerker record (403)', async () => {
    expect((await antwoord(ronde.id, po, { scores: scores(3) })).statusCode).toBe(403);
  });

  it('shows no results and no count below five while the round is open', async () => {
    const r = await call(api.app, 'GET', `/api/v1/puls-rondes/${ronde.id}/resultaten`, undefined, als(po));
    expect(r.statusCode).toBe(200);
    expect(r.data).toMatchObject({ aantalAntwoorden: null, organisatie: null, teams: [], overig: null });
    expect(
      (await call(api.app, 'GET', `/api/v1/puls-rondes/${ronde.id}`, undefined, als(po))).data
        .aantalAntwoorden,
    ).toBe(null);
  });

  it('shows the count only (no figures) of an open round once five answered', async () => {
    for (const m of mensen.slice(2)) {
      const i = mensen.indexOf(m);
      const r = await antwoord(ronde.id, m.sessie, {
        scores: scores(m.team === 'A' ? 5 : 2),
        ...(i < 10 ? { openAntwoord: `Opmerking ${i}` } : {}),
      });
      expect(r.statusCode).toBe(201);
    }
    const r = await call(api.app, 'GET', `/api/v1/puls-rondes/${ronde.id}/resultaten`, undefined, als(po));
    expect(r.data.aantalAntwoorden).toBe(21);
    expect(r.data.organisatie).toBeNull();
  });

  describe('after closing', () => {
    let idsVoor: string[];
    beforeAll(async () => {
      idsVoor = (
        await api.db.selectFrom('puls_antwoord').select('id').where('ronde_id', '=', ronde.id).execute()
      ).map((x) => x.id);
      await stap(ronde.id, 'gesloten');
    });

    it('refuses answers to a closed round (409)', async () => {
      const laat = await rol(['medewerker'], teams.A);
      expect((await antwoord(ronde.id, laat.sessie, { scores: scores(3) })).statusCode).toBe(409);
    });

    it('rewrote the answers with new ids on closing, so neither id nor order tells who answered when', async () => {
      const na = (
        await api.db.selectFrom('puls_antwoord').select('id').where('ronde_id', '=', ronde.id).execute()
      ).map((x) => x.id);
      expect(na).toHaveLength(idsVoor.length);
      expect(na.filter((id) => idsVoor.includes(id))).toEqual([]);
    });

    it('gives P&O and the directie the organisation, teams of five or more and overig, never a small team', async () => {
      for (const s of [po, directeur]) {
        const r = await call(api.app, 'GET', `/api/v1/puls-rondes/${ronde.id}/resultaten`, undefined, als(s));
        expect(r.statusCode).toBe(200);
        expect(r.data.organisatie.aantal).toBe(21);
        // D has five answers, but total − A − B − overig(C) would give away C's three: D joins overig.
        expect(r.data.teams.map((t: { teamNaam: string; aantal: number }) => [t.teamNaam, t.aantal])).toEqual(
          [
            ['Pulsteam A', 7],
            ['Pulsteam B', 6],
          ],
        );
        expect(r.data.overig).toMatchObject({ aantal: 8, aantalTeams: 2 });
        const werkdrukA = r.data.teams[0].scores.find((x: { code: string }) => x.code === 'werkdruk');
        // Two 4s (the first two medewerkers) and five 5s: 33 / 7.
        expect(werkdrukA.gemiddelde).toBe(4.7);
        expect(r.data.openAntwoorden).toHaveLength(9);
      }
    });

    it('gives the OR the organisation level only', async () => {
      const r = await call(api.app, 'GET', `/api/v1/puls-rondes/${ronde.id}/resultaten`, undefined, als(or));
      expect(r.data.organisatie.aantal).toBe(21);
      expect(r.data.teams).toEqual([]);
      expect(r.data.overig).toBeNull();
      expect(r.data.openAntwoorden).toHaveLength(9);
    });

    it('gives a teamleider the organisation and the own team when it has five or more, no open answers', async () => {
      const a = await call(
        api.app,
        'GET',
        `/api/v1/puls-rondes/${ronde.id}/resultaten`,
        undefined,
        als(leiderA),
      );
      expect(a.data.teams.map((t: { teamNaam: string }) => t.teamNaam)).toEqual(['Pulsteam A']);
      expect(a.data.overig).toBeNull();
      expect(a.data.openAntwoorden).toBeNull();
      const d = await call(
        api.app,
        'GET',
        `/api/v1/puls-rondes/${ronde.id}/resultaten`,
        undefined,
        als(leiderD),
      );
      expect(d.data.teams).toEqual([]);
      expect(d.data.eigenTeamsZonderUitslag.map((t: { teamNaam: string }) => t.teamNaam)).toEqual([
        'Pulsteam D',
      ]);
    });

    it('refuses results to a medewerker (403)', async () => {
      const r = await call(
        api.app,
        'GET',
        `/api/v1/puls-rondes/${ronde.id}/resultaten`,
        undefined,
        als(medewerker),
      );
      expect(r.statusCode).toBe(403);
    });

    it('shows the trend per team with the same suppression, per role', async () => {
      const p = await call(api.app, 'GET', '/api/v1/organisatie/puls-trend', undefined, als(po));
      expect(p.statusCode).toBe(200);
      const i = p.data.rondes.findIndex((x: { id: string }) => x.id === ronde.id);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(p.data.organisatie[i].aantal).toBe(21);
      const namen = p.data.teams.map((t: { teamNaam: string }) => t.teamNaam);
      expect(namen).toEqual(['Pulsteam A', 'Pulsteam B']);
      for (const t of p.data.teams) {
        for (const g of t.reeks) if (g) expect(g.aantal).toBeGreaterThanOrEqual(5);
      }
      const o = await call(api.app, 'GET', '/api/v1/organisatie/puls-trend', undefined, als(or));
      expect(o.data.teams).toEqual([]);
      const d = await call(api.app, 'GET', '/api/v1/organisatie/puls-trend', undefined, als(leiderD));
      expect(d.data.teams).toEqual([]);
      const a = await call(api.app, 'GET', '/api/v1/organisatie/puls-trend', undefined, als(leiderA));
      expect(a.data.teams.map((t: { teamNaam: string }) => t.teamNaam)).toEqual(['Pulsteam A']);
    });
  });

  it('suppresses every aggregate of a closed round with fewer than five answers', async () => {
    const klein = await nieuweRonde('Kleine ronde', 'Nog iets?');
    await stap(klein.id, 'open');
    for (const m of mensen.slice(0, 4)) {
      expect((await antwoord(klein.id, m.sessie, { scores: scores(5), openAntwoord: 'x' })).statusCode).toBe(
        201,
      );
    }
    await stap(klein.id, 'gesloten');
    const r = await call(api.app, 'GET', `/api/v1/puls-rondes/${klein.id}/resultaten`, undefined, als(po));
    expect(r.data).toMatchObject({ aantalAntwoorden: null, organisatie: null, teams: [], overig: null });
    expect(r.data.openAntwoorden ?? []).toEqual([]);
    const lijst = await call(api.app, 'GET', '/api/v1/puls-rondes', undefined, als(po));
    expect(lijst.data.resultaten.find((x: { id: string }) => x.id === klein.id).aantalAntwoorden).toBeNull();
    const t = await call(api.app, 'GET', '/api/v1/organisatie/puls-trend', undefined, als(po));
    const i = t.data.rondes.findIndex((x: { id: string }) => x.id === klein.id);
    expect(t.data.organisatie[i]).toBeNull();
    for (const team of t.data.teams) expect(team.reeks[i]).toBeNull();
  });
});

async function tel(rondeId: string): Promise<number> {
  const r = await api.db
    .selectFrom('puls_antwoord')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('ronde_id', '=', rondeId)
    .executeTakeFirstOrThrow();
  return r.n;
}

describe('pulsmeting: anonymity by construction', () => {
  it('has no person and no time on an answer, and no foreign-key path from an answer to a person', async () => {
    const kolommen = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns
      where table_schema = current_schema() and table_name = 'puls_antwoord'`.execute(api.db);
    expect(kolommen.rows.map((k) => k.column_name).sort()).toEqual([
      'id',
      'open_antwoord',
      'ronde_id',
      'scores',
      'team_id',
    ]);
    for (const k of kolommen.rows) {
      expect(k.column_name).not.toMatch(/medewerker|account|persoon|_op$|tijd|datum/);
      expect(k.data_type).not.toMatch(/time|date|serial/);
    }
    // Every table reachable over foreign keys from puls_antwoord: none is a person.
    // From pg_catalog: information_schema shows the app role only constraints of tables it owns.
    const fks = await sql<{ van: string; naar: string }>`
      select cl.relname as van, ref.relname as naar
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_class ref on ref.oid = c.confrelid
      join pg_namespace n on n.oid = cl.relnamespace
      where c.contype = 'f' and n.nspname = current_schema()`.execute(api.db);
    expect(fks.rows.some((fk) => fk.van === 'puls_deelname' && fk.naar === 'medewerker')).toBe(true);
    const bereikt = new Set(['puls_antwoord']);
    for (let groei = true; groei; ) {
      groei = false;
      for (const fk of fks.rows) {
        if (bereikt.has(fk.van) && !bereikt.has(fk.naar)) {
          bereikt.add(fk.naar);
          groei = true;
        }
      }
    }
    expect([...bereikt].sort()).toEqual(['puls_antwoord', 'puls_ronde', 'team']);
    // The deelname has no time either, and nothing in common with an answer but the round.
    const deelname = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = 'puls_deelname'`.execute(api.db);
    expect(deelname.rows.map((k) => k.column_name).sort()).toEqual(['medewerker_id', 'ronde_id']);
  });

  it('stores answers whose every field is the round, the team, the scores or the open text', async () => {
    const rijen = await sql<Record<string, unknown>>`select * from puls_antwoord`.execute(api.db);
    expect(rijen.rows.length).toBeGreaterThan(20);
    for (const r of rijen.rows) {
      expect(Object.keys(r).sort()).toEqual(['id', 'open_antwoord', 'ronde_id', 'scores', 'team_id']);
      expect(Object.values(teams)).toContain(r.team_id);
    }
    // No account or medewerker id turns up anywhere in an answer.
    const personen = await sql<{
      id: string;
    }>`select id::text from medewerker union select id::text from account`.execute(api.db);
    const tekst = JSON.stringify(rijen.rows);
    for (const p of personen.rows) expect(tekst).not.toContain(p.id);
  });

  it('records the answer in the audit trail against the round, never with the answer', async () => {
    const r = await sql<{ object_type: string; details: unknown }>`
      select object_type, details from audit_log where actie = 'POST /puls-rondes/{rondeId}/antwoorden'`.execute(
      api.db,
    );
    expect(r.rows.length).toBeGreaterThan(0);
    for (const x of r.rows) {
      expect(x.object_type).toBe('ronde');
      expect(JSON.stringify(x.details)).not.toMatch(/werkdruk|scores|Opmerking/);
    }
  });
});

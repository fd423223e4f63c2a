import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatenInLidmaatschap } from '../domain/basisteam';
import { type DemoOrganisatie, divide, generateDemoOrganisatie, teamsLedBy } from './demo-organisatie';

const peildatum = '2025-03-14';
const demo = generateDemoOrganisatie({ medewerkers: 400, seed: 7, peildatum });

const covers = (r: { ingangsdatum: string; einddatum: string | null }, dag: string) =>
  r.ingangsdatum <= dag && (r.einddatum === null || r.einddatum >= dag);
const overlap = (a: { ingangsdatum: string; einddatum: string | null }, b: typeof a) =>
  a.ingangsdatum <= (b.einddatum ?? '9999-12-31') && b.ingangsdatum <= (a.einddatum ?? '9999-12-31');

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Every rule a user or the database relies on; returns what is broken, so a failure says why. */
function findViolations(org: DemoOrganisatie): string[] {
  const fouten: string[] = [];
  const dag = org.peildatum;
  const teams = new Map(org.teams.map((t) => [t.id, t]));
  const lidmaatschappen = groupBy(org.teamlidmaatschappen, (l) => l.medewerker_id);
  const contracten = groupBy(org.contracturen, (c) => c.medewerker_id);

  for (const m of org.medewerkers) {
    const actief = m.in_dienst <= dag && (m.uit_dienst === null || m.uit_dienst >= dag);
    for (const [soort, rows] of [
      ['teamlidmaatschap', lidmaatschappen.get(m.id) ?? []],
      ['contracturen', contracten.get(m.id) ?? []],
    ] as const) {
      if (rows.length === 0) fouten.push(`${m.personeelsnummer} heeft geen ${soort}`);
      rows.forEach((a, i) => {
        if (a.einddatum !== null && a.einddatum < a.ingangsdatum)
          fouten.push(`${m.personeelsnummer}: ${soort} eindigt voor begin`);
        if (a.ingangsdatum < m.in_dienst) fouten.push(`${m.personeelsnummer}: ${soort} voor in dienst`);
        if (m.uit_dienst !== null && (a.einddatum === null || a.einddatum > m.uit_dienst)) {
          fouten.push(`${m.personeelsnummer}: ${soort} loopt na uit dienst`);
        }
        for (const b of rows.slice(i + 1))
          if (overlap(a, b)) fouten.push(`${m.personeelsnummer}: ${soort} overlapt`);
      });
      const vandaag = rows.filter((r) => covers(r, dag)).length;
      if (vandaag !== (actief ? 1 : 0)) fouten.push(`${m.personeelsnummer}: ${vandaag}× ${soort} vandaag`);
    }
  }
  // One team on every date in service (issue 12): no gap anywhere in the employment.
  for (const m of org.medewerkers) {
    const gaten = gatenInLidmaatschap(lidmaatschappen.get(m.id) ?? [], {
      inDienst: m.in_dienst,
      uitDienst: m.uit_dienst,
    });
    for (const g of gaten)
      fouten.push(`${m.personeelsnummer}: geen team van ${g.van} tot ${g.tot ?? 'heden'}`);
  }
  // The directie only for those who lead, on every day of that membership.
  for (const l of org.teamlidmaatschappen.filter((r) => teams.get(r.team_id)?.soort === 'directie')) {
    const leidt = org.leiderschap.filter((r) => r.medewerker_id === l.medewerker_id);
    const zonder = gatenInLidmaatschap(leidt, { inDienst: l.ingangsdatum, uitDienst: l.einddatum });
    if (zonder.length > 0) fouten.push(`${l.medewerker_id}: in de directie zonder leiding te geven`);
  }
  for (const c of org.contracturen) {
    if (c.uren_per_week < 0 || c.uren_per_week > 40) fouten.push(`contract van ${c.uren_per_week} uur`);
  }
  for (const l of org.teamlidmaatschappen)
    if (!teams.has(l.team_id)) fouten.push('lidmaatschap van onbekend team');

  const leiders = org.leiderschap.filter((l) => covers(l, dag));
  for (const team of org.teams.filter((t) => t.soort === 'basisteam')) {
    const n = leiders.filter((l) => l.team_id === team.id && l.rol === 'teamleider').length;
    if (n !== 1) fouten.push(`${team.naam} heeft ${n} teamleiders`);
  }
  for (const l of org.leiderschap) {
    const soort = teams.get(l.team_id)?.soort;
    if ((l.rol === 'teamleider') !== (soort === 'basisteam')) fouten.push(`${l.rol} van een ${soort}`);
    if (l.gemeentesecretaris && l.rol !== 'directeur')
      fouten.push('gemeentesecretaris die geen directeur is');
  }

  const unique = (label: string, values: string[]) => {
    if (new Set(values).size !== values.length) fouten.push(`${label} niet uniek`);
  };
  unique(
    'e-mail',
    org.medewerkers.map((m) => m.e_mail.toLowerCase()),
  );
  unique(
    'personeelsnummer',
    org.medewerkers.map((m) => m.personeelsnummer),
  );
  unique(
    'teamnaam',
    org.teams.map((t) => t.naam.toLowerCase()),
  );
  unique(
    'id',
    [
      ...org.teams,
      ...org.medewerkers,
      ...org.contracturen,
      ...org.teamlidmaatschappen,
      ...org.leiderschap,
    ].map((r) => r.id),
  );
  unique(
    'medewerker-expertise',
    org.medewerker_expertise.map((e) => `${e.medewerker_id}/${e.expertise_id}`),
  );
  for (const [, rows] of groupBy(org.medewerker_expertise, (e) => e.medewerker_id)) {
    if (rows.length < 2 || rows.length > 6) fouten.push(`${rows.length} expertises`);
  }
  for (const e of org.medewerker_expertise)
    if (e.niveau < 1 || e.niveau > 4) fouten.push(`niveau ${e.niveau}`);
  return fouten;
}

describe('generateDemoOrganisatie', () => {
  it('gives identical output for the same seed and a different one for another seed', () => {
    expect(generateDemoOrganisatie({ medewerkers: 400, seed: 7, peildatum })).toEqual(demo);
    const other = generateDemoOrganisatie({ medewerkers: 400, seed: 8, peildatum });
    expect(other.medewerkers[0]!.id).not.toBe(demo.medewerkers[0]!.id);
  });

  it('has the shape of the council letter at 400 medewerkers', () => {
    const basisteams = demo.teams.filter((t) => t.soort === 'basisteam');
    const directie = demo.teams.filter((t) => t.soort === 'directie');
    expect(demo.medewerkers).toHaveLength(400);
    expect(directie.map((t) => t.naam)).toEqual(['Directie']);
    expect(basisteams).toHaveLength(21);
    expect(basisteams.every((t) => t.parent_id === directie[0]!.id)).toBe(true);
    expect(basisteams.map((t) => t.naam)).toContain('Toezicht en Handhaving');

    const directeuren = demo.leiderschap.filter((l) => l.rol === 'directeur');
    expect(directeuren).toHaveLength(2);
    expect(directeuren.filter((l) => l.gemeentesecretaris)).toHaveLength(1);
    const teamleiders = groupBy(
      demo.leiderschap.filter((l) => l.rol === 'teamleider'),
      (l) => l.medewerker_id,
    );
    expect(teamleiders.size).toBe(10);
    expect([...teamleiders.values()].map((teams) => teams.length).sort()).toEqual([
      2, 2, 2, 2, 2, 2, 2, 2, 2, 3,
    ]);
    expect(demo.expertises).toHaveLength(40);
    expect(new Set(demo.expertises.map((e) => e.categorie)).size).toBe(8);
  });

  it('puts every lead in the directie team', () => {
    const directieId = demo.teams.find((t) => t.soort === 'directie')!.id;
    const leads = new Set(demo.leiderschap.map((l) => l.medewerker_id));
    const inDirectie = demo.teamlidmaatschappen
      .filter((l) => l.team_id === directieId)
      .map((l) => l.medewerker_id);
    expect(new Set(inDirectie)).toEqual(leads);
    const gs = demo.medewerkers.find(
      (m) => m.id === demo.leiderschap.find((l) => l.gemeentesecretaris)!.medewerker_id,
    )!;
    expect(gs.schaal).toBe(16);
  });

  it('keeps every invariant', () => {
    expect(findViolations(demo)).toEqual([]);
  });

  it('has an invariant check that notices broken rules', () => {
    const kapot: DemoOrganisatie = structuredClone(demo);
    const m = kapot.medewerkers.find((x) => x.uit_dienst === null)!;
    const lid = kapot.teamlidmaatschappen.find((l) => l.medewerker_id === m.id && covers(l, peildatum))!;
    kapot.teamlidmaatschappen.push({ ...lid, id: 'dubbel' });
    const ander = kapot.medewerkers.find(
      (x) => x.uit_dienst === null && x.id !== m.id && x.in_dienst < '2024-01-01',
    )!;
    const open = kapot.teamlidmaatschappen.find((l) => l.medewerker_id === ander.id && l.einddatum === null)!;
    open.einddatum = '2030-06-30';
    kapot.contracturen[0]!.uren_per_week = 41;
    kapot.leiderschap.pop(); // the last teamleider's last team
    expect(findViolations(kapot)).toEqual(
      expect.arrayContaining([
        `${m.personeelsnummer}: teamlidmaatschap overlapt`,
        `${m.personeelsnummer}: 2× teamlidmaatschap vandaag`,
        `${ander.personeelsnummer}: geen team van 2030-07-01 tot heden`,
        'contract van 41 uur',
        'Communicatie en Bestuursondersteuning heeft 0 teamleiders',
      ]),
    );
  });

  it('has realistic part-time contracts, schalen, tredes and dates', () => {
    const huidig = demo.contracturen.filter((c) => covers(c, peildatum));
    const gemiddeld = huidig.reduce((s, c) => s + c.uren_per_week, 0) / huidig.length;
    expect(gemiddeld).toBeGreaterThan(28);
    expect(gemiddeld).toBeLessThan(32);
    expect(new Set(huidig.map((c) => c.uren_per_week))).toEqual(new Set([36, 32, 28, 24, 20, 16]));
    for (const m of demo.medewerkers) {
      expect(m.schaal).toBeGreaterThanOrEqual(4);
      expect(m.schaal).toBeLessThanOrEqual(16);
      expect(m.trede).toBeGreaterThanOrEqual(0);
      expect(m.trede).toBeLessThanOrEqual(12);
      expect(m.in_dienst >= '2000-03-01').toBe(true);
      expect(m.e_mail).toMatch(/^[a-z0-9.]+@demo-gemeente\.nl$/);
    }
    expect(demo.medewerkers[0]!.personeelsnummer).toBe('P10001');
  });

  it('has a little history and open changes dated next month', () => {
    const volgendeMaand = '2025-04-01';
    const metHistorie = (rows: { medewerker_id: string; ingangsdatum: string }[]) =>
      [...groupBy(rows, (r) => r.medewerker_id).values()].filter(
        (r) => r.length > 1 && r.every((x) => x.ingangsdatum <= peildatum),
      ).length;
    expect(metHistorie(demo.contracturen)).toBeGreaterThanOrEqual(3);
    expect(metHistorie(demo.teamlidmaatschappen)).toBeGreaterThanOrEqual(3);
    expect(
      demo.medewerkers.filter((m) => m.uit_dienst !== null && m.uit_dienst < peildatum).length,
    ).toBeGreaterThanOrEqual(3);
    expect(demo.medewerkers.filter((m) => m.uit_dienst === '2025-04-30')).toHaveLength(3);
    expect(demo.medewerkers.filter((m) => m.in_dienst === volgendeMaand)).toHaveLength(2);
    const teamwissels = demo.teamlidmaatschappen.filter((l) => l.ingangsdatum === volgendeMaand);
    const contractwijzigingen = demo.contracturen.filter((c) => c.ingangsdatum === volgendeMaand);
    // Newcomers start with a membership and contract next month too; the rest are changes.
    expect(teamwissels).toHaveLength(3 + 2);
    expect(contractwijzigingen).toHaveLength(3 + 2);
  });

  it('gives everyone 2 to 6 expertises, some with ambitie', () => {
    const ambitie = demo.medewerker_expertise.filter((e) => e.ambitie).length;
    expect(ambitie / demo.medewerker_expertise.length).toBeGreaterThan(0.05);
    expect(ambitie / demo.medewerker_expertise.length).toBeLessThan(0.4);
    expect(new Set(demo.medewerker_expertise.map((e) => e.medewerker_id)).size).toBe(400);
  });

  it('scales the number of teams and teamleiders with the organisation', () => {
    const groot = generateDemoOrganisatie({ medewerkers: 25000, peildatum });
    const basisteams = groot.teams.filter((t) => t.soort === 'basisteam');
    expect(groot.medewerkers).toHaveLength(25000);
    expect(basisteams).toHaveLength(1316);
    expect(
      new Set(groot.leiderschap.filter((l) => l.rol === 'teamleider').map((l) => l.medewerker_id)).size,
    ).toBe(658);
    expect(basisteams.map((t) => t.naam)).toContain('Publiekszaken Noord');
    expect(findViolations(groot)).toEqual([]);
  });

  it('refuses an organisation too small to have its shape', () => {
    expect(() => generateDemoOrganisatie({ medewerkers: 19 })).toThrow('minstens 20 medewerkers');
  });

  it('keeps the invariants for any size and seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 3000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (medewerkers, seed) => {
          const org = generateDemoOrganisatie({ medewerkers, seed, peildatum });
          expect(org.medewerkers).toHaveLength(medewerkers);
          expect(findViolations(org)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('teamsLedBy', () => {
  it('gives each teamleider two teams and the last one the odd team out', () => {
    expect([0, 1, 2].map((t) => teamsLedBy(t, 3, 7))).toEqual([
      [0, 1],
      [2, 3],
      [4, 5, 6],
    ]);
    expect(teamsLedBy(0, 1, 1)).toEqual([0]);
  });
});

describe('divide', () => {
  it('splits a total by weight so the parts add up exactly', () => {
    expect(divide(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(divide(387, [1.3, 1, 0.6]).reduce((a, b) => a + b)).toBe(387);
  });
});

describe('names', () => {
  it('repairs names that the name list stored UTF-8-encoded twice', async () => {
    const { herstelCodering } = await import('./demo-personeel');
    expect(herstelCodering('\u00c3\u0096mer')).toBe('Ömer');
    expect(herstelCodering('Juliëtte')).toBe('Juliëtte');
    const org = generateDemoOrganisatie({ medewerkers: 400 });
    expect(
      org.medewerkers.filter((m) => /[\u00c2\u00c3][\u0080-\u00bf]/.test(m.voornaam + m.achternaam)),
    ).toEqual([]);
  });
});

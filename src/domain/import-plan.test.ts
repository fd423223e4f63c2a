import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  type HuidigeMedewerker,
  type ImportPlan,
  type ImportStand,
  naUitDienst,
  ouderEerst,
  planMedewerkers,
  planTeams,
} from './import-plan';
import type { MedewerkerRij } from './import-rijen';

const VANDAAG = '2026-06-01';
const opties = { peildatum: VANDAAG, vandaag: VANDAAG, volledig: false };

const teams = [
  {
    id: 't1',
    naam: 'Burgerzaken',
    soort: 'basisteam' as const,
    parent_id: null,
    omschrijving: null,
    opgeheven_op: null,
  },
  {
    id: 't2',
    naam: 'Ruimte',
    soort: 'basisteam' as const,
    parent_id: null,
    omschrijving: null,
    opgeheven_op: null,
  },
  {
    id: 't3',
    naam: 'Directie',
    soort: 'directie' as const,
    parent_id: null,
    omschrijving: null,
    opgeheven_op: null,
  },
  {
    id: 't4',
    naam: 'Oud team',
    soort: 'basisteam' as const,
    parent_id: null,
    omschrijving: null,
    opgeheven_op: '2025-01-01',
  },
];

function persoon(nr: string, over: Partial<HuidigeMedewerker> = {}): HuidigeMedewerker {
  return {
    id: `m-${nr}`,
    personeelsnummer: nr,
    voornaam: 'Anouk',
    tussenvoegsel: null,
    achternaam: `Visser${nr}`,
    e_mail: `anouk${nr}@gemeente.nl`,
    functie: 'Adviseur',
    schaal: 10,
    trede: 4,
    in_dienst: '2020-01-01',
    uit_dienst: null,
    lidmaatschappen: [{ id: `l-${nr}`, team_id: 't1', ingangsdatum: '2020-01-01', einddatum: null }],
    contracturen: [{ id: `c-${nr}`, uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null }],
    leiderschap: [],
    ...over,
  };
}

const stand = (medewerkers: HuidigeMedewerker[]): ImportStand => ({
  medewerkers,
  teams,
  terugwerkendeDagen: 31,
});

const rij = (nr: string, over: Partial<MedewerkerRij> = {}, n = 2): MedewerkerRij => ({
  rij: n,
  personeelsnummer: nr,
  ...over,
});

describe('planMedewerkers', () => {
  it('finds nothing to do when the file says what Wendbaar holds', () => {
    const p = planMedewerkers(
      stand([persoon('1')]),
      [
        rij('1', {
          voornaam: 'Anouk',
          achternaam: 'Visser1',
          e_mail: 'ANOUK1@gemeente.nl',
          team: 'burgerzaken',
          contracturen: 36,
        }),
      ],
      opties,
    );
    expect(p).toMatchObject({ medewerkers: [], ongewijzigd: 1, problemen: [] });
  });

  it('moves a person to another team at the peildatum and ends the running membership the day before', () => {
    const p = planMedewerkers(
      stand([persoon('1')]),
      [rij('1', { team: 'Ruimte', contracturen: 32 })],
      opties,
    );
    expect(p.problemen).toEqual([]);
    const a = p.medewerkers[0]!;
    expect(a.soort).toBe('gewijzigd');
    expect(a.team).toEqual({
      vanaf: VANDAAG,
      waarde: 't2',
      beeindig: { id: 'l-1', einddatum: '2026-05-31' },
      vervang: null,
    });
    expect(a.contracturen).toMatchObject({ waarde: 32, beeindig: { id: 'c-1', einddatum: '2026-05-31' } });
    expect(a.wijzigingen).toEqual([
      { veld: 'team', oud: 'Burgerzaken', nieuw: 'Ruimte' },
      { veld: 'contracturen', oud: 36, nieuw: 32 },
    ]);
  });

  it('corrects in place a fact that an earlier import started on the same peildatum', () => {
    const m = persoon('1', {
      contracturen: [
        { id: 'c-oud', uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: '2026-05-31' },
        { id: 'c-nieuw', uren_per_week: 32, ingangsdatum: VANDAAG, einddatum: null },
      ],
    });
    const p = planMedewerkers(stand([m]), [rij('1', { contracturen: 28 })], opties);
    expect(p.medewerkers[0]!.contracturen).toEqual({
      vanaf: VANDAAG,
      waarde: 28,
      beeindig: null,
      vervang: 'c-nieuw',
    });
  });

  it('reports a change that conflicts with history recorded after the peildatum', () => {
    const m = persoon('1', {
      lidmaatschappen: [
        { id: 'l-a', team_id: 't1', ingangsdatum: '2020-01-01', einddatum: '2026-08-31' },
        { id: 'l-b', team_id: 't2', ingangsdatum: '2026-09-01', einddatum: null },
      ],
    });
    const p = planMedewerkers(stand([m]), [rij('1', { team: 'Ruimte' }, 7)], opties);
    expect(p.problemen).toEqual([
      expect.objectContaining({ rij: 7, kolom: 'team', code: 'conflict-met-historie' }),
    ]);
  });

  it('reports an unknown team, a dissolved team and a new person without the required fields, with row and column', () => {
    const p = planMedewerkers(
      stand([persoon('1')]),
      [
        rij('1', { team: 'Onbekend' }, 2),
        rij('1b', { team: 'Oud team' }, 3),
        rij('2', { voornaam: 'Kees', team: 'Ruimte' }, 4),
      ],
      opties,
    );
    expect(p.problemen.map((x) => [x.rij, x.kolom, x.code])).toEqual(
      expect.arrayContaining([
        [2, 'team', 'onbekend-team'],
        [3, 'team', 'team-opgeheven'],
        [4, 'achternaam', 'verplicht-voor-nieuw'],
        [4, 'contracturen', 'verplicht-voor-nieuw'],
      ]),
    );
    expect(p.problemen.every((x) => x.melding.startsWith(`Rij ${x.rij}:`))).toBe(true);
  });

  it('refuses a change before the terugwerkende grens without a reason, and accepts it with one', () => {
    const ver = { ...opties, peildatum: plusDagen(VANDAAG, -60) };
    const p = planMedewerkers(stand([persoon('1')]), [rij('1', { contracturen: 20 })], ver);
    expect(p.problemen).toEqual([expect.objectContaining({ code: 'te-ver-terug', kolom: 'peildatum' })]);
    expect(
      planMedewerkers(stand([persoon('1')]), [rij('1', { contracturen: 20 })], {
        ...ver,
        reden: 'Correctie HR',
      }).problemen,
    ).toEqual([]);
  });

  it('makes someone teamleider of a basisteam only when its teamleider leaves that team in the same file', () => {
    const zittend = persoon('9', {
      leiderschap: [
        { id: 'ls-9', team_id: 't2', rol: 'teamleider', ingangsdatum: '2021-01-01', einddatum: null },
      ],
    });
    const nieuwe = rij('1', { leidinggevende_van: 'Ruimte' }, 2);
    expect(planMedewerkers(stand([persoon('1'), zittend]), [nieuwe], opties).problemen).toEqual([
      expect.objectContaining({ code: 'al-een-teamleider', rij: 2 }),
    ]);
    const p = planMedewerkers(
      stand([persoon('1'), zittend]),
      [nieuwe, rij('9', { leidinggevende_van: null }, 3)],
      opties,
    );
    expect(p.problemen).toEqual([]);
    expect(p.medewerkers.find((m) => m.personeelsnummer === '9')!.leiding).toEqual({
      beeindig: [{ id: 'ls-9', einddatum: '2026-05-31' }],
      nieuw: null,
    });
  });

  it('places someone in the directie only when they lead', () => {
    const p = planMedewerkers(stand([persoon('1')]), [rij('1', { team: 'Directie' }, 5)], opties);
    expect(p.problemen).toEqual([expect.objectContaining({ rij: 5, code: 'directie-zonder-leiding' })]);
    const q = planMedewerkers(
      stand([persoon('1')]),
      [rij('1', { team: 'Directie', leidinggevende_van: 'Directie' })],
      opties,
    );
    expect(q.problemen).toEqual([]);
    expect(q.medewerkers[0]!.leiding!.nieuw).toEqual({ teamId: 't3', rol: 'directeur', vanaf: VANDAAG });
  });

  it('with volledig, ends whoever is in service but not in the file the day before the peildatum', () => {
    const p = planMedewerkers(
      stand([persoon('1'), persoon('2'), persoon('3', { uit_dienst: '2024-01-01' })]),
      [rij('1')],
      {
        ...opties,
        volledig: true,
      },
    );
    expect(p.medewerkers).toEqual([
      expect.objectContaining({
        soort: 'beeindigd',
        personeelsnummer: '2',
        uitDienst: { oud: null, nieuw: '2026-05-31' },
      }),
    ]);
  });

  it('with volledig, does not end someone whose row is in the file but had a problem', () => {
    const p = planMedewerkers(stand([persoon('1'), persoon('2')]), [rij('1')], {
      ...opties,
      volledig: true,
      sleutelsInBestand: new Set(['1', '2']),
    });
    expect(p.medewerkers).toEqual([]);
  });

  it('reports an e-mail address that belongs to someone else', () => {
    const p = planMedewerkers(
      stand([persoon('1'), persoon('2')]),
      [rij('1', { e_mail: 'anouk2@gemeente.nl' })],
      opties,
    );
    expect(p.problemen).toEqual([expect.objectContaining({ kolom: 'e_mail', code: 'e-mail-in-gebruik' })]);
  });
});

describe('planTeams', () => {
  it('creates teams whose parent is new in the same file, parents first', () => {
    const p = planTeams(
      stand([]),
      [
        { rij: 2, naam: 'Wijkteam Noord', soort: 'basisteam', bovenliggend_team: 'Sociaal domein' },
        { rij: 3, naam: 'Sociaal domein', soort: 'directie', bovenliggend_team: null },
      ],
      opties,
    );
    expect(p.problemen).toEqual([]);
    expect(ouderEerst(p.teams.map((t) => t.nieuw!)).map((t) => t.naam)).toEqual([
      'Sociaal domein',
      'Wijkteam Noord',
    ]);
  });

  it('reports a cycle, an unknown parent and a change of soort', () => {
    const p = planTeams(
      stand([]),
      [
        { rij: 2, naam: 'A', soort: 'basisteam', bovenliggend_team: 'B' },
        { rij: 3, naam: 'B', soort: 'basisteam', bovenliggend_team: 'A' },
        { rij: 4, naam: 'C', soort: 'basisteam', bovenliggend_team: 'Nergens' },
        { rij: 5, naam: 'Ruimte', soort: 'directie' },
      ],
      opties,
    );
    expect(p.problemen.map((x) => [x.rij, x.code])).toEqual(
      expect.arrayContaining([
        [2, 'kringverwijzing'],
        [4, 'onbekend-team'],
        [5, 'soort-wijzigt'],
      ]),
    );
  });
});

describe('naUitDienst', () => {
  it('ends what runs past the new date and reopens what the old date ended', () => {
    const f = [
      { id: 'a', ingangsdatum: '2020-01-01', einddatum: '2024-12-31' },
      { id: 'b', ingangsdatum: '2020-01-01', einddatum: null },
    ];
    expect(naUitDienst(f, '2024-12-31', null).map((x) => x.einddatum)).toEqual([null, null]);
    expect(naUitDienst(f, null, '2023-06-30').map((x) => x.einddatum)).toEqual(['2023-06-30', '2023-06-30']);
  });
});

/** Applies a plan to the state as the commit does, in memory, for the idempotence property. */
function pasToe(s: ImportStand, plan: ImportPlan): ImportStand {
  let volg = 0;
  const id = () => `x${volg++}`;
  const medewerkers = s.medewerkers.map((m) => ({
    ...m,
    lidmaatschappen: [...m.lidmaatschappen],
    contracturen: [...m.contracturen],
    leiderschap: [...m.leiderschap],
  }));
  for (const a of plan.medewerkers) {
    if (a.nieuw) {
      const n = a.nieuw;
      const feit = { ingangsdatum: n.in_dienst, einddatum: n.uit_dienst };
      medewerkers.push({
        id: id(),
        personeelsnummer: a.personeelsnummer,
        ...n,
        lidmaatschappen: [{ id: id(), team_id: n.teamId, ...feit }],
        contracturen: [{ id: id(), uren_per_week: n.uren, ...feit }],
        leiderschap: n.leiding ? [{ id: id(), team_id: n.leiding.teamId, rol: n.leiding.rol, ...feit }] : [],
      });
      continue;
    }
    const m = medewerkers.find((x) => x.id === a.medewerkerId)!;
    Object.assign(m, a.set);
    if (a.uitDienst) {
      m.lidmaatschappen = naUitDienst(m.lidmaatschappen, a.uitDienst.oud, a.uitDienst.nieuw);
      m.contracturen = naUitDienst(m.contracturen, a.uitDienst.oud, a.uitDienst.nieuw);
      m.leiderschap = naUitDienst(m.leiderschap, a.uitDienst.oud, a.uitDienst.nieuw);
      m.uit_dienst = a.uitDienst.nieuw;
    }
    const einde = m.uit_dienst;
    if (a.team) {
      const w = a.team;
      if (w.vervang)
        m.lidmaatschappen = m.lidmaatschappen.map((l) =>
          l.id === w.vervang ? { ...l, team_id: w.waarde } : l,
        );
      else {
        m.lidmaatschappen = m.lidmaatschappen.map((l) =>
          l.id === w.beeindig?.id ? { ...l, einddatum: w.beeindig.einddatum } : l,
        );
        m.lidmaatschappen.push({ id: id(), team_id: w.waarde, ingangsdatum: w.vanaf, einddatum: einde });
      }
    }
    if (a.contracturen) {
      const w = a.contracturen;
      if (w.vervang)
        m.contracturen = m.contracturen.map((l) =>
          l.id === w.vervang ? { ...l, uren_per_week: w.waarde } : l,
        );
      else {
        m.contracturen = m.contracturen.map((l) =>
          l.id === w.beeindig?.id ? { ...l, einddatum: w.beeindig.einddatum } : l,
        );
        m.contracturen.push({ id: id(), uren_per_week: w.waarde, ingangsdatum: w.vanaf, einddatum: einde });
      }
    }
    if (a.leiding) {
      const l = a.leiding;
      m.leiderschap = m.leiderschap.map((x) => {
        const e = l.beeindig.find((b) => b.id === x.id);
        return e ? { ...x, einddatum: e.einddatum } : x;
      });
      if (l.nieuw)
        m.leiderschap.push({
          id: id(),
          team_id: l.nieuw.teamId,
          rol: l.nieuw.rol,
          ingangsdatum: l.nieuw.vanaf,
          einddatum: einde,
        });
    }
  }
  return { ...s, medewerkers };
}

describe('idempotence (property)', () => {
  const rijArb = (nr: string, n: number) =>
    fc
      .record(
        {
          voornaam: fc.constantFrom('Anouk', 'Kees', 'Zoë'),
          achternaam: fc.constant(`Achternaam${nr}`),
          e_mail: fc.constant(`p${nr}@gemeente.nl`),
          functie: fc.constantFrom('Adviseur', 'Jurist'),
          schaal: fc.integer({ min: 1, max: 18 }),
          trede: fc.integer({ min: 0, max: 20 }),
          team: fc.constantFrom('Burgerzaken', 'Ruimte'),
          contracturen: fc.constantFrom(16, 24, 32, 36),
          uit_dienst: fc.constantFrom(null, '2026-12-31', '2027-03-31'),
        },
        {
          requiredKeys: [
            'voornaam',
            'achternaam',
            'e_mail',
            'functie',
            'schaal',
            'trede',
            'team',
            'contracturen',
          ],
        },
      )
      .map((r): MedewerkerRij => ({ rij: n, personeelsnummer: nr, ...r }));

  it('applying a plan and planning the same file again gives no changes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('2026-06-01', '2026-07-01', '2026-05-20'),
        fc.boolean(),
        (nummers, bestaand, peildatum, volledig) => {
          const s = stand(
            Array.from({ length: bestaand }, (_, i) =>
              persoon(String(i + 1), { e_mail: `p${i + 1}@gemeente.nl` }),
            ),
          );
          return fc.assert(
            fc.property(fc.tuple(...nummers.map((nr, i) => rijArb(String(nr), i + 2))), (rijen) => {
              const o = { peildatum, vandaag: VANDAAG, volledig };
              const eerste = planMedewerkers(s, rijen, o);
              fc.pre(eerste.problemen.length === 0);
              const tweede = planMedewerkers(pasToe(s, eerste), rijen, o);
              expect(tweede.problemen).toEqual([]);
              expect(tweede.medewerkers).toEqual([]);
              expect(tweede.ongewijzigd).toBe(rijen.length);
            }),
            { numRuns: 10 },
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plusDagen } from './datum';
import {
  eersteDagZonderTeamleider,
  gemeentesecretarisProblemen,
  heropenenProblemen,
  type Leiding,
  laatsteTeamdag,
  ledenNaOpheffenProblemen,
  leidingNaOpheffenProblemen,
  opsomming,
  periodenZonderTeamleider,
  teamZonderTeamleiderProblemen,
} from './leiderschap';
import { geldtOp, type Periode } from './periode';

const l = (id: string, ingangsdatum: string, einddatum: string | null = null, naam = id): Leiding => ({
  id,
  naam,
  ingangsdatum,
  einddatum,
});

describe('eersteDagZonderTeamleider', () => {
  const historie = [l('a', '2024-01-01', '2024-06-30'), l('b', '2024-07-01', '2025-03-31')];
  it('walks from one teamleider to the next and stops at the first uncovered day', () => {
    expect(eersteDagZonderTeamleider(historie, '2024-01-01', null, null)).toBe('2025-04-01');
    expect(eersteDagZonderTeamleider(historie, '2024-02-01', '2025-03-31', null)).toBeNull();
    expect(eersteDagZonderTeamleider(historie, '2023-12-31', null, null)).toBe('2023-12-31');
  });
  it('ignores the days the team no longer exists', () => {
    expect(eersteDagZonderTeamleider(historie, '2024-01-01', null, '2025-04-01')).toBeNull();
    expect(eersteDagZonderTeamleider(historie, '2024-01-01', null, '2025-04-02')).toBe('2025-04-01');
  });
  it('is covered for good by an open-ended teamleider', () => {
    expect(eersteDagZonderTeamleider([l('a', '2024-01-01')], '2030-01-01', null, null)).toBeNull();
  });
});

describe('periodenZonderTeamleider', () => {
  it('lists the gaps from the first recorded leadership until the team ends, not before', () => {
    const historie = [l('a', '2024-01-01', '2024-03-31'), l('b', '2024-05-01', '2024-12-31')];
    expect(periodenZonderTeamleider(historie, null)).toEqual([
      { ingangsdatum: '2024-04-01', einddatum: '2024-04-30' },
      { ingangsdatum: '2025-01-01', einddatum: null },
    ]);
    expect(periodenZonderTeamleider(historie, '2025-02-01')).toEqual([
      { ingangsdatum: '2024-04-01', einddatum: '2024-04-30' },
      { ingangsdatum: '2025-01-01', einddatum: '2025-01-31' },
    ]);
    expect(periodenZonderTeamleider(historie, '2025-01-01')).toEqual([
      { ingangsdatum: '2024-04-01', einddatum: '2024-04-30' },
    ]);
    expect(periodenZonderTeamleider([], null)).toEqual([]);
  });
});

describe('teamZonderTeamleiderProblemen', () => {
  const basis = {
    teamNaam: 'Burgerzaken',
    teamleiders: [l('a', '2024-01-01')],
    leiderschapId: 'a',
    einddatum: '2026-06-30',
    opvolgerVanaf: null,
    opgehevenOp: null,
  };
  it('refuses ending the only teamleider, naming the team and the first day without one', () => {
    const [p] = teamZonderTeamleiderProblemen(basis);
    expect(p).toMatchObject({ veld: 'einddatum', code: 'team-zonder-teamleider' });
    expect(p!.melding).toContain('Team Burgerzaken heeft vanaf 2026-07-01 geen teamleider meer');
  });
  it('allows it with a successor from the next day', () => {
    expect(teamZonderTeamleiderProblemen({ ...basis, opvolgerVanaf: '2026-07-01' })).toEqual([]);
  });
  it('allows it when the team is dissolved on or before the next day', () => {
    expect(teamZonderTeamleiderProblemen({ ...basis, opgehevenOp: '2026-07-01' })).toEqual([]);
    expect(teamZonderTeamleiderProblemen({ ...basis, opgehevenOp: '2026-07-02' })).toHaveLength(1);
  });
  it('allows it when a later teamleider is already recorded from the next day', () => {
    const teamleiders = [l('a', '2024-01-01', '2026-12-31'), l('b', '2027-01-01')];
    expect(teamZonderTeamleiderProblemen({ ...basis, teamleiders, einddatum: '2026-12-31' })).toEqual([]);
    const [p] = teamZonderTeamleiderProblemen({ ...basis, teamleiders, einddatum: '2026-11-30' });
    expect(p!.melding).toContain('vanaf 2026-12-01');
  });
  it('does not blame the change for a gap already in the history', () => {
    const teamleiders = [l('a', '2020-01-01', '2020-12-31'), l('b', '2022-01-01')];
    expect(
      teamZonderTeamleiderProblemen({
        ...basis,
        teamleiders,
        leiderschapId: 'b',
        opvolgerVanaf: '2026-07-01',
      }),
    ).toEqual([]);
  });
  it('holds for all histories: allowed changes never leave a day without a teamleider', () => {
    const dag = fc.integer({ min: 0, max: 200 }).map((n) => plusDagen('2025-01-01', n));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        dag,
        fc.option(dag, { nil: null }),
        fc.boolean(),
        (lengtes, open, eind, opgehevenOp, opvolger) => {
          // Adjacent teamleiders from 2025-01-01, the last one open-ended or not.
          const teamleiders: Leiding[] = [];
          let start = '2025-01-01';
          lengtes.forEach((n, i) => {
            const laatste = i === lengtes.length - 1;
            const einde = laatste && open ? null : plusDagen(start, n - 1);
            teamleiders.push(l(`t${i}`, start, einde));
            if (einde) start = plusDagen(einde, 1);
          });
          const huidig = teamleiders.at(-1)!;
          if (eind < huidig.ingangsdatum || (huidig.einddatum !== null && eind >= huidig.einddatum)) return;
          const opties = {
            teamNaam: 'T',
            teamleiders,
            leiderschapId: huidig.id,
            einddatum: eind,
            opvolgerVanaf: opvolger ? plusDagen(eind, 1) : null,
            opgehevenOp,
          };
          const toegestaan = teamZonderTeamleiderProblemen(opties).length === 0;
          const na: Periode[] = teamleiders.map((t) => (t.id === huidig.id ? { ...t, einddatum: eind } : t));
          if (opties.opvolgerVanaf) na.push({ ingangsdatum: opties.opvolgerVanaf, einddatum: null });
          // Day by day: was every day the change gave up covered while the team existed?
          let gedekt = true;
          for (let d = plusDagen(eind, 1); d <= (huidig.einddatum ?? '2025-12-31'); d = plusDagen(d, 1)) {
            if (opgehevenOp !== null && d >= opgehevenOp) break;
            if (!na.some((p) => geldtOp(p, d))) gedekt = false;
          }
          expect(toegestaan).toBe(gedekt);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('gemeentesecretarisProblemen', () => {
  it('refuses a second one at the same time, naming the first and the term', () => {
    const [p] = gemeentesecretarisProblemen([l('a', '2020-01-01', null, 'Anna de Vries')], {
      ingangsdatum: '2026-01-01',
      einddatum: null,
    });
    expect(p).toMatchObject({ veld: 'gemeentesecretaris', code: 'al-gemeentesecretaris' });
    expect(p!.melding).toContain('Anna de Vries is sinds 2020-01-01 gemeentesecretaris');
  });
  it('allows one after the other', () => {
    expect(
      gemeentesecretarisProblemen([l('a', '2020-01-01', '2025-12-31')], {
        ingangsdatum: '2026-01-01',
        einddatum: null,
      }),
    ).toEqual([]);
  });
});

describe('dissolving a team', () => {
  it('names how many members are left and who, up to three', () => {
    expect(ledenNaOpheffenProblemen('X', '2026-01-01', [])).toEqual([]);
    expect(ledenNaOpheffenProblemen('X', '2026-01-01', ['A'])[0]!.melding).toBe(
      'Team X heeft op of na 2026-01-01 nog 1 lid: A. Verplaats hen eerst naar een ander team.',
    );
    expect(ledenNaOpheffenProblemen('X', '2026-01-01', ['A', 'B', 'C', 'D', 'E'])[0]!.melding).toContain(
      'nog 5 leden: A, B, C en 2 anderen.',
    );
    expect(opsomming(['A', 'B'])).toBe('A en B');
    expect(opsomming(['A', 'B', 'C', 'D'])).toBe('A, B, C en 1 ander');
  });
  it('ends leadership on the last day the team exists', () => {
    expect(laatsteTeamdag('2026-01-01')).toBe('2025-12-31');
    expect(laatsteTeamdag(null)).toBeNull();
  });
  it('refuses a leadership that would only start after the team is gone', () => {
    expect(leidingNaOpheffenProblemen([l('a', '2026-02-01', null, 'Piet')], '2026-01-01')[0]).toMatchObject({
      code: 'leiding-na-opheffen',
    });
    expect(leidingNaOpheffenProblemen([l('a', '2025-02-01')], '2026-01-01')).toEqual([]);
  });
  it('refuses reviving a team whose leadership ended with it', () => {
    const teamleiders = [l('a', '2024-01-01', '2025-12-31')];
    const opties = { teamNaam: 'X', teamleiders, oudOpgehevenOp: '2026-01-01' };
    expect(heropenenProblemen({ ...opties, nieuwOpgehevenOp: null })[0]!.melding).toContain(
      'vanaf 2026-01-01 bestaan zonder teamleider',
    );
    expect(heropenenProblemen({ ...opties, nieuwOpgehevenOp: '2025-06-01' })).toEqual([]);
    expect(heropenenProblemen({ ...opties, teamleiders: [], nieuwOpgehevenOp: null })).toEqual([]);
  });
});

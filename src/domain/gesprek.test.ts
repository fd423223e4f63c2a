import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actieProblemen,
  dagenVerlopen,
  dekkingPerTeam,
  gesprekProblemen,
  isSoortCode,
  isVerlopen,
  type Leiderschap,
  type Lidmaatschap,
  leidingOp,
  soortCodeVoorNaam,
} from './gesprek';

const lid = (teamId: string, ingangsdatum: string, einddatum: string | null = null): Lidmaatschap => ({
  teamId,
  ingangsdatum,
  einddatum,
});
const leider = (
  medewerkerId: string,
  teamId: string,
  ingangsdatum: string,
  einddatum: string | null = null,
  rol: Leiderschap['rol'] = 'teamleider',
): Leiderschap => ({ medewerkerId, teamId, ingangsdatum, einddatum, rol });

describe('leidingOp: the teamleider at the time', () => {
  const leden = [lid('A', '2020-01-01', '2025-06-30'), lid('B', '2025-07-01')];
  const leiding = [
    leider('L1', 'A', '2020-01-01', '2024-12-31'),
    leider('L2', 'A', '2025-01-01'),
    leider('L3', 'B', '2019-01-01'),
  ];

  it('follows the team on the date and its teamleider on that date', () => {
    expect(leidingOp('M', leden, leiding, '2024-06-01')).toEqual({ teamId: 'A', leidinggevendeId: 'L1' });
    expect(leidingOp('M', leden, leiding, '2025-01-01')).toEqual({ teamId: 'A', leidinggevendeId: 'L2' });
    expect(leidingOp('M', leden, leiding, '2025-06-30')).toEqual({ teamId: 'A', leidinggevendeId: 'L2' });
    expect(leidingOp('M', leden, leiding, '2025-07-01')).toEqual({ teamId: 'B', leidinggevendeId: 'L3' });
  });

  it('has no team before the first membership, and no leader on a day without one', () => {
    expect(leidingOp('M', leden, leiding, '2019-12-31')).toEqual({ teamId: null, leidinggevendeId: null });
    expect(leidingOp('M', [lid('C', '2020-01-01')], leiding, '2021-01-01')).toEqual({
      teamId: 'C',
      leidinggevendeId: null,
    });
  });

  it('prefers the teamleider over a directeur, takes the directeur of a directie team, and never the person themself', () => {
    const d = [leider('D', 'A', '2020-01-01', null, 'directeur'), leider('L1', 'A', '2020-01-01')];
    expect(leidingOp('M', [lid('A', '2020-01-01')], d, '2021-01-01').leidinggevendeId).toBe('L1');
    expect(leidingOp('L1', [lid('A', '2020-01-01')], d, '2021-01-01').leidinggevendeId).toBe('D');
    expect(
      leidingOp('L1', [lid('A', '2020-01-01')], [leider('L1', 'A', '2020-01-01')], '2021-01-01'),
    ).toEqual({
      teamId: 'A',
      leidinggevendeId: null,
    });
  });

  it('property: the leader found led the team the person was in on that very day', () => {
    const dag = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B'), dag, fc.option(dag, { nil: null })), { maxLength: 4 }),
        fc.array(
          fc.tuple(
            fc.constantFrom('L1', 'L2', 'M'),
            fc.constantFrom('A', 'B'),
            dag,
            fc.option(dag, { nil: null }),
          ),
          {
            maxLength: 5,
          },
        ),
        dag,
        (ls, ld, datum) => {
          const leden = ls.map(([t, van, tot]) => lid(t, van, tot));
          const leiding = ld.map(([m, t, van, tot]) => leider(m, t, van, tot));
          const r = leidingOp('M', leden, leiding, datum);
          if (r.leidinggevendeId === null) return;
          expect(r.leidinggevendeId).not.toBe('M');
          expect(
            leiding.some(
              (l) =>
                l.medewerkerId === r.leidinggevendeId &&
                l.teamId === r.teamId &&
                l.ingangsdatum <= datum &&
                (l.einddatum === null || l.einddatum >= datum),
            ),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('gesprekProblemen', () => {
  const context = {
    actieveSoorten: ['planning', 'voortgang'],
    inDienst: '2020-01-01',
    uitDienst: null,
    vandaag: '2026-06-01',
  };
  it('accepts a valid conversation', () => {
    expect(gesprekProblemen({ soort: 'planning', datum: '2026-02-01', status: 'gevoerd' }, context)).toEqual(
      [],
    );
  });
  it('lists every problem at once', () => {
    expect(
      gesprekProblemen(
        { soort: 'exit', datum: '2019-01-01', status: 'vastgesteld', verslag: ' ' },
        context,
      ).map((p) => `${p.veld}:${p.code}`),
    ).toEqual(['soort:onbekende-soort', 'datum:buiten-dienstverband', 'verslag:verslag-nodig']);
  });
  it('refuses a date after leaving and more than a year ahead', () => {
    expect(gesprekProblemen({ datum: '2026-03-01' }, { ...context, uitDienst: '2026-02-28' })[0]?.code).toBe(
      'buiten-dienstverband',
    );
    expect(gesprekProblemen({ datum: '2027-06-01' }, context)).toEqual([]);
    expect(gesprekProblemen({ datum: '2027-06-02' }, context)[0]?.code).toBe('te-ver-vooruit');
  });
  it('keeps an inactive kind valid on a conversation that already has it', () => {
    expect(gesprekProblemen({ soort: 'oud' }, { ...context, huidigeSoort: 'oud' })).toEqual([]);
  });
});

describe('actions and follow-up', () => {
  it('refuses a deadline before the conversation', () => {
    expect(actieProblemen('2026-02-28', '2026-03-01')[0]).toMatchObject({
      veld: 'deadline',
      code: 'voor-gesprek',
    });
    expect(actieProblemen('2026-03-01', '2026-03-01')).toEqual([]);
    expect(actieProblemen(null, '2026-03-01')).toEqual([]);
  });
  it('is overdue only when open and past its deadline; the deadline day itself still counts', () => {
    expect(isVerlopen({ deadline: '2026-05-31', afgerondOp: null }, '2026-06-01')).toBe(true);
    expect(isVerlopen({ deadline: '2026-06-01', afgerondOp: null }, '2026-06-01')).toBe(false);
    expect(isVerlopen({ deadline: '2026-05-01', afgerondOp: '2026-05-30' }, '2026-06-01')).toBe(false);
    expect(isVerlopen({ deadline: null, afgerondOp: null }, '2026-06-01')).toBe(false);
    expect(dagenVerlopen({ deadline: '2026-05-01', afgerondOp: null }, '2026-06-01')).toBe(31);
    expect(dagenVerlopen({ deadline: '2026-07-01', afgerondOp: null }, '2026-06-01')).toBe(0);
  });
});

describe('dekkingPerTeam: conversations per team as an aggregate', () => {
  const team = (naam: string, aantalMedewerkers: number, aantalMetGesprek = 0) => ({
    teamId: naam,
    naam,
    aantalMedewerkers,
    aantalMetGesprek,
  });
  it('shows teams of at least five and merges smaller ones into overig', () => {
    const r = dekkingPerTeam([team('A', 8, 6), team('B', 3, 1), team('C', 2, 2), team('D', 6, 3)], 5);
    expect(r.teams.map((t) => t.naam)).toEqual(['A', 'D']);
    expect(r.overig).toEqual({ aantalMedewerkers: 5, aantalMetGesprek: 3 });
    expect(r.totaal).toEqual({ aantalMedewerkers: 19, aantalMetGesprek: 12 });
  });
  it('moves the smallest shown team into overig while overig is below five', () => {
    const r = dekkingPerTeam([team('A', 8), team('B', 3), team('D', 6)], 5);
    expect(r.teams.map((t) => t.naam)).toEqual(['A']);
    expect(r.overig?.aantalMedewerkers).toBe(9);
  });
  it('shows nothing below five people in all', () => {
    expect(dekkingPerTeam([team('A', 4, 4)], 5)).toEqual({ teams: [], overig: null, totaal: null });
  });
  it('property: no published group (team, overig, or total minus shown teams) is below the minimum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 8 }), (groottes) => {
        const r = dekkingPerTeam(
          groottes.map((n, i) => team(`T${i}`, n)),
          5,
        );
        for (const t of r.teams) expect(t.aantalMedewerkers).toBeGreaterThanOrEqual(5);
        if (r.totaal) {
          const verschil = r.totaal.aantalMedewerkers - r.teams.reduce((n, t) => n + t.aantalMedewerkers, 0);
          expect(verschil === 0 || verschil >= 5).toBe(true);
        }
      }),
    );
  });
});

describe('soortCodeVoorNaam: the code of a new kind, made from its name', () => {
  it('writes the name in lower case without accents, words joined by -', () => {
    expect(soortCodeVoorNaam('Exitgesprek', new Set())).toBe('exitgesprek');
    expect(soortCodeVoorNaam('Één op één', new Set())).toBe('een-op-een');
    expect(soortCodeVoorNaam('  Gesprek (jaarlijks)!  ', new Set())).toBe('gesprek-jaarlijks');
  });

  it('starts with a letter and numbers a taken code', () => {
    expect(soortCodeVoorNaam('360 graden', new Set())).toBe('soort-360-graden');
    expect(soortCodeVoorNaam('***', new Set())).toBe('soort');
    expect(soortCodeVoorNaam('Exitgesprek', new Set(['exitgesprek', 'exitgesprek-2']))).toBe('exitgesprek-3');
  });

  it('always gives a valid code that is not taken yet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 12 })), (naam, extra) => {
        const bestaand = new Set([soortCodeVoorNaam(naam, new Set()), ...extra]);
        const code = soortCodeVoorNaam(naam, bestaand);
        expect(isSoortCode(code)).toBe(true);
        expect(bestaand.has(code)).toBe(false);
      }),
    );
  });
});

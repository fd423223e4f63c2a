import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormatieStand, planFormatieplaatsen } from './import-formatie';
import type { HuidigeMedewerker, ImportStand } from './import-plan';
import { planMedewerkers } from './import-plan';
import { leesFormatieplaatsRijen } from './import-rijen';
import type { RuweTabel } from './import-tabel';
import { stelKoppelingVoor } from './import-velden';

const VANDAAG = '2026-06-01';
const opties = { peildatum: VANDAAG, vandaag: VANDAAG, volledig: false };
const team = (id: string, naam: string) => ({
  id,
  naam,
  soort: 'basisteam' as const,
  parent_id: null,
  omschrijving: null,
  opgeheven_op: null,
});
const teams = [team('t1', 'Burgerzaken'), team('t2', 'Ruimte')];

const tabel = (koppen: string[], rijen: (string | number | null)[][]): RuweTabel => ({
  koppen,
  rijen: rijen.map((cellen, i) => ({ rij: i + 2, cellen })),
  bron: { soort: 'csv' },
});
const KOPPEN = ['Afdeling', 'Functie', 'Schaal', 'FTE', 'Van', 'Tot'];
const koppeling = stelKoppelingVoor('formatieplaatsen', KOPPEN);

describe('leesFormatieplaatsRijen', () => {
  it('suggests every field from common headers', () => {
    expect(koppeling).toEqual({
      team: 'Afdeling',
      functie: 'Functie',
      schaal: 'Schaal',
      fte: 'FTE',
      van: 'Van',
      tot: 'Tot',
    });
  });

  it('reads decimal commas, scale codes and dates, and reports each bad cell with row, column and reason', () => {
    const { rijen, problemen } = leesFormatieplaatsRijen(
      tabel(KOPPEN, [
        ['Burgerzaken', 'Jurist', 'schaal 11', '2,5', '01-01-2026', null],
        ['Burgerzaken', 'Adviseur', '10', '0', null, null],
        ['Ruimte', 'Planoloog', '11/12', '1,00005', null, null],
        ['Ruimte', '', '10', '1', '01-06-2026', '01-01-2026'],
      ]),
      koppeling,
    );
    expect(rijen).toEqual([
      {
        rij: 2,
        team: 'Burgerzaken',
        functie: 'Jurist',
        schaal: '11',
        fte: 2.5,
        van: '2026-01-01',
        tot: null,
      },
    ]);
    expect(problemen.map((p) => [p.rij, p.kolom, p.code])).toEqual([
      [3, 'FTE', 'buiten-bereik'],
      [4, 'Schaal', 'geen-schaal'],
      [4, 'FTE', 'te-veel-decimalen'],
      [5, 'Functie', 'verplicht'],
      [5, 'Tot', 'einde-voor-begin'],
    ]);
    expect(problemen[0]!.melding).toBe(
      'Rij 3, kolom ‘FTE’: 0 fte kan niet: een formatieplaats is groter dan 0 fte.',
    );
  });

  it('reports a place that is twice in the file on both rows, whatever the case', () => {
    const { rijen, problemen } = leesFormatieplaatsRijen(
      tabel(KOPPEN, [
        ['Burgerzaken', 'Jurist', '11', '1', null, null],
        ['burgerzaken ', 'JURIST', '11', '2', null, null],
      ]),
      koppeling,
    );
    expect(rijen).toEqual([]);
    expect(problemen.map((p) => [p.rij, p.code])).toEqual([
      [2, 'dubbel'],
      [3, 'dubbel'],
    ]);
  });
});

const stand = (over: Partial<FormatieStand> = {}): FormatieStand => ({
  teams,
  plaatsen: [
    {
      id: 'p1',
      team_id: 't1',
      functie_naam: 'Jurist',
      salarisschaal: '11',
      fte: 2,
      ingangsdatum: '2024-01-01',
      einddatum: null,
      soort: 'structureel',
    },
  ],
  plaatsingen: [],
  terugwerkendeDagen: 31,
  ...over,
});
const rij = (
  over: Partial<{
    team: string;
    functie: string;
    schaal: string;
    fte: number;
    van: string;
    tot: string | null;
  }> = {},
  n = 2,
) => ({
  rij: n,
  team: 'Burgerzaken',
  functie: 'Jurist',
  schaal: '11',
  fte: 2,
  ...over,
});

describe('planFormatieplaatsen', () => {
  it('finds nothing to do when the file says what Wendbaar holds (key without regard to case)', () => {
    const p = planFormatieplaatsen(stand(), [rij({ team: 'BURGERZAKEN', functie: 'jurist' })], opties);
    expect(p).toMatchObject({ formatieplaatsen: [], ongewijzigd: 1, problemen: [] });
  });

  it('plans a new place from the peildatum and a changed fte on the place itself', () => {
    const p = planFormatieplaatsen(
      stand(),
      [rij({ fte: 2.5 }), rij({ functie: 'Adviseur', schaal: '10', fte: 1, tot: '2026-12-31' }, 3)],
      opties,
    );
    expect(p.problemen).toEqual([]);
    expect(p.formatieplaatsen).toEqual([
      expect.objectContaining({ soort: 'gewijzigd', plaatsId: 'p1', set: { fte: 2.5 } }),
      expect.objectContaining({
        soort: 'nieuw',
        nieuw: {
          teamId: 't1',
          functie_naam: 'Adviseur',
          salarisschaal: '10',
          fte: 1,
          ingangsdatum: VANDAAG,
          einddatum: '2026-12-31',
          soort: 'tijdelijk',
        },
      }),
    ]);
  });

  it('with volledig, ends a missing place the day before, unless a placement runs past that', () => {
    const p = planFormatieplaatsen(stand(), [], { ...opties, volledig: true });
    expect(p.formatieplaatsen).toEqual([
      expect.objectContaining({ soort: 'beeindigd', plaatsId: 'p1', set: { einddatum: '2026-05-31' } }),
    ]);
    const bezet = stand({
      plaatsingen: [
        { formatieplaats_id: 'p1', ingangsdatum: '2025-01-01', einddatum: null, naam: 'Eline Berg' },
      ],
    });
    const q = planFormatieplaatsen(bezet, [], { ...opties, volledig: true });
    expect(q.problemen).toEqual([expect.objectContaining({ code: 'plaatsingen-buiten' })]);
    expect(q.problemen[0]!.melding).toContain('Eline Berg');
  });

  it('reports an unknown team and a key that Wendbaar holds twice', () => {
    const dubbel = stand({ plaatsen: [...stand().plaatsen, { ...stand().plaatsen[0]!, id: 'p2' }] });
    const p = planFormatieplaatsen(dubbel, [rij({ team: 'Nergens' }), rij({}, 3)], opties);
    expect(p.problemen.map((x) => [x.rij, x.code])).toEqual([
      [2, 'onbekend-team'],
      [3, 'plaats-meermaals-in-wendbaar'],
    ]);
  });

  it('is idempotent: after carrying out a plan, the same rows plan nothing (property)', () => {
    const rijArb = fc.record({
      functie: fc.constantFrom('Jurist', 'Adviseur', 'Planoloog'),
      schaal: fc.constantFrom('8', '10', '11'),
      fte: fc.integer({ min: 1, max: 40 }).map((n) => n / 4),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rijArb, { selector: (r) => `${r.functie}|${r.schaal}` }), (lijst) => {
        const rijen = lijst.map((r, i) => rij(r, i + 2));
        const s = stand();
        const plan = planFormatieplaatsen(s, rijen, opties);
        const plaatsen = s.plaatsen.map((p) => {
          const a = plan.formatieplaatsen.find((f) => f.plaatsId === p.id);
          return a?.set ? { ...p, ...a.set } : p;
        });
        for (const f of plan.formatieplaatsen)
          if (f.nieuw) plaatsen.push({ id: `n${plaatsen.length}`, team_id: f.nieuw.teamId, ...f.nieuw });
        const weer = planFormatieplaatsen({ ...s, plaatsen }, rijen, opties);
        expect(weer.formatieplaatsen).toEqual([]);
      }),
    );
  });
});

function leider(nr: string, teamId: string): HuidigeMedewerker {
  return {
    id: `m-${nr}`,
    personeelsnummer: nr,
    voornaam: 'Ilse',
    tussenvoegsel: null,
    achternaam: `Koster${nr}`,
    e_mail: `ilse${nr}@gemeente.nl`,
    functie: 'Teamleider',
    schaal: 12,
    trede: 4,
    in_dienst: '2020-01-01',
    uit_dienst: null,
    lidmaatschappen: [{ id: `l-${nr}`, team_id: teamId, ingangsdatum: '2020-01-01', einddatum: null }],
    contracturen: [{ id: `c-${nr}`, uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null }],
    leiderschap: [
      { id: `ls-${nr}`, team_id: teamId, rol: 'teamleider', ingangsdatum: '2021-01-01', einddatum: null },
    ],
  };
}

describe('teamsZonderTeamleider (warnings of planMedewerkers)', () => {
  const s = (m: HuidigeMedewerker[]): ImportStand => ({ medewerkers: m, teams, terugwerkendeDagen: 31 });

  it('warns per basisteam whose teamleider stops leading, leaves service or is missing from a complete file', () => {
    const p = planMedewerkers(
      s([leider('1', 't1'), leider('2', 't2')]),
      [
        { rij: 2, personeelsnummer: '1', leidinggevende_van: null },
        { rij: 3, personeelsnummer: '2', uit_dienst: '2026-05-31' },
      ],
      opties,
    );
    expect(p.problemen).toEqual([]);
    expect(p.waarschuwingen).toEqual([
      {
        rij: 2,
        kolom: 'leidinggevende_van',
        code: 'team-zonder-teamleider',
        melding:
          'Team Burgerzaken heeft vanaf 2026-06-01 geen teamleider meer: Ilse Koster1 (rij 2) is dan geen teamleider meer. Dat mag, maar wijs een nieuwe teamleider aan (in dit bestand met "leidinggevende van", of daarna in Wendbaar).',
      },
      expect.objectContaining({
        rij: 3,
        kolom: 'uit_dienst',
        melding: expect.stringContaining('Team Ruimte'),
      }),
    ]);
    const volledig = planMedewerkers(s([leider('1', 't1')]), [], { ...opties, volledig: true });
    expect(volledig.waarschuwingen).toEqual([
      expect.objectContaining({ rij: null, melding: expect.stringContaining('staat niet in het bestand') }),
    ]);
  });

  it('does not warn when the file names a successor; a teamleider who moves to lead another team leaves a warning for the old one', () => {
    const opvolger = planMedewerkers(
      s([leider('1', 't1'), { ...leider('3', 't1'), leiderschap: [] }]),
      [
        { rij: 2, personeelsnummer: '1', leidinggevende_van: null },
        { rij: 3, personeelsnummer: '3', leidinggevende_van: 'Burgerzaken' },
      ],
      opties,
    );
    expect(opvolger.problemen).toEqual([]);
    expect(opvolger.waarschuwingen).toEqual([]);
    const verhuist = planMedewerkers(
      s([leider('1', 't1')]),
      [{ rij: 2, personeelsnummer: '1', team: 'Ruimte', leidinggevende_van: 'Ruimte' }],
      opties,
    );
    expect(verhuist.waarschuwingen.map((w) => w.melding)).toEqual([
      expect.stringContaining('Team Burgerzaken'),
    ]);
  });
});

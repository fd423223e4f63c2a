import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BehoefteCijfers,
  type VoorstelBehoefteRij,
  type VoorstelSnapshot,
  voorstelInhoud,
} from './onderbouwd-voorstel-inhoud';
import { ALLE_TEAMS_TOT, MAX_TEKORTTEAMS, selecteerTeams } from './voorstel-selectie';

const cijfers = (vraag: number, beschikbaar: number): BehoefteCijfers => ({
  resultaatdoelen: vraag,
  inzet: 0,
  capaciteitsvragen: 0,
  vraag,
  beschikbaar,
  tekort: Math.round((vraag - beschikbaar) * 100) / 100,
});

const rij = (team: string, vraag: number, beschikbaar: number, metEuro = true): VoorstelBehoefteRij => ({
  team,
  perioden: [{ periode: '2027-Q1', fte: cijfers(vraag, beschikbaar), euro: null }],
  totaal: {
    fte: cijfers(vraag, beschikbaar),
    euro: metEuro ? cijfers(vraag * 1000, beschikbaar * 1000) : null,
  },
});

const jaar = (huidig: number, scenario: number) => ({
  jaar: 2027,
  huidig,
  scenario,
  budget: null,
  ruimte: null,
});

function snapshot(teams: VoorstelBehoefteRij[], gewijzigdeTeams: string[] = []): VoorstelSnapshot {
  return {
    documentnummer: 'WB-2027-0001',
    gegenereerdOp: '2027-01-10T09:00:00.000Z',
    organisatie: 'Gemeente',
    scenario: { naam: 'S', status: 'voorgesteld', peildatum: '2027-01-01', besluit: null },
    teksten: { aanleiding: 'a', toelichtingBehoefte: '', risicos: '', gevraagdBesluit: 'b' },
    behoefte: { per: 'kwartaal', van: '2027-01-01', tot: '2027-12-31', teams, organisatie: teams[0]!.totaal },
    wijzigingen: gewijzigdeTeams.map((team) => ({
      soort: 'plaats-toevoegen' as const,
      team,
      naarTeam: null,
      functie: 'Adviseur',
      salarisschaal: '10',
      naarSalarisschaal: null,
      fte: 1,
      naarFte: null,
      ingangsdatum: '2027-01-01',
      einddatum: null,
      plaatssoort: 'structureel' as const,
      financiering: 'regulier' as const,
      financieringNaam: null,
    })),
    budgetwijzigingen: [],
    financieel: {
      jaren: [2027],
      teams: teams.map((t) => ({
        team: t.team,
        jaren: [gewijzigdeTeams.includes(t.team) ? jaar(100, 180) : jaar(100, 100)],
      })),
      organisatie: [jaar(100, 100)],
    },
    ontwikkelbudget: null,
  };
}

const naam = (i: number) => `Team ${String(i).padStart(3, '0')}`;

describe('selecteerTeams', () => {
  it(`names every team up to ${ALLE_TEAMS_TOT} teams`, () => {
    const teams = Array.from({ length: ALLE_TEAMS_TOT }, (_, i) => rij(naam(i), 5, 4));
    const s = selecteerTeams(snapshot(teams, [naam(3)]));
    expect(s.behoefte).toHaveLength(ALLE_TEAMS_TOT);
    expect(s.overige).toBeNull();
    expect(s.financieel).toHaveLength(ALLE_TEAMS_TOT);
  });

  it('above that, names the changed teams and the teams with the largest shortage, and adds up the rest', () => {
    // 40 teams: team i has a shortage of i/10 fte; teams 0..4 have room.
    const teams = Array.from({ length: 40 }, (_, i) => rij(naam(i), 5 + (i - 5) / 10, 5));
    const s = selecteerTeams(snapshot(teams, [naam(1), naam(2)]));
    const tekortTeams = Array.from({ length: MAX_TEKORTTEAMS }, (_, k) => naam(39 - k));
    expect(s.behoefte.map((t) => t.team).sort()).toEqual([naam(1), naam(2), ...tekortTeams].sort());
    expect(s.overige?.aantal).toBe(40 - 2 - MAX_TEKORTTEAMS);
    // Teams 0, 3..24: vraag 5 + (i-5)/10 each, beschikbaar 5 each.
    const weg = [0, ...Array.from({ length: 22 }, (_, k) => k + 3)];
    const vraag = weg.reduce((som, i) => som + 5 + (i - 5) / 10, 0);
    expect(s.overige?.totaal.fte.vraag).toBeCloseTo(vraag, 6);
    expect(s.overige?.totaal.fte.beschikbaar).toBe(5 * weg.length);
    expect(s.overige?.totaal.euro?.vraag).toBeCloseTo(vraag * 1000, 4);
    expect(s.financieel.map((t) => t.team)).toEqual([naam(1), naam(2)]);
    expect(s.financieelOngewijzigd).toBe(38);
  });

  it('leaves the euro of the rest empty when a team left out has none, rather than a partial sum', () => {
    const teams = Array.from({ length: 30 }, (_, i) => rij(naam(i), 4, 5, i !== 0));
    expect(selecteerTeams(snapshot(teams)).overige?.totaal.euro).toBeNull();
  });

  it('loses no team: the named rows and the rest add up to all teams (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.array(fc.nat({ max: 79 }), { maxLength: 5 }),
        (paren, gewijzigd) => {
          const teams = paren.map(([v, b], i) => rij(naam(i), v / 100, b / 100));
          const s = selecteerTeams(snapshot(teams, gewijzigd.filter((i) => i < teams.length).map(naam)));
          const aantal = s.behoefte.length + (s.overige?.aantal ?? 0);
          expect(aantal).toBe(teams.length);
          const centen = (n: number) => Math.round(n * 100);
          const totaal = teams.reduce((som, t) => som + centen(t.totaal.fte.vraag), 0);
          const getoond =
            s.behoefte.reduce((som, t) => som + centen(t.totaal.fte.vraag), 0) +
            centen(s.overige?.totaal.fte.vraag ?? 0);
          expect(getoond).toBe(totaal);
          if (teams.length > ALLE_TEAMS_TOT) {
            for (const i of gewijzigd.filter((x) => x < teams.length)) {
              expect(s.behoefte.some((t) => t.team === naam(i))).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('the document shows the rest as one row "Overige teams (n)" and only the changed teams per team in the meerjarenraming', () => {
    const teams = Array.from({ length: 40 }, (_, i) => rij(naam(i), 5 + (i - 5) / 10, 5));
    const inhoud = voorstelInhoud(snapshot(teams, [naam(1)]));
    const rijen = inhoud.blokken.flatMap((b) => (b.soort === 'tabel' ? b.rijen.map((r) => r[0]) : []));
    expect(rijen).toContain(`Overige teams (${40 - 1 - MAX_TEKORTTEAMS})`);
    const koppen = inhoud.blokken.flatMap((b) => (b.soort === 'kop' ? [b.tekst] : []));
    expect(koppen).toContain(naam(1));
    expect(koppen).not.toContain(naam(39));
    expect(rijen).toContain(naam(39));
    expect(rijen).not.toContain(naam(0));
  });
});

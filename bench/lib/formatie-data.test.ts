import { describe, expect, it } from 'vitest';
import type { DemoOrganisatie } from '../../src/demo/demo-rijen';
import { formatieVoorOrganisatie, MAX_PER_PLAATS, meestVoorkomend } from './formatie-data';

const medewerker = (id: string, functie: string, schaal: number, uitDienst: string | null = null) => ({
  id,
  personeelsnummer: id,
  voornaam: id,
  tussenvoegsel: null,
  achternaam: id,
  e_mail: `${id}@example.nl`,
  functie,
  schaal,
  trede: 3,
  in_dienst: '2020-01-01',
  uit_dienst: uitDienst,
});
const team = (id: string, opgehevenOp: string | null = null) => ({
  id,
  naam: id,
  soort: 'basisteam' as const,
  parent_id: null,
  omschrijving: null,
  opgeheven_op: opgehevenOp,
});

/** Two teams: A with two beleidsmedewerkers (36 h and 32 h, one leaving) and an adviseur; B with one. */
const org: DemoOrganisatie = {
  peildatum: '2026-06-15',
  teams: [team('A'), team('B'), team('C', '2025-01-01')],
  medewerkers: [
    medewerker('m1', 'Beleidsmedewerker', 10),
    medewerker('m2', 'Beleidsmedewerker', 9, '2026-09-30'),
    medewerker('m3', 'Adviseur', 11),
    medewerker('m4', 'Beleidsmedewerker', 10),
    medewerker('m5', 'Oud', 8, '2025-12-31'),
  ],
  contracturen: [
    { id: 'c1', medewerker_id: 'm1', uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null },
    {
      id: 'c2a',
      medewerker_id: 'm2',
      uren_per_week: 24,
      ingangsdatum: '2020-01-01',
      einddatum: '2026-02-28',
    },
    { id: 'c2b', medewerker_id: 'm2', uren_per_week: 32, ingangsdatum: '2026-03-01', einddatum: null },
    { id: 'c3', medewerker_id: 'm3', uren_per_week: 18, ingangsdatum: '2020-01-01', einddatum: null },
    { id: 'c4', medewerker_id: 'm4', uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null },
    { id: 'c5', medewerker_id: 'm5', uren_per_week: 36, ingangsdatum: '2020-01-01', einddatum: null },
  ],
  teamlidmaatschappen: [
    { id: 'l1', medewerker_id: 'm1', team_id: 'A', ingangsdatum: '2020-01-01', einddatum: null },
    { id: 'l2', medewerker_id: 'm2', team_id: 'A', ingangsdatum: '2026-04-01', einddatum: null },
    { id: 'l3', medewerker_id: 'm3', team_id: 'A', ingangsdatum: '2020-01-01', einddatum: null },
    { id: 'l4', medewerker_id: 'm4', team_id: 'B', ingangsdatum: '2020-01-01', einddatum: '2026-03-31' },
    { id: 'l4b', medewerker_id: 'm4', team_id: 'B', ingangsdatum: '2026-04-01', einddatum: null },
    { id: 'l5', medewerker_id: 'm5', team_id: 'B', ingangsdatum: '2020-01-01', einddatum: null },
  ],
  leiderschap: [],
  expertises: [],
  medewerker_expertise: [],
};

function ids() {
  let n = 0;
  return () => `p${++n}`;
}

describe('formatieVoorOrganisatie', () => {
  const f = formatieVoorOrganisatie(org, { begin: '2026-01-01', vacatureElke: 2, id: ids() });

  it('gives each team one place per functie, sized to its current people, and a vacancy every n-th team', () => {
    expect(f.plaatsen.map((p) => [p.id, p.team_id, p.functie_naam, p.salarisschaal, p.fte])).toEqual([
      ['p1', 'A', 'Beleidsmedewerker', '10', 1.8889], // 36 h + 32 h; schalen 10 and 9 tie: the highest
      ['p2', 'A', 'Adviseur', '11', 0.5],
      ['p3', 'A', 'Beleidsmedewerker', '10', 1], // team A is the first: its vacancy
      ['p4', 'B', 'Beleidsmedewerker', '10', 1], // m5 left before the peildatum; no vacancy for B
    ]);
    expect(f.vacatures).toBe(1);
    expect(f.plaatsen.every((p) => p.ingangsdatum === '2026-01-01' && p.einddatum === null)).toBe(true);
  });

  it('places everyone current from the latest start to the earliest end of membership, employment and contract', () => {
    expect(f.plaatsingen).toEqual([
      { formatieplaats_id: 'p1', medewerker_id: 'm1', fte: 1, ingangsdatum: '2026-01-01', einddatum: null },
      {
        formatieplaats_id: 'p1',
        medewerker_id: 'm2',
        fte: 0.8889,
        ingangsdatum: '2026-04-01',
        einddatum: '2026-09-30',
      },
      { formatieplaats_id: 'p2', medewerker_id: 'm3', fte: 0.5, ingangsdatum: '2026-01-01', einddatum: null },
      { formatieplaats_id: 'p4', medewerker_id: 'm4', fte: 1, ingangsdatum: '2026-04-01', einddatum: null },
    ]);
  });
});

describe('meestVoorkomend', () => {
  it('takes the most frequent value, on a tie the highest', () => {
    expect(meestVoorkomend([8, 9, 9, 8, 7])).toBe(9);
    expect(meestVoorkomend([6, 6, 11])).toBe(6);
  });
});

describe('formatieVoorOrganisatie with a large functie', () => {
  it('splits it over places of at most MAX_PER_PLAATS people, each within 99 FTE', () => {
    const veel = Array.from({ length: MAX_PER_PLAATS * 2 + 1 }, (_, i) => `v${i}`);
    const groot: DemoOrganisatie = {
      ...org,
      teams: [team('D')],
      medewerkers: veel.map((id) => medewerker(id, 'Teamleider', 11)),
      contracturen: veel.map((id) => ({
        id: `c${id}`,
        medewerker_id: id,
        uren_per_week: 40,
        ingangsdatum: '2020-01-01',
        einddatum: null,
      })),
      teamlidmaatschappen: veel.map((id) => ({
        id: `l${id}`,
        medewerker_id: id,
        team_id: 'D',
        ingangsdatum: '2020-01-01',
        einddatum: null,
      })),
    };
    const f = formatieVoorOrganisatie(groot, { begin: '2026-01-01', vacatureElke: 1000, id: ids() });
    // Each place is the sum of its placements (40 h = 1.1111 FTE), so nobody leaves a spurious vacancy.
    expect(f.plaatsen.map((p) => p.fte)).toEqual([55.555, 55.555, 1.1111, 1]);
    expect(f.plaatsingen).toHaveLength(veel.length);
  });
});

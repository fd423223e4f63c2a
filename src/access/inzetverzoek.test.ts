import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INZETVERZOEK_GRAAF, INZETVERZOEK_STATUSSEN, type InzetverzoekStatus } from '../domain/inzetverzoek';
import { INZETVERZOEK_STAPPEN, type InzetverzoekStap } from '../domain/inzetverzoek-stappen';
import { magOvergaan } from '../domain/levenscyclus';
import { ROLLEN, type Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';
import {
  assertIsDeBeslisser,
  type InzetverzoekDoel,
  inzetGevolgenZicht,
  inzetverzoekMag,
  magInzetverzoekStap,
  magInzetverzoekZien,
} from './inzetverzoek';

function gebruiker(rollen: Rol[], over: Partial<Gebruiker> = {}): Gebruiker {
  return {
    accountId: 'account-a',
    naam: 'A',
    eMail: 'a@example.nl',
    medewerkerId: 'mw-a',
    rollen,
    teamIds: [],
    sessieId: 's',
    csrfToken: 'c',
    totpIngesteld: true,
    totpNodig: false,
    totpVoldaan: true,
    wachtwoordWijzigen: false,
    methode: 'wachtwoord',
    ...over,
  };
}

const verzoek = (over: Partial<InzetverzoekDoel> = {}): InzetverzoekDoel => ({
  teamId: 'team-1',
  teamNaam: 'Team Eén',
  medewerkerId: 'mw-1',
  status: 'aangevraagd',
  aangevraagdDoorAccountId: 'account-regisseur',
  ...over,
});

const STAPPEN = Object.keys(INZETVERZOEK_STAPPEN) as InzetverzoekStap[];

describe('the steps on an inzetverzoek', () => {
  it('are exactly the edges of the lifecycle graph', () => {
    const randen = STAPPEN.flatMap((s) =>
      INZETVERZOEK_STAPPEN[s].van.map((van) => `${van}→${INZETVERZOEK_STAPPEN[s].naar}`),
    );
    for (const rand of randen) {
      const [van, naar] = rand.split('→') as [InzetverzoekStatus, InzetverzoekStatus];
      expect(magOvergaan(INZETVERZOEK_GRAAF, van, naar), rand).toBe(true);
    }
    const graaf = INZETVERZOEK_STATUSSEN.flatMap((van) =>
      INZETVERZOEK_GRAAF[van].map((naar) => `${van}→${naar}`),
    );
    expect(new Set(randen)).toEqual(new Set(graaf));
  });
});

describe('who may act on an inzetverzoek', () => {
  const regisseur = gebruiker(['programmaregisseur', 'medewerker'], { accountId: 'account-regisseur' });
  const collega = gebruiker(['programmaregisseur', 'medewerker'], { accountId: 'account-collega' });
  const teamleider = gebruiker(['teamleider', 'medewerker'], { teamIds: ['team-1'] });
  const andereTeamleider = gebruiker(['teamleider', 'medewerker'], { teamIds: ['team-2'] });
  const directeur = gebruiker(['directeur', 'medewerker']);

  it('lets the asker accept a counter-proposal or withdraw, and no other programmaregisseur', () => {
    const v = verzoek({ status: 'tegenvoorstel' });
    expect(inzetverzoekMag(regisseur, v)).toEqual({
      beslissen: false,
      instemmen: false,
      afwijzen: false,
      tegenvoorstellen: false,
      aanvaarden: true,
      intrekken: true,
    });
    expect(inzetverzoekMag(collega, v)).toEqual({
      beslissen: false,
      instemmen: false,
      afwijzen: false,
      tegenvoorstellen: false,
      aanvaarden: false,
      intrekken: false,
    });
    expect(() => assertIsDeBeslisser(collega, v, 'aanvaarden')).toThrow(/Alleen wie het verzoek deed/);
    expect(() => assertIsDeBeslisser(collega, v, 'intrekken')).toThrow(/Alleen wie het verzoek deed/);
  });

  it("lets the team's own teamleider and the directie answer, not another team's teamleider", () => {
    const v = verzoek();
    for (const g of [teamleider, directeur]) {
      expect(inzetverzoekMag(g, v)).toMatchObject({
        instemmen: true,
        afwijzen: true,
        tegenvoorstellen: true,
      });
    }
    expect(inzetverzoekMag(andereTeamleider, v)).toMatchObject({ instemmen: false, afwijzen: false });
    expect(() => assertIsDeBeslisser(andereTeamleider, v, 'instemmen')).toThrow(/teamleider van Team Eén/);
  });

  it('offers no step on a request that is decided, whoever asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(['ingestemd', 'afgewezen', 'ingetrokken'] as const)),
        fc.subarray([...ROLLEN], { minLength: 1 }),
        fc.boolean(),
        (status, rollen, eigen) => {
          const g = gebruiker(rollen, {
            teamIds: ['team-1'],
            accountId: eigen ? 'account-regisseur' : 'x',
          });
          const { beslissen: _, ...stappen } = inzetverzoekMag(g, verzoek({ status }));
          return Object.values(stappen).every((m) => m === false);
        },
      ),
    );
  });

  it('never offers a step whose route the roles may not call, nor one the graph does not allow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INZETVERZOEK_STATUSSEN),
        fc.subarray([...ROLLEN], { minLength: 1 }),
        fc.constantFrom(...STAPPEN),
        (status, rollen, stap) => {
          const g = gebruiker(rollen, { teamIds: ['team-1'], accountId: 'account-regisseur' });
          const mag = magInzetverzoekStap(g, verzoek({ status }), stap);
          const s = INZETVERZOEK_STAPPEN[stap];
          if (!mag) return true;
          const roepers: readonly Rol[] =
            s.wie === 'teamleider' ? ['teamleider', 'directeur'] : ['programmaregisseur', 'directeur'];
          return rollen.some((r) => roepers.includes(r)) && magOvergaan(INZETVERZOEK_GRAAF, status, s.naar);
        },
      ),
    );
  });

  it('shows a request to those it concerns and to those who staff or steer', () => {
    const v = verzoek();
    expect(magInzetverzoekZien(teamleider, v)).toBe(true);
    expect(magInzetverzoekZien(andereTeamleider, v)).toBe(false);
    expect(magInzetverzoekZien(gebruiker(['medewerker'], { medewerkerId: 'mw-1' }), v)).toBe(true);
    expect(magInzetverzoekZien(gebruiker(['medewerker']), v)).toBe(false);
    expect(magInzetverzoekZien(gebruiker(['or']), v)).toBe(false);
    expect(magInzetverzoekZien(collega, v)).toBe(true);
  });
});

describe("inzetGevolgenZicht: what of consent's consequences a caller sees (issue 17)", () => {
  it('gives free hours to those who may see availability and the team share to those who see the team', () => {
    const v = verzoek();
    expect(inzetGevolgenZicht(gebruiker(['programmaregisseur']), v)).toEqual({
      medewerker: true,
      team: true,
    });
    expect(inzetGevolgenZicht(gebruiker(['teamleider'], { teamIds: ['team-1'] }), v)).toEqual({
      medewerker: true,
      team: true,
    });
    expect(inzetGevolgenZicht(gebruiker(['directeur']), v)).toEqual({ medewerker: true, team: true });
    // The medewerker: own hours, not the team's figures.
    expect(inzetGevolgenZicht(gebruiker(['medewerker'], { medewerkerId: 'mw-1' }), v)).toEqual({
      medewerker: true,
      team: false,
    });
    // An asker without a staffing role, or another team's teamleider: neither.
    expect(inzetGevolgenZicht(gebruiker(['medewerker'], { accountId: 'account-regisseur' }), v)).toEqual({
      medewerker: false,
      team: false,
    });
    expect(inzetGevolgenZicht(gebruiker(['teamleider'], { teamIds: ['team-2'] }), v)).toEqual({
      medewerker: false,
      team: false,
    });
  });
});

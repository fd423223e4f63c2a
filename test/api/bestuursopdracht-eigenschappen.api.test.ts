import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BESLUIT_UITKOMSTEN,
  BESTUURSOPDRACHT_GRAAF,
  BESTUURSOPDRACHT_STATUSSEN,
} from '../../src/domain/bestuursopdracht';
import { type Api, als, buildExpertise, buildTeam, call, loginAls, type Sessie, startApi } from './support';

/**
 * Property tests against the real API and database: whatever sequence of steps, besluiten and edits
 * users throw at a bestuursopdracht, its state only ever moves along the graph, nothing answers 500,
 * and every submitted version keeps exactly the bytes it was submitted with.
 */
let api: Api;
let college: Sessie;
let expertiseId: string;
let teamId: string;

beforeAll(async () => {
  api = await startApi();
  college = await loginAls(api.db, ['college']);
  expertiseId = (await buildExpertise(api.app)).id;
  teamId = (await buildTeam(api.app)).id;
});
afterAll(async () => {
  await api.close();
});

type Actie =
  | { soort: 'stap'; naar: string; doorCollege: boolean }
  | { soort: 'besluit'; uitkomst: string; versieVerschuiving: number }
  | { soort: 'wijzig'; tekst: string }
  | { soort: 'vraag'; uren: number };

// Steps come up most, and mostly the ones that move an opdracht forward, so that runs reach
// submission and besluit; besluiten and edits are mixed in to try to disturb frozen versions.
const actie: fc.Arbitrary<Actie> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      soort: fc.constant('stap' as const),
      naar: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('verkend', 'ter-besluitvorming', 'in-uitvoering') },
        { weight: 1, arbitrary: fc.constantFrom(...BESTUURSOPDRACHT_STATUSSEN) },
      ),
      doorCollege: fc.constantFrom(false, false, false, true),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant('besluit' as const),
      uitkomst: fc.constantFrom(...BESLUIT_UITKOMSTEN),
      versieVerschuiving: fc.integer({ min: -1, max: 1 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      soort: fc.constant('wijzig' as const),
      tekst: fc.string({ minLength: 1, maxLength: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ soort: fc.constant('vraag' as const), uren: fc.integer({ min: 1, max: 500 }) }),
  },
);

async function klaarVoorIndiening() {
  const b = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', {
    titel: 'Eigenschap',
    verkenning: {
      doel: 'd',
      wens: 'w',
      probleemEnOorzaak: 'p',
      beeldVanSucces: 'b',
      gewensteAanpak: 'g',
      collegeleden: ['Wethouder'],
    },
    doelstellingen: [{ omschrijving: 'o' }],
    mijlpalen: [{ titel: 'm', datum: '2027-01-01' }],
    rollen: { bestuurlijkOpdrachtgever: 'a', ambtelijkOpdrachtgever: 'b', opdrachtnemer: 'c' },
    verantwoording: [{ moment: 'jaarstukken', omschrijving: 'x' }],
    besluitvormingsproces: 'proces',
  });
  await call(api.app, 'POST', `/api/v1/bestuursopdrachten/${b.data.id}/capaciteitsvragen`, {
    expertiseId,
    minimumNiveau: 2,
    teamId,
    periode: '2027-Q1',
    uren: 40,
  });
  return b.data.id as string;
}

async function voerUit(id: string, a: Actie, huidig: any) {
  switch (a.soort) {
    case 'stap':
      return call(
        api.app,
        'POST',
        `/api/v1/bestuursopdrachten/${id}/overgangen`,
        { naar: a.naar },
        { ...(a.doorCollege ? als(college) : {}), 'if-match': `"${huidig.versie}"` },
      );
    case 'besluit':
      return call(
        api.app,
        'POST',
        `/api/v1/bestuursopdrachten/${id}/besluiten`,
        {
          versie: Math.max(1, huidig.versies.length + a.versieVerschuiving),
          uitkomst: a.uitkomst,
          besluitnummer: 'B&W 1',
          datum: '2027-01-01',
          voorwaarden: 'v',
        },
        als(college),
      );
    case 'wijzig':
      return call(
        api.app,
        'PATCH',
        `/api/v1/bestuursopdrachten/${id}`,
        { besluitvormingsproces: a.tekst },
        { 'if-match': `"${huidig.versie}"` },
      );
    case 'vraag':
      return call(api.app, 'POST', `/api/v1/bestuursopdrachten/${id}/capaciteitsvragen`, {
        expertiseId,
        minimumNiveau: 1,
        periode: '2027-Q2',
        uren: a.uren,
      });
  }
}

describe('a bestuursopdracht under random use', () => {
  it('stays inside the graph and never changes a submitted version', async () => {
    let versiesGezien = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(actie, { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        async (willekeurig, eerstIndienen) => {
          // Half of the runs begin by submitting, so every run of the suite sees frozen versions
          // that the random actions after it then try to disturb.
          const indienen: Actie[] = [
            { soort: 'stap', naar: 'verkend', doorCollege: false },
            { soort: 'stap', naar: 'ter-besluitvorming', doorCollege: false },
          ];
          const acties = eerstIndienen ? [...indienen, ...willekeurig] : willekeurig;
          const id = await klaarVoorIndiening();
          const bevroren = new Map<number, { tekst: string; sha256: string }>();
          let huidig = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${id}`)).data;
          for (const a of acties) {
            const antwoord = await voerUit(id, a, huidig);
            expect(antwoord.statusCode, antwoord.body).toBeLessThan(500);
            const na = (await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${id}`)).data;
            expect(
              na.status === huidig.status ||
                BESTUURSOPDRACHT_GRAAF[huidig.status as 'concept'].includes(na.status),
            ).toBe(true);
            expect(na.versies.length).toBeGreaterThanOrEqual(huidig.versies.length);
            for (const v of na.versies) {
              const stuk = (
                await call(api.app, 'GET', `/api/v1/bestuursopdrachten/${id}/versies/${v.nummer}`)
              ).data;
              const eerder = bevroren.get(v.nummer);
              if (eerder) expect(stuk).toMatchObject(eerder);
              else {
                bevroren.set(v.nummer, { tekst: stuk.tekst, sha256: stuk.sha256 });
                versiesGezien++;
              }
            }
            huidig = na;
          }
        },
      ),
      { numRuns: 15 },
    );
    // The property is only worth something if submissions happened.
    expect(versiesGezien).toBeGreaterThan(0);
  }, 120_000);
});

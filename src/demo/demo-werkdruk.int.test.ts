import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database';
import { onEngine } from '../../test/helpers/engine';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { getMijnWerk } from '../services/mijn-werk.service';
import { organisatieWerkdruk, teamWerkdruk } from '../services/werkdruk.service';
import { loadDemoAccounts } from './demo-accounts';
import { loadDemoFormatie } from './demo-formatie';
import { loadDemoOrganisatie } from './demo-loader';
import { generateDemoOrganisatie } from './demo-organisatie';
import { loadDemoPlanning } from './demo-planning';
import { overbelasteTeams } from './demo-werk';

/*
 * The demo municipality with real pressure (issue 14, item 7): regular work asks most of every
 * basisteam's capacity, a few teams are over it, and the directie's first page names them.
 */
const nu = vandaag();
const maand = nu.slice(0, 7);

const directie: Gebruiker = {
  accountId: '00000000-0000-4000-8000-000000000000',
  naam: 'Test-directeur',
  eMail: 'test@demo-gemeente.nl',
  medewerkerId: null,
  rollen: ['directeur'],
  teamIds: [],
  sessieId: 'test',
  csrfToken: 'test',
  totpIngesteld: false,
  totpNodig: false,
  totpVoldaan: false,
  wachtwoordWijzigen: false,
  methode: 'wachtwoord',
};

describe(onEngine('the demo werkdruk'), () => {
  let testDatabase: TestDatabase;
  let db: Kysely<Database>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    db = testDatabase.db;
    await loadDemoOrganisatie(db, generateDemoOrganisatie({ medewerkers: 400, peildatum: nu }));
    await loadDemoAccounts(db);
    await loadDemoPlanning(db, nu);
    await loadDemoFormatie(db, nu);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  it('asks most of every team its capacity over the whole year, not "0 %"', async () => {
    const h = await organisatieWerkdruk(db, directie, {});
    expect(h.maanden).toHaveLength(12);
    expect(h.teams).toHaveLength(21);
    // Every team's demand this month, from its own team page (the capacity part's value).
    const belasting: number[] = [];
    for (const t of h.teams) {
      const w = await teamWerkdruk(db, directie, t.teamId, { van: maand, tot: maand });
      belasting.push(w.maanden[0]!.delen.find((d) => d.deel === 'capaciteit')!.waarde ?? 0);
    }
    expect(belasting.filter((b) => b >= 0.7).length).toBe(21);
    expect(belasting.filter((b) => b > 1).length).toBeGreaterThanOrEqual(3);
    // Over the year the heatmap is not empty: raised cells in several months.
    const verhoogd = h.organisatie.filter((m) => m.oranje + m.rood > 0);
    expect(verhoogd.length).toBeGreaterThanOrEqual(6);
  });

  it('names at least three teams with raised werkdruk on the directie’s first page', async () => {
    const signaal = (await getMijnWerk(db, directie)).nu.find((i) => i.id === 'signaal:werkdruk');
    expect(signaal).toBeDefined();
    const n = Number(/^(\d+) teams met verhoogde werkdruk$/.exec(signaal!.titel)?.[1]);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(signaal!.pad).toBe('/mensen/werkdruk');
    const genoemd = signaal!.toelichting!.split(' · ').map((t) => t.replace(/ \((rood|oranje)\)$/, ''));
    expect(genoemd.length).toBe(3);
    for (const naam of genoemd.slice(0, 2)) expect(Object.keys(overbelasteTeams)).toContain(naam);
  });
});

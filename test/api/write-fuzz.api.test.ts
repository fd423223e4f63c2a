import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  buildExpertise,
  buildMedewerker,
  buildTeam,
  call,
  sessieHeaders,
  snapshot,
  startApi,
} from './support';

/**
 * Random and mutated bodies against every write endpoint. Whatever arrives, the answer is never a
 * 5xx, and a refused request leaves every table exactly as it was.
 */
let api: Api;
let ids: Record<string, string>;

beforeAll(async () => {
  api = await startApi();
  const team = await buildTeam(api.app, { soort: 'basisteam' });
  const m = await buildMedewerker(api.app, { teamId: team.id });
  const e = await buildExpertise(api.app);
  await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, { expertiseId: e.id, niveau: 2 });
  const l = await call(api.app, 'POST', `/api/v1/teams/${team.id}/leidinggevenden`, {
    medewerkerId: m.id,
    rol: 'teamleider',
    ingangsdatum: '2021-01-01',
  });
  const programma = await call(api.app, 'POST', '/api/v1/begrotingsprogrammas', {
    begrotingsjaar: 2026,
    code: 'F',
    naam: 'Fuzz',
  });
  const beleidsdoel = (
    await call(api.app, 'POST', `/api/v1/begrotingsprogrammas/${programma.data.id}/beleidsdoelen`, {
      naam: 'Fuzzdoel',
    })
  ).data.beleidsdoelen[0].id;
  const doel = await call(api.app, 'POST', `/api/v1/teams/${team.id}/resultaatdoelen`, {
    periode: '2026-Q2',
    titel: 'Fuzzresultaat',
    beleidsdoelen: [{ beleidsdoelId: beleidsdoel, gewicht: 1 }],
  });
  const account = await call(api.app, 'POST', '/api/v1/accounts', {
    eMail: 'fuzz@example.nl',
    naam: 'Fuzz',
    rollen: ['medewerker'],
  });
  const wprogramma = await call(api.app, 'POST', '/api/v1/programmas', { naam: 'Fuzzprogramma' });
  const opgave = await call(api.app, 'POST', '/api/v1/opgaven', { titel: 'Fuzzopgave', omschrijving: 'x' });
  const metBevinding = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/bevindingen`, {
    tekst: 'Fuzzbevinding',
  });
  const ambitie = await call(api.app, 'POST', '/api/v1/bestuurlijke-ambities', {
    titel: 'Fuzzambitie',
    bron: 'nieuw',
    portefeuillehouder: 'Wethouder',
  });
  const opdracht = await call(api.app, 'POST', '/api/v1/bestuursopdrachten', { titel: 'Fuzzopdracht' });
  const vraag = await call(api.app, 'POST', `/api/v1/opgaven/${opgave.data.id}/capaciteitsvragen`, {
    expertiseId: e.id,
    minimumNiveau: 2,
    periode: '2027-Q1',
    uren: 10,
  });
  const verzoek = await call(api.app, 'POST', `/api/v1/capaciteitsvragen/${vraag.data.id}/inzetverzoeken`, {
    medewerkerId: m.id,
    urenPerWeek: 4,
    vanWeek: '2027-W02',
    totWeek: '2027-W03',
  });
  if (verzoek.statusCode !== 201) throw new Error(`inzetverzoek: ${verzoek.body}`);
  ids = {
    inzetverzoek: verzoek.data.id,
    wprogramma: wprogramma.data.id,
    opgave: opgave.data.id,
    bevinding: metBevinding.data.bevindingen[0].id,
    ambitie: ambitie.data.id,
    bestuursopdracht: opdracht.data.id,
    capaciteitsvraag: vraag.data.id,
    programma: programma.data.id,
    beleidsdoel,
    resultaatdoel: doel.data.id,
    account: account.data.account.id,
    team: team.id,
    medewerker: m.id,
    expertise: e.id,
    leiderschap: l.data.id,
    lidmaatschap: m.teamhistorie[0].id,
  };
});
afterAll(async () => {
  await api.close();
});

type Endpoint = { method: 'POST' | 'PATCH' | 'PUT'; url: () => string; valid: () => Record<string, unknown> };

/** The endpoint's path template, for the test title (ids exist only once beforeAll ran). */
const titel = (e: Endpoint) =>
  `${e.method} ${e.url
    .toString()
    .replace(/^\(\) => /, '')
    .replace(/[`'"]/g, '')
    .replace(/\$\{ids\.(\w+)\}/g, '{$1}')}`;

const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    url: () => '/api/v1/teams',
    valid: () => ({ naam: 'Fuzzteam', soort: 'basisteam', parentId: ids.team }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/teams/${ids.team}`,
    valid: () => ({ naam: 'Fuzz', omschrijving: 'x' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/teams/${ids.team}/leidinggevenden`,
    valid: () => ({ medewerkerId: ids.medewerker, rol: 'teamleider', ingangsdatum: '2024-01-01' }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/teams/${ids.team}/leidinggevenden/${ids.leiderschap}`,
    valid: () => ({ einddatum: '2030-01-01' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/medewerkers',
    valid: () => ({
      personeelsnummer: 'F1',
      voornaam: 'F',
      achternaam: 'Z',
      eMail: 'f@z.nl',
      functie: 'Jurist',
      schaal: 10,
      trede: 2,
      inDienst: '2024-01-01',
      teamId: ids.team,
      urenPerWeek: 36,
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/medewerkers/${ids.medewerker}`,
    valid: () => ({ functie: 'Adviseur', uitDienst: '2031-01-01' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/contracturen`,
    valid: () => ({ urenPerWeek: 30, ingangsdatum: '2032-01-01' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/teamlidmaatschappen`,
    valid: () => ({ teamId: ids.team, ingangsdatum: '2032-01-01' }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/teamlidmaatschappen/${ids.lidmaatschap}`,
    valid: () => ({ einddatum: '2033-01-01', volgendTeamId: ids.team, reden: 'Fuzz' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/expertises`,
    valid: () => ({ expertiseId: ids.expertise, niveau: 3 }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/expertises/${ids.expertise}`,
    valid: () => ({ niveau: 4, ambitie: true }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/expertises',
    valid: () => ({ naam: 'Fuzzexpertise', categorie: 'Data' }),
  },
  { method: 'PATCH', url: () => `/api/v1/expertises/${ids.expertise}`, valid: () => ({ omschrijving: 'x' }) },
  {
    method: 'POST',
    url: () => '/api/v1/begrotingsprogrammas',
    valid: () => ({ begrotingsjaar: 2027, code: 'Z', naam: 'Zorg' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/begrotingsprogrammas/${ids.programma}/beleidsdoelen`,
    valid: () => ({ naam: 'Nog een doel' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/teams/${ids.team}/resultaatdoelen`,
    valid: () => ({
      periode: '2026-Q3',
      titel: 'Doel',
      geschatteUren: 40,
      beleidsdoelen: [{ beleidsdoelId: ids.beleidsdoel, gewicht: 1 }],
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/resultaatdoelen/${ids.resultaatdoel}`,
    valid: () => ({ status: 'actief', geschatteUren: 80 }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/teams/${ids.team}/prioriteringen`,
    valid: () => ({ periode: '2026-Q2', volgorde: [ids.resultaatdoel] }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/resultaatdoelen/${ids.resultaatdoel}/voortgang`,
    valid: () => ({ datum: '2026-05-01', waarde: 3 }),
  },
  {
    method: 'PUT',
    url: () => `/api/v1/medewerkers/${ids.medewerker}/afwezigheid/2026-W20`,
    valid: () => ({ uren: 8 }),
  },
  {
    method: 'PUT',
    url: () => `/api/v1/resultaatdoelen/${ids.resultaatdoel}/inzet/${ids.medewerker}`,
    valid: () => ({ vanWeek: '2026-W14', totWeek: '2026-W20', urenPerWeek: 6 }),
  },
  {
    method: 'PATCH',
    url: () => '/api/v1/instellingen',
    valid: () => ({ nietProductiefAandeel: 0.2, bevrijdingsdag: 'lustrum' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/accounts',
    valid: () => ({ eMail: 'nieuw@example.nl', naam: 'Nieuw', rollen: ['teamleider'] }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/accounts/${ids.account}`,
    valid: () => ({ rollen: ['medewerker', 'or'], actief: true }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/programmas',
    valid: () => ({
      naam: 'Nieuw programma',
      omschrijving: 'x',
      programmaregisseurMedewerkerId: ids.medewerker,
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/programmas/${ids.wprogramma}`,
    valid: () => ({ omschrijving: 'y', programmaregisseurMedewerkerId: ids.medewerker }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/opgaven',
    valid: () => ({ titel: 'O', omschrijving: 'x', programmaId: ids.wprogramma, ambitieIds: [ids.ambitie] }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/opgaven/${ids.opgave}`,
    valid: () => ({ strategie: 's', aanpak: 'a', programmaregisseurMedewerkerId: ids.medewerker }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/opgaven/${ids.opgave}/overgangen`,
    valid: () => ({ naar: 'rolbepaling', toelichting: 'x' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/opgaven/${ids.opgave}/stakeholders`,
    valid: () => ({ naam: 'S', soort: 'extern', belang: 'b', invloed: 'hoog', betrokkenheid: 'raadplegen' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/opgaven/${ids.opgave}/bevindingen`,
    valid: () => ({ datum: '2026-10-01', tekst: 't' }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/opgaven/${ids.opgave}/bevindingen/${ids.bevinding}`,
    valid: () => ({ datum: '2026-10-02', tekst: 'gecorrigeerd' }),
  },
  {
    method: 'PUT',
    url: () => `/api/v1/opgaven/${ids.opgave}/rolbepaling`,
    valid: () => ({
      eigenaarschap: 'hoog',
      overheidsrolPrimair: 'presterend',
      overheidsrolSecundair: ['netwerkend'],
      datum: '2026-11-01',
      besluit: 'B&W 1',
    }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/opgaven/${ids.opgave}/capaciteitsvragen`,
    valid: () => ({
      expertiseId: ids.expertise,
      minimumNiveau: 3,
      teamId: ids.team,
      periode: '2027-Q2',
      uren: 40,
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/capaciteitsvragen/${ids.capaciteitsvraag}`,
    valid: () => ({ uren: 20, periode: '2027-Q3' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/bestuurlijke-ambities',
    valid: () => ({
      titel: 'A',
      bron: 'collegeprogramma',
      portefeuillehouder: 'W',
      voortgang: 10,
      opgaveIds: [ids.opgave],
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/bestuurlijke-ambities/${ids.ambitie}`,
    valid: () => ({ voortgang: 50, voortgangToelichting: 'Op koers' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/bestuursopdrachten',
    valid: () => ({
      titel: 'B',
      ambitieId: ids.ambitie,
      mijlpalen: [{ titel: 'm', datum: '2027-01-01' }],
      budget: [{ begrotingsprogrammaId: ids.programma, bedrag: 10, toelichting: null }],
    }),
  },
  {
    method: 'PATCH',
    url: () => `/api/v1/bestuursopdrachten/${ids.bestuursopdracht}`,
    valid: () => ({
      verantwoording: [{ moment: 'jaarstukken', omschrijving: 'x' }],
      rollen: { bestuurlijkOpdrachtgever: 'W', teams: [{ teamId: ids.team, rol: 'r' }] },
    }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/bestuursopdrachten/${ids.bestuursopdracht}/overgangen`,
    valid: () => ({ naar: 'verkend' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/bestuursopdrachten/${ids.bestuursopdracht}/capaciteitsvragen`,
    valid: () => ({ expertiseId: ids.expertise, minimumNiveau: 1, periode: '2027-Q1', uren: 8 }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/capaciteitsvragen/${ids.capaciteitsvraag}/inzetverzoeken`,
    valid: () => ({ medewerkerId: ids.medewerker, urenPerWeek: 4, vanWeek: '2027-W05', totWeek: '2027-W06' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/inzetverzoeken/${ids.inzetverzoek}/tegenvoorstellen`,
    valid: () => ({ urenPerWeek: 4, vanWeek: '2027-W02', totWeek: '2027-W02', reden: 'r' }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/inzetverzoeken/${ids.inzetverzoek}/afwijzingen`,
    valid: () => ({ reden: 'Geen ruimte' }),
  },
  {
    method: 'PUT',
    url: () => `/api/v1/teams/${ids.team}/reservering`,
    valid: () => ({ robuustReservering: 0.5 }),
  },
];

const vreemd = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '2024-02-30',
    '9999-99-99',
    '00000000-0000-4000-8000-000000000000',
    '-1',
    '1e309',
    "'; drop table team; --",
    '\u0000',
  ),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

/** A valid body with some fields replaced, removed or added. */
function gemuteerd(valid: Record<string, unknown>) {
  const sleutels = Object.keys(valid);
  return fc
    .tuple(
      fc.subarray(sleutels),
      fc.subarray(sleutels),
      fc.array(vreemd, { minLength: sleutels.length, maxLength: sleutels.length }),
      fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), vreemd), { nil: undefined }),
    )
    .map(([vervang, weg, waarden, extra]) => {
      const body: Record<string, unknown> = { ...valid };
      vervang.forEach((k, i) => {
        body[k] = waarden[i];
      });
      for (const k of weg) delete body[k];
      if (extra) body[extra[0]] = extra[1];
      return body;
    });
}

const lichaam = (valid: Record<string, unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: gemuteerd(valid) },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.string().map((s) => ({ __raw: s })) },
  );

describe('every write endpoint under random input', () => {
  for (const endpoint of ENDPOINTS) {
    it(titel(endpoint), async () => {
      await fc.assert(
        fc.asyncProperty(
          lichaam(endpoint.valid()),
          fc.constantFrom('"0"', '"1"', '"999"', undefined),
          async (body, ifMatch) => {
            const voor = await snapshot(api);
            const headers: Record<string, string> = {
              'content-type': 'application/json',
              ...sessieHeaders(api.app),
            };
            if (ifMatch) headers['if-match'] = ifMatch;
            const raw = typeof body === 'object' && body !== null && '__raw' in body;
            const res = await api.app.inject({
              method: endpoint.method,
              url: endpoint.url(),
              headers,
              payload: raw ? String((body as { __raw: string }).__raw) : JSON.stringify(body ?? null),
            });
            expect(res.statusCode, res.body).toBeLessThan(500);
            if (res.statusCode >= 400) {
              expect(res.headers['content-type']).toContain('application/problem+json');
              expect(await snapshot(api)).toBe(voor);
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  }
});

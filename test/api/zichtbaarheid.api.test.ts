import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIJST_PARAMETERS, type MedewerkerVeld, VERBORGEN_VELDEN } from '../../src/access/medewerker';
import type { Zicht } from '../../src/contract/medewerker';
import type { Rol } from '../../src/domain/rol';
import {
  type Api,
  buildExpertise,
  buildMedewerker,
  buildTeam,
  call,
  loginAls,
  type Sessie,
  startApi,
} from './support';

/**
 * Field-level visibility on every path (issue 18, finding 6). Which fields a sight hides comes from
 * the one table in src/access (VERBORGEN_VELDEN, docs/privacy.md "Roles and reach"); what each role's
 * sight on a stranger is (someone outside the caller's own team) is written down here, from
 * privacy.md's table, independently of the code. For every role and every GET route that returns
 * medewerker data, a hidden field never comes with a value, and a filter or sort on it is refused.
 */
const ZICHT_OP_EEN_ANDER: Partial<Record<Rol, Zicht>> = {
  medewerker: 'basis',
  teamleider: 'basis',
  programmaregisseur: 'inzetbaarheid',
  directeur: 'volledig',
  po: 'volledig',
  beheerder: 'basis',
};
const ROLLEN = Object.keys(ZICHT_OP_EEN_ANDER) as Rol[];
const verborgen = (rol: Rol) => new Set<MedewerkerVeld>(VERBORGEN_VELDEN[ZICHT_OP_EEN_ANDER[rol]!]);

const WEEK = '2026-W19';
let api: Api;
let teamA: { id: string };
let teamB: { id: string };
let ik: { id: string };
let collega: { id: string };
let ander: { id: string; personeelsnummer: string };
let vertrokken: { id: string; personeelsnummer: string };
let expertise: { id: string };
const sessies = {} as Record<Rol, Sessie>;

beforeAll(async () => {
  api = await startApi();
  teamA = await buildTeam(api.app);
  teamB = await buildTeam(api.app);
  const leider = await buildMedewerker(api.app, { teamId: teamA.id, functie: 'Teamleider' });
  const aanstelling = await call(api.app, 'POST', `/api/v1/teams/${teamA.id}/leidinggevenden`, {
    medewerkerId: leider.id,
    rol: 'teamleider',
    ingangsdatum: '2024-01-01',
  });
  expect(aanstelling.statusCode, aanstelling.body).toBe(201);
  ik = await buildMedewerker(api.app, { teamId: teamA.id });
  collega = await buildMedewerker(api.app, { teamId: teamA.id, inDienst: '2018-02-01' });
  ander = await buildMedewerker(api.app, { teamId: teamB.id, inDienst: '2019-03-01', schaal: 11 });
  vertrokken = await buildMedewerker(api.app, {
    teamId: teamB.id,
    inDienst: '2015-01-01',
    uitDienst: '2024-06-30',
  });
  expertise = await buildExpertise(api.app);
  for (const m of [ander, collega]) {
    const e = await call(api.app, 'POST', `/api/v1/medewerkers/${m.id}/expertises`, {
      expertiseId: expertise.id,
      niveau: 3,
    });
    expect(e.statusCode, e.body).toBe(201);
    const a = await call(api.app, 'PUT', `/api/v1/medewerkers/${m.id}/afwezigheid/${WEEK}`, { uren: 8 });
    expect(a.statusCode, a.body).toBe(200);
  }
  const medewerkerIds: Partial<Record<Rol, string>> = { medewerker: ik.id, teamleider: leider.id };
  for (const rol of ROLLEN)
    sessies[rol] = await loginAls(api.db, [rol], { medewerkerId: medewerkerIds[rol] ?? null });
});
afterAll(async () => {
  await api.close();
});

const als = (rol: Rol, url: string) => call(api.app, 'GET', `/api/v1${url}`, undefined, sessies[rol]);
const heeftWaarde = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/** The medewerker fields that carry a value of the table's MedewerkerVeld of the same name. */
const RECORDVELDEN = ['schaal', 'trede', 'inDienst', 'urenPerWeek', 'fte'] as const;

function toetsRecord(rol: Rol, m: Record<string, unknown>, detail: boolean) {
  const weg = verborgen(rol);
  expect(m.zicht, rol).toBe(ZICHT_OP_EEN_ANDER[rol]);
  for (const veld of RECORDVELDEN) expect(heeftWaarde(m[veld]), `${rol} ${veld}`).toBe(!weg.has(veld));
  expect(m.uitDienst, rol).toBeNull(); // not out of service; null either way
  if (!detail) return;
  expect(heeftWaarde(m.contracthistorie), `${rol} contracthistorie`).toBe(!weg.has('contracthistorie'));
  expect(heeftWaarde(m.expertises), `${rol} expertises`).toBe(!weg.has('expertises'));
  for (const lid of m.teamhistorie as Record<string, unknown>[])
    expect(heeftWaarde(lid.ingangsdatum), `${rol} teamhistorie`).toBe(!weg.has('teamhistorieData'));
}

describe.each(ROLLEN)('what a %s sees of someone outside their team', (rol) => {
  const weg = () => verborgen(rol);

  it('in the list and the record: hidden fields come back null', async () => {
    const lijst = await als(rol, `/medewerkers?zoek=${ander.personeelsnummer}`);
    expect(lijst.statusCode, lijst.body).toBe(200);
    toetsRecord(
      rol,
      lijst.data.resultaten.find((m: any) => m.id === ander.id),
      false,
    );
    const detail = await als(rol, `/medewerkers/${ander.id}`);
    expect(detail.statusCode).toBe(200);
    toetsRecord(rol, detail.data, true);
  });

  it('in the sub-resources: the same fields as the record, or 403', async () => {
    const lid = await als(rol, `/medewerkers/${ander.id}/teamlidmaatschappen`);
    expect(lid.statusCode).toBe(200);
    expect(lid.data.zicht).toBe(ZICHT_OP_EEN_ANDER[rol]);
    for (const l of lid.data.resultaten) {
      expect(heeftWaarde(l.ingangsdatum), rol).toBe(!weg().has('teamhistorieData'));
      if (weg().has('teamhistorieData')) expect(l.einddatum).toBeNull();
    }
    const contract = await als(rol, `/medewerkers/${ander.id}/contracturen`);
    expect(contract.statusCode, rol).toBe(weg().has('contracthistorie') ? 403 : 200);
    for (const url of [
      `/medewerkers/${ander.id}/expertises`,
      `/medewerkers/${ander.id}/expertises/${expertise.id}`,
    ]) {
      const res = await als(rol, url);
      expect(res.statusCode, `${rol} ${url}`).toBe(weg().has('expertises') ? 403 : 200);
    }
    const afwezigheid = await als(rol, `/medewerkers/${ander.id}/afwezigheid?van=${WEEK}&tot=${WEEK}`);
    expect(afwezigheid.statusCode, rol).toBe(weg().has('afwezigheid') ? 403 : 200);
  });

  it('in the members of their team: hours and membership dates as in the record, no other date', async () => {
    const leden = await als(rol, `/teams/${teamB.id}/leden`);
    expect(leden.statusCode, rol).toBe(200);
    const lid = leden.data.resultaten.find((l: any) => l.medewerkerId === ander.id);
    expect(heeftWaarde(lid.urenPerWeek), rol).toBe(!weg().has('urenPerWeek'));
    expect(heeftWaarde(lid.ingangsdatum), rol).toBe(!weg().has('teamhistorieData'));
    // Asking for another day would date the memberships by trying.
    const toen = await als(rol, `/teams/${teamB.id}/leden?peildatum=2019-02-28`);
    expect(toen.statusCode, rol).toBe(weg().has('teamhistorieData') ? 400 : 200);
    if (toen.statusCode === 400)
      expect(toen.data.invalidParams[0]).toMatchObject({ name: 'peildatum', code: 'niet-zichtbaar' });
  });

  it('in the availability grids: beschikbaar with hours, absence only where it may be seen', async () => {
    const eigen = await als(rol, `/medewerkers/${ander.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`);
    expect(eigen.statusCode, rol).toBe(weg().has('urenPerWeek') ? 403 : 200);
    const team = await als(rol, `/teams/${teamB.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`);
    const teamZien = rol === 'programmaregisseur' || rol === 'directeur' || rol === 'po';
    expect(team.statusCode, rol).toBe(teamZien ? 200 : 403);
    const cellen = [
      ...(eigen.statusCode === 200 ? [eigen.data.cellen[0], eigen.data.totaal] : []),
      ...(teamZien
        ? (() => {
            const rij = team.data.medewerkers.find((m: any) => m.medewerkerId === ander.id);
            return [rij.cellen[0], rij.totaal, team.data.totalen[0]];
          })()
        : []),
    ];
    for (const c of cellen) {
      expect(c.beschikbaar, rol).toBeGreaterThan(0);
      if (weg().has('afwezigheid')) {
        expect(c.afwezigheidUren, rol).toBeNull();
        expect(c.nietProductiefUren, rol).toBeNull();
      } else {
        expect(c.afwezigheidUren, rol).toBe(8);
      }
    }
    if (eigen.statusCode === 200) expect(eigen.data.afwezigheidZichtbaar).toBe(!weg().has('afwezigheid'));
    if (teamZien) expect(team.data.afwezigheidZichtbaar).toBe(!weg().has('afwezigheid'));
  });

  it('in the filters and sorts of GET /medewerkers: refused with 400 naming the parameter', async () => {
    const vragen: Record<keyof typeof LIJST_PARAMETERS, string[]> = {
      status: ['status=uit-dienst', 'status=alle'],
      expertiseId: [`expertiseId=${expertise.id}`],
      minNiveau: ['minNiveau=3'],
      'sorteer=inDienst': ['sorteer=inDienst', 'sorteer=-inDienst'],
      'sorteer=schaal': ['sorteer=schaal'],
    };
    for (const [sleutel, queries] of Object.entries(vragen)) {
      const veld = LIJST_PARAMETERS[sleutel as keyof typeof LIJST_PARAMETERS];
      for (const q of queries) {
        const res = await als(rol, `/medewerkers?${q}`);
        if (weg().has(veld)) {
          expect(res.statusCode, `${rol} ${q}`).toBe(400);
          expect(res.headers['content-type']).toContain('application/problem+json');
          const p = res.data.invalidParams.find((i: any) => i.name === sleutel.split('=')[0]);
          expect(p, `${rol} ${q}`).toMatchObject({ code: 'niet-zichtbaar' });
          expect(p.reason).toMatch(/mag u niet zien/);
        } else {
          expect(res.statusCode, `${rol} ${q} ${res.body}`).toBe(200);
        }
      }
    }
  });
});

describe('the findings of issue 18, item 6', () => {
  it('a medewerker no longer reads anyone’s start and end of service from /teamlidmaatschappen', async () => {
    for (const m of [ander, vertrokken, collega]) {
      const res = await als('medewerker', `/medewerkers/${m.id}/teamlidmaatschappen`);
      expect(res.statusCode).toBe(200);
      expect(res.data.zicht).toBe('basis');
      expect(res.data.resultaten.length).toBeGreaterThan(0);
      for (const l of res.data.resultaten) expect(l).toMatchObject({ ingangsdatum: null, einddatum: null });
    }
    // Their own stays in full.
    const eigen = await als('medewerker', `/medewerkers/${ik.id}/teamlidmaatschappen`);
    expect(eigen.data.zicht).toBe('volledig');
    expect(eigen.data.resultaten[0].ingangsdatum).toBe('2020-01-01');
  });

  it('a medewerker cannot find exact expertise levels through expertiseId + minNiveau', async () => {
    for (const niveau of [1, 3, 4]) {
      const res = await als('medewerker', `/medewerkers?expertiseId=${expertise.id}&minNiveau=${niveau}`);
      expect(res.statusCode).toBe(400);
      expect(res.data.invalidParams.map((p: any) => p.name).sort()).toEqual(['expertiseId', 'minNiveau']);
    }
    // Those who see expertise of everybody still search by it.
    const regisseur = await als('programmaregisseur', `/medewerkers?expertiseId=${expertise.id}&minNiveau=3`);
    expect(regisseur.data.resultaten.map((m: any) => m.id).sort()).toEqual([ander.id, collega.id].sort());
  });

  it('a medewerker cannot list who has left through ?status=uit-dienst', async () => {
    const res = await als('medewerker', '/medewerkers?status=uit-dienst');
    expect(res.statusCode).toBe(400);
    expect(res.data.invalidParams).toEqual([
      expect.objectContaining({ name: 'status', code: 'niet-zichtbaar' }),
    ]);
    const po = await als('po', `/medewerkers?status=uit-dienst&zoek=${vertrokken.personeelsnummer}`);
    expect(po.data.resultaten.map((m: any) => m.id)).toEqual([vertrokken.id]);
  });

  it('a programmaregisseur sees beschikbaar per person in the grids, not the absence /afwezigheid refuses', async () => {
    expect(
      (await als('programmaregisseur', `/medewerkers/${ander.id}/afwezigheid?van=${WEEK}&tot=${WEEK}`))
        .statusCode,
    ).toBe(403);
    const team = await als(
      'programmaregisseur',
      `/teams/${teamB.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`,
    );
    const po = await als('po', `/teams/${teamB.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`);
    for (const [i, rij] of team.data.medewerkers.entries()) {
      expect(rij.afwezigheidZichtbaar).toBe(false);
      expect(rij.cellen[0].afwezigheidUren).toBeNull();
      // The same net hours as for those who see the absence: the totals still add up.
      expect(rij.cellen[0].beschikbaar).toBe(po.data.medewerkers[i].cellen[0].beschikbaar);
      expect(rij.cellen[0].vrij).toBe(po.data.medewerkers[i].cellen[0].vrij);
    }
    expect(team.data.totalen[0].beschikbaar).toBe(po.data.totalen[0].beschikbaar);
    expect(team.data.totalen[0].afwezigheidUren).toBeNull();
    expect(po.data.totalen[0].afwezigheidUren).toBe(8);
    const eigen = await als(
      'programmaregisseur',
      `/medewerkers/${ander.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`,
    );
    expect(eigen.data.cellen[0]).toMatchObject({ afwezigheidUren: null, nietProductiefUren: null });
    expect(eigen.data.cellen[0].beschikbaar).toBeGreaterThan(0);
  });
});

describe('a teamleider sees the own team in full, on every path', () => {
  it('filters and sorts the own team on hidden fields, and sees its absence in the grid', async () => {
    for (const q of [`teamId=${teamA.id}&sorteer=schaal`, `teamId=${teamA.id}&expertiseId=${expertise.id}`]) {
      const res = await als('teamleider', `/medewerkers?${q}`);
      expect(res.statusCode, q).toBe(200);
    }
    expect((await als('teamleider', `/medewerkers?teamId=${teamB.id}&sorteer=schaal`)).statusCode).toBe(400);
    const lid = await als('teamleider', `/medewerkers/${collega.id}/teamlidmaatschappen`);
    expect(lid.data.resultaten[0].ingangsdatum).toBe('2018-02-01');
    const grid = await als('teamleider', `/teams/${teamA.id}/beschikbaarheid?van=${WEEK}&tot=${WEEK}`);
    expect(grid.statusCode).toBe(200);
    expect(grid.data.afwezigheidZichtbaar).toBe(true);
    const rij = grid.data.medewerkers.find((m: any) => m.medewerkerId === collega.id);
    expect(rij.cellen[0].afwezigheidUren).toBe(8);
  });
});

import type { Kysely } from 'kysely';
import { type Gebruiker, magInzetbaarheidZien, magPersoonsgegevensZien } from '../access/gebruiker';
import { assertMagTeamVolledigZien } from '../access/team';
import type {
  Afwezigheid,
  BeschikbaarheidCel,
  Instellingen,
  InstellingenWijziging,
  MedewerkerBeschikbaarheid,
  TeamBeschikbaarheid,
} from '../contract/beschikbaarheid';
import type { OrganisatieCapaciteit } from '../contract/organisatie';
import * as repo from '../db/beschikbaarheid.repository';
import type { Database } from '../db/schema';
import {
  findActieveBasisteams,
  findLedenInPeriode,
  findTeamAandeelVanMedewerker,
  findTeamRow,
} from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { nettoBeschikbaarheid, verdeling } from '../domain/beschikbaarheid';
import { vandaag } from '../domain/datum';
import { feestdagenTussen } from '../domain/feestdagen';
import { type Kalenderperiode, periodenTussen, periodeVan } from '../domain/kalender';
import { volledigeNaam } from '../domain/medewerker';
import {
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { assertReikwijdte } from './reikwijdte.service';

export type Per = 'week' | 'maand';
const MAX_PERIODEN = { week: 106, maand: 36 } as const;

/** Turns '2026-W01'…'2026-W52' or '2026-01'…'2026-12' into dates, with a field problem for nonsense. */
export function bereik(
  per: Per,
  van: string,
  tot: string,
): { van: string; tot: string; perioden: Kalenderperiode[] } {
  const soort = per === 'week' ? 'week' : 'maand';
  const voorbeeld = per === 'week' ? '2026-W05' : '2026-03';
  const problemen: Probleem[] = [];
  const lees = (sleutel: string, veld: string) => {
    try {
      return periodeVan(soort, sleutel);
    } catch {
      problemen.push({ veld, code: 'ongeldige-periode', melding: `Geef een ${per} als ${voorbeeld}.` });
      return undefined;
    }
  };
  const a = lees(van, 'van');
  const b = lees(tot, 'tot');
  if (a && b && b.tot < a.van)
    problemen.push({ veld: 'tot', code: 'voor-van', melding: 'Het einde ligt vóór het begin.' });
  if (problemen.length > 0 || !a || !b) throw new ValidationError(problemen);
  const perioden = periodenTussen(soort, a.van, b.tot);
  if (perioden.length > MAX_PERIODEN[per]) {
    throw new ValidationError([
      {
        veld: 'tot',
        code: 'te-lang',
        melding: `Vraag hoogstens ${MAX_PERIODEN[per]} ${per === 'week' ? 'weken' : 'maanden'} tegelijk op.`,
      },
    ]);
  }
  return { van: a.van, tot: b.tot, perioden };
}

export async function getInstellingen(db: Kysely<Database>): Promise<Instellingen> {
  return repo.getInstellingen(db);
}

export async function updateInstellingen(
  db: Kysely<Database>,
  versie: number,
  w: InstellingenWijziging,
): Promise<Instellingen> {
  await inTransactie(db, async (trx) => {
    const huidig = await repo.getInstellingen(trx);
    if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
    if (w.nietProductiefAandeel !== undefined)
      await repo.setInstelling(trx, 'nietProductiefAandeel', w.nietProductiefAandeel);
    if (w.bevrijdingsdag !== undefined) await repo.setInstelling(trx, 'bevrijdingsdag', w.bevrijdingsdag);
    if (w.robuustReservering !== undefined)
      await repo.setInstelling(trx, 'robuustReservering', w.robuustReservering);
  });
  return repo.getInstellingen(db);
}

/** The domain's Beschikbaarheid of a period with its inzet; vrij = beschikbaar − ingezet, negative when overbooked (shown, never clipped). */
export type Cel = BeschikbaarheidCel;

const rond = (x: number) => Math.round(x * 100) / 100;

function cel(periode: string, r: repo.BeschikbaarheidRij | undefined, aandeel: number): Cel {
  const b = nettoBeschikbaarheid(
    r?.contract_uren ?? 0,
    r?.feestdag_uren ?? 0,
    r?.afwezigheid_uren ?? 0,
    aandeel,
  );
  const v = verdeling(b.beschikbaar, rond(r?.robuust_uren ?? 0), rond(r?.wendbaar_uren ?? 0));
  return { periode, ...b, ...v };
}

export function cellen(
  perioden: Kalenderperiode[],
  rijen: repo.BeschikbaarheidRij[],
  aandeel: number,
): Cel[] {
  const perPeriode = new Map(rijen.map((r) => [r.periode, r]));
  return perioden.map((p) => cel(p.sleutel, perPeriode.get(p.sleutel), aandeel));
}

/** The rows of each medewerker, in one pass (a team grid has thousands of rows). */
export function perMedewerker(rijen: repo.BeschikbaarheidRij[]): Map<string, repo.BeschikbaarheidRij[]> {
  const groepen = new Map<string, repo.BeschikbaarheidRij[]>();
  for (const r of rijen) {
    const groep = groepen.get(r.medewerker_id);
    if (groep) groep.push(r);
    else groepen.set(r.medewerker_id, [r]);
  }
  return groepen;
}

const OPTELBAAR = [
  'contractUren',
  'feestdagUren',
  'brutoUren',
  'afwezigheidUren',
  'nietProductiefUren',
  'beschikbaar',
  'ingezetRobuust',
  'ingezetWendbaar',
] as const;

/** Totals of cells; free hours follow from the totals, so they stay conserved. */
function som(cellen: Cel[], periode: string): Cel {
  const t = Object.fromEntries(
    OPTELBAAR.map((k) => [k, rond(cellen.reduce((s, c) => s + c[k], 0))]),
  ) as Record<(typeof OPTELBAAR)[number], number>;
  return { periode, ...t, ...verdeling(t.beschikbaar, t.ingezetRobuust, t.ingezetWendbaar) };
}

/** The availability grid of a team (teamBeschikbaarheid), for those who see the team in full. */
export async function getTeamBeschikbaarheid(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  per: Per,
  van: string,
  tot: string,
): Promise<TeamBeschikbaarheid> {
  assertMagTeamVolledigZien(
    g,
    teamId,
    'De beschikbaarheid van dit team is voor de eigen teamleider, programmaregisseurs, de directie en P&O.',
  );
  return teamBeschikbaarheid(db, teamId, per, van, tot);
}

/**
 * The availability grid of a team: every medewerker who is a member at some point of the range ×
 * every period, with team totals. Sums come from the database; only the clipping and the share are
 * applied here, with the same function the domain uses day by day. No reach check: for services
 * that use its totals (the prioriteitslijn); a caller's request goes through getTeamBeschikbaarheid.
 */
export async function teamBeschikbaarheid(
  db: Kysely<Database>,
  teamId: string,
  per: Per,
  van: string,
  tot: string,
): Promise<TeamBeschikbaarheid> {
  const b = bereik(per, van, tot);
  const [team, instellingen] = await Promise.all([findTeamRow(db, teamId), repo.getInstellingen(db)]);
  if (!team) throw new NotFoundError('Team', teamId);
  const aandeel = team.niet_productief_aandeel ?? instellingen.nietProductiefAandeel;
  const feestdagen = [...feestdagenTussen(b.van, b.tot, instellingen)];
  const [rijen, leden] = await Promise.all([
    repo.findBrutoUren(db, { van: b.van, tot: b.tot, per, feestdagen, teamId }),
    findLedenInPeriode(db, teamId, b.van, b.tot),
  ]);
  const rijenVan = perMedewerker(rijen);
  const medewerkers = leden.map((m) => {
    const c = cellen(b.perioden, rijenVan.get(m.id) ?? [], aandeel);
    return {
      medewerkerId: m.id,
      naam: volledigeNaam(m),
      functie: m.functie,
      cellen: c,
      totaal: som(c, 'totaal'),
    };
  });
  return {
    teamId,
    per,
    nietProductiefAandeel: aandeel,
    perioden: b.perioden,
    medewerkers,
    overboekt: medewerkers
      .filter((m) => m.cellen.some((c) => c.overboekt))
      .map((m) => ({
        medewerkerId: m.medewerkerId,
        naam: m.naam,
        perioden: m.cellen.filter((c) => c.overboekt).map((c) => ({ periode: c.periode, vrij: c.vrij })),
      })),
    // Every medewerker has a cell for every period, in the same order.
    totalen: b.perioden.map((p, i) =>
      som(
        medewerkers.map((m) => m.cellen[i] as Cel),
        p.sleutel,
      ),
    ),
  };
}

/** One medewerker's availability per period, wherever they worked; also for programmaregisseurs. */
export async function medewerkerBeschikbaarheid(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  per: Per,
  van: string,
  tot: string,
): Promise<MedewerkerBeschikbaarheid> {
  await assertReikwijdte(db, g, medewerkerId, magInzetbaarheidZien, 'de beschikbaarheid');
  const b = bereik(per, van, tot);
  const instellingen = await repo.getInstellingen(db);
  const feestdagen = [...feestdagenTussen(b.van, b.tot, instellingen)];
  const [rijen, teamAandeel] = await Promise.all([
    repo.findBrutoUren(db, { van: b.van, tot: b.tot, per, feestdagen, medewerkerId }),
    findTeamAandeelVanMedewerker(db, medewerkerId, vandaag()),
  ]);
  // The share of the team they are in today, as on that team's grid.
  const aandeel = teamAandeel ?? instellingen.nietProductiefAandeel;
  const c = cellen(b.perioden, rijen, aandeel);
  return {
    medewerkerId,
    per,
    nietProductiefAandeel: aandeel,
    perioden: b.perioden,
    cellen: c,
    totaal: som(c, 'totaal'),
  };
}

/** Absence hours per week (never a reason): personnel data, so not for a programmaregisseur. */
export async function listAfwezigheid(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  van: string,
  tot: string,
): Promise<Afwezigheid[]> {
  await assertReikwijdte(db, g, medewerkerId, magPersoonsgegevensZien, 'de afwezigheid');
  bereik('week', van, tot);
  return (await repo.findAfwezigheid(db, [medewerkerId], van, tot)).map((a) => ({
    week: a.week,
    uren: a.uren,
    versie: a.versie,
  }));
}

/** Absence hours of one ISO week; a stored week changes only with its current version (If-Match). */
export async function zetAfwezigheid(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  week: string,
  uren: number,
  versie: number | null,
): Promise<Afwezigheid> {
  await assertReikwijdte(db, g, medewerkerId, magPersoonsgegevensZien, 'de afwezigheid');
  bereik('week', week, week);
  const huidig = await repo.findAfwezigheidWeek(db, medewerkerId, week);
  if (huidig && versie === null) {
    throw new ConflictError(
      `Voor ${week} staat al afwezigheid (${huidig.uren} uur). Stuur If-Match met versie ${huidig.versie} om die te wijzigen.`,
      'bestaat-al',
    );
  }
  if (huidig && versie !== huidig.versie) throw new StaleVersionError(huidig.versie);
  if (!huidig && versie !== null) throw new StaleVersionError(0);
  const r = await repo.saveAfwezigheid(db, medewerkerId, week, uren, versie);
  if (!r) throw new StaleVersionError(huidig?.versie ?? 0);
  return { week, uren: r.uren, versie: r.versie };
}

/**
 * The directie's view: every basisteam × month of a year — capacity, demand of the result goals,
 * planned inzet and utilisation — with each team's and the organisation's totals. One query does
 * all the sums, totals included.
 */
export async function organisatieCapaciteit(
  db: Kysely<Database>,
  jaar: number,
): Promise<OrganisatieCapaciteit> {
  const b = bereik('maand', `${jaar}-01`, `${jaar}-12`);
  const instellingen = await repo.getInstellingen(db);
  const [rijen, teams] = await Promise.all([
    repo.findTeamRollup(db, {
      van: b.van,
      tot: b.tot,
      feestdagen: [...feestdagenTussen(b.van, b.tot, instellingen)],
      nietProductiefAandeel: instellingen.nietProductiefAandeel,
    }),
    findActieveBasisteams(db, b.van),
  ]);
  const cel = (periode: string, capaciteit: number, vraag: number, robuust: number, wendbaar: number) => ({
    periode,
    capaciteit: rond(capaciteit),
    vraag: rond(vraag),
    ingezet: rond(robuust + wendbaar),
    ingezetWendbaar: rond(wendbaar),
    benutting: capaciteit > 0 ? Math.round(((robuust + wendbaar) / capaciteit) * 1000) / 1000 : null,
    vraagDekking: capaciteit > 0 ? Math.round((vraag / capaciteit) * 1000) / 1000 : null,
  });
  // The query returns every team × month and the totals (null team or month) already summed.
  const som = new Map(rijen.map((r) => [`${r.team_id ?? ''}|${r.periode ?? ''}`, r]));
  const uit = (teamId: string, periode: string | null) => {
    const r = som.get(`${teamId}|${periode ?? ''}`);
    return cel(periode ?? 'totaal', r?.beschikbaar ?? 0, r?.vraag ?? 0, r?.robuust ?? 0, r?.wendbaar ?? 0);
  };
  return {
    jaar,
    perioden: b.perioden,
    teams: teams.map((t) => ({
      teamId: t.id,
      naam: t.naam,
      cellen: b.perioden.map((p) => uit(t.id, p.sleutel)),
      totaal: uit(t.id, null),
    })),
    totalen: b.perioden.map((p) => uit('', p.sleutel)),
  };
}

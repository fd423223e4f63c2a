import type { Kysely } from 'kysely';
import { type Gebruiker, magInzetbaarheidZien, magPersoonsgegevensZien } from '../access/gebruiker';
import { assertMagMedewerker, isVerborgen, type MedewerkerDoel, zichtOp } from '../access/medewerker';
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
import { findActieveBasisteams, findLeden, findLedenInPeriode, findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { afgerond, brutoVanWeek, rond, verdeling, weekRaaktDienstverband } from '../domain/beschikbaarheid';
import { plusDagen, vandaag } from '../domain/datum';
import { type FeestdagInstelling, feestdagenTussen } from '../domain/feestdagen';
import {
  jaartellingVan,
  type Kalenderperiode,
  type Periodesoort,
  periodenTussen,
  periodeVan,
  weekdag,
} from '../domain/kalender';
import { volledigeNaam } from '../domain/medewerker';
import {
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { drempelProblemen } from '../domain/werkdruk';
import { assertReikwijdte, doelVan } from './reikwijdte.service';

export type Per = Periodesoort;

/** How many periods one request may ask for, and how each kind is written and called. */
const SOORT: Record<Per, { max: number; voorbeeld: string; naam: string; meervoud: string }> = {
  week: { max: 106, voorbeeld: '2026-W05', naam: 'week', meervoud: 'weken' },
  maand: { max: 36, voorbeeld: '2026-03', naam: 'maand', meervoud: 'maanden' },
  kwartaal: { max: 12, voorbeeld: '2026-Q1', naam: 'kwartaal', meervoud: 'kwartalen' },
  jaar: { max: 5, voorbeeld: '2026', naam: 'kalenderjaar', meervoud: 'jaren' },
  isojaar: { max: 5, voorbeeld: '2026-ISO', naam: 'ISO-jaar', meervoud: 'ISO-jaren' },
};

/** Turns '2026-W01'…'2026-W52', '2026-01', '2026-Q1', '2026' or '2026-ISO' into dates, with a field problem for nonsense. */
export function bereik(
  per: Per,
  van: string,
  tot: string,
): { van: string; tot: string; perioden: Kalenderperiode[] } {
  const soort = SOORT[per];
  const problemen: Probleem[] = [];
  const lees = (sleutel: string, veld: string) => {
    try {
      return periodeVan(per, sleutel);
    } catch {
      problemen.push({
        veld,
        code: 'ongeldige-periode',
        melding: `Geef een ${soort.naam} als ${soort.voorbeeld}.`,
      });
      return undefined;
    }
  };
  const a = lees(van, 'van');
  const b = lees(tot, 'tot');
  if (a && b && b.tot < a.van)
    problemen.push({ veld: 'tot', code: 'voor-van', melding: 'Het einde ligt vóór het begin.' });
  if (problemen.length > 0 || !a || !b) throw new ValidationError(problemen);
  const perioden = periodenTussen(per, a.van, b.tot);
  if (perioden.length > soort.max) {
    throw new ValidationError([
      {
        veld: 'tot',
        code: 'te-lang',
        melding: `Vraag hoogstens ${soort.max} ${soort.meervoud} tegelijk op.`,
      },
    ]);
  }
  return { van: a.van, tot: b.tot, perioden };
}

/**
 * The public holidays the sums need: those of the periods and of the rest of the ISO weeks at their
 * edges, because a week's absence is weighed against the whole week even where a month cuts it.
 */
export function feestdagenRond(van: string, tot: string, instelling: FeestdagInstelling): string[] {
  return [
    ...feestdagenTussen(plusDagen(van, 1 - weekdag(van)), plusDagen(tot, 7 - weekdag(tot)), instelling),
  ];
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
    if (w.terugwerkendeDagen !== undefined)
      await repo.setInstelling(trx, 'terugwerkendeDagen', w.terugwerkendeDagen);
    if (w.verdeelStapUren !== undefined)
      await repo.setOfVoegInstellingToe(trx, 'verdeelStapUren', w.verdeelStapUren);
    if (w.organisatienaam !== undefined)
      await repo.setOfVoegInstellingToe(trx, 'organisatienaam', w.organisatienaam);
    if (w.werkdrukDrempels !== undefined) {
      const drempels = { ...huidig.werkdrukDrempels, ...w.werkdrukDrempels };
      const problemen = drempelProblemen(drempels);
      if (problemen.length > 0) throw new ValidationError(problemen);
      await repo.setOfVoegInstellingToe(trx, 'werkdrukDrempels', drempels);
    }
  });
  return repo.getInstellingen(db);
}

/**
 * The domain's Beschikbaarheid of a period with its inzet; vrij = beschikbaar − ingezet, negative when
 * overbooked (shown, never clipped). In full here; a caller who may not see someone's absence gets
 * the cell through zonderAfwezigheid.
 */
export type Cel = Omit<BeschikbaarheidCel, 'afwezigheidUren' | 'nietProductiefUren'> & {
  afwezigheidUren: number;
  nietProductiefUren: number;
};

/**
 * The cell without the split of bruto into absence and the non-productive share (which is the rest
 * after absence, so it would give the absence away): beschikbaar, ingezet and vrij stay, so the
 * hours still add up.
 */
function zonderAfwezigheid(c: BeschikbaarheidCel): BeschikbaarheidCel {
  return { ...c, afwezigheidUren: null, nietProductiefUren: null };
}

/**
 * Whom each person of a grid is about for the reach rules: the person and their team today. Only
 * the teams the caller leads matter to magPersoonsgegevensZien, so only their members are looked up.
 */
async function doelenVan(db: Kysely<Database>, g: Gebruiker, ids: string[]): Promise<MedewerkerDoel[]> {
  const teamVan = new Map<string, string>();
  for (const teamId of g.teamIds)
    for (const lid of await findLeden(db, teamId, vandaag())) teamVan.set(lid.medewerker_id, teamId);
  return ids.map((medewerkerId) => ({ medewerkerId, teamId: teamVan.get(medewerkerId) ?? null }));
}

/** A period's cell: the database's sums rounded as the domain rounds them (afgerond). */
function cel(periode: string, r: repo.BeschikbaarheidRij | undefined): Cel {
  const b = afgerond({
    contractUren: r?.contract_uren ?? 0,
    feestdagUren: r?.feestdag_uren ?? 0,
    afwezigheidUren: r?.afwezigheid_uren ?? 0,
    nietProductiefUren: r?.niet_productief_uren ?? 0,
  });
  const v = verdeling(b.beschikbaar, rond(r?.robuust_uren ?? 0), rond(r?.wendbaar_uren ?? 0));
  return { periode, ...b, ...v };
}

export function cellen(perioden: Kalenderperiode[], rijen: repo.BeschikbaarheidRij[]): Cel[] {
  const perPeriode = new Map(rijen.map((r) => [r.periode, r]));
  return perioden.map((p) => cel(p.sleutel, perPeriode.get(p.sleutel)));
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
  const grid = await teamBeschikbaarheid(db, teamId, per, van, tot);
  const doelen = await doelenVan(
    db,
    g,
    grid.medewerkers.map((m) => m.medewerkerId),
  );
  const zichtbaar = doelen.map((d) => !isVerborgen(zichtOp(g, d), 'afwezigheid'));
  if (zichtbaar.every(Boolean)) return grid;
  // The totals keep the absence only when every row shows it: otherwise a subtraction gives it away.
  return {
    ...grid,
    afwezigheidZichtbaar: false,
    medewerkers: grid.medewerkers.map((m, i) =>
      zichtbaar[i]
        ? m
        : {
            ...m,
            afwezigheidZichtbaar: false,
            cellen: m.cellen.map(zonderAfwezigheid),
            totaal: zonderAfwezigheid(m.totaal),
          },
    ),
    totalen: grid.totalen.map(zonderAfwezigheid),
  };
}

/**
 * The availability grid of a team: every medewerker who is a member at some point of the range ×
 * every period, with team totals. A row holds only the days the person is in this team, so a
 * person who moved has their hours in two grids that add up to their own figure. Sums come from
 * the database by the domain's day rule; only the rounding is applied here. No reach check: for
 * services that use its totals (the prioriteitslijn); a caller's request goes through
 * getTeamBeschikbaarheid.
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
  const [rijen, leden] = await Promise.all([
    repo.findBrutoUren(db, {
      perioden: b.perioden,
      feestdagen: feestdagenRond(b.van, b.tot, instellingen),
      nietProductiefAandeel: instellingen.nietProductiefAandeel,
      teamId,
    }),
    findLedenInPeriode(db, teamId, b.van, b.tot),
  ]);
  const rijenVan = perMedewerker(rijen);
  const medewerkers = leden.map((m) => {
    const c = cellen(b.perioden, rijenVan.get(m.id) ?? []);
    return {
      medewerkerId: m.id,
      naam: volledigeNaam(m),
      functie: m.functie,
      afwezigheidZichtbaar: true,
      cellen: c,
      totaal: som(c, 'totaal'),
    };
  });
  return {
    teamId,
    per,
    jaartelling: jaartellingVan(per),
    nietProductiefAandeel: aandeel,
    perioden: b.perioden,
    afwezigheidZichtbaar: true,
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

/**
 * One medewerker's availability per period, wherever they worked: each day at the share of the
 * team they were in that day, so it equals the sum of their rows in the team grids. Also for
 * programmaregisseurs.
 */
export async function medewerkerBeschikbaarheid(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  per: Per,
  van: string,
  tot: string,
): Promise<MedewerkerBeschikbaarheid> {
  const doel = await doelVan(db, medewerkerId);
  assertMagMedewerker(g, doel, magInzetbaarheidZien, 'de beschikbaarheid');
  // The absence in the cells only for those who may see it (GET …/afwezigheid answers the same).
  const afwezigheidZichtbaar = !isVerborgen(zichtOp(g, doel), 'afwezigheid');
  const b = bereik(per, van, tot);
  const instellingen = await repo.getInstellingen(db);
  const [rijen, aandelen] = await Promise.all([
    repo.findBrutoUren(db, {
      perioden: b.perioden,
      feestdagen: feestdagenRond(b.van, b.tot, instellingen),
      nietProductiefAandeel: instellingen.nietProductiefAandeel,
      medewerkerId,
    }),
    repo.findAandelenInBereik(db, medewerkerId, b.van, b.tot, instellingen.nietProductiefAandeel),
  ]);
  const c = cellen(b.perioden, rijen);
  const toon = afwezigheidZichtbaar ? (x: Cel) => x : zonderAfwezigheid;
  return {
    medewerkerId,
    per,
    jaartelling: jaartellingVan(per),
    // One share when one applied throughout; null when it changed with a team move.
    nietProductiefAandeel:
      aandelen.length === 0
        ? instellingen.nietProductiefAandeel
        : aandelen.length === 1
          ? aandelen[0]!
          : null,
    perioden: b.perioden,
    afwezigheidZichtbaar,
    cellen: c.map(toon),
    totaal: toon(som(c, 'totaal')),
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

/**
 * Absence hours of one ISO week; a stored week changes only with its current version (If-Match).
 * The hours must fit the week's working days in service (weekdays, no holiday, inside the
 * employment): a week wholly outside the employment takes none, and no week more than its gross
 * hours, so what is entered is what the views take off. 0 is always allowed (it clears a week).
 */
export async function zetAfwezigheid(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  week: string,
  uren: number,
  versie: number | null,
): Promise<Afwezigheid> {
  await assertReikwijdte(db, g, medewerkerId, magPersoonsgegevensZien, 'de afwezigheid');
  const w = bereik('week', week, week);
  if (uren > 0) {
    const [dienst, instellingen] = await Promise.all([
      repo.findDienstverband(db, medewerkerId),
      repo.getInstellingen(db),
    ]);
    if (!dienst) throw new NotFoundError('Medewerker', medewerkerId);
    const dienstverband = { inDienst: dienst.inDienst, uitDienst: dienst.uitDienst };
    if (!weekRaaktDienstverband(week, dienstverband)) {
      throw new ValidationError([
        {
          veld: 'week',
          code: 'buiten-dienstverband',
          melding: `${week} (${w.van} tot en met ${w.tot}) valt helemaal buiten het dienstverband (in dienst ${dienst.inDienst}${dienst.uitDienst ? `, uit dienst ${dienst.uitDienst}` : ''}): daar hoort geen afwezigheid bij.`,
        },
      ]);
    }
    const contracten = dienst.contracten.map((c) => ({
      urenPerWeek: Number(c.uren_per_week),
      ingangsdatum: c.ingangsdatum,
      einddatum: c.einddatum,
    }));
    const max = rond(
      brutoVanWeek(week, contracten, dienstverband, new Set(feestdagenTussen(w.van, w.tot, instellingen))),
    );
    if (uren > max + 1e-9) {
      throw new ValidationError([
        {
          veld: 'uren',
          code: 'boven-week-uren',
          melding: `Hoogstens ${String(max).replace('.', ',')} uur in ${week}: zoveel uur telt die week op de werkdagen in dienst (zonder feestdagen).`,
        },
      ]);
    }
  }
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
 * all the sums, totals included, by the same day rule as the grids.
 */
export async function organisatieCapaciteit(
  db: Kysely<Database>,
  jaar: number,
): Promise<OrganisatieCapaciteit> {
  const b = bereik('maand', `${jaar}-01`, `${jaar}-12`);
  const instellingen = await repo.getInstellingen(db);
  const [rijen, teams] = await Promise.all([
    repo.findTeamRollup(db, {
      perioden: b.perioden,
      metVraag: true,
      feestdagen: feestdagenRond(b.van, b.tot, instellingen),
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

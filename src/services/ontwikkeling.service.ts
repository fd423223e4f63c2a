import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagOntwikkelbudgetWijzigen,
  assertMagPlanWijzigen,
  assertMagPlanZien,
  budgetZicht,
  magOntwikkelbudgetWijzigen,
  magPlanWijzigen,
  magPlanZien,
  type PlanEigenaar,
} from '../access/ontwikkeling';
import type {
  NieuweOntwikkelactiviteit,
  NieuwOntwikkelbudget,
  NieuwOntwikkeldoel,
  NieuwOntwikkelthema,
  Ontwikkelactiviteit,
  OntwikkelactiviteitWijziging,
  Ontwikkelbudget,
  OntwikkelbudgetOverzicht,
  Ontwikkeldoel,
  OntwikkeldoelWijziging,
  Ontwikkelplan,
  Ontwikkelplannen,
  Ontwikkelthema,
  Ontwikkelthemas,
  OntwikkelthemaWijziging,
} from '../contract/ontwikkeling';
import { withDbErrors } from '../db/db-errors';
import { findLeiderschap } from '../db/leiderschap.repository';
import * as repo from '../db/ontwikkeling.repository';
import type { Database } from '../db/schema';
import { findActieveBasisteams, findTeamRow } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { UREN_PER_FTE } from '../domain/contracturen';
import { vandaag } from '../domain/datum';
import { volledigeNaam } from '../domain/medewerker';
import {
  ACTIVITEIT_SOORTEN,
  type ActiviteitSoort,
  AFWEZIGHEID_INSTELLING,
  activiteitProblemen,
  type BudgetPositie,
  budgetOverzicht as berekenOverzicht,
  budgetPositie,
  kadernotaAanvraag,
  NORM_INSTELLING,
  STANDAARD_AFWEZIGHEID,
} from '../domain/ontwikkeling';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { doelVan } from './reikwijdte.service';

const naarEuro = (centen: number) => centen / 100;
const naarCenten = (euro: number) => Math.round(euro * 100);
const huidigJaar = () => Number(vandaag().slice(0, 4));

// --- settings -------------------------------------------------------------------------------------

/** The kinds whose hours count as absence (setting `ontwikkeling.telt_als_afwezigheid`). */
export async function afwezigheidSoorten(db: Kysely<Database>): Promise<readonly ActiviteitSoort[]> {
  const w = await repo.findInstelling(db, AFWEZIGHEID_INSTELLING);
  if (!Array.isArray(w)) return STANDAARD_AFWEZIGHEID;
  return w.filter((s): s is ActiviteitSoort => (ACTIVITEIT_SOORTEN as readonly string[]).includes(s));
}

// --- themes ---------------------------------------------------------------------------------------

const themaView = (t: NonNullable<Awaited<ReturnType<typeof repo.findThema>>>): Ontwikkelthema => ({
  id: t.id,
  naam: t.naam,
  omschrijving: t.omschrijving,
  actief: t.actief,
  versie: t.versie,
  _links: { self: { href: `/api/v1/ontwikkelthemas/${t.id}` } },
});

export async function lijstThemas(db: Kysely<Database>, g: Gebruiker): Promise<Ontwikkelthemas> {
  return {
    resultaten: (await repo.findThemas(db)).map(themaView),
    mag: { aanmaken: magOntwikkelbudgetWijzigen(g), wijzigen: magOntwikkelbudgetWijzigen(g) },
  };
}

export async function maakThema(
  db: Kysely<Database>,
  g: Gebruiker,
  v: NieuwOntwikkelthema,
): Promise<Ontwikkelthema> {
  assertMagOntwikkelbudgetWijzigen(g);
  return inTransactie(db, async (trx) => {
    if (await repo.findThemaOpNaam(trx, v.naam))
      assertGeenProblemen([
        { veld: 'naam', code: 'bestaat-al', melding: 'Er is al een thema met deze naam.' },
      ]);
    const id = await withDbErrors(() =>
      repo.insertThema(trx, { naam: v.naam, omschrijving: v.omschrijving ?? null }),
    );
    return themaView((await repo.findThema(trx, id))!);
  });
}

/**
 * Rename or describe a theme, or switch it off or on. A switched-off theme stays on the goals that
 * have it (their history keeps its name) but is not offered for a new goal (`themaProbleem`).
 */
export async function wijzigThema(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: OntwikkelthemaWijziging,
): Promise<Ontwikkelthema> {
  assertMagOntwikkelbudgetWijzigen(g);
  return inTransactie(db, async (trx) => {
    const t = await repo.findThema(trx, id);
    if (!t) throw new NotFoundError('Ontwikkelthema', id);
    if (w.naam !== undefined && (await repo.findThemaOpNaam(trx, w.naam, id)))
      assertGeenProblemen([
        { veld: 'naam', code: 'bestaat-al', melding: 'Er is al een thema met deze naam.' },
      ]);
    if (t.versie !== versie) throw new StaleVersionError(t.versie);
    const r = await withDbErrors(() =>
      repo.updateThema(trx, id, versie, {
        ...(w.naam !== undefined ? { naam: w.naam } : {}),
        ...(w.omschrijving !== undefined ? { omschrijving: w.omschrijving || null } : {}),
        ...(w.actief !== undefined ? { actief: w.actief } : {}),
      }),
    );
    if (!r) throw new StaleVersionError(t.versie + 1);
    return themaView(r);
  });
}

// --- plans ----------------------------------------------------------------------------------------

async function eigenaarVan(db: Kysely<Database>, p: Pick<repo.PlanRij, 'medewerker_id' | 'team_id'>) {
  if (p.team_id !== null) return { soort: 'team', teamId: p.team_id } as const;
  const doel = await doelVan(db, p.medewerker_id!);
  return { soort: 'persoon', ...doel } as const;
}

type DoelRij = Awaited<ReturnType<typeof repo.findDoelen>>[number];
type ActiviteitRij = Awaited<ReturnType<typeof repo.findActiviteiten>>[number];

const doelView = (d: DoelRij): Ontwikkeldoel => ({
  id: d.id,
  omschrijving: d.omschrijving,
  status: d.status,
  themaId: d.thema_id,
  themaNaam: d.thema_naam ?? null,
  versie: d.versie,
  _links: { self: { href: `/api/v1/ontwikkeldoelen/${d.id}` } },
});

const activiteitView =
  (afwezig: readonly ActiviteitSoort[]) =>
  (a: ActiviteitRij): Ontwikkelactiviteit => ({
    id: a.id,
    doelId: a.doel_id,
    soort: a.soort,
    titel: a.titel,
    van: a.van,
    tot: a.tot,
    kosten: naarEuro(Number(a.kosten_centen)),
    uren: Number(a.uren),
    status: a.status,
    teltAlsAfwezigheid: afwezig.includes(a.soort),
    versie: a.versie,
    _links: { self: { href: `/api/v1/ontwikkelactiviteiten/${a.id}` } },
  });

/** Plans with their goals and activities, in a few statements. */
async function planViews(
  db: Kysely<Database>,
  plannen: repo.PlanRij[],
  mag: (p: repo.PlanRij) => boolean,
): Promise<Ontwikkelplan[]> {
  const ids = plannen.map((p) => p.id);
  const [doelen, activiteiten, afwezig] = await Promise.all([
    repo.findDoelen(db, ids),
    repo.findActiviteiten(db, ids),
    afwezigheidSoorten(db),
  ]);
  const view = activiteitView(afwezig);
  return plannen.map((p) => {
    const acts = activiteiten.filter((a) => a.plan_id === p.id);
    const pos = budgetPositie(
      null,
      acts.map((a) => ({ budgetTeamId: null, status: a.status, kostenCenten: Number(a.kosten_centen) })),
    );
    return {
      id: p.id,
      jaar: p.jaar,
      soort: p.soort,
      medewerkerId: p.medewerker_id,
      medewerkerNaam: p.voornaam
        ? volledigeNaam({ voornaam: p.voornaam, tussenvoegsel: p.tussenvoegsel, achternaam: p.achternaam! })
        : null,
      teamId: p.team_id,
      teamNaam: p.team_naam ?? null,
      budgetTeamId: p.budget_team_id,
      doelen: doelen.filter((d) => d.plan_id === p.id).map(doelView),
      activiteiten: acts.map(view),
      kosten: { toegezegd: naarEuro(pos.toegezegdCenten), besteed: naarEuro(pos.besteedCenten) },
      versie: p.versie,
      mag: { wijzigen: mag(p) },
      _links: { self: { href: `/api/v1/ontwikkelplannen/${p.id}` } },
    };
  });
}

/** One plan and its owner, whose reach the caller checks next. */
async function leesPlan(db: Kysely<Database>, id: string) {
  const p = await repo.findPlan(db, id);
  if (!p) throw new NotFoundError('Ontwikkelplan', id);
  const eigenaar = await eigenaarVan(db, p);
  return { p, eigenaar };
}

export async function getPlan(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Ontwikkelplan> {
  const { p, eigenaar } = await leesPlan(db, id);
  assertMagPlanZien(g, eigenaar);
  return (await planViews(db, [p], () => magPlanWijzigen(g, eigenaar)))[0]!;
}

export async function medewerkerPlannen(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  jaar = huidigJaar(),
): Promise<Ontwikkelplannen> {
  const eigenaar: PlanEigenaar = { soort: 'persoon', ...(await doelVan(db, medewerkerId)) };
  assertMagPlanZien(g, eigenaar);
  const plannen = await repo.findPlannen(db, { jaar, medewerkerIds: [medewerkerId] });
  const mag = magPlanWijzigen(g, eigenaar);
  return { jaar, resultaten: await planViews(db, plannen, () => mag), mag: { aanmaken: mag } };
}

/** Leads a team at some day of the year: who may have a leadership plan for it. */
async function leidtIn(db: Kysely<Database>, medewerkerId: string, jaar: number): Promise<boolean> {
  const alle = await findLeiderschap(db, { medewerkerId });
  return alle.some(
    (l) => l.ingangsdatum <= `${jaar}-12-31` && (l.einddatum === null || l.einddatum >= `${jaar}-01-01`),
  );
}

export async function maakMedewerkerplan(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  v: { jaar: number; soort: 'medewerker' | 'leiderschap' },
): Promise<Ontwikkelplan> {
  const doel = await doelVan(db, medewerkerId);
  assertMagPlanWijzigen(g, { soort: 'persoon', ...doel });
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      if (v.soort === 'leiderschap' && !(await leidtIn(trx, medewerkerId, v.jaar)))
        assertGeenProblemen([
          {
            veld: 'soort',
            code: 'geen-leidinggevende',
            melding: `Een leiderschapsplan is voor wie in ${v.jaar} een team leidt (teamleider of directeur); deze medewerker leidt dan geen team.`,
          },
        ]);
      const bestaand = await repo.findPlannen(trx, { jaar: v.jaar, medewerkerIds: [medewerkerId] });
      if (bestaand.some((p) => p.soort === v.soort))
        throw new ConflictError(
          `Deze medewerker heeft al een ${v.soort === 'leiderschap' ? 'leiderschapsplan' : 'ontwikkelplan'} voor ${v.jaar}.`,
          'bestaat-al',
        );
      // A person's plan is paid from their basisteam's budget; leadership development of the
      // leaders is an organisation-wide programme, paid from the organisation's own budget.
      return repo.insertPlan(trx, {
        jaar: v.jaar,
        soort: v.soort,
        medewerker_id: medewerkerId,
        team_id: null,
        budget_team_id: v.soort === 'medewerker' ? doel.teamId : null,
      });
    }),
  );
  return getPlan(db, g, id);
}

export async function teamPlannen(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  jaar = huidigJaar(),
): Promise<Ontwikkelplannen> {
  if (!(await findTeamRow(db, teamId))) throw new NotFoundError('Team', teamId);
  const eigenaar: PlanEigenaar = { soort: 'team', teamId };
  assertMagPlanZien(g, eigenaar);
  const teamplan = await repo.findPlannen(db, { jaar, teamId });
  // The leadership plans of the team's leaders today, each only for who may see that person's plan.
  const leiders = await findLeiderschap(db, { teamIds: [teamId], peildatum: vandaag() });
  const leiderschap = await repo.findPlannen(db, {
    jaar,
    soort: 'leiderschap',
    medewerkerIds: [...new Set(leiders.map((l) => l.medewerker_id))],
  });
  const zichtbaar = [];
  const magPersoon = new Map<string, boolean>();
  for (const p of leiderschap) {
    const e = await eigenaarVan(db, p);
    if (magPlanZien(g, e)) {
      zichtbaar.push(p);
      magPersoon.set(p.id, magPlanWijzigen(g, e));
    }
  }
  const mag = magPlanWijzigen(g, eigenaar);
  return {
    jaar,
    resultaten: await planViews(db, [...teamplan, ...zichtbaar], (p) => magPersoon.get(p.id) ?? mag),
    mag: { aanmaken: mag },
  };
}

export async function maakTeamplan(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  v: { jaar: number },
): Promise<Ontwikkelplan> {
  const team = await findTeamRow(db, teamId);
  if (!team) throw new NotFoundError('Team', teamId);
  assertMagPlanWijzigen(g, { soort: 'team', teamId });
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      if ((await repo.findPlannen(trx, { jaar: v.jaar, teamId })).length > 0)
        throw new ConflictError(`Dit team heeft al een ontwikkelplan voor ${v.jaar}.`, 'bestaat-al');
      return repo.insertPlan(trx, {
        jaar: v.jaar,
        soort: 'team',
        medewerker_id: null,
        team_id: teamId,
        budget_team_id: team.soort === 'basisteam' ? teamId : null,
      });
    }),
  );
  return getPlan(db, g, id);
}

/** Every plan of one person, every year: what the AVG export holds about their development. */
export async function plannenVoorAvg(db: Kysely<Database>, medewerkerId: string): Promise<Ontwikkelplan[]> {
  return planViews(db, await repo.findPlannenVanPersoon(db, medewerkerId), () => false);
}

// --- goals ----------------------------------------------------------------------------------------

/**
 * A goal's theme must exist and be switched on; a goal that already has a theme that was switched
 * off later keeps it (`huidig`), so editing its text does not force a new theme.
 */
async function themaProbleem(
  db: Kysely<Database>,
  themaId: string | null | undefined,
  huidig: string | null = null,
): Promise<Probleem[]> {
  if (!themaId || themaId === huidig) return [];
  const t = await repo.findThema(db, themaId);
  if (!t) return [{ veld: 'themaId', code: 'bestaat-niet', melding: 'Dit ontwikkelthema bestaat niet.' }];
  if (!t.actief)
    return [
      {
        veld: 'themaId',
        code: 'niet-actief',
        melding: `Het thema ${t.naam} is uitgezet en kan niet meer gekozen worden. Kies een ander thema.`,
      },
    ];
  return [];
}

async function doelMetPlan(db: Kysely<Database>, g: Gebruiker, id: string) {
  const d = await repo.findDoel(db, id);
  if (!d) throw new NotFoundError('Ontwikkeldoel', id);
  const { eigenaar } = await leesPlan(db, d.plan_id);
  assertMagPlanWijzigen(g, eigenaar);
  return d;
}

async function getDoel(db: Kysely<Database>, planId: string, id: string): Promise<Ontwikkeldoel> {
  const d = (await repo.findDoelen(db, [planId])).find((x) => x.id === id);
  if (!d) throw new NotFoundError('Ontwikkeldoel', id);
  return doelView(d);
}

export async function maakDoel(
  db: Kysely<Database>,
  g: Gebruiker,
  planId: string,
  v: NieuwOntwikkeldoel,
): Promise<Ontwikkeldoel> {
  const { eigenaar } = await leesPlan(db, planId);
  assertMagPlanWijzigen(g, eigenaar);
  return inTransactie(db, async (trx) => {
    assertGeenProblemen(await themaProbleem(trx, v.themaId));
    const id = await withDbErrors(() =>
      repo.insertDoel(trx, {
        plan_id: planId,
        omschrijving: v.omschrijving,
        status: v.status,
        thema_id: v.themaId ?? null,
      }),
    );
    return getDoel(trx, planId, id);
  });
}

export async function wijzigDoel(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: OntwikkeldoelWijziging,
): Promise<Ontwikkeldoel> {
  return inTransactie(db, async (trx) => {
    const d = await doelMetPlan(trx, g, id);
    assertGeenProblemen(await themaProbleem(trx, w.themaId, d.thema_id));
    if (d.versie !== versie) throw new StaleVersionError(d.versie);
    const ok = await repo.updateDoel(trx, id, versie, {
      ...(w.omschrijving !== undefined ? { omschrijving: w.omschrijving } : {}),
      ...(w.status !== undefined ? { status: w.status } : {}),
      ...(w.themaId !== undefined ? { thema_id: w.themaId } : {}),
    });
    if (!ok) throw new StaleVersionError(d.versie + 1);
    return getDoel(trx, d.plan_id, id);
  });
}

export async function verwijderDoel(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
): Promise<void> {
  await inTransactie(db, async (trx) => {
    const d = await doelMetPlan(trx, g, id);
    if (d.versie !== versie) throw new StaleVersionError(d.versie);
    await repo.deleteDoel(trx, id);
  });
}

// --- activities -----------------------------------------------------------------------------------

async function activiteitMetPlan(db: Kysely<Database>, g: Gebruiker, id: string) {
  const a = await repo.findActiviteit(db, id);
  if (!a) throw new NotFoundError('Ontwikkelactiviteit', id);
  const { p, eigenaar } = await leesPlan(db, a.plan_id);
  assertMagPlanWijzigen(g, eigenaar);
  return { a, p };
}

async function getActiviteit(db: Kysely<Database>, id: string): Promise<Ontwikkelactiviteit> {
  const a = await repo.findActiviteit(db, id);
  if (!a) throw new NotFoundError('Ontwikkelactiviteit', id);
  return activiteitView(await afwezigheidSoorten(db))(a);
}

async function activiteitRegels(
  db: Kysely<Database>,
  plan: repo.PlanRij,
  a: { van: string; tot: string; doelId?: string | null | undefined },
): Promise<Probleem[]> {
  const p = activiteitProblemen(a, plan.jaar);
  if (a.doelId) {
    const d = await repo.findDoel(db, a.doelId);
    if (!d || d.plan_id !== plan.id)
      p.push({ veld: 'doelId', code: 'bestaat-niet', melding: 'Dit doel hoort niet bij dit ontwikkelplan.' });
  }
  return p;
}

export async function maakActiviteit(
  db: Kysely<Database>,
  g: Gebruiker,
  planId: string,
  v: NieuweOntwikkelactiviteit,
): Promise<Ontwikkelactiviteit> {
  const { p, eigenaar } = await leesPlan(db, planId);
  assertMagPlanWijzigen(g, eigenaar);
  return inTransactie(db, async (trx) => {
    assertGeenProblemen(await activiteitRegels(trx, p, v));
    const id = await withDbErrors(() =>
      repo.insertActiviteit(trx, {
        plan_id: planId,
        doel_id: v.doelId ?? null,
        soort: v.soort,
        titel: v.titel,
        van: v.van,
        tot: v.tot,
        kosten_centen: naarCenten(v.kosten),
        uren: v.uren,
        status: v.status,
      }),
    );
    return getActiviteit(trx, id);
  });
}

export async function wijzigActiviteit(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: OntwikkelactiviteitWijziging,
): Promise<Ontwikkelactiviteit> {
  return inTransactie(db, async (trx) => {
    const { a, p } = await activiteitMetPlan(trx, g, id);
    assertGeenProblemen(
      await activiteitRegels(trx, p, {
        van: w.van ?? a.van,
        tot: w.tot ?? a.tot,
        doelId: w.doelId,
      }),
    );
    if (a.versie !== versie) throw new StaleVersionError(a.versie);
    const ok = await repo.updateActiviteit(trx, id, versie, {
      ...(w.soort !== undefined ? { soort: w.soort } : {}),
      ...(w.titel !== undefined ? { titel: w.titel } : {}),
      ...(w.van !== undefined ? { van: w.van } : {}),
      ...(w.tot !== undefined ? { tot: w.tot } : {}),
      ...(w.kosten !== undefined ? { kosten_centen: naarCenten(w.kosten) } : {}),
      ...(w.uren !== undefined ? { uren: w.uren } : {}),
      ...(w.status !== undefined ? { status: w.status } : {}),
      ...(w.doelId !== undefined ? { doel_id: w.doelId } : {}),
    });
    if (!ok) throw new StaleVersionError(a.versie + 1);
    return getActiviteit(trx, id);
  });
}

export async function verwijderActiviteit(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
): Promise<void> {
  await inTransactie(db, async (trx) => {
    const { a } = await activiteitMetPlan(trx, g, id);
    if (a.versie !== versie) throw new StaleVersionError(a.versie);
    await repo.deleteActiviteit(trx, id);
  });
}

// --- budget ---------------------------------------------------------------------------------------

type BudgetRij = NonNullable<Awaited<ReturnType<typeof repo.findBudget>>>;
const budgetView = (b: BudgetRij): Ontwikkelbudget => ({
  id: b.id,
  jaar: b.jaar,
  teamId: b.team_id,
  bedrag: naarEuro(Number(b.bedrag_centen)),
  versie: b.versie,
  _links: { self: { href: `/api/v1/ontwikkelbudgetten/${b.id}` } },
});

export async function getBudget(db: Kysely<Database>, id: string): Promise<Ontwikkelbudget> {
  const b = await repo.findBudget(db, id);
  if (!b) throw new NotFoundError('Ontwikkelbudget', id);
  return budgetView(b);
}

export async function maakBudget(
  db: Kysely<Database>,
  g: Gebruiker,
  v: NieuwOntwikkelbudget,
): Promise<Ontwikkelbudget> {
  assertMagOntwikkelbudgetWijzigen(g);
  return inTransactie(db, async (trx) => {
    if (v.teamId !== null) {
      const t = await findTeamRow(trx, v.teamId);
      if (t?.soort !== 'basisteam')
        assertGeenProblemen([
          {
            veld: 'teamId',
            code: 'bestaat-niet',
            melding: 'Een ontwikkelbudget hoort bij een bestaand basisteam (of leeg: de organisatie).',
          },
        ]);
    }
    if (await repo.findBudgetVan(trx, v.jaar, v.teamId))
      throw new ConflictError(
        `Er is al een ontwikkelbudget voor ${v.teamId ? 'dit team' : 'de organisatie'} in ${v.jaar}; wijzig dat budget.`,
        'bestaat-al',
      );
    const id = await withDbErrors(() =>
      repo.insertBudget(trx, { jaar: v.jaar, team_id: v.teamId, bedrag_centen: naarCenten(v.bedrag) }),
    );
    return getBudget(trx, id);
  });
}

export async function wijzigBudget(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  bedrag: number,
): Promise<Ontwikkelbudget> {
  assertMagOntwikkelbudgetWijzigen(g);
  return inTransactie(db, async (trx) => {
    const b = await repo.findBudget(trx, id);
    if (!b) throw new NotFoundError('Ontwikkelbudget', id);
    if (b.versie !== versie) throw new StaleVersionError(b.versie);
    if (!(await repo.updateBudget(trx, id, versie, naarCenten(bedrag))))
      throw new StaleVersionError(b.versie + 1);
    return getBudget(trx, id);
  });
}

const positieView = (p: BudgetPositie) => ({
  budget: p.budgetCenten === null ? null : naarEuro(p.budgetCenten),
  toegezegd: naarEuro(p.toegezegdCenten),
  besteed: naarEuro(p.besteedCenten),
  ruimte: p.ruimteCenten === null ? null : naarEuro(p.ruimteCenten),
});

/**
 * The year's budget against commitments and spending, per team and for the organisation, and the
 * kadernota request for the year after. Aggregates only: no answer here names a person.
 */
export async function budgetOverzicht(
  db: Kysely<Database>,
  g: Gebruiker,
  jaar = huidigJaar(),
): Promise<OntwikkelbudgetOverzicht> {
  const zicht = budgetZicht(g);
  const peildatum = vandaag();
  const [teams, budgetRijen, regels] = await Promise.all([
    findActieveBasisteams(db, `${jaar}-01-01` < peildatum ? `${jaar}-01-01` : peildatum),
    repo.findBudgetten(db, jaar),
    repo.findKostenRegels(db, jaar),
  ]);
  const budgetten = new Map<string | null, number>(
    budgetRijen.map((b) => [b.team_id, Number(b.bedrag_centen)]),
  );
  const o = berekenOverzicht(
    teams.map((t) => t.id),
    budgetten,
    regels.map((r) => ({
      budgetTeamId: r.budget_team_id,
      status: r.status,
      kostenCenten: Number(r.kosten_centen),
    })),
  );
  const naam = new Map(teams.map((t) => [t.id, t.naam]));
  const budgetId = new Map(budgetRijen.map((b) => [b.team_id, b.id]));
  const budgetVersie = new Map(budgetRijen.map((b) => [b.team_id, b.versie]));
  const zichtbareTeams = o.teams.filter((t) => zicht.teams === 'alle' || zicht.teams.includes(t.teamId));
  return {
    jaar,
    teams: zichtbareTeams.map((t) => ({
      teamId: t.teamId,
      teamNaam: naam.get(t.teamId) ?? '',
      budgetId: budgetId.get(t.teamId) ?? null,
      budgetVersie: budgetVersie.get(t.teamId) ?? null,
      ...positieView(t.positie),
    })),
    organisatieNiveau: zicht.organisatie
      ? {
          budgetId: budgetId.get(null) ?? null,
          budgetVersie: budgetVersie.get(null) ?? null,
          ...positieView(o.organisatieNiveau),
        }
      : null,
    totaal: zicht.organisatie ? positieView(o.totaal) : null,
    kadernota: zicht.organisatie ? await kadernota(db, jaar, regels, peildatum) : null,
    mag: { budgetWijzigen: magOntwikkelbudgetWijzigen(g) },
  };
}

async function kadernota(
  db: Kysely<Database>,
  jaar: number,
  regelsDitJaar: Awaited<ReturnType<typeof repo.findKostenRegels>>,
  peildatum: string,
) {
  const [volgend, dekking, norm] = await Promise.all([
    repo.findKostenRegels(db, jaar + 1),
    repo.findPlandekking(db, jaar, peildatum),
    repo.findInstelling(db, NORM_INSTELLING),
  ]);
  const fte = (uren: number) => Number(uren) / UREN_PER_FTE;
  const a = kadernotaAanvraag({
    jaar: jaar + 1,
    geplandCenten: volgend
      .filter((r) => r.status !== 'geannuleerd')
      .reduce((s, r) => s + Number(r.kosten_centen), 0),
    fteZonderPlan: dekking.filter((d) => !d.plan_volgend_jaar).reduce((s, d) => s + fte(d.uren_per_week), 0),
    normInstellingCenten: typeof norm === 'number' && norm >= 0 ? Math.round(norm) : null,
    kostenDitJaarCenten: regelsDitJaar
      .filter((r) => r.soort === 'medewerker' && r.status !== 'geannuleerd')
      .reduce((s, r) => s + Number(r.kosten_centen), 0),
    fteMetPlanDitJaar: dekking.filter((d) => d.plan_dit_jaar).reduce((s, d) => s + fte(d.uren_per_week), 0),
  });
  return {
    jaar: a.jaar,
    bedrag: naarEuro(a.bedragCenten),
    gepland: naarEuro(a.geplandCenten),
    normPerFte: naarEuro(a.normPerFteCenten),
    normBron: a.normBron,
    fteZonderPlan: a.fteZonderPlan,
    aanvullend: naarEuro(a.aanvullendCenten),
    basis: a.basis,
  };
}

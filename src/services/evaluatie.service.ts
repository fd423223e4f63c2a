import type { Kysely } from 'kysely';
import { magActieAfronden, magActieEigenaarZien, magEvaluatieSchrijven } from '../access/evaluatie';
import type { Gebruiker } from '../access/gebruiker';
import type {
  Evaluatie,
  EvaluatieActie,
  EvaluatieActieWijziging,
  EvaluatieFilter,
  EvaluatieRegel,
  Evaluaties,
  EvaluatieWijziging,
  NieuweEvaluatie,
  NieuweEvaluatieActie,
} from '../contract/evaluatie';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/evaluatie.repository';
import type { Database } from '../db/schema';
import { type IsoDatum, vandaag } from '../domain/datum';
import {
  type ActieInhoudVeld,
  type EvaluatieStatus,
  geweigerdeActieVelden,
  isVerlopen,
  type OnderwerpInvoer,
  onderwerpProblemen,
  vaststellingsProblemen,
  watNu,
} from '../domain/evaluatie';
import { volledigeNaam } from '../domain/medewerker';
import {
  assertGeenProblemen,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';

/**
 * Evaluaties (issue 15, item 2). A concept is written by the directeur, programmaregisseur or P&O
 * and vastgesteld once (400 with everything that is missing); from then on it is read as it was and
 * every change is a 409 that says what to do instead. The follow-up actions keep their progress:
 * the owner or a writer reports one done. Every answer carries what the caller may do (`mag`).
 */

type Rij = repo.EvaluatieRij;
type ActieRij = repo.EvaluatieActieRij;

function onderwerpView(r: Rij): Evaluatie['onderwerp'] {
  switch (r.onderwerp_soort) {
    case 'fase':
      return {
        soort: 'fase',
        id: r.verander_fase_id,
        naam: `Fase ${r.fase_volgnummer ?? '?'}: ${r.fase_naam ?? ''}`,
      };
    case 'thema':
      return { soort: 'thema', id: r.verander_thema_id, naam: r.thema_naam ?? '' };
    case 'opgave':
      return { soort: 'opgave', id: r.opgave_id, naam: r.opgave_titel ?? '' };
    default:
      return { soort: 'organisatie', id: null, naam: 'De organisatie als geheel' };
  }
}

function actieView(a: ActieRij, status: EvaluatieStatus, g: Gebruiker, dag: IsoDatum): EvaluatieActie {
  return {
    id: a.id,
    omschrijving: a.omschrijving,
    eigenaar: magActieEigenaarZien(g) ? { id: a.eigenaar_medewerker_id, naam: volledigeNaam(a) } : null,
    datum: a.datum,
    status: a.status,
    gereedOp: a.gereed_op,
    gereedDoor: a.gereed_door,
    verlopen: isVerlopen(a, dag),
    versie: a.versie,
    mag: {
      wijzigen: magEvaluatieSchrijven(g) && status === 'concept',
      afronden: magActieAfronden(g, { eigenaarMedewerkerId: a.eigenaar_medewerker_id }),
    },
  };
}

async function rijOfFout(db: Kysely<Database>, id: string): Promise<Rij> {
  const [r] = await repo.findEvaluaties(db, { id });
  if (!r) throw new NotFoundError('Evaluatie', id);
  return r;
}

function alsConcept(r: Rij): void {
  if (r.status !== 'concept')
    throw new ConflictError(`Deze evaluatie is vastgesteld. ${watNu(r.status)}`, 'vastgelegd');
}

function controleerVersie(r: { versie: number }, versie: number): void {
  if (r.versie !== versie) throw new StaleVersionError(r.versie);
}

function isoVan(d: Date | string): string {
  return typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();
}

async function view(db: Kysely<Database>, g: Gebruiker, r: Rij, dag: IsoDatum): Promise<Evaluatie> {
  const [vragen, bevindingen, acties] = await Promise.all([
    repo.findVragen(db, r.id),
    repo.findBevindingen(db, r.id),
    repo.findActies(db, [r.id]),
  ]);
  const schrijver = magEvaluatieSchrijven(g);
  return {
    id: r.id,
    titel: r.titel,
    onderwerp: onderwerpView(r),
    datum: r.datum,
    status: r.status,
    samenvatting: r.samenvatting,
    vragen: vragen.map((v) => ({ id: v.id, vraag: v.vraag, antwoord: v.antwoord })),
    bevindingen: bevindingen.map((b) => ({ id: b.id, soort: b.soort, tekst: b.tekst })),
    acties: acties.map((a) => actieView(a, r.status, g, dag)),
    vastgesteld: r.vastgesteld_op ? { op: isoVan(r.vastgesteld_op), door: r.vastgesteld_door } : null,
    aangemaaktDoor: r.aangemaakt_door,
    versie: r.versie,
    mag: {
      wijzigen: schrijver && r.status === 'concept',
      vaststellen: schrijver && r.status === 'concept',
      actieToevoegen: schrijver && r.status === 'concept',
    },
  };
}

/** The subject must name exactly its kind's thing, and that thing must exist. */
async function onderwerpFouten(db: Kysely<Database>, o: OnderwerpInvoer): Promise<Probleem[]> {
  const p = onderwerpProblemen(o);
  if (p.length > 0) return p;
  const id = o.soort === 'fase' ? o.faseId : o.soort === 'thema' ? o.themaId : o.opgaveId;
  if (o.soort !== 'organisatie' && id && !(await repo.onderwerpBestaat(db, o.soort, id)))
    p.push({
      veld: `onderwerp.${o.soort}Id`,
      code: 'bestaat-niet',
      melding: `Er is geen ${o.soort} met dit id; kies een bestaande.`,
    });
  return p;
}

const onderwerpKolommen = (o: OnderwerpInvoer) => ({
  onderwerp_soort: o.soort,
  verander_fase_id: o.soort === 'fase' ? (o.faseId ?? null) : null,
  verander_thema_id: o.soort === 'thema' ? (o.themaId ?? null) : null,
  opgave_id: o.soort === 'opgave' ? (o.opgaveId ?? null) : null,
});

const bevindingRijen = (b: NonNullable<NieuweEvaluatie['bevindingen']>) =>
  b.map((x) => ({ soort: x.soort ?? ('verbeterpunt' as const), tekst: x.tekst }));
const vraagRijen = (v: NonNullable<NieuweEvaluatie['vragen']>) =>
  v.map((x) => ({ vraag: x.vraag, antwoord: x.antwoord ?? '' }));

export async function listEvaluaties(
  db: Kysely<Database>,
  g: Gebruiker,
  filter: EvaluatieFilter,
  nu = new Date(),
): Promise<Evaluaties> {
  const dag = vandaag(nu);
  // A concept is its writers' draft: the others see an evaluation once it is vastgesteld.
  const rijen = await repo.findEvaluaties(
    db,
    magEvaluatieSchrijven(g)
      ? filter
      : { ...filter, status: filter.status === 'concept' ? 'geen' : 'vastgesteld' },
  );
  const acties = await repo.findActies(
    db,
    rijen.map((r) => r.id),
  );
  const resultaten = rijen.map((r): EvaluatieRegel => {
    const eigen = acties.filter((a) => a.evaluatie_id === r.id);
    return {
      id: r.id,
      titel: r.titel,
      onderwerp: onderwerpView(r),
      datum: r.datum,
      status: r.status,
      vastgesteldOp: r.vastgesteld_op ? isoVan(r.vastgesteld_op) : null,
      acties: {
        open: eigen.filter((a) => a.status === 'open').length,
        gereed: eigen.filter((a) => a.status === 'gereed').length,
        verlopen: eigen.filter((a) => isVerlopen(a, dag)).length,
      },
    };
  });
  return { resultaten, mag: { aanmaken: magEvaluatieSchrijven(g) } };
}

export async function getEvaluatie(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  nu = new Date(),
): Promise<Evaluatie> {
  const r = await rijOfFout(db, id);
  if (r.status === 'concept' && !magEvaluatieSchrijven(g))
    throw new ForbiddenError(
      'Deze evaluatie is nog een concept van de opstellers; iedereen kan haar lezen zodra ze is vastgesteld.',
    );
  return view(db, g, r, vandaag(nu));
}

export async function createEvaluatie(
  db: Kysely<Database>,
  g: Gebruiker,
  i: NieuweEvaluatie,
  nu = new Date(),
): Promise<Evaluatie> {
  assertGeenProblemen(await onderwerpFouten(db, i.onderwerp));
  const id = await withDbErrors(() =>
    repo.insertEvaluatie(db, {
      titel: i.titel,
      ...onderwerpKolommen(i.onderwerp),
      datum: i.datum,
      samenvatting: i.samenvatting ?? '',
      aangemaakt_door: g.naam,
    }),
  );
  await repo.vervangVragen(db, id, vraagRijen(i.vragen ?? []));
  await repo.vervangBevindingen(db, id, bevindingRijen(i.bevindingen ?? []));
  return getEvaluatie(db, g, id, nu);
}

export async function updateEvaluatie(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: EvaluatieWijziging,
  nu = new Date(),
): Promise<Evaluatie> {
  const r = await rijOfFout(db, id);
  alsConcept(r);
  controleerVersie(r, versie);
  if (i.onderwerp) assertGeenProblemen(await onderwerpFouten(db, i.onderwerp));
  const gelukt = await withDbErrors(() =>
    repo.updateEvaluatie(db, id, versie, {
      ...(i.titel !== undefined && { titel: i.titel }),
      ...(i.onderwerp && onderwerpKolommen(i.onderwerp)),
      ...(i.datum !== undefined && { datum: i.datum }),
      ...(i.samenvatting !== undefined && { samenvatting: i.samenvatting ?? '' }),
    }),
  );
  if (!gelukt) throw new StaleVersionError((await rijOfFout(db, id)).versie);
  if (i.vragen) await repo.vervangVragen(db, id, vraagRijen(i.vragen));
  if (i.bevindingen) await repo.vervangBevindingen(db, id, bevindingRijen(i.bevindingen));
  return getEvaluatie(db, g, id, nu);
}

/** Vaststellen: everything that is missing at once (400); then the evaluation is fixed for good. */
export async function stelEvaluatieVast(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  nu = new Date(),
): Promise<Evaluatie> {
  const dag = vandaag(nu);
  const r = await rijOfFout(db, id);
  if (r.status === 'vastgesteld')
    throw new ConflictError(`Deze evaluatie is al vastgesteld. ${watNu(r.status)}`, 'vastgelegd');
  controleerVersie(r, versie);
  const [vragen, bevindingen, acties] = await Promise.all([
    repo.findVragen(db, id),
    repo.findBevindingen(db, id),
    repo.findActies(db, [id]),
  ]);
  assertGeenProblemen(
    vaststellingsProblemen(
      { datum: r.datum, samenvatting: r.samenvatting, vragen, bevindingen, acties },
      dag,
    ),
  );
  const gelukt = await withDbErrors(() => repo.stelVast(db, id, versie, nu, g.naam));
  if (!gelukt) throw new StaleVersionError((await rijOfFout(db, id)).versie);
  return getEvaluatie(db, g, id, nu);
}

async function actieOfFout(db: Kysely<Database>, evaluatieId: string, actieId: string): Promise<ActieRij> {
  const [a] = await repo.findActies(db, [evaluatieId], actieId);
  if (!a) throw new NotFoundError('Actie', actieId);
  return a;
}

async function eigenaarFout(db: Kysely<Database>, id: string | undefined): Promise<Probleem[]> {
  if (id === undefined || (await repo.medewerkerBestaat(db, id))) return [];
  return [
    {
      veld: 'eigenaarMedewerkerId',
      code: 'bestaat-niet',
      melding: 'Er is geen medewerker met dit id; kies een bestaande medewerker als eigenaar.',
    },
  ];
}

export async function addActie(
  db: Kysely<Database>,
  g: Gebruiker,
  evaluatieId: string,
  i: NieuweEvaluatieActie,
  nu = new Date(),
): Promise<EvaluatieActie> {
  const r = await rijOfFout(db, evaluatieId);
  alsConcept(r);
  assertGeenProblemen(await eigenaarFout(db, i.eigenaarMedewerkerId));
  const id = await withDbErrors(() =>
    repo.insertActie(db, {
      evaluatie_id: evaluatieId,
      omschrijving: i.omschrijving,
      eigenaar_medewerker_id: i.eigenaarMedewerkerId,
      datum: i.datum,
    }),
  );
  return actieView(await actieOfFout(db, evaluatieId, id), r.status, g, vandaag(nu));
}

/**
 * Changes an action. In a concept a writer changes anything; once the evaluation is vastgesteld
 * only the progress (status) changes, by a writer or the action's owner.
 */
export async function updateActie(
  db: Kysely<Database>,
  g: Gebruiker,
  evaluatieId: string,
  actieId: string,
  versie: number,
  i: EvaluatieActieWijziging,
  nu = new Date(),
): Promise<EvaluatieActie> {
  const dag = vandaag(nu);
  const r = await rijOfFout(db, evaluatieId);
  const a = await actieOfFout(db, evaluatieId, actieId);
  const inhoud: ActieInhoudVeld[] = (['omschrijving', 'eigenaarMedewerkerId', 'datum'] as const).filter(
    (v) => i[v] !== undefined,
  );
  if (!magActieAfronden(g, { eigenaarMedewerkerId: a.eigenaar_medewerker_id }))
    throw new ForbiddenError(
      'Alleen de eigenaar van de actie, de directeur, de programmaregisseur en P&O houden de voortgang bij.',
    );
  if (inhoud.length > 0 && !magEvaluatieSchrijven(g))
    throw new ForbiddenError(
      'Als eigenaar meldt u de actie gereed of weer open; de inhoud wijzigt de opsteller van de evaluatie.',
    );
  const geweigerd = geweigerdeActieVelden(r.status, inhoud);
  if (geweigerd.length > 0)
    throw new ConflictError(
      `Van een actie uit een vastgestelde evaluatie verandert alleen de voortgang (niet: ${geweigerd.join(', ')}). ${watNu(r.status)}`,
      'vastgelegd',
    );
  controleerVersie(a, versie);
  assertGeenProblemen(await eigenaarFout(db, i.eigenaarMedewerkerId));
  const status = i.status ?? a.status;
  const gelukt = await withDbErrors(() =>
    repo.updateActie(db, actieId, versie, {
      ...(i.omschrijving !== undefined && { omschrijving: i.omschrijving }),
      ...(i.eigenaarMedewerkerId !== undefined && { eigenaar_medewerker_id: i.eigenaarMedewerkerId }),
      ...(i.datum !== undefined && { datum: i.datum }),
      ...(status !== a.status && {
        status,
        gereed_op: status === 'gereed' ? dag : null,
        gereed_door: status === 'gereed' ? g.naam : null,
      }),
    }),
  );
  if (!gelukt) throw new StaleVersionError((await actieOfFout(db, evaluatieId, actieId)).versie);
  return actieView(await actieOfFout(db, evaluatieId, actieId), r.status, g, dag);
}

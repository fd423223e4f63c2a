import type { Kysely } from 'kysely';
import {
  assertMagNaarStatus,
  assertMagRolbepalingBesluiten,
  opgaveMag,
  ROLBEPALING_FASEN,
  rolbepalingWijze,
} from '../access/dossier';
import type { Gebruiker } from '../access/gebruiker';
import type { Overgang } from '../contract/dossier';
import type {
  BevindingInvoer,
  BevindingWijziging,
  Opgave,
  OpgaveFilter,
  OpgaveInvoer,
  OpgaveSamenvatting,
  OpgaveWijziging,
  RolbepalingBevestiging,
  RolbepalingInvoer,
  StakeholderInvoer,
} from '../contract/opgave';
import { withDbErrors } from '../db/db-errors';
import { findDossierOvergangen, insertDossierOvergang } from '../db/dossier-overgang.repository';
import * as opgaven from '../db/opgave.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import { vandaag } from '../domain/datum';
import { controleerOvergang, volgendeStatussen } from '../domain/levenscyclus';
import {
  besluitProblemen,
  OPGAVE_GRAAF,
  type OpgaveStatus,
  opgaveEisen,
  rolbepalingProblemen,
} from '../domain/opgave';
import {
  assertGeenProblemen,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { listCapaciteitsvragen, verhoogDossierVersie } from './capaciteitsvraag.service';
import { bestaat, persoonRefs } from './verwijzingen';

const tekstOfNull = (x: string | null | undefined) => x?.trim() || null;

/** An opgave as the API answers it, before `mag` (what the caller may do) is added by metMag. */
type KortZonderMag = Omit<OpgaveSamenvatting, 'mag'>;
type OpgaveZonderMag = Omit<Opgave, 'mag'>;

async function kort(db: Kysely<Database>, rijen: opgaven.OpgaveRij[]): Promise<KortZonderMag[]> {
  const personen = await persoonRefs(
    db,
    rijen.map((r) => r.programmaregisseur_medewerker_id),
  );
  return rijen.map(
    (r): KortZonderMag => ({
      id: r.id,
      titel: r.titel,
      omschrijving: r.omschrijving,
      status: r.status,
      volgendeStatussen: [...volgendeStatussen(OPGAVE_GRAAF, r.status)],
      programma: r.programma_id ? { id: r.programma_id, naam: r.programma_naam ?? '' } : null,
      programmaregisseur: r.programmaregisseur_medewerker_id
        ? (personen.get(r.programmaregisseur_medewerker_id) ?? null)
        : null,
      rolbepaling:
        r.rolbepaling_status && r.eigenaarschap && r.overheidsrol_primair
          ? {
              status: r.rolbepaling_status,
              eigenaarschap: r.eigenaarschap,
              overheidsrolPrimair: r.overheidsrol_primair,
              overheidsrolSecundair: r.overheidsrol_secundair,
              datum: r.rolbepaling_datum,
              besluit: r.rolbepaling_besluit,
              voorgesteld: r.rolbepaling_voorgesteld_op
                ? {
                    door: r.rolbepaling_voorgesteld_door_naam ?? null,
                    op: new Date(r.rolbepaling_voorgesteld_op).toISOString(),
                  }
                : null,
              besloten: r.rolbepaling_besloten_op
                ? {
                    door: r.rolbepaling_besloten_door_naam ?? null,
                    op: new Date(r.rolbepaling_besloten_op).toISOString(),
                  }
                : null,
            }
          : null,
      strategie: r.strategie,
      aanpak: r.aanpak,
      evaluatie: r.evaluatie,
      urenGevraagd: Number(r.uren_gevraagd),
      versie: r.versie,
    }),
  );
}

export async function listOpgaven(db: Kysely<Database>, filter: OpgaveFilter): Promise<KortZonderMag[]> {
  return kort(
    db,
    await opgaven.findOpgaven(db, {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.programmaId ? { programmaId: filter.programmaId } : {}),
    }),
  );
}

/** The whole dossier: exploration, role decision, demand, linked ambitions and every step taken. */
export async function getOpgave(db: Kysely<Database>, id: string): Promise<OpgaveZonderMag> {
  const [rij] = await opgaven.findOpgaven(db, { id });
  if (!rij) throw new NotFoundError('Opgave', id);
  const [basis] = await kort(db, [rij]);
  const [stakeholders, bevindingen, ambities, overgangen, capaciteitsvragen] = await Promise.all([
    opgaven.findStakeholders(db, id),
    opgaven.findBevindingen(db, id),
    opgaven.findOpgaveAmbities(db, id),
    overgangenVan(db, { opgave_id: id }),
    listCapaciteitsvragen(db, { soort: 'opgave', id }),
  ]);
  return { ...basis!, stakeholders, bevindingen, ambities, capaciteitsvragen, overgangen };
}

export async function overgangenVan(
  db: Kysely<Database>,
  dossier: { opgave_id: string } | { bestuursopdracht_id: string },
): Promise<Overgang[]> {
  const rijen = await findDossierOvergangen(db, dossier);
  return rijen.map(
    (r): Overgang => ({
      van: r.van,
      naar: r.naar,
      toelichting: r.toelichting,
      op: new Date(r.op).toISOString(),
      door: r.door ?? null,
    }),
  );
}

async function controleerVerwijzingen(db: Kysely<Database>, i: OpgaveWijziging) {
  const ambities = await Promise.all(
    (i.ambitieIds ?? []).map((a, n) =>
      bestaat(db, 'bestuurlijke_ambitie', a, `ambitieIds.${n}`, 'Deze bestuurlijke ambitie bestaat niet.'),
    ),
  );
  assertGeenProblemen([
    ...(await bestaat(db, 'programma', i.programmaId, 'programmaId', 'Dit programma bestaat niet.')),
    ...(await bestaat(
      db,
      'medewerker',
      i.programmaregisseurMedewerkerId,
      'programmaregisseurMedewerkerId',
      'Deze medewerker bestaat niet.',
    )),
    ...ambities.flat(),
  ]);
}

function kolommen(i: OpgaveWijziging) {
  return {
    ...(i.titel !== undefined ? { titel: i.titel.trim() } : {}),
    ...(i.omschrijving !== undefined ? { omschrijving: tekstOfNull(i.omschrijving) } : {}),
    ...(i.programmaId !== undefined ? { programma_id: i.programmaId } : {}),
    ...(i.programmaregisseurMedewerkerId !== undefined
      ? { programmaregisseur_medewerker_id: i.programmaregisseurMedewerkerId }
      : {}),
    ...(i.strategie !== undefined ? { strategie: tekstOfNull(i.strategie) } : {}),
    ...(i.aanpak !== undefined ? { aanpak: tekstOfNull(i.aanpak) } : {}),
    ...(i.evaluatie !== undefined ? { evaluatie: tekstOfNull(i.evaluatie) } : {}),
  };
}

async function zetAmbities(db: Kysely<Database>, opgaveId: string, ambitieIds: string[] | undefined) {
  if (ambitieIds === undefined) return;
  await opgaven.replaceOpgaveAmbities(db, opgaveId, ambitieIds);
}

export async function createOpgave(
  db: Kysely<Database>,
  i: OpgaveInvoer,
  accountId: string,
): Promise<OpgaveZonderMag> {
  await controleerVerwijzingen(db, i);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const id = await opgaven.insertOpgave(trx, { ...kolommen(i), titel: i.titel.trim() });
      await zetAmbities(trx, id, i.ambitieIds);
      await insertDossierOvergang(trx, {
        opgave_id: id,
        van: '',
        naar: 'signalering',
        toelichting: 'Gesignaleerd',
        account_id: accountId,
      });
      return id;
    }),
  );
  return getOpgave(db, id);
}

export async function updateOpgave(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: OpgaveWijziging,
): Promise<OpgaveZonderMag> {
  const huidig = await getOpgave(db, id);
  if (huidig.status === 'afgerond')
    throw new ConflictError('Deze opgave is afgerond en verandert niet meer.', 'dossier-afgerond');
  await controleerVerwijzingen(db, i);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const r = await updateMetVersie(trx, 'opgave', id, versie, kolommen(i));
      if (!r) throw new StaleVersionError(huidig.versie);
      await zetAmbities(trx, id, i.ambitieIds);
    }),
  );
  return getOpgave(db, id);
}

/** One step of the lifecycle: allowed by the graph, and with what the next phase needs in place. */
export async function zetOpgaveStap(
  db: Kysely<Database>,
  id: string,
  naar: OpgaveStatus,
  toelichting: string | null | undefined,
  door: Handelende,
  versie?: number,
): Promise<OpgaveZonderMag> {
  // Who may take a dossier into which state is the policy's STAPPEN (403 before anything else).
  assertMagNaarStatus(door.rollen, 'opgave', naar);
  const { accountId } = door;
  const o = await getOpgave(db, id);
  if (versie !== undefined && versie !== o.versie) throw new StaleVersionError(o.versie);
  controleerOvergang(OPGAVE_GRAAF, o.status, naar);
  assertGeenProblemen(
    opgaveEisen(naar, {
      omschrijving: o.omschrijving,
      aantalStakeholders: o.stakeholders.length,
      aantalBevindingen: o.bevindingen.length,
      rolbepaling: o.rolbepaling?.status ?? 'geen',
      strategie: o.strategie,
      aanpak: o.aanpak,
      programmaregisseur: o.programmaregisseur !== null,
      evaluatie: o.evaluatie,
    }),
  );
  await inTransactie(db, async (trx) => {
    // The status in the WHERE makes two simultaneous steps from the same state yield one winner.
    if (!(await opgaven.updateOpgaveStatus(trx, id, o.status, naar)))
      throw new ConflictError(
        'De opgave is intussen een stap verder gezet. Laad haar opnieuw.',
        'intussen-gewijzigd',
      );
    await insertDossierOvergang(trx, {
      opgave_id: id,
      van: o.status,
      naar,
      toelichting: tekstOfNull(toelichting),
      account_id: accountId,
    });
  });
  return getOpgave(db, id);
}

async function assertVerkenningOpen(db: Kysely<Database>, id: string) {
  const o = await opgaven.findOpgaveStatus(db, id);
  if (!o) throw new NotFoundError('Opgave', id);
  if (o.status === 'afgerond')
    throw new ConflictError('Deze opgave is afgerond en verandert niet meer.', 'dossier-afgerond');
}

export async function addStakeholder(
  db: Kysely<Database>,
  opgaveId: string,
  i: StakeholderInvoer,
): Promise<OpgaveZonderMag> {
  await inTransactie(db, async (trx) => {
    await assertVerkenningOpen(trx, opgaveId);
    await verhoogDossierVersie(trx, { soort: 'opgave', id: opgaveId });
    await opgaven.insertStakeholder(trx, {
      opgave_id: opgaveId,
      naam: i.naam.trim(),
      soort: i.soort,
      belang: tekstOfNull(i.belang),
      invloed: i.invloed,
      betrokkenheid: i.betrokkenheid,
    });
  });
  return getOpgave(db, opgaveId);
}

/** Removes one part of an opgave's exploration; 404 when it is not this opgave's. */
async function verwijderUitVerkenning(
  db: Kysely<Database>,
  verwijder: (db: Kysely<Database>, opgaveId: string, id: string) => Promise<boolean>,
  soort: string,
  opgaveId: string,
  id: string,
) {
  await inTransactie(db, async (trx) => {
    await assertVerkenningOpen(trx, opgaveId);
    if (!(await verwijder(trx, opgaveId, id))) throw new NotFoundError(soort, id);
    await verhoogDossierVersie(trx, { soort: 'opgave', id: opgaveId });
  });
}

export async function removeStakeholder(db: Kysely<Database>, opgaveId: string, stakeholderId: string) {
  await verwijderUitVerkenning(db, opgaven.deleteStakeholder, 'Stakeholder', opgaveId, stakeholderId);
}

export async function addBevinding(
  db: Kysely<Database>,
  opgaveId: string,
  i: BevindingInvoer,
  accountId: string,
): Promise<OpgaveZonderMag> {
  await inTransactie(db, async (trx) => {
    await assertVerkenningOpen(trx, opgaveId);
    await verhoogDossierVersie(trx, { soort: 'opgave', id: opgaveId });
    await opgaven.insertBevinding(trx, {
      opgave_id: opgaveId,
      datum: i.datum ?? vandaag(),
      tekst: i.tekst.trim(),
      account_id: accountId,
    });
  });
  return getOpgave(db, opgaveId);
}

/**
 * Corrects a finding: its date, its text or both. The opgave's version guards its findings too
 * (every change to them raises it), so a correction made on an old read is refused with 412.
 */
export async function updateBevinding(
  db: Kysely<Database>,
  opgaveId: string,
  bevindingId: string,
  versie: number,
  i: BevindingWijziging,
): Promise<OpgaveZonderMag> {
  if (i.datum === undefined && i.tekst === undefined) {
    throw new ValidationError([
      { veld: 'tekst', code: 'leeg', melding: 'Geef een nieuwe datum, een nieuwe tekst of beide.' },
    ]);
  }
  await inTransactie(db, async (trx) => {
    await assertVerkenningOpen(trx, opgaveId);
    if (!(await updateMetVersie(trx, 'opgave', opgaveId, versie, {}))) {
      throw new StaleVersionError(await opgaven.findOpgaveVersie(trx, opgaveId));
    }
    const gevonden = await opgaven.updateBevinding(trx, opgaveId, bevindingId, {
      ...(i.datum !== undefined ? { datum: i.datum } : {}),
      ...(i.tekst !== undefined ? { tekst: i.tekst.trim() } : {}),
    });
    if (!gevonden) throw new NotFoundError('Bevinding', bevindingId);
  });
  return getOpgave(db, opgaveId);
}

export async function removeBevinding(db: Kysely<Database>, opgaveId: string, bevindingId: string) {
  await verwijderUitVerkenning(db, opgaven.deleteBevinding, 'Bevinding', opgaveId, bevindingId);
}

function assertRolbepalingFase(o: OpgaveZonderMag) {
  if (!ROLBEPALING_FASEN.includes(o.status)) {
    throw new ConflictError(
      `De rolbepaling hoort bij de fase verkenning of rolbepaling; deze opgave is in de fase '${o.status}'.`,
      'verkeerde-fase',
    );
  }
}

/**
 * The rolbepaling, recorded once the opgave is explored (and revisable until its approach). The
 * college records it as its decision, with the date and kenmerk of the besluit; a programmaregisseur
 * or directeur only proposes it (without date or besluit, which are the college's), and the opgave
 * moves on once the college confirmed the proposal (bevestigRolbepaling).
 */
export async function zetRolbepaling(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: RolbepalingInvoer,
  door: Handelende,
): Promise<OpgaveZonderMag> {
  const wijze = rolbepalingWijze(door.rollen);
  if (!wijze)
    throw new ForbiddenError('Alleen het college besluit de rolbepaling; de regie stelt haar voor.');
  const o = await getOpgave(db, id);
  assertRolbepalingFase(o);
  const besluit = i.besluit?.trim() || null;
  const voorbehouden = (veld: string) => ({
    veld,
    code: 'voorbehouden-aan-college',
    melding:
      'Datum en besluit legt het college vast bij de bevestiging; een voorstel heeft nog geen collegebesluit.',
  });
  assertGeenProblemen([
    ...rolbepalingProblemen(i.overheidsrolPrimair, i.overheidsrolSecundair),
    ...(wijze === 'besluiten'
      ? besluitProblemen(i.datum, besluit)
      : [...(i.datum ? [voorbehouden('datum')] : []), ...(besluit ? [voorbehouden('besluit')] : [])]),
  ]);
  const nu = new Date();
  const r = await updateMetVersie(db, 'opgave', id, versie, {
    eigenaarschap: i.eigenaarschap,
    overheidsrol_primair: i.overheidsrolPrimair,
    overheidsrol_secundair: i.overheidsrolSecundair,
    ...(wijze === 'besluiten'
      ? {
          rolbepaling_status: 'besloten' as const,
          rolbepaling_datum: i.datum ?? null,
          rolbepaling_besluit: besluit,
          rolbepaling_voorgesteld_door: null,
          rolbepaling_voorgesteld_op: null,
          rolbepaling_besloten_door: door.accountId,
          rolbepaling_besloten_op: nu,
        }
      : {
          rolbepaling_status: 'voorgesteld' as const,
          rolbepaling_datum: null,
          rolbepaling_besluit: null,
          rolbepaling_voorgesteld_door: door.accountId,
          rolbepaling_voorgesteld_op: nu,
          rolbepaling_besloten_door: null,
          rolbepaling_besloten_op: null,
        }),
  });
  if (!r) throw new StaleVersionError(o.versie);
  return getOpgave(db, id);
}

/**
 * The college confirms the proposed rolbepaling as it stands, with the date and kenmerk of its
 * besluit; the proposal's author and time are kept beside the decision.
 */
export async function bevestigRolbepaling(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: RolbepalingBevestiging,
  door: Handelende,
): Promise<OpgaveZonderMag> {
  assertMagRolbepalingBesluiten(door.rollen);
  const o = await getOpgave(db, id);
  if (o.versie !== versie) throw new StaleVersionError(o.versie);
  assertRolbepalingFase(o);
  if (o.rolbepaling?.status !== 'voorgesteld') {
    throw new ConflictError(
      o.rolbepaling
        ? 'De rolbepaling is al door het college besloten; er is geen voorstel te bevestigen.'
        : 'Er ligt nog geen voorstel voor de rolbepaling om te bevestigen.',
      'conflict',
    );
  }
  const besluit = i.besluit.trim();
  assertGeenProblemen(besluitProblemen(i.datum, besluit));
  const r = await updateMetVersie(db, 'opgave', id, versie, {
    rolbepaling_status: 'besloten',
    rolbepaling_datum: i.datum,
    rolbepaling_besluit: besluit,
    rolbepaling_besloten_door: door.accountId,
    rolbepaling_besloten_op: new Date(),
  });
  if (!r) throw new StaleVersionError(o.versie);
  return getOpgave(db, id);
}

/** Who takes a step: their account (recorded with it) and roles (the policy's STAPPEN). */
export type Handelende = Pick<Gebruiker, 'accountId' | 'rollen'>;

type Beller = Pick<Gebruiker, 'rollen' | 'totpNodig' | 'totpVoldaan'>;

/** A opgave as the API answers it to this caller: with what they may do with it now (`mag`). */
export function metMag(g: Beller, o: OpgaveZonderMag): Opgave;
export function metMag(g: Beller, o: KortZonderMag): OpgaveSamenvatting;
export function metMag(g: Beller, o: KortZonderMag): OpgaveSamenvatting {
  return { ...o, mag: opgaveMag(g, o.status, o.rolbepaling?.status ?? null) };
}

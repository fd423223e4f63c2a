import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagProgrammaBeheren,
  assertMagThemaBeheren,
  magLedenZien,
  magProgrammaBeheren,
  magThemaBeheren,
} from '../access/veranderprogramma';
import type {
  NieuweVeranderActie,
  NieuweVeranderFase,
  NieuwVeranderThema,
  NieuwVeranderThemaLid,
  VeranderActie,
  VeranderActieWijziging,
  VeranderFase,
  VeranderFases,
  VeranderFaseWijziging,
  Veranderprogramma,
  VeranderThema,
  VeranderThemaLid,
  VeranderThemaLidWijziging,
  VeranderThemaWijziging,
} from '../contract/veranderprogramma';
import { withDbErrors } from '../db/db-errors';
import { vervangThemaInzet } from '../db/inzet.repository';
import type { Database } from '../db/schema';
import * as repo from '../db/veranderprogramma.repository';
import { type IsoDatum, vandaag } from '../domain/datum';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import {
  actieProblemen,
  faseProblemen,
  gereedOp,
  heleWeken,
  isVerlopen,
  lidProblemen,
  telActies,
  themaStand,
  volgendeMijlpaal,
} from '../domain/veranderprogramma';

/**
 * The veranderprogramma (issue 15, item 1). Every write runs in the request's transaction (the
 * audit record with it); a transitieteam member's hours are written as inzet in the same
 * transaction, so the capacity figures never disagree with the team.
 */

type Db = Kysely<Database>;

// --- views ------------------------------------------------------------------------------------------

/** `vastgehouden`: the themes in the phase plus its evaluations; while there are any it stays. */
function faseView(f: repo.FaseRij, g: Gebruiker, vastgehouden: number): VeranderFase {
  const beheer = magProgrammaBeheren(g);
  return {
    id: f.id,
    volgnummer: f.volgnummer,
    naam: f.naam,
    doel: f.doel,
    van: f.van,
    tot: f.tot,
    status: f.status,
    versie: f.versie,
    mag: { wijzigen: beheer, verwijderen: beheer && vastgehouden === 0 },
  };
}

function actieView(a: repo.ActieRij, dag: IsoDatum): VeranderActie {
  return {
    id: a.id,
    soort: a.soort,
    titel: a.titel,
    toelichting: a.toelichting,
    eigenaar: a.eigenaar_medewerker_id ? { id: a.eigenaar_medewerker_id, naam: a.eigenaar_naam } : null,
    datum: a.datum,
    status: a.status,
    gereedOp: a.gereed_op,
    verlopen: isVerlopen(a, dag),
    versie: a.versie,
  };
}

function themaView(
  t: repo.ThemaRij,
  g: Gebruiker,
  dag: IsoDatum,
  fases: repo.FaseRij[],
  acties: repo.ActieRij[],
  leden: repo.LidRij[],
  evaluaties: number,
): VeranderThema {
  const fase = fases.find((f) => f.id === t.fase_id);
  const nu = leden.filter((l) => l.van <= dag && l.tot >= dag);
  const m = volgendeMijlpaal(acties);
  return {
    id: t.id,
    naam: t.naam,
    omschrijving: t.omschrijving,
    status: t.status,
    stand: themaStand(t.status, acties, dag),
    fase: fase ? { id: fase.id, volgnummer: fase.volgnummer, naam: fase.naam } : null,
    trekker: t.trekker_medewerker_id ? { id: t.trekker_medewerker_id, naam: t.trekker_naam } : null,
    leden: magLedenZien(g)
      ? leden.map((l) => ({
          id: l.id,
          medewerker: { id: l.medewerker_id, naam: l.naam },
          rol: l.rol,
          urenPerWeek: Number(l.uren_per_week),
          van: l.van,
          tot: l.tot,
          versie: l.versie,
        }))
      : null,
    team: { aantalLeden: nu.length, urenPerWeek: nu.reduce((s, l) => s + Number(l.uren_per_week), 0) },
    acties: acties.map((a) => actieView(a, dag)),
    telling: telActies(acties, dag),
    volgendeMijlpaal: m?.datum
      ? { id: m.id, titel: m.titel, datum: m.datum, verlopen: isVerlopen(m, dag) }
      : null,
    versie: t.versie,
    mag: {
      wijzigen: magProgrammaBeheren(g),
      beheren: magThemaBeheren(g, { trekkerMedewerkerId: t.trekker_medewerker_id }),
      // A team's hours are inzet and an evaluation stays readable: only a theme without either goes.
      verwijderen: magProgrammaBeheren(g) && leden.length === 0 && evaluaties === 0,
    },
  };
}

// --- reads --------------------------------------------------------------------------------------------

export async function getVeranderprogramma(
  db: Db,
  g: Gebruiker,
  nu = new Date(),
): Promise<Veranderprogramma> {
  const dag = vandaag(nu);
  const [fases, themas] = await Promise.all([repo.findFases(db), repo.findThemas(db)]);
  const ids = themas.map((t) => t.id);
  const [acties, leden, evFase, evThema] = await Promise.all([
    repo.findActies(db, ids),
    repo.findLeden(db, ids),
    repo.telEvaluaties(db, 'verander_fase_id'),
    repo.telEvaluaties(db, 'verander_thema_id'),
  ]);
  return {
    fases: fases.map((f) => faseView(f, g, vastInFase(f.id, themas, evFase))),
    themas: themas.map((t) =>
      themaView(
        t,
        g,
        dag,
        fases,
        acties.filter((a) => a.thema_id === t.id),
        leden.filter((l) => l.thema_id === t.id),
        evThema.get(t.id) ?? 0,
      ),
    ),
    mag: { beheren: magProgrammaBeheren(g) },
  };
}

/** What holds a phase in place: its themes and its evaluations. */
const vastInFase = (faseId: string, themas: repo.ThemaRij[], evaluaties: Map<string, number>) =>
  themas.filter((t) => t.fase_id === faseId).length + (evaluaties.get(faseId) ?? 0);

export async function listFases(db: Db, g: Gebruiker): Promise<VeranderFases> {
  const [fases, themas, evaluaties] = await Promise.all([
    repo.findFases(db),
    repo.findThemas(db),
    repo.telEvaluaties(db, 'verander_fase_id'),
  ]);
  return {
    resultaten: fases.map((f) => faseView(f, g, vastInFase(f.id, themas, evaluaties))),
    mag: { aanmaken: magProgrammaBeheren(g) },
  };
}

async function themaRij(db: Db, id: string): Promise<repo.ThemaRij> {
  const [t] = await repo.findThemas(db, { id });
  if (!t) throw new NotFoundError('Thema', id);
  return t;
}

export async function getThema(db: Db, g: Gebruiker, id: string, nu = new Date()): Promise<VeranderThema> {
  const t = await themaRij(db, id);
  const [fases, acties, leden, evaluaties] = await Promise.all([
    repo.findFases(db),
    repo.findActies(db, [id]),
    repo.findLeden(db, [id]),
    repo.telEvaluaties(db, 'verander_thema_id'),
  ]);
  return themaView(t, g, vandaag(nu), fases, acties, leden, evaluaties.get(id) ?? 0);
}

// --- phases -------------------------------------------------------------------------------------------

async function fase(db: Db, g: Gebruiker, id: string): Promise<VeranderFase> {
  const f = await repo.findFase(db, id);
  if (!f) throw new NotFoundError('Fase', id);
  const [themas, evaluaties] = await Promise.all([
    repo.telThemasInFase(db, id),
    repo.telEvaluaties(db, 'verander_fase_id'),
  ]);
  return faseView(f, g, themas + (evaluaties.get(id) ?? 0));
}

export async function createFase(db: Db, g: Gebruiker, i: NieuweVeranderFase): Promise<VeranderFase> {
  assertMagProgrammaBeheren(g);
  const invoer = {
    volgnummer: i.volgnummer,
    van: i.van ?? null,
    tot: i.tot ?? null,
    status: i.status ?? 'gepland',
  };
  assertGeenProblemen(faseProblemen(invoer, await repo.findFases(db)));
  const id = await withDbErrors(() => repo.insertFase(db, { ...invoer, naam: i.naam, doel: i.doel ?? '' }));
  return fase(db, g, id);
}

export async function updateFase(
  db: Db,
  g: Gebruiker,
  id: string,
  versie: number,
  i: VeranderFaseWijziging,
): Promise<VeranderFase> {
  assertMagProgrammaBeheren(g);
  const alle = await repo.findFases(db);
  const f = alle.find((x) => x.id === id);
  if (!f) throw new NotFoundError('Fase', id);
  if (f.versie !== versie) throw new StaleVersionError(f.versie);
  const invoer = {
    volgnummer: i.volgnummer ?? f.volgnummer,
    van: i.van === undefined ? f.van : i.van,
    tot: i.tot === undefined ? f.tot : i.tot,
    status: i.status ?? f.status,
  };
  assertGeenProblemen(
    faseProblemen(
      invoer,
      alle.filter((x) => x.id !== id),
    ),
  );
  const ok = await withDbErrors(() =>
    repo.updateFase(db, id, versie, {
      ...invoer,
      ...(i.naam !== undefined && { naam: i.naam }),
      ...(i.doel !== undefined && { doel: i.doel ?? '' }),
    }),
  );
  if (!ok) throw new StaleVersionError((await repo.findFase(db, id))?.versie ?? versie);
  return fase(db, g, id);
}

export async function deleteFase(db: Db, g: Gebruiker, id: string, versie: number): Promise<void> {
  assertMagProgrammaBeheren(g);
  const f = await repo.findFase(db, id);
  if (!f) throw new NotFoundError('Fase', id);
  if (f.versie !== versie) throw new StaleVersionError(f.versie);
  const n = await repo.telThemasInFase(db, id);
  if (n > 0)
    throw new ConflictError(
      `Aan deze fase hangen nog ${n} thema’s; plaats ze eerst in een andere fase of haal de fase eraf.`,
      'conflict',
    );
  const evaluaties = (await repo.telEvaluaties(db, 'verander_fase_id')).get(id) ?? 0;
  if (evaluaties > 0)
    throw new ConflictError(
      `Deze fase is ${evaluaties} keer geëvalueerd; een evaluatie blijft leesbaar zoals ze was, dus de fase blijft. Zet haar op afgerond.`,
      'conflict',
    );
  if (!(await withDbErrors(() => repo.deleteFase(db, id, versie)))) throw new StaleVersionError(versie + 1);
}

// --- themes -------------------------------------------------------------------------------------------

/** Referenced medewerkers and phase exist: otherwise a field problem, not a database error. */
async function verwijzingProblemen(
  db: Db,
  i: {
    trekkerMedewerkerId?: string | null;
    faseId?: string | null;
    eigenaarMedewerkerId?: string | null;
    medewerkerId?: string;
  },
): Promise<Probleem[]> {
  const p: Probleem[] = [];
  const velden = (['trekkerMedewerkerId', 'eigenaarMedewerkerId', 'medewerkerId'] as const).filter(
    (v) => typeof i[v] === 'string',
  );
  const bestaand = await repo.bestaandeMedewerkers(
    db,
    velden.map((v) => i[v] as string),
  );
  for (const v of velden)
    if (!bestaand.has(i[v] as string))
      p.push({
        veld: v,
        code: 'bestaat-niet',
        melding: 'Er is geen medewerker met dit id; kies een bestaande.',
      });
  if (i.faseId && !(await repo.findFase(db, i.faseId)))
    p.push({
      veld: 'faseId',
      code: 'bestaat-niet',
      melding: 'Er is geen fase met dit id; kies een bestaande.',
    });
  return p;
}

export async function createThema(
  db: Db,
  g: Gebruiker,
  i: NieuwVeranderThema,
  nu = new Date(),
): Promise<VeranderThema> {
  assertMagProgrammaBeheren(g);
  assertGeenProblemen(await verwijzingProblemen(db, i));
  const id = await withDbErrors(() =>
    repo.insertThema(db, {
      naam: i.naam,
      omschrijving: i.omschrijving ?? '',
      trekker_medewerker_id: i.trekkerMedewerkerId ?? null,
      fase_id: i.faseId ?? null,
      ...(i.status && { status: i.status }),
    }),
  );
  return getThema(db, g, id, nu);
}

export async function updateThema(
  db: Db,
  g: Gebruiker,
  id: string,
  versie: number,
  i: VeranderThemaWijziging,
  nu = new Date(),
): Promise<VeranderThema> {
  assertMagProgrammaBeheren(g);
  const t = await themaRij(db, id);
  if (t.versie !== versie) throw new StaleVersionError(t.versie);
  assertGeenProblemen(await verwijzingProblemen(db, i));
  const ok = await withDbErrors(() =>
    repo.updateThema(db, id, versie, {
      ...(i.naam !== undefined && { naam: i.naam }),
      ...(i.omschrijving !== undefined && { omschrijving: i.omschrijving ?? '' }),
      ...(i.trekkerMedewerkerId !== undefined && { trekker_medewerker_id: i.trekkerMedewerkerId }),
      ...(i.faseId !== undefined && { fase_id: i.faseId }),
      ...(i.status !== undefined && { status: i.status }),
    }),
  );
  if (!ok) throw new StaleVersionError((await themaRij(db, id)).versie);
  return getThema(db, g, id, nu);
}

/**
 * Removes a theme with its actions and milestones. Not while it has a transitieteam (their hours are
 * inzet: remove the members first, so the capacity figures change visibly) or evaluations (they stay
 * readable as they were: close the theme instead).
 */
export async function deleteThema(db: Db, g: Gebruiker, id: string, versie: number): Promise<void> {
  assertMagProgrammaBeheren(g);
  const t = await themaRij(db, id);
  if (t.versie !== versie) throw new StaleVersionError(t.versie);
  const [leden, evaluaties] = await Promise.all([
    repo.findLeden(db, [id]),
    repo.telEvaluaties(db, 'verander_thema_id'),
  ]);
  if (leden.length > 0)
    throw new ConflictError(
      `Dit thema heeft nog ${leden.length} leden in het transitieteam; hun uren zijn inzet. Haal ze eerst uit het team.`,
      'conflict',
    );
  const n = evaluaties.get(id) ?? 0;
  if (n > 0)
    throw new ConflictError(
      `Dit thema is ${n} keer geëvalueerd; een evaluatie blijft leesbaar zoals ze was, dus het thema blijft. Zet het op afgerond.`,
      'conflict',
    );
  if (!(await withDbErrors(() => repo.deleteThema(db, id, versie)))) throw new StaleVersionError(versie + 1);
}

/** The theme, checked to exist and that the caller may manage its actions and team. */
async function beheerbaarThema(db: Db, g: Gebruiker, id: string): Promise<repo.ThemaRij> {
  const t = await themaRij(db, id);
  assertMagThemaBeheren(g, { trekkerMedewerkerId: t.trekker_medewerker_id });
  return t;
}

/** One member as the theme shows it (the writer may see names: the OR and college do not write). */
async function lidView(
  db: Db,
  g: Gebruiker,
  themaId: string,
  lidId: string,
  nu: Date,
): Promise<VeranderThemaLid> {
  const t = await getThema(db, g, themaId, nu);
  const l = t.leden?.find((x) => x.id === lidId);
  if (!l) throw new NotFoundError('Lid van het transitieteam', lidId);
  return l;
}

async function actieViewVan(db: Db, themaId: string, actieId: string, nu: Date): Promise<VeranderActie> {
  const a = (await repo.findActies(db, [themaId])).find((x) => x.id === actieId);
  if (!a) throw new NotFoundError('Actie', actieId);
  return actieView(a, vandaag(nu));
}

// --- transitieteam --------------------------------------------------------------------------------------

export async function addLid(
  db: Db,
  g: Gebruiker,
  themaId: string,
  i: NieuwVeranderThemaLid,
  nu = new Date(),
): Promise<VeranderThemaLid> {
  await beheerbaarThema(db, g, themaId);
  const problemen = [
    ...(await verwijzingProblemen(db, { medewerkerId: i.medewerkerId })),
    ...lidProblemen(i),
  ];
  assertGeenProblemen(problemen);
  const w = heleWeken(i.van, i.tot);
  const id = await withDbErrors(() =>
    repo.insertLid(db, {
      thema_id: themaId,
      medewerker_id: i.medewerkerId,
      ...(i.rol && { rol: i.rol }),
      uren_per_week: i.urenPerWeek,
      ...w,
    }),
  );
  await withDbErrors(() =>
    vervangThemaInzet(db, i.medewerkerId, themaId, { ...w, urenPerWeek: i.urenPerWeek }),
  );
  return lidView(db, g, themaId, id, nu);
}

async function lid(db: Db, themaId: string, lidId: string) {
  const l = await repo.findLid(db, themaId, lidId);
  if (!l) throw new NotFoundError('Lid van het transitieteam', lidId);
  return l;
}

export async function updateLid(
  db: Db,
  g: Gebruiker,
  themaId: string,
  lidId: string,
  versie: number,
  i: VeranderThemaLidWijziging,
  nu = new Date(),
): Promise<VeranderThemaLid> {
  await beheerbaarThema(db, g, themaId);
  const l = await lid(db, themaId, lidId);
  if (l.versie !== versie) throw new StaleVersionError(l.versie);
  const nieuw = {
    van: i.van ?? l.van,
    tot: i.tot ?? l.tot,
    urenPerWeek: i.urenPerWeek ?? Number(l.uren_per_week),
  };
  assertGeenProblemen(lidProblemen(nieuw));
  const w = heleWeken(nieuw.van, nieuw.tot);
  const ok = await withDbErrors(() =>
    repo.updateLid(db, lidId, versie, {
      ...w,
      uren_per_week: nieuw.urenPerWeek,
      ...(i.rol && { rol: i.rol }),
    }),
  );
  if (!ok) throw new StaleVersionError((await lid(db, themaId, lidId)).versie);
  await withDbErrors(() =>
    vervangThemaInzet(db, l.medewerker_id, themaId, { ...w, urenPerWeek: nieuw.urenPerWeek }),
  );
  return lidView(db, g, themaId, lidId, nu);
}

export async function removeLid(
  db: Db,
  g: Gebruiker,
  themaId: string,
  lidId: string,
  versie: number,
): Promise<void> {
  await beheerbaarThema(db, g, themaId);
  const l = await lid(db, themaId, lidId);
  if (l.versie !== versie) throw new StaleVersionError(l.versie);
  if (!(await repo.deleteLid(db, lidId, versie))) throw new StaleVersionError(versie + 1);
  await vervangThemaInzet(db, l.medewerker_id, themaId, null);
}

// --- actions and milestones -------------------------------------------------------------------------------

export async function addActie(
  db: Db,
  g: Gebruiker,
  themaId: string,
  i: NieuweVeranderActie,
  nu = new Date(),
): Promise<VeranderActie> {
  await beheerbaarThema(db, g, themaId);
  const datum = i.datum ?? null;
  assertGeenProblemen([
    ...(await verwijzingProblemen(db, { eigenaarMedewerkerId: i.eigenaarMedewerkerId })),
    ...actieProblemen({ soort: i.soort, datum, status: 'open', gereedOp: null }, vandaag(nu)),
  ]);
  const id = await withDbErrors(() =>
    repo.insertActie(db, {
      thema_id: themaId,
      soort: i.soort,
      titel: i.titel,
      toelichting: i.toelichting ?? '',
      eigenaar_medewerker_id: i.eigenaarMedewerkerId ?? null,
      datum,
      gereed_op: null,
    }),
  );
  return actieViewVan(db, themaId, id, nu);
}

async function actie(db: Db, themaId: string, actieId: string) {
  const a = await repo.findActie(db, themaId, actieId);
  if (!a) throw new NotFoundError('Actie', actieId);
  return a;
}

export async function updateActie(
  db: Db,
  g: Gebruiker,
  themaId: string,
  actieId: string,
  versie: number,
  i: VeranderActieWijziging,
  nu = new Date(),
): Promise<VeranderActie> {
  const dag = vandaag(nu);
  await beheerbaarThema(db, g, themaId);
  const a = await actie(db, themaId, actieId);
  if (a.versie !== versie) throw new StaleVersionError(a.versie);
  const status = i.status ?? a.status;
  const klaarOp =
    status === 'gereed'
      ? (i.gereedOp ?? (a.status === 'gereed' ? a.gereed_op : null) ?? dag)
      : gereedOp(status, null, dag);
  const nieuw = {
    soort: i.soort ?? a.soort,
    datum: i.datum === undefined ? a.datum : i.datum,
    status,
    gereedOp: klaarOp,
  };
  assertGeenProblemen([
    ...(await verwijzingProblemen(db, { eigenaarMedewerkerId: i.eigenaarMedewerkerId })),
    ...actieProblemen(nieuw, dag),
  ]);
  const ok = await withDbErrors(() =>
    repo.updateActie(db, actieId, versie, {
      soort: nieuw.soort,
      datum: nieuw.datum,
      status: nieuw.status,
      gereed_op: nieuw.gereedOp,
      ...(i.titel !== undefined && { titel: i.titel }),
      ...(i.toelichting !== undefined && { toelichting: i.toelichting ?? '' }),
      ...(i.eigenaarMedewerkerId !== undefined && { eigenaar_medewerker_id: i.eigenaarMedewerkerId }),
    }),
  );
  if (!ok) throw new StaleVersionError((await actie(db, themaId, actieId)).versie);
  return actieViewVan(db, themaId, actieId, nu);
}

export async function removeActie(
  db: Db,
  g: Gebruiker,
  themaId: string,
  actieId: string,
  versie: number,
): Promise<void> {
  await beheerbaarThema(db, g, themaId);
  const a = await actie(db, themaId, actieId);
  if (a.versie !== versie) throw new StaleVersionError(a.versie);
  if (!(await repo.deleteActie(db, actieId, versie))) throw new StaleVersionError(versie + 1);
}

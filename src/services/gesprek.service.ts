import type { Kysely, Selectable } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagActieAfronden,
  assertMagAlleGesprekkenZien,
  assertMagGesprekVastleggen,
  assertMagGesprekWijzigen,
  assertMagGesprekZien,
  assertMagNotitieToevoegen,
  type GesprekDoel,
  magActieAfronden,
  magAlleGesprekkenZien,
  magGesprekVastleggen,
  magGesprekWijzigen,
  magGesprekZien,
  magNotitieToevoegen,
} from '../access/gesprek';
import type {
  ActieWijziging,
  Gesprek,
  GesprekActie,
  GesprekDekking,
  Gesprekken,
  Gesprekssoort,
  Gesprekssoorten,
  GesprekssoortWijziging,
  GesprekWijziging,
  NieuweActie,
  NieuweGesprekssoort,
  NieuweNotitie,
  NieuwGesprek,
  VerlopenActies,
} from '../contract/gesprek';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/gesprek.repository';
import type { Database, GesprekActieTable, GesprekssoortTable } from '../db/schema';
import { updateMetVersie } from '../db/versie';
import { vandaag } from '../domain/datum';
import {
  actieProblemen,
  dagenVerlopen,
  dekkingPerTeam,
  gesprekProblemen,
  isVerlopen,
  type Leiderschap,
  type Lidmaatschap,
  leidingOp,
  soortCodeVoorNaam,
} from '../domain/gesprek';
import { volledigeNaam } from '../domain/medewerker';
import { assertGeenProblemen, ConflictError, NotFoundError, StaleVersionError } from '../domain/probleem';
import { MIN_GROEPSGROOTTE } from '../domain/puls-anonimiteit';

/**
 * The gesprekscyclus (issue 14, item 2). Every answer is filtered by src/access/gesprek.ts: the
 * medewerker, the leidinggevende who held the conversation, the current one, and P&O. Reads are
 * audited by the policy (`leestPersoonsgegevens`), the route names the medewerker as their object.
 */

const naam = (v: string | null, t: string | null, a: string | null) =>
  v === null || a === null ? null : volledigeNaam({ voornaam: v, tussenvoegsel: t, achternaam: a });

/** The medewerker's basisteam and leidinggevende on `datum`, from the recorded history. */
async function leidingVan(db: Kysely<Database>, medewerkerId: string, datum: string) {
  const leden = await repo.findLidmaatschappen(db, medewerkerId);
  const lidmaatschappen: Lidmaatschap[] = leden.map((l) => ({
    teamId: l.team_id,
    ingangsdatum: l.ingangsdatum,
    einddatum: l.einddatum,
  }));
  const leiding = await repo.findLeiding(db, [...new Set(leden.map((l) => l.team_id))]);
  const leiderschappen: Leiderschap[] = leiding.map((l) => ({
    teamId: l.team_id,
    medewerkerId: l.medewerker_id,
    rol: l.rol,
    ingangsdatum: l.ingangsdatum,
    einddatum: l.einddatum,
  }));
  return leidingOp(medewerkerId, lidmaatschappen, leiderschappen, datum);
}

async function medewerkerOfFout(db: Kysely<Database>, medewerkerId: string) {
  const m = await repo.findMedewerkerDienst(db, medewerkerId);
  if (!m) throw new NotFoundError('Medewerker', medewerkerId);
  return m;
}

function actieView(
  a: Selectable<GesprekActieTable>,
  g: Gebruiker,
  doel: GesprekDoel,
  dag: string,
): GesprekActie {
  const actie = { deadline: a.deadline, afgerondOp: a.afgerond_op };
  return {
    id: a.id,
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: a.deadline,
    afgerondOp: a.afgerond_op,
    verlopen: isVerlopen(actie, dag),
    versie: a.versie,
    mag: { wijzigen: magGesprekWijzigen(g, doel), afronden: magActieAfronden(g, doel, a.eigenaar) },
  };
}

async function views(
  db: Kysely<Database>,
  g: Gebruiker,
  rijen: repo.GesprekRij[],
  leidinggevendeNu: string | null,
  dag: string,
): Promise<Gesprek[]> {
  const ids = rijen.map((r) => r.id);
  const [acties, notities] = await Promise.all([repo.findActies(db, ids), repo.findNotities(db, ids)]);
  return rijen.map((r): Gesprek => {
    const doel = doelVan(r, leidinggevendeNu);
    return {
      id: r.id,
      medewerker: {
        id: r.medewerker_id,
        naam: naam(r.medewerker_voornaam, r.medewerker_tussenvoegsel, r.medewerker_achternaam)!,
      },
      soort: r.soort,
      soortNaam: r.soort_naam,
      datum: r.datum,
      team: r.team_id && r.team_naam ? { id: r.team_id, naam: r.team_naam } : null,
      leidinggevende:
        r.leidinggevende_id && r.leider_voornaam
          ? {
              id: r.leidinggevende_id,
              naam: naam(r.leider_voornaam, r.leider_tussenvoegsel, r.leider_achternaam)!,
            }
          : null,
      deelnemers: r.deelnemers,
      verslag: r.verslag,
      status: r.status,
      acties: acties.filter((a) => a.gesprek_id === r.id).map((a) => actieView(a, g, doel, dag)),
      notities: notities
        .filter((n) => n.gesprek_id === r.id)
        .map((n) => ({ id: n.id, tekst: n.tekst, aangemaaktOp: n.aangemaakt_op.toISOString() })),
      versie: r.versie,
      mag: { wijzigen: magGesprekWijzigen(g, doel), notitieToevoegen: magNotitieToevoegen(g, doel) },
    };
  });
}

const doelVan = (
  r: { medewerker_id: string; leidinggevende_id: string | null },
  leidinggevendeNu: string | null,
): GesprekDoel => ({
  medewerkerId: r.medewerker_id,
  leidinggevendeToen: r.leidinggevende_id,
  leidinggevendeNu,
});

/** A conversation with the reach it needs; 404 when it does not exist, 403 outside the reach. */
async function gesprekMetDoel(db: Kysely<Database>, g: Gebruiker, id: string, dag: string) {
  const rij = await repo.findGesprek(db, id);
  if (!rij) throw new NotFoundError('Gesprek', id);
  const nu = await leidingVan(db, rij.medewerker_id, dag);
  const doel = doelVan(rij, nu.leidinggevendeId);
  assertMagGesprekZien(g, doel);
  return { rij, doel };
}

export async function listGesprekken(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  nu: Date = new Date(),
): Promise<Gesprekken> {
  await medewerkerOfFout(db, medewerkerId);
  const dag = vandaag(nu);
  const leiding = await leidingVan(db, medewerkerId, dag);
  const rijen = await repo.findGesprekken(db, medewerkerId);
  const basis = { medewerkerId, leidinggevendeNu: leiding.leidinggevendeId, leidinggevendeToen: null };
  // A former leidinggevende sees the conversations they held, and only those.
  const zichtbaar = magAlleGesprekkenZien(g, basis)
    ? rijen
    : rijen.filter((r) => magGesprekZien(g, doelVan(r, leiding.leidinggevendeId)));
  if (zichtbaar.length === 0) assertMagAlleGesprekkenZien(g, basis);
  return {
    resultaten: await views(db, g, zichtbaar, leiding.leidinggevendeId, dag),
    mag: { vastleggen: magGesprekVastleggen(g, basis) },
  };
}

export async function getGesprek(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  nu: Date = new Date(),
): Promise<Gesprek> {
  const dag = vandaag(nu);
  const { rij, doel } = await gesprekMetDoel(db, g, id, dag);
  const [view] = await views(db, g, [rij], doel.leidinggevendeNu, dag);
  return view!;
}

async function soortCodes(db: Kysely<Database>) {
  const soorten = await repo.findSoorten(db);
  return soorten.filter((s) => s.actief).map((s) => s.code);
}

export async function createGesprek(
  db: Kysely<Database>,
  g: Gebruiker,
  medewerkerId: string,
  i: NieuwGesprek,
  nu: Date = new Date(),
): Promise<Gesprek> {
  const m = await medewerkerOfFout(db, medewerkerId);
  const dag = vandaag(nu);
  const huidig = await leidingVan(db, medewerkerId, dag);
  assertMagGesprekVastleggen(g, {
    medewerkerId,
    leidinggevendeNu: huidig.leidinggevendeId,
    leidinggevendeToen: null,
  });
  const status = i.status ?? (i.datum <= dag ? 'gevoerd' : 'gepland');
  assertGeenProblemen(
    gesprekProblemen(
      { ...i, status, verslag: i.verslag ?? '' },
      { actieveSoorten: await soortCodes(db), inDienst: m.in_dienst, uitDienst: m.uit_dienst, vandaag: dag },
    ),
  );
  const toen = await leidingVan(db, medewerkerId, i.datum);
  const id = await withDbErrors(() =>
    repo.insertGesprek(db, {
      medewerker_id: medewerkerId,
      soort: i.soort,
      datum: i.datum,
      team_id: toen.teamId,
      leidinggevende_id: toen.leidinggevendeId,
      deelnemers: i.deelnemers?.trim() ?? '',
      verslag: i.verslag?.trim() ?? '',
      status,
      aangemaakt_door: g.accountId,
    }),
  );
  return getGesprek(db, g, id, nu);
}

export async function updateGesprek(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: GesprekWijziging,
  nu: Date = new Date(),
): Promise<Gesprek> {
  const dag = vandaag(nu);
  const { rij, doel } = await gesprekMetDoel(db, g, id, dag);
  assertMagGesprekWijzigen(g, doel);
  const m = await medewerkerOfFout(db, rij.medewerker_id);
  const na = {
    soort: i.soort ?? rij.soort,
    datum: i.datum ?? rij.datum,
    status: i.status ?? rij.status,
    verslag: i.verslag === undefined ? rij.verslag : (i.verslag ?? ''),
  };
  assertGeenProblemen(
    gesprekProblemen(
      { ...na, soort: i.soort, datum: i.datum },
      {
        actieveSoorten: await soortCodes(db),
        huidigeSoort: rij.soort,
        inDienst: m.in_dienst,
        uitDienst: m.uit_dienst,
        vandaag: dag,
      },
    ),
  );
  // A new date may fall under another leidinggevende: the one who led the medewerker that day.
  const toen =
    i.datum !== undefined && i.datum !== rij.datum ? await leidingVan(db, rij.medewerker_id, i.datum) : null;
  const r = await withDbErrors(() =>
    updateMetVersie(db, 'gesprek', id, versie, {
      ...(i.soort !== undefined ? { soort: i.soort } : {}),
      ...(i.datum !== undefined ? { datum: i.datum } : {}),
      ...(i.status !== undefined ? { status: i.status } : {}),
      ...(i.verslag !== undefined ? { verslag: i.verslag?.trim() ?? '' } : {}),
      ...(i.deelnemers !== undefined ? { deelnemers: i.deelnemers?.trim() ?? '' } : {}),
      ...(toen ? { team_id: toen.teamId, leidinggevende_id: toen.leidinggevendeId } : {}),
      gewijzigd_op: new Date(),
    }),
  );
  if (!r) throw new StaleVersionError(rij.versie);
  return getGesprek(db, g, id, nu);
}

export async function addActie(
  db: Kysely<Database>,
  g: Gebruiker,
  gesprekId: string,
  i: NieuweActie,
  nu: Date = new Date(),
): Promise<GesprekActie> {
  const dag = vandaag(nu);
  const { rij, doel } = await gesprekMetDoel(db, g, gesprekId, dag);
  assertMagGesprekWijzigen(g, doel);
  assertGeenProblemen(actieProblemen(i.deadline, rij.datum));
  const id = await repo.insertActie(db, {
    gesprek_id: gesprekId,
    omschrijving: i.omschrijving.trim(),
    eigenaar: i.eigenaar,
    deadline: i.deadline ?? null,
  });
  return actieView((await repo.findActie(db, id))!, g, doel, dag);
}

export async function updateActie(
  db: Kysely<Database>,
  g: Gebruiker,
  gesprekId: string,
  actieId: string,
  versie: number,
  i: ActieWijziging,
  nu: Date = new Date(),
): Promise<GesprekActie> {
  const dag = vandaag(nu);
  const { rij, doel } = await gesprekMetDoel(db, g, gesprekId, dag);
  const actie = await repo.findActie(db, actieId);
  if (!actie || actie.gesprek_id !== gesprekId) throw new NotFoundError('Actie', actieId);
  // Only completing (or reopening) is open to the medewerker for their own actions.
  const alleenAfronden = i.omschrijving === undefined && i.eigenaar === undefined && i.deadline === undefined;
  if (alleenAfronden) assertMagActieAfronden(g, doel, actie.eigenaar);
  else assertMagGesprekWijzigen(g, doel);
  if (i.deadline !== undefined) assertGeenProblemen(actieProblemen(i.deadline, rij.datum));
  const r = await updateMetVersie(db, 'gesprek_actie', actieId, versie, {
    ...(i.omschrijving !== undefined ? { omschrijving: i.omschrijving.trim() } : {}),
    ...(i.eigenaar !== undefined ? { eigenaar: i.eigenaar } : {}),
    ...(i.deadline !== undefined ? { deadline: i.deadline } : {}),
    ...(i.afgerond !== undefined ? { afgerond_op: i.afgerond ? (actie.afgerond_op ?? dag) : null } : {}),
    gewijzigd_op: new Date(),
  });
  if (!r) throw new StaleVersionError(actie.versie);
  return actieView(r, g, doel, dag);
}

export async function addNotitie(
  db: Kysely<Database>,
  g: Gebruiker,
  gesprekId: string,
  i: NieuweNotitie,
  nu: Date = new Date(),
): Promise<Gesprek> {
  const dag = vandaag(nu);
  const { doel } = await gesprekMetDoel(db, g, gesprekId, dag);
  assertMagNotitieToevoegen(g, doel);
  await repo.insertNotitie(db, { gesprek_id: gesprekId, tekst: i.tekst.trim() });
  return getGesprek(db, g, gesprekId, nu);
}

/**
 * The follow-up: open actions past their deadline. P&O sees all; a leidinggevende those of the
 * people they lead today and of the conversations they held.
 */
export async function listVerlopenActies(
  db: Kysely<Database>,
  g: Gebruiker,
  nu: Date = new Date(),
): Promise<VerlopenActies> {
  const dag = vandaag(nu);
  let reikwijdte: { medewerkerIds: string[]; leiderId: string } | null = null;
  if (!g.rollen.includes('po')) {
    if (!g.medewerkerId) return { resultaten: [] };
    reikwijdte = {
      medewerkerIds: await repo.findGeleideMedewerkers(db, g.medewerkerId, dag),
      leiderId: g.medewerkerId,
    };
  }
  const rijen = await repo.findVerlopenActies(db, dag, reikwijdte);
  const resultaten = [];
  for (const r of rijen) {
    const nuLeiding = await leidingVan(db, r.medewerker_id, dag);
    const doel = doelVan(r, nuLeiding.leidinggevendeId);
    if (!magGesprekZien(g, doel)) continue;
    resultaten.push({
      actie: actieView(r, g, doel, dag),
      gesprekId: r.gesprek_id,
      gesprekDatum: r.gesprek_datum,
      soortNaam: r.soort_naam,
      medewerker: { id: r.medewerker_id, naam: naam(r.voornaam, r.tussenvoegsel, r.achternaam)! },
      dagenVerlopen: dagenVerlopen({ deadline: r.deadline, afgerondOp: r.afgerond_op }, dag),
    });
  }
  return { resultaten };
}

const soortView = (s: Selectable<GesprekssoortTable>): Gesprekssoort => ({
  code: s.code,
  naam: s.naam,
  actief: s.actief,
  versie: s.versie,
});

/** Every kind, switched off ones too (marked): old conversations keep theirs, the manager turns them back on. */
export async function listSoorten(db: Kysely<Database>, g: Gebruiker): Promise<Gesprekssoorten> {
  const soorten = await repo.findSoorten(db);
  return {
    resultaten: soorten.map(soortView),
    mag: { wijzigen: g.rollen.some((r) => r === 'po' || r === 'beheerder') },
  };
}

async function assertNaamVrij(db: Kysely<Database>, naam: string, behalveCode?: string): Promise<void> {
  if (await repo.findSoortOpNaam(db, naam, behalveCode)) {
    throw new ConflictError(`Er is al een soort gesprek met de naam ${naam}.`, 'bestaat-al');
  }
}

export async function createSoort(db: Kysely<Database>, i: NieuweGesprekssoort): Promise<Gesprekssoort> {
  const bestaand = await repo.findSoorten(db);
  if (i.code !== undefined && bestaand.some((s) => s.code === i.code)) {
    throw new ConflictError(`Er is al een soort gesprek met code ${i.code}.`, 'bestaat-al');
  }
  const naam = i.naam.trim();
  await assertNaamVrij(db, naam);
  const code = i.code ?? soortCodeVoorNaam(naam, new Set(bestaand.map((s) => s.code)));
  await withDbErrors(() =>
    repo.insertSoort(db, {
      code,
      naam,
      actief: i.actief ?? true,
      volgorde: bestaand.reduce((m, s) => Math.max(m, s.volgorde), 0) + 1,
    }),
  );
  return soortView((await repo.findSoort(db, code))!);
}

/**
 * Rename a kind or switch it off or on. The code stays: conversations refer to it, so a switched-off
 * kind keeps its name on every conversation held under it, and is only no longer offered for new ones
 * (the domain's `actieveSoorten`).
 */
export async function updateSoort(
  db: Kysely<Database>,
  code: string,
  versie: number,
  w: GesprekssoortWijziging,
): Promise<Gesprekssoort> {
  const huidig = await repo.findSoort(db, code);
  if (!huidig) throw new NotFoundError('Soort gesprek', code);
  const naam = w.naam?.trim();
  if (naam !== undefined) await assertNaamVrij(db, naam, code);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  const r = await withDbErrors(() =>
    repo.updateSoort(db, code, versie, {
      ...(naam !== undefined ? { naam } : {}),
      ...(w.actief !== undefined ? { actief: w.actief } : {}),
    }),
  );
  if (!r) throw new StaleVersionError(huidig.versie + 1);
  return soortView(r);
}

/**
 * Everything written about the medewerker in the gesprekscyclus, for their own inzage (AVG art. 15):
 * every conversation with its verslag, the agreed actions and their own notes.
 */
export async function gesprekkenVoorInzage(db: Kysely<Database>, medewerkerId: string) {
  const { gesprekken, acties, notities } = await repo.findGesprekkenVoorInzage(db, medewerkerId);
  return gesprekken.map((r) => ({
    id: r.id,
    soort: r.soort_naam,
    datum: r.datum,
    team: r.team_naam,
    leidinggevende: naam(r.leider_voornaam, r.leider_tussenvoegsel, r.leider_achternaam),
    deelnemers: r.deelnemers,
    verslag: r.verslag,
    status: r.status,
    acties: acties
      .filter((a) => a.gesprek_id === r.id)
      .map((a) => ({
        omschrijving: a.omschrijving,
        eigenaar: a.eigenaar,
        deadline: a.deadline,
        afgerondOp: a.afgerond_op,
      })),
    eigenNotities: notities
      .filter((n) => n.gesprek_id === r.id)
      .map((n) => ({ tekst: n.tekst, aangemaaktOp: n.aangemaakt_op.toISOString() })),
  }));
}

/**
 * How many medewerkers per team had a conversation in `jaar` (default this year): counts only, for
 * P&O, the directie and the OR; groups below the pulse's minimum group size are merged.
 */
export async function gesprekDekking(
  db: Kysely<Database>,
  jaar: number | undefined,
  nu: Date = new Date(),
): Promise<GesprekDekking> {
  const dag = vandaag(nu);
  const j = jaar ?? Number(dag.slice(0, 4));
  const peildatum = j === Number(dag.slice(0, 4)) ? dag : `${j}-12-31`;
  const teams = await repo.findDekkingPerTeam(db, peildatum, `${j}-01-01`, `${j}-12-31`);
  return { jaar: j, minimumGroep: MIN_GROEPSGROOTTE, ...dekkingPerTeam(teams, MIN_GROEPSGROOTTE) };
}

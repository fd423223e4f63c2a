import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { magOverlegSchrijven } from '../access/or-dossier';
import type {
  NieuweOrOverlegActie,
  NieuwOrOverleg,
  OrOverleg,
  OrOverlegActie,
  OrOverlegActieWijziging,
  OrOverleggen,
  OrOverlegWijziging,
} from '../contract/or-dossier';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/or-dossier.repository';
import type { Database } from '../db/schema';
import { type IsoDatum, vandaag } from '../domain/datum';
import { assertGeenProblemen, NotFoundError, type Probleem, StaleVersionError } from '../domain/probleem';

/**
 * Overlegvergaderingen between the directie and the OR (issue 15, item 4): agenda (a point may be
 * about a verzoek), minutes, and the actions agreed, each with an owner and a due date, tracked to
 * done. An action is late when its due date has passed and it is not done.
 */

type ActieRij = Awaited<ReturnType<typeof repo.findOverlegActies>>[number];

function actieView(a: ActieRij, dag: IsoDatum): OrOverlegActie {
  return {
    id: a.id,
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: a.deadline,
    afgerondOp: a.afgerond_op,
    verlopen: a.afgerond_op === null && a.deadline !== null && a.deadline < dag,
    versie: a.versie,
  };
}

async function views(db: Kysely<Database>, g: Gebruiker, id: string | undefined, dag: IsoDatum) {
  const rijen = await repo.findOverleggen(db, id);
  const ids = rijen.map((r) => r.id);
  const [punten, acties] = await Promise.all([
    repo.findAgendapunten(db, ids),
    repo.findOverlegActies(db, ids),
  ]);
  return rijen.map(
    (r): OrOverleg => ({
      id: r.id,
      datum: r.datum,
      titel: r.titel,
      notulen: r.notulen,
      agenda: punten
        .filter((p) => p.overleg_id === r.id)
        .map((p) => ({
          id: p.id,
          volgorde: p.volgorde,
          titel: p.titel,
          verzoek: p.verzoek_id ? { id: p.verzoek_id, onderwerp: p.verzoek_onderwerp ?? '' } : null,
        })),
      acties: acties.filter((a) => a.overleg_id === r.id).map((a) => actieView(a, dag)),
      versie: r.versie,
      mag: { wijzigen: magOverlegSchrijven(g) },
    }),
  );
}

async function agendaProblemen(db: Kysely<Database>, agenda: { verzoekId?: string | null | undefined }[]) {
  const ids = agenda.map((p) => p.verzoekId).filter((x): x is string => !!x);
  const bestaand = await repo.bestaandeVerzoekIds(db, ids);
  const problemen: Probleem[] = [];
  agenda.forEach((p, i) => {
    if (p.verzoekId && !bestaand.has(p.verzoekId))
      problemen.push({
        veld: `agenda[${i}].verzoekId`,
        code: 'bestaat-niet',
        melding: 'Er is geen OR-verzoek met dit id.',
      });
  });
  return problemen;
}

export async function listOverleggen(
  db: Kysely<Database>,
  g: Gebruiker,
  nu = new Date(),
): Promise<OrOverleggen> {
  return {
    resultaten: await views(db, g, undefined, vandaag(nu)),
    mag: { aanmaken: magOverlegSchrijven(g) },
  };
}

export async function getOverleg(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  nu = new Date(),
): Promise<OrOverleg> {
  const [o] = await views(db, g, id, vandaag(nu));
  if (!o) throw new NotFoundError('Overlegvergadering', id);
  return o;
}

export async function createOverleg(
  db: Kysely<Database>,
  g: Gebruiker,
  i: NieuwOrOverleg,
  nu = new Date(),
): Promise<OrOverleg> {
  const agenda = i.agenda ?? [];
  assertGeenProblemen(await agendaProblemen(db, agenda));
  const id = await withDbErrors(() =>
    repo.insertOverleg(db, { datum: i.datum, titel: i.titel, notulen: i.notulen ?? '' }),
  );
  await repo.vervangAgenda(
    db,
    id,
    agenda.map((p) => ({ titel: p.titel, verzoekId: p.verzoekId ?? null })),
  );
  return getOverleg(db, g, id, nu);
}

export async function updateOverleg(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrOverlegWijziging,
  nu = new Date(),
): Promise<OrOverleg> {
  const huidig = await getOverleg(db, g, id, nu);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  if (i.agenda) assertGeenProblemen(await agendaProblemen(db, i.agenda));
  const gelukt = await withDbErrors(() =>
    repo.updateOverleg(db, id, versie, {
      ...(i.datum !== undefined && { datum: i.datum }),
      ...(i.titel !== undefined && { titel: i.titel }),
      ...(i.notulen !== undefined && { notulen: i.notulen ?? '' }),
    }),
  );
  if (!gelukt) throw new StaleVersionError((await getOverleg(db, g, id, nu)).versie);
  if (i.agenda)
    await repo.vervangAgenda(
      db,
      id,
      i.agenda.map((p) => ({ titel: p.titel, verzoekId: p.verzoekId ?? null })),
    );
  return getOverleg(db, g, id, nu);
}

export async function addActie(
  db: Kysely<Database>,
  g: Gebruiker,
  overlegId: string,
  i: NieuweOrOverlegActie,
  nu = new Date(),
): Promise<OrOverlegActie> {
  await getOverleg(db, g, overlegId, nu);
  const id = await withDbErrors(() =>
    repo.insertOverlegActie(db, {
      overleg_id: overlegId,
      omschrijving: i.omschrijving,
      eigenaar: i.eigenaar,
      deadline: i.deadline ?? null,
    }),
  );
  return actieView((await repo.findOverlegActie(db, overlegId, id))!, vandaag(nu));
}

export async function updateActie(
  db: Kysely<Database>,
  _g: Gebruiker,
  overlegId: string,
  actieId: string,
  versie: number,
  i: OrOverlegActieWijziging,
  nu = new Date(),
): Promise<OrOverlegActie> {
  const dag = vandaag(nu);
  const a = await repo.findOverlegActie(db, overlegId, actieId);
  if (!a) throw new NotFoundError('Actie', actieId);
  if (a.versie !== versie) throw new StaleVersionError(a.versie);
  if (i.afgerondOp && i.afgerondOp > dag)
    assertGeenProblemen([
      {
        veld: 'afgerondOp',
        code: 'toekomst',
        melding: 'Een actie is afgerond op of vóór vandaag, niet later.',
      },
    ]);
  const gelukt = await withDbErrors(() =>
    repo.updateOverlegActie(db, actieId, versie, {
      ...(i.omschrijving !== undefined && { omschrijving: i.omschrijving }),
      ...(i.eigenaar !== undefined && { eigenaar: i.eigenaar }),
      ...(i.deadline !== undefined && { deadline: i.deadline }),
      ...(i.afgerondOp !== undefined && { afgerond_op: i.afgerondOp }),
    }),
  );
  if (!gelukt) throw new StaleVersionError(versie + 1);
  return actieView((await repo.findOverlegActie(db, overlegId, actieId))!, dag);
}

import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { assertMagZoWerkenWeSchrijven, magZoWerkenWeSchrijven } from '../access/zo-werken-we';
import type {
  NieuweZoWerkenWePagina,
  ZoWerkenWePagina,
  ZoWerkenWePaginaSamenvatting,
  ZoWerkenWePaginas,
  ZoWerkenWePaginaWijziging,
  ZoWerkenWeVerschil,
  ZoWerkenWeVersie,
  ZoWerkenWeVersieInhoud,
  ZoWerkenWeVersies,
} from '../contract/zo-werken-we';
import { withDbErrors } from '../db/db-errors';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import * as repo from '../db/zo-werken-we.repository';
import { assertGeenProblemen, ConflictError, NotFoundError, StaleVersionError } from '../domain/probleem';
import {
  isInhoudGewijzigd,
  nieuweInhoud,
  normaliseerTekst,
  type PaginaInhoud,
  paginaProblemen,
  verplaats,
} from '../domain/zo-werken-we';
import { renderMarkdown } from '../domain/zo-werken-we-markdown';
import { telVerschil, verschil } from '../domain/zo-werken-we-verschil';

/**
 * "Zo werken we" (issue 15, item 3): pages of the organisation philosophy whose every change is a
 * new version. Everyone reads them (the policy's door is every role); writing is the directie's and
 * P&O's (src/access/zo-werken-we.ts), which the answers carry as `mag`.
 */

function samenvattingView(r: repo.PaginaRij, volgorde: number): ZoWerkenWePaginaSamenvatting {
  return {
    id: r.id,
    titel: r.titel,
    samenvatting: r.samenvatting,
    volgorde,
    gearchiveerd: r.gearchiveerd_op !== null,
    versieNummer: r.huidig_nummer,
    gewijzigdOp: r.huidig_sinds.toISOString(),
    gewijzigdDoor: r.gewijzigd_door,
    versie: r.versie,
  };
}

function versieView(v: repo.VersieRij): ZoWerkenWeVersie {
  return {
    nummer: v.nummer,
    titel: v.titel,
    samenvatting: v.samenvatting,
    notitie: v.notitie,
    auteur: v.auteur,
    aangemaaktOp: v.aangemaakt_op.toISOString(),
  };
}

export async function listPaginas(
  db: Kysely<Database>,
  g: Gebruiker,
  opties: { gearchiveerd?: boolean } = {},
): Promise<ZoWerkenWePaginas> {
  const rijen = await repo.findPaginas(db, opties.gearchiveerd ?? false);
  const schrijver = magZoWerkenWeSchrijven(g);
  return {
    // The place shown is the place in this list (1, 2, 3 …), whatever gaps the stored order has.
    resultaten: rijen.map((r, i) => samenvattingView(r, i + 1)),
    mag: { aanmaken: schrijver, ordenen: schrijver },
  };
}

async function paginaOfFout(db: Kysely<Database>, id: string): Promise<repo.PaginaRij> {
  const r = await repo.findPagina(db, id);
  if (!r) throw new NotFoundError('Pagina', id);
  return r;
}

export async function getPagina(db: Kysely<Database>, g: Gebruiker, id: string): Promise<ZoWerkenWePagina> {
  const r = await paginaOfFout(db, id);
  const schrijver = magZoWerkenWeSchrijven(g);
  const actief = await repo.findActieveVolgorde(db);
  const plaats = actief.indexOf(r.id);
  return {
    ...samenvattingView(r, plaats >= 0 ? plaats + 1 : r.volgorde),
    tekst: r.tekst,
    html: renderMarkdown(r.tekst),
    gearchiveerdOp: r.gearchiveerd_op?.toISOString() ?? null,
    aantalVersies: r.huidig_nummer,
    mag: { bewerken: schrijver && r.gearchiveerd_op === null, archiveren: schrijver },
  };
}

const inhoudVan = (r: PaginaInhoud): PaginaInhoud => ({
  titel: r.titel,
  samenvatting: r.samenvatting,
  tekst: r.tekst,
});

export async function createPagina(
  db: Kysely<Database>,
  g: Gebruiker,
  i: NieuweZoWerkenWePagina,
): Promise<ZoWerkenWePagina> {
  assertMagZoWerkenWeSchrijven(g);
  const inhoud: PaginaInhoud = {
    titel: i.titel,
    samenvatting: i.samenvatting ?? '',
    tekst: normaliseerTekst(i.tekst),
  };
  const id = await inTransactie(db, async (trx) => {
    assertGeenProblemen(paginaProblemen(inhoud, await repo.findAndereTitels(trx, null)));
    const paginaId = await repo.insertPagina(trx, await repo.volgendeVolgorde(trx));
    await withDbErrors(() =>
      repo.insertVersie(trx, {
        pagina_id: paginaId,
        nummer: 1,
        ...inhoud,
        notitie: i.notitie || null,
        auteur_account_id: g.accountId,
      }),
    );
    return paginaId;
  });
  return getPagina(db, g, id);
}

/**
 * One change of a page, based on the version the caller read (If-Match): new content is a new
 * version (never an overwrite), `gearchiveerd` archives or brings back, `volgorde` moves it. An
 * archived page's content is not changed: bring it back first.
 */
export async function updatePagina(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: ZoWerkenWePaginaWijziging,
): Promise<ZoWerkenWePagina> {
  assertMagZoWerkenWeSchrijven(g);
  await inTransactie(db, async (trx) => {
    const r = await paginaOfFout(trx, id);
    if (r.versie !== versie) throw new StaleVersionError(r.versie);
    const huidig = inhoudVan(r);
    const inhoud = nieuweInhoud(huidig, {
      titel: w.titel,
      samenvatting: w.samenvatting === undefined ? undefined : (w.samenvatting ?? ''),
      tekst: w.tekst,
    });
    const nieuweVersie = isInhoudGewijzigd(huidig, inhoud);
    const archiveren = w.gearchiveerd === undefined ? null : w.gearchiveerd;
    const blijftGearchiveerd = archiveren ?? r.gearchiveerd_op !== null;
    if (nieuweVersie && blijftGearchiveerd) {
      throw new ConflictError(
        'Deze pagina staat in het archief. Haal haar eerst terug (gearchiveerd: false) en wijzig dan de tekst.',
      );
    }
    if (nieuweVersie) assertGeenProblemen(paginaProblemen(inhoud, await repo.findAndereTitels(trx, id)));
    else if (w.notitie) {
      assertGeenProblemen([
        {
          veld: 'notitie',
          code: 'niets-gewijzigd',
          melding:
            'Titel, samenvatting en tekst zijn niet veranderd: een notitie hoort bij een nieuwe versie.',
        },
      ]);
    }
    const archiefWissel = archiveren !== null && archiveren !== (r.gearchiveerd_op !== null);
    // Nothing to change: no new version and no new ETag (the caller's version stays the current one).
    if (!nieuweVersie && !archiefWissel && w.volgorde === undefined) return;
    const gewijzigd = await updateMetVersie(trx, 'zo_werken_we_pagina', id, versie, {
      gewijzigd_op: new Date(),
      ...(nieuweVersie ? { huidig_nummer: r.huidig_nummer + 1 } : {}),
      ...(archiveren === true && r.gearchiveerd_op === null ? { gearchiveerd_op: new Date() } : {}),
      // Brought back from the archive: last in the list, where it is found again.
      ...(archiveren === false && r.gearchiveerd_op !== null
        ? { gearchiveerd_op: null, volgorde: await repo.volgendeVolgorde(trx) }
        : {}),
    });
    if (!gewijzigd) throw new StaleVersionError((await paginaOfFout(trx, id)).versie);
    if (nieuweVersie) {
      await withDbErrors(() =>
        repo.insertVersie(trx, {
          pagina_id: id,
          nummer: gewijzigd.huidig_nummer,
          ...inhoud,
          notitie: w.notitie || null,
          auteur_account_id: g.accountId,
        }),
      );
    }
    if (w.volgorde !== undefined && gewijzigd.gearchiveerd_op === null) {
      await repo.zetVolgorde(trx, verplaats(await repo.findActieveVolgorde(trx), id, w.volgorde));
    }
  });
  return getPagina(db, g, id);
}

export async function listVersies(db: Kysely<Database>, id: string): Promise<ZoWerkenWeVersies> {
  await paginaOfFout(db, id);
  return { resultaten: (await repo.findVersies(db, id)).map(versieView) };
}

async function versieOfFout(db: Kysely<Database>, id: string, nummer: number) {
  const v = await repo.findVersie(db, id, nummer);
  if (!v) throw new NotFoundError('Versie', `${id}/${nummer}`);
  return v;
}

export async function getVersie(
  db: Kysely<Database>,
  id: string,
  nummer: number,
): Promise<ZoWerkenWeVersieInhoud> {
  await paginaOfFout(db, id);
  const v = await versieOfFout(db, id, nummer);
  return { ...versieView(v), tekst: v.tekst, html: renderMarkdown(v.tekst) };
}

/** What changed from version `van` to version `naar` (either order: an older `naar` shows it undone). */
export async function getVerschil(
  db: Kysely<Database>,
  id: string,
  van: number,
  naar: number,
): Promise<ZoWerkenWeVerschil> {
  await paginaOfFout(db, id);
  const [a, b] = [await versieOfFout(db, id, van), await versieOfFout(db, id, naar)];
  const delen = verschil(a.tekst, b.tekst);
  const telling = telVerschil(delen);
  return {
    van: versieView(a),
    naar: versieView(b),
    titelGewijzigd: a.titel !== b.titel,
    samenvattingGewijzigd: a.samenvatting !== b.samenvatting,
    delen,
    aantalToegevoegd: telling.toegevoegd,
    aantalVerwijderd: telling.verwijderd,
  };
}

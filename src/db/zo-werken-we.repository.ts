import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, ZoWerkenWePaginaTable, ZoWerkenWeVersieTable } from './schema';

/**
 * The SQL of "Zo werken we" (issue 15, item 3). Versions are only inserted and read here: there is
 * no update or delete of zo_werken_we_versie, so no version is ever overwritten.
 */

export type PaginaRij = Selectable<ZoWerkenWePaginaTable> & {
  titel: string;
  samenvatting: string;
  tekst: string;
  gewijzigd_door: string | null;
  huidig_sinds: Date;
};

export type VersieRij = Selectable<ZoWerkenWeVersieTable> & { auteur: string | null };

function paginaQuery(db: Kysely<Database>) {
  return db
    .selectFrom('zo_werken_we_pagina as p')
    .innerJoin('zo_werken_we_versie as v', (j) =>
      j.onRef('v.pagina_id', '=', 'p.id').onRef('v.nummer', '=', 'p.huidig_nummer'),
    )
    .leftJoin('account as a', 'a.id', 'v.auteur_account_id')
    .selectAll('p')
    .select([
      'v.titel',
      'v.samenvatting',
      'v.tekst',
      'a.naam as gewijzigd_door',
      'v.aangemaakt_op as huidig_sinds',
    ]);
}

export async function findPaginas(db: Kysely<Database>, gearchiveerd: boolean): Promise<PaginaRij[]> {
  return paginaQuery(db)
    .where('p.gearchiveerd_op', gearchiveerd ? 'is not' : 'is', null)
    .orderBy('p.volgorde')
    .orderBy('v.titel')
    .execute();
}

export async function findPagina(db: Kysely<Database>, id: string): Promise<PaginaRij | undefined> {
  return paginaQuery(db).where('p.id', '=', id).executeTakeFirst();
}

/** Current titles of every page (archived ones too) but one: a title is unique among them. */
export async function findAndereTitels(db: Kysely<Database>, behalve: string | null): Promise<string[]> {
  let q = paginaQuery(db);
  if (behalve) q = q.where('p.id', '!=', behalve);
  return (await q.execute()).map((r) => r.titel);
}

/** The pages in use, in their order: what a move renumbers. */
export async function findActieveVolgorde(db: Kysely<Database>): Promise<string[]> {
  const rijen = await paginaQuery(db)
    .where('p.gearchiveerd_op', 'is', null)
    .orderBy('p.volgorde')
    .orderBy('v.titel')
    .execute();
  return rijen.map((r) => r.id);
}

export async function volgendeVolgorde(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('zo_werken_we_pagina')
    .select((eb) => eb.fn.max('volgorde').as('hoogste'))
    .executeTakeFirst();
  return Number(r?.hoogste ?? 0) + 1;
}

export async function insertPagina(db: Kysely<Database>, volgorde: number): Promise<string> {
  const r = await db
    .insertInto('zo_werken_we_pagina')
    .values({ volgorde })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertVersie(
  db: Kysely<Database>,
  v: Insertable<ZoWerkenWeVersieTable>,
): Promise<void> {
  await db.insertInto('zo_werken_we_versie').values(v).execute();
}

/**
 * The place in the list is not the page's content: renumbering the other pages after a move does not
 * raise their version (nobody's edit of them is overwritten by it).
 */
export async function zetVolgorde(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    await db
      .updateTable('zo_werken_we_pagina')
      .set({ volgorde: i + 1 })
      .where('id', '=', id)
      .execute();
  }
}

export async function findVersies(db: Kysely<Database>, paginaId: string): Promise<VersieRij[]> {
  return db
    .selectFrom('zo_werken_we_versie as v')
    .leftJoin('account as a', 'a.id', 'v.auteur_account_id')
    .selectAll('v')
    .select('a.naam as auteur')
    .where('v.pagina_id', '=', paginaId)
    .orderBy('v.nummer', 'desc')
    .execute();
}

export async function findVersie(
  db: Kysely<Database>,
  paginaId: string,
  nummer: number,
): Promise<VersieRij | undefined> {
  return db
    .selectFrom('zo_werken_we_versie as v')
    .leftJoin('account as a', 'a.id', 'v.auteur_account_id')
    .selectAll('v')
    .select('a.naam as auteur')
    .where('v.pagina_id', '=', paginaId)
    .where('v.nummer', '=', nummer)
    .executeTakeFirst();
}

export async function countPaginas(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('zo_werken_we_pagina')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The account of a demo login by e-mail, to name the demo's authors. */
export async function findAccountId(db: Kysely<Database>, eMail: string): Promise<string | null> {
  const r = await db.selectFrom('account').select('id').where('e_mail', '=', eMail).executeTakeFirst();
  return r?.id ?? null;
}

/** For loading pages with their history at once (the demo): which version is current. */
export async function zetHuidigNummer(db: Kysely<Database>, id: string, nummer: number): Promise<void> {
  await db.updateTable('zo_werken_we_pagina').set({ huidig_nummer: nummer }).where('id', '=', id).execute();
}

import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';

/** A page of a list: which page (from 1) and how many per page. */
export interface Paginering {
  pagina: number;
  paginaGrootte: number;
}

export interface Sortering<V extends string> {
  veld: V;
  richting: 'asc' | 'desc';
}

export interface Gepagineerd<T> {
  rijen: T[];
  aantal: number;
}

/** `alias.ingangsdatum <= datum <= alias.einddatum` (an open end counts as forever). */
export function geldtOpDatum(alias: string, datum: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.ingangsdatum`)} <= ${datum}::date and (${sql.ref(
    `${alias}.einddatum`,
  )} is null or ${sql.ref(`${alias}.einddatum`)} >= ${datum}::date))`;
}

/** A search term for ILIKE, with the wildcard characters in the user's text taken literally. */
export function likePatroon(zoek: string): string {
  return `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function offset(p: Paginering): number {
  return (p.pagina - 1) * p.paginaGrootte;
}

// biome-ignore lint/suspicious/noExplicitAny: helper works for any table set
export type AnyEb = ExpressionBuilder<any, any>;

/** The number of rows a list query matches, for the `aantal` of a page (same filters, no paging). */
export async function telRijen<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
): Promise<number> {
  const r = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number((r as { n: number | string }).n);
}

/**
 * The shared field schemas moved to src/contract (velden.ts, leiderschap.ts); re-exported here for
 * the route files not yet moved to the contract.
 */
export { leiderschapSchema } from '../contract/leiderschap';
export { datum, links, optioneleTekst, tekst } from '../contract/velden';

/** Adds `_links.self` to an item. */
export function metLinks<T extends object>(
  item: T,
  href: string,
): T & { _links: { self: { href: string } } } {
  return { ...item, _links: { self: { href } } };
}

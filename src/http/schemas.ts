/** Adds `_links.self` to an item. */
export function metLinks<T extends object>(
  item: T,
  href: string,
): T & { _links: { self: { href: string } } } {
  return { ...item, _links: { self: { href } } };
}

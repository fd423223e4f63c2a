/**
 * Long import steps as generators, so a dry run of a large file can report how far it is and let
 * the server answer other requests (the progress poll) in between, while the rules stay pure and
 * synchronous: a step yields the number of rows it has done every STAP rows and returns its result.
 * `doorloop` runs one to the end at once (the commit, the CLI, the unit tests); the import service
 * runs it in slices with a pause between them (src/services/import-proef.service.ts).
 */
export type Stappen<T> = Generator<number, T, void>;

/** Rows between two progress reports: small enough to answer a poll within some tens of ms. */
export const STAP = 500;

export function doorloop<T>(stappen: Stappen<T>): T {
  let s = stappen.next();
  while (!s.done) s = stappen.next();
  return s.value;
}

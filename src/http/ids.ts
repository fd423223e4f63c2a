import { GUID } from '../contract/velden';
import { NotFoundError } from '../domain/probleem';

/** The zod id fields moved to src/contract/velden.ts; re-exported here for the routes not yet moved. */
export { idParam, idVeld } from '../contract/velden';

/** A path id that cannot be an id is simply not found. */
export function assertId(id: string, soort: string): string {
  if (!GUID.test(id)) throw new NotFoundError(soort, id);
  return id.toLowerCase();
}

import { GUID } from '../contract/velden';
import { NotFoundError } from '../domain/probleem';

/** A path id that cannot be an id is simply not found. */
export function assertId(id: string, soort: string): string {
  if (!GUID.test(id)) throw new NotFoundError(soort, id);
  return id.toLowerCase();
}

import { z } from 'zod';
import { NotFoundError } from '../domain/probleem';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id: any text is accepted by the schema, and one that cannot be an id is simply not found. */
export const idParam = z.string().describe('Id (uuid)');

export function assertId(id: string, soort: string): string {
  if (!GUID.test(id)) throw new NotFoundError(soort, id);
  return id.toLowerCase();
}

/** An id in a body: a malformed one is a field problem. */
export const idVeld = z.string().regex(GUID, 'Dit is geen geldig id.');

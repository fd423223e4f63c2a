import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem';

/** The ETag of a resource is its version number: `"3"`. */
export function setEtag(reply: FastifyReply, versie: number): void {
  reply.header('ETag', `"${versie}"`);
}

/**
 * The version the client based its change on, from If-Match. Without it a change could silently
 * overwrite somebody else's (428); a malformed one cannot match anything (412).
 */
export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header === '') {
    throw new HttpProblem(
      428,
      'versie-ontbreekt',
      'Versie ontbreekt',
      'Stuur de header If-Match met de ETag die u bij het ophalen kreeg, zodat geen wijziging van een ander verloren gaat.',
    );
  }
  const m = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!m) {
    throw new HttpProblem(
      412,
      'versie-verouderd',
      'Versie klopt niet',
      'De If-Match-header bevat geen geldige ETag. Haal de gegevens opnieuw op.',
    );
  }
  return Number(m[1]);
}

/** If-Match is optional on a step: sent, it must still match; absent, the state machine guards. */
export function optioneleIfMatch(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] ? requireIfMatch(request) : undefined;
}

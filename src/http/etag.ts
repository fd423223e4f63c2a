import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem';

/** The ETag of a resource is its version number: `"3"`. */
export function setEtag(reply: FastifyReply, versie: number): void {
  reply.header('ETag', `"${versie}"`);
}

/**
 * The version in an If-Match header. Without it a change could silently overwrite somebody else's
 * (428); a malformed one cannot match anything (412).
 */
export function leesIfMatch(header: string | string[] | undefined): number {
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

/**
 * The version the client based its change on. On a route that declares a version (versie.plugin.ts)
 * the hook has already parsed it, answering 428/412 before the route ran; elsewhere (a route whose
 * If-Match is optional, as an absence week that may not exist yet) the header is read here.
 */
export function requireIfMatch(request: FastifyRequest): number {
  return request.versie ?? leesIfMatch(request.headers['if-match']);
}

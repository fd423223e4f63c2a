import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem';

/**
 * No body of this API nests deeper than a handful of levels; 64 leaves room and keeps every later
 * recursive walk (the NUL check, validation, the audit's copy) far from the stack limit, which a
 * body nested 45,000 deep within the 100 kB limit would otherwise exceed (a 500).
 */
export const MAX_DIEPTE = 64;

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it, stopping as
 * soon as `grens` is passed. Brackets inside strings do not count.
 */
export function jsonDiepte(tekst: string, grens = Number.POSITIVE_INFINITY): number {
  let diepte = 0;
  let diepst = 0;
  let inString = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      diepte++;
      if (diepte > diepst) {
        diepst = diepte;
        if (diepst > grens) return diepst;
      }
    } else if (c === 0x5d || c === 0x7d) diepte--;
  }
  return diepst;
}

/**
 * Replaces Fastify's JSON parser by the same parser (prototype poisoning refused) behind a depth
 * check, so a too deeply nested body is a 400 before anything walks it. The body limit stays
 * Fastify's own (bodyLimit), applied before this parser sees the text.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const standaard = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, klaar) => {
    const tekst = body as string;
    if (jsonDiepte(tekst, MAX_DIEPTE) > MAX_DIEPTE) {
      klaar(
        new HttpProblem(
          400,
          'te-diep-genest',
          'Te diep genest',
          `De gegevens zijn dieper genest dan ${MAX_DIEPTE} niveaus; zo diep gaat geen gegeven van deze API.`,
        ),
        undefined,
      );
      return;
    }
    standaard(request, tekst, klaar);
  });
}

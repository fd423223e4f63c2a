import type { FastifyInstance } from 'fastify';
import { type InvalidParam, sendProblem } from './problem';

/**
 * PostgreSQL cannot store the NUL character in text or jsonb, so a string holding one would fail
 * deep inside a write with a database error. Every request body, query string and path parameter
 * is checked here, before validation, and answered with a 400 naming each field that holds one
 * (the refused attempt is audited, its path made safe by the audit record itself).
 */
export function nulTekens(waarde: unknown, pad = ''): string[] {
  if (typeof waarde === 'string') return waarde.includes('\u0000') ? [pad || 'body'] : [];
  if (Array.isArray(waarde)) return waarde.flatMap((w, i) => nulTekens(w, pad ? `${pad}.${i}` : String(i)));
  if (waarde !== null && typeof waarde === 'object') {
    return Object.entries(waarde).flatMap(([sleutel, w]) => {
      const hier = pad ? `${pad}.${sleutel}` : sleutel;
      return [...(sleutel.includes('\u0000') ? [hier] : []), ...nulTekens(w, hier)];
    });
  }
  return [];
}

export function registerNulTekenControle(app: FastifyInstance) {
  app.addHook('preValidation', async (request, reply) => {
    const velden = [...nulTekens(request.params), ...nulTekens(request.query), ...nulTekens(request.body)];
    if (velden.length === 0) return;
    const invalidParams: InvalidParam[] = velden.map((name) => ({
      name,
      code: 'ongeldig-teken',
      reason: 'Deze tekst bevat een NUL-teken (\\u0000). Haal het weg.',
    }));
    return sendProblem(reply, request, {
      type: 'urn:wendbaar:probleem:ongeldige-invoer',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'Een of meer teksten bevatten een teken dat niet kan worden opgeslagen.',
      invalidParams,
    });
  });
}

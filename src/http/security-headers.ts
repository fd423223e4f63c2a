import type { FastifyInstance } from 'fastify';
import { API_VERSION } from './openapi';

/**
 * Headers on every response: the API version (NL API Design Rules), no caching of personal data,
 * and the browser protections of architecture.md. HSTS only when the request came in over TLS.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const isApi = request.url.startsWith('/api/');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (isApi) {
      reply.header('API-Version', API_VERSION);
      if (!request.url.startsWith('/api/v1/docs')) {
        reply.header('Cache-Control', 'no-store');
        reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      } else {
        reply.header(
          'Content-Security-Policy',
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
        );
      }
    } else {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
    if (request.protocol === 'https')
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}

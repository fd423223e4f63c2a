import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Compression of every answer that is worth it (JSON, CSV, HTML, the API docs). Registered before
 * any route: the plugin hooks into routes as they are added. Brotli at quality 4: quality 11 (zlib's
 * default) takes tens of milliseconds on a large JSON answer, 4 is about as fast as gzip and still
 * smaller. Below 1 KB the headers outweigh the gain. Request bodies are not decompressed: the API
 * reads small JSON only, and inflating uploads would only widen the door for zip bombs.
 */
export async function registerCompressie(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/** Vite puts every hashed file under /assets/: its name changes with its content. */
const ASSETS = `${sep}assets${sep}`;

/**
 * Hashed assets may be kept for a year without asking again; everything else (index.html above
 * all, which names the current assets) is checked on every use, so a release is seen at once.
 * The answer differs per Accept-Encoding (the .br/.gz files beside each asset), which caches must know.
 */
function cacheHeaders(res: { setHeader(naam: string, waarde: string): unknown }, pad: string): void {
  res.setHeader('Cache-Control', pad.includes(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
}

/**
 * The built web app (dist/web) at `/`, with the .br and .gz files `npm run build` wrote beside each
 * (scripts/precompress.ts), so no asset is compressed per request. Returns whether there is one.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  if (webRoot === undefined || !existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
  return true;
}

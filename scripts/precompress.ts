// Writes a .br and a .gz beside every text file of the built web app (dist/web), run by `npm run
// build` after `vite build`. The server sends them as they are (@fastify/static `preCompressed`):
// compressed once at the highest brotli quality instead of at a low one on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEKST = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this the headers outweigh the gain (and @fastify/compress uses the same bound). */
const DREMPEL = 1024;

function* bestanden(map: string): Generator<string> {
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) yield* bestanden(pad);
    else yield pad;
  }
}

/** Writes the .br and .gz files; returns how many files and their bytes before and after brotli. */
export function precompress(map: string): { aantal: number; voor: number; na: number } {
  let aantal = 0;
  let voor = 0;
  let na = 0;
  for (const pad of bestanden(map)) {
    if (!TEKST.test(pad)) continue;
    const inhoud = readFileSync(pad);
    if (inhoud.length < DREMPEL) continue;
    const br = brotliCompressSync(inhoud, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
      },
    });
    const gz = gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION });
    writeFileSync(`${pad}.br`, br);
    writeFileSync(`${pad}.gz`, gz);
    aantal += 1;
    voor += inhoud.length;
    na += br.length;
  }
  return { aantal, voor, na };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const map = process.argv[2] ?? fileURLToPath(new URL('../dist/web', import.meta.url));
  const { aantal, voor, na } = precompress(map);
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  console.log(`precompress: ${aantal} bestanden, ${kB(voor)} → ${kB(na)} brotli (${map})`);
}

#!/usr/bin/env node
// The `wendbaar` command. Runs the TypeScript sources through tsx, so there is no compile step
// between `npm ci` and `npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const command = process.argv[2];

// A fresh clone has no built web app yet; build it once so `npm ci && npm start` serves the UI.
if (command === 'start' && !existsSync(`${root}dist/web/index.html`)) {
  const vite = `${root}node_modules/vite/bin/vite.js`;
  if (existsSync(vite)) {
    console.log('De webapp wordt eenmalig gebouwd…');
    const build = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
    // As `npm run build`: the .br/.gz files beside the assets, which the server sends as they are.
    if (build.status === 0)
      spawnSync(process.execPath, ['--import', 'tsx', `${root}scripts/precompress.ts`], {
        cwd: root,
        stdio: 'inherit',
      });
    else console.error('Het bouwen van de webapp is mislukt; Wendbaar start zonder webapp.');
  } else {
    console.error(
      'Vite is niet geïnstalleerd (npm ci zonder devDependencies?); Wendbaar start zonder webapp.',
    );
  }
}

// tsx's loader hooks cost a few milliseconds per module, and Kysely alone is 280 ES modules: loaded
// through the hooks the server starts 1–2 s slower. Plain JavaScript needs no tsx, so the heavy
// runtime libraries are loaded natively first; the TypeScript sources then find them in the cache.
const serves = command === 'start' || command === 'dev';
if (serves || command === 'migrate' || command === 'demo' || command === 'audit') {
  const libraries = ['kysely', '@electric-sql/pglite', 'pg', ...(serves ? ['zod', 'fastify'] : [])];
  await Promise.all(libraries.map((name) => import(name)));
}

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));

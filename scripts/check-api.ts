/**
 * The API part of `npm run check`: the NL API Design Rules lint (./lint-api.ts) and the stale check
 * of the web app's generated API types (./api-types.ts) on one OpenAPI document, so the app and its
 * in-memory database start once instead of twice. Both run even when the first fails, so one run
 * reports everything.
 */
import { checkApiTypes } from './api-types';
import { lintOpenApi } from './lint-api';
import { openApiFromApp } from './openapi-document';

async function main(): Promise<number> {
  const document = await openApiFromApp();
  const lint = lintOpenApi(document);
  const typesUpToDate = await checkApiTypes(document);
  return lint === 0 && typesUpToDate ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

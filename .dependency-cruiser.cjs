/** Import boundaries of Wendbaar's layers; see docs/architecture.md. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules and calculations: no other layer, no Node APIs, no database.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: {
        path: [
          '^src/(db|services|http|access|cli|web|reports|planning)',
          '^node:',
          // Anchored at node_modules: a bare 'pg' would also match a domain file like opgave.ts.
          'node_modules/(kysely|pg|pg-[^/]+|@electric-sql|fastify)/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'import-readers-not-in-domain-or-web',
      comment:
        "src/import reads uploaded files (exceljs, bytes) into the domain's RuweTabel; it may use the " +
        'domain, but the domain stays pure and the web app reaches the server through its API only.',
      severity: 'error',
      from: { path: '^src/(domain|web|contract)' },
      to: { path: '^src/import' },
    },
    {
      name: 'contract-is-declarative',
      comment:
        'contract/ holds the zod schemas of the API and the types inferred from them: zod and the ' +
        'domain only, so services type their views by it without knowing HTTP, and the web app ' +
        'reads the same shapes through the generated OpenAPI types.',
      severity: 'error',
      from: { path: '^src/contract' },
      to: { pathNot: ['^src/(contract|domain)/', 'node_modules/zod/'] },
    },
    {
      name: 'web-only-through-api-client',
      comment: 'The web app talks to the server only through its API client (src/web/api).',
      severity: 'error',
      from: { path: '^src/web' },
      to: { path: '^src/(db|services|http|access|cli|reports|planning)' },
    },
    {
      name: 'sql-only-in-db',
      comment:
        'Only the db layer uses Kysely and the drivers; services call repositories and may import ' +
        'the Kysely and Transaction types only (lint/geen-sql-in-services.grit catches a query built ' +
        'on such a handle). Tests beside a service may set up data with SQL.',
      severity: 'error',
      from: { path: '^src/(domain|http|web|reports|services|access)', pathNot: '\\.test\\.ts$' },
      to: {
        path: ['node_modules/kysely', 'node_modules/pg/', 'node_modules/@electric-sql'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'services-not-http',
      comment: 'Services throw domain errors, never HTTP errors, and do not know Fastify.',
      severity: 'error',
      from: { path: '^src/services' },
      to: { path: ['^src/http', 'node_modules/fastify'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['src/web/api/schema\\.d\\.ts'] },
  },
};

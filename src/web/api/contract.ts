/**
 * How the web app reads the generated API types (./schema.d.ts, written by `npm run api:types` from
 * the OpenAPI document): the named schemas, and an operation's JSON bodies and query parameters by its
 * operationId. The *.types.ts modules give these the names the pages use; the shapes themselves are
 * never written by hand, so the web app cannot drift from the server without `tsc` saying so.
 */
import type { components, operations } from './schema';

/** The named schemas of the API (`components.schemas`). */
export type Schemas = components['schemas'];

export type OperationId = keyof operations;

type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The answer of an operation that succeeds: every operation has exactly one 2xx. */
type Success<Responses> = Responses extends { 200: infer R }
  ? R
  : Responses extends { 201: infer R }
    ? R
    : Responses extends { 202: infer R }
      ? R
      : never;

/** The JSON body of an operation's successful answer (200, 201 or 202). */
export type ResponseBody<Op extends OperationId> = JsonOf<Success<operations[Op]['responses']>>;

/** The JSON body an operation takes. */
export type RequestBody<Op extends OperationId> = JsonOf<NonNullable<operations[Op]['requestBody']>>;

/** The query parameters of an operation (optional unless the API requires them). */
export type QueryParams<Op extends OperationId> = NonNullable<operations[Op]['parameters']['query']>;

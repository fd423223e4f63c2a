import type { Migration } from './migration';

/**
 * Audit records keyed with a secret the database does not hold: `sleutel_id` names the key a
 * record's hash is an HMAC with (a fingerprint, never the key). Records written before are null: a
 * plain sha256 as before, and they keep verifying that way; the first keyed record links to the
 * last of them. Adding a nullable column rewrites no row, so the append-only triggers are not hit.
 */
export const migration0011: Migration = {
  name: '0011_audit_sleutel',
  statements: ['alter table audit_log add column sleutel_id text'],
};

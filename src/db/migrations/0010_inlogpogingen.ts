import type { Migration } from './migration';

/**
 * Login throttles that hold under parallel requests: one counter row per key (an account, an
 * account-and-address pair, an address, a TOTP step) instead of one row per attempt, so that
 * "count and check" is a single `insert … on conflict do update … returning` that no two requests
 * can interleave. `tijdstip` becomes the start of the counter's window. Rows already there are
 * folded into one per key with their count and earliest time.
 *
 * The account also keeps the hash of its previous password, so a password change cannot go back to
 * the one before (nor to the one-time password the beheerder saw).
 */
export const migration0010: Migration = {
  name: '0010_inlogpogingen',
  statements: [
    'alter table inlogpoging add column aantal integer not null default 1 check (aantal >= 0)',
    `update inlogpoging p
      set aantal = g.aantal, tijdstip = g.sinds
      from (select sleutel, min(id) as id, count(*)::integer as aantal, min(tijdstip) as sinds
            from inlogpoging group by sleutel) g
      where p.id = g.id`,
    `delete from inlogpoging p
      where exists (select 1 from inlogpoging q where q.sleutel = p.sleutel and q.id < p.id)`,
    'drop index inlogpoging_sleutel',
    'create unique index inlogpoging_sleutel on inlogpoging (sleutel)',
    'alter table account add column vorig_wachtwoord_hash text',
  ],
};

import type { Migration } from './migration';

/**
 * One basisteam on every date, and changing the past is deliberate.
 *
 * The exclusion constraint that keeps two memberships of one medewerker from overlapping exists since
 * 0001 under a generated name; it gets a name of its own here, so src/db/db-errors.ts can explain a
 * violation in the words of the rule. A gap (no team on a date in service) spans rows and the
 * employment, which no constraint can express; the service refuses it (src/domain/basisteam.ts).
 * `terugwerkendeDagen`: how far back a change may take effect without a reason.
 */
export const migration0007: Migration = {
  name: '0007_een_basisteam',
  statements: [
    `alter table teamlidmaatschap drop constraint if exists teamlidmaatschap_medewerker_id_daterange_excl`,
    `alter table teamlidmaatschap add constraint teamlidmaatschap_een_team
      exclude using gist (medewerker_id with =, daterange(ingangsdatum, einddatum, '[]') with &&)`,
    `insert into instelling (sleutel, waarde) values ('terugwerkendeDagen', '31'::jsonb)`,
  ],
};

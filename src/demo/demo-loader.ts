import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { DemoOrganisatie } from './demo-organisatie';

/** The organisation tables, in an order that respects their foreign keys when inserting. */
export const organisatieTabellen = [
  'team',
  'expertise',
  'medewerker',
  'contracturen',
  'teamlidmaatschap',
  'leiderschap',
  'medewerker_expertise',
] as const satisfies readonly (keyof Database)[];

export type OrganisatieTelling = Record<(typeof organisatieTabellen)[number], number>;

// PostgreSQL's wire protocol allows at most 65535 bind parameters per statement.
const maxParameters = 65535;
const maxRijenPerBatch = 1000;

/** Row counts of the organisation tables, to tell an empty database from one in use. */
export async function countOrganisatie(db: Kysely<Database>): Promise<OrganisatieTelling> {
  const counts = await Promise.all(
    organisatieTabellen.map(async (tabel) => {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tabel)}`.execute(db);
      return [tabel, r.rows[0]?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as OrganisatieTelling;
}

/**
 * Inserts a generated organisation in one transaction, in batches of up to 1000 rows: a failure
 * leaves the database as it was, and 25,000 medewerkers take a few hundred statements instead of
 * a hundred thousand. With `vervang` the organisation tables are emptied first, in the same
 * transaction, so the old organisation stays if the new one cannot be loaded.
 */
export async function loadDemoOrganisatie(
  db: Kysely<Database>,
  org: DemoOrganisatie,
  options: { vervang?: boolean } = {},
): Promise<OrganisatieTelling> {
  await db.transaction().execute(async (trx) => {
    if (options.vervang) await emptyOrganisatie(trx);
    await inBatches(org.teams, (rows) => trx.insertInto('team').values(rows).execute());
    await inBatches(org.expertises, (rows) => trx.insertInto('expertise').values(rows).execute());
    await inBatches(org.medewerkers, (rows) => trx.insertInto('medewerker').values(rows).execute());
    await inBatches(org.contracturen, (rows) => trx.insertInto('contracturen').values(rows).execute());
    await inBatches(org.teamlidmaatschappen, (rows) =>
      trx.insertInto('teamlidmaatschap').values(rows).execute(),
    );
    await inBatches(org.leiderschap, (rows) => trx.insertInto('leiderschap').values(rows).execute());
    await inBatches(org.medewerker_expertise, (rows) =>
      trx.insertInto('medewerker_expertise').values(rows).execute(),
    );
  });
  return {
    team: org.teams.length,
    expertise: org.expertises.length,
    medewerker: org.medewerkers.length,
    contracturen: org.contracturen.length,
    teamlidmaatschap: org.teamlidmaatschappen.length,
    leiderschap: org.leiderschap.length,
    medewerker_expertise: org.medewerker_expertise.length,
  };
}

/**
 * Removes the whole organisation. TRUNCATE is instant where deleting 25,000 medewerkers row by row
 * takes seconds, but PostgreSQL refuses it once any other table has a foreign key to these tables;
 * then rows are deleted children first, and rows elsewhere that still refer to the organisation
 * make it fail on that foreign key instead of silently losing data.
 */
export async function emptyOrganisatie(trx: Transaction<Database>): Promise<void> {
  const tabellen = [...organisatieTabellen];
  const r = await sql<{ n: number }>`
    select count(*)::int as n from pg_constraint
    where contype = 'f'
      and confrelid = any (${tabellen}::regclass[])
      and not conrelid = any (${tabellen}::regclass[])`.execute(trx);
  if (r.rows[0]?.n === 0) {
    await sql`truncate table ${sql.join(tabellen.map((t) => sql.table(t)))}`.execute(trx);
    return;
  }
  for (const tabel of tabellen.reverse()) await trx.deleteFrom(tabel).execute();
}

async function inBatches<T extends object>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  const kolommen = Object.keys(rows[0]!).length;
  const grootte = Math.min(maxRijenPerBatch, Math.floor(maxParameters / kolommen));
  for (let i = 0; i < rows.length; i += grootte) await insert(rows.slice(i, i + grootte));
}

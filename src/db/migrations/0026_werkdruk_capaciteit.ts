import type { Migration } from './migration';

/**
 * The werkdruk heatmap's capacity per basisteam and month, kept instead of rolled up per request
 * (issue 14, bench: 1,316 teams × 12 months ≤ 500 ms; docs/werkdruk.md "Kept capacity").
 *
 * - `werkdruk_capaciteit`: per team and month the four sums of `findTeamRollup` (available hours,
 *   robust and agile inzet, demand), exactly as that query gave them when they were stored.
 * - `werkdruk_capaciteit_wijziging`: the teams whose figures may have changed since. Triggers on
 *   every table the rollup reads add a row per touched team (the nil uuid: every team, for a
 *   setting or a TRUNCATE), in the writer's own transaction, so every writer — services, import,
 *   demo loader, a later migration, psql — is covered and a rolled back write marks nothing.
 *   Only inserts, with a random key: writers never wait for each other or for a reader here.
 *
 * The reader (src/db/werkdruk-capaciteit.repository.ts) takes one snapshot, drops the stored rows of
 * the marked teams and the marks it sees, and recomputes what is missing in that same snapshot; a
 * write that commits meanwhile leaves its mark for the next reader. A person's absence, contract or
 * inzet touches every team the person was ever a member of (their absence factor is theirs, not the
 * team's). Restoring a backup (src/db/backup.ts) loads both tables as they were in the backup's one
 * snapshot, with the marking switched off for its transaction (`wendbaar.herstel`), so a restored
 * database equals the original, derived rows included.
 */
const ALLES = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** Per table: the teams a set of its rows (the transition table `{rijen}`) touches. */
const TEAMS_VAN: Record<string, string> = {
  team: 'select id from {rijen}',
  teamlidmaatschap: 'select team_id from {rijen}',
  resultaatdoel: 'select team_id from {rijen}',
  medewerker: 'select l.team_id from teamlidmaatschap l where l.medewerker_id in (select id from {rijen})',
  contracturen:
    'select l.team_id from teamlidmaatschap l where l.medewerker_id in (select medewerker_id from {rijen})',
  afwezigheid:
    'select l.team_id from teamlidmaatschap l where l.medewerker_id in (select medewerker_id from {rijen})',
  inzet:
    'select l.team_id from teamlidmaatschap l where l.medewerker_id in (select medewerker_id from {rijen})',
  ontwikkelplan:
    'select l.team_id from teamlidmaatschap l where l.medewerker_id in (select medewerker_id from {rijen})',
  ontwikkelactiviteit: `select l.team_id from teamlidmaatschap l
     where l.medewerker_id in (select p.medewerker_id from ontwikkelplan p where p.id in (select plan_id from {rijen}))`,
  // The holidays (bevrijdingsdag), the organisation's non-productive share and which development
  // kinds count as absence are settings: a change of any setting marks every team.
  instelling: `select ${ALLES} from {rijen}`,
};

const triggers = (tabel: string, teams: string): string[] => {
  const f = `werkdruk_wijziging_${tabel}`;
  const markeer = (rij: string) =>
    `insert into werkdruk_capaciteit_wijziging (team_id)
       select distinct team_id from (${teams.replaceAll('{rijen}', rij)}) t(team_id) where team_id is not null;`;
  return [
    `create function ${f}() returns trigger language plpgsql as $$
     begin
       if current_setting('wendbaar.herstel', true) = 'aan' then return null; end if;
       if tg_op = 'TRUNCATE' then
         insert into werkdruk_capaciteit_wijziging (team_id) values (${ALLES});
         return null;
       end if;
       if tg_op in ('INSERT', 'UPDATE') then ${markeer('nieuw')} end if;
       if tg_op in ('UPDATE', 'DELETE') then ${markeer('oud')} end if;
       return null;
     end $$`,
    `create trigger ${f}_insert after insert on ${tabel} referencing new table as nieuw
       for each statement execute function ${f}()`,
    `create trigger ${f}_update after update on ${tabel} referencing old table as oud new table as nieuw
       for each statement execute function ${f}()`,
    `create trigger ${f}_delete after delete on ${tabel} referencing old table as oud
       for each statement execute function ${f}()`,
    `create trigger ${f}_truncate after truncate on ${tabel} for each statement execute function ${f}()`,
  ];
};

export const migration0026: Migration = {
  name: '0026_werkdruk_capaciteit',
  statements: [
    `create table werkdruk_capaciteit (
      team_id uuid not null references team (id) on delete cascade,
      maand text not null check (maand ~ '^\\d{4}-\\d{2}$'),
      beschikbaar float8 not null,
      robuust float8 not null,
      wendbaar float8 not null,
      vraag float8 not null,
      primary key (team_id, maand)
    )`,
    `create table werkdruk_capaciteit_wijziging (
      id uuid primary key default gen_random_uuid(),
      team_id uuid not null
    )`,
    ...Object.entries(TEAMS_VAN).flatMap(([tabel, teams]) => triggers(tabel, teams)),
  ],
};

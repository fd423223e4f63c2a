import type { Migration } from './migration';

/**
 * Leadership over time: at most one gemeentesecretaris at a time, whatever code path writes. A
 * partial exclusion constraint on the rows that are gemeentesecretaris (ranges only, so no
 * btree_gist needed); src/db/db-errors.ts explains a violation by its name. The check before it
 * names the overlapping rows, so an existing database with two at once stops with a sentence an
 * administrator can act on instead of a bare constraint error.
 *
 * "Every basisteam has a teamleider on every date" spans rows and the team's end, which no
 * constraint can express; the service refuses it (src/domain/leiderschap.ts).
 */
export const migration0008: Migration = {
  name: '0008_leiderschap_in_de_tijd',
  statements: [
    `do $$
    declare
      dubbel text;
    begin
      select string_agg(a.id::text || ' en ' || b.id::text, '; ') into dubbel
        from leiderschap a
        join leiderschap b on a.id < b.id
       where a.gemeentesecretaris and b.gemeentesecretaris
         and daterange(a.ingangsdatum, a.einddatum, '[]') && daterange(b.ingangsdatum, b.einddatum, '[]');
      if dubbel is not null then
        raise exception 'Er zijn tegelijk twee gemeentesecretarissen (leiderschap %). Beëindig een van beide vóór de ander ingaat en start opnieuw.', dubbel;
      end if;
    end $$`,
    `alter table leiderschap add constraint leiderschap_een_gemeentesecretaris
      exclude using gist (daterange(ingangsdatum, einddatum, '[]') with &&) where (gemeentesecretaris)`,
  ],
};

import type { Migration } from './migration';

/**
 * The rolbepaling is a decision of the bestuur: the college records it (with the date and the
 * kenmerk of its besluit), or a programmaregisseur or directeur proposes it and the college confirms.
 * A status says which it is, and who proposed and who decided, when. Existing rolbepalingen were
 * recorded as decisions; one whose besluit names no number ("nog niet besloten") was none, so it
 * becomes a proposal the college still has to confirm.
 */
export const migration0009: Migration = {
  name: '0009_rolbepaling_besluit',
  statements: [
    `alter table opgave
      add column rolbepaling_status text check (rolbepaling_status in ('voorgesteld', 'besloten')),
      add column rolbepaling_voorgesteld_door uuid references account (id),
      add column rolbepaling_voorgesteld_op timestamptz,
      add column rolbepaling_besloten_door uuid references account (id),
      add column rolbepaling_besloten_op timestamptz`,
    `update opgave
      set rolbepaling_status = case when rolbepaling_besluit ~ '[0-9]' then 'besloten' else 'voorgesteld' end,
          rolbepaling_besloten_op = case when rolbepaling_besluit ~ '[0-9]' then gewijzigd_op end,
          rolbepaling_voorgesteld_op = case when rolbepaling_besluit ~ '[0-9]' then null else gewijzigd_op end
      where eigenaarschap is not null`,
    // A proposal has no besluit yet: the old rule that every rolbepaling has one gives way to this one.
    `alter table opgave drop constraint opgave_rolbepaling_compleet`,
    `update opgave set rolbepaling_datum = null, rolbepaling_besluit = null
      where rolbepaling_status = 'voorgesteld'`,
    // A rolbepaling has a status exactly when it exists; a decision always has its date and besluit,
    // a proposal neither.
    `alter table opgave add constraint opgave_rolbepaling_status
      check ((rolbepaling_status is null) = (eigenaarschap is null)
        and (eigenaarschap is null) = (overheidsrol_primair is null)
        and ((rolbepaling_status = 'besloten') = (rolbepaling_datum is not null))
        and ((rolbepaling_status = 'besloten') = (rolbepaling_besluit is not null)))`,
  ],
};

import type { Migration } from './migration';

/**
 * The robust side, first part: organisation settings for availability (the non-productive share,
 * Bevrijdingsdag), a per-team override of the non-productive share, and absence in hours per ISO
 * week — never a reason.
 */
export const migration0003: Migration = {
  name: '0003_beschikbaarheid',
  statements: [
    `create table instelling (
      sleutel text primary key,
      waarde jsonb not null,
      versie integer not null default 1,
      gewijzigd_op timestamptz not null default now()
    )`,
    `insert into instelling (sleutel, waarde) values
      ('nietProductiefAandeel', '0.15'::jsonb),
      ('bevrijdingsdag', '"jaarlijks"'::jsonb)`,
    'alter table team add column niet_productief_aandeel numeric(4, 3) check (niet_productief_aandeel >= 0 and niet_productief_aandeel < 1)',
    `create table afwezigheid (
      medewerker_id uuid not null references medewerker (id),
      week text not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
      uren numeric(5, 2) not null check (uren >= 0 and uren <= 60),
      versie integer not null default 1,
      gewijzigd_op timestamptz not null default now(),
      primary key (medewerker_id, week)
    )`,
  ],
};

import type { Migration } from './migration';

/**
 * "Zo werken we" (issue 15, item 3): the organisation philosophy as versioned pages.
 *
 * - `zo_werken_we_pagina`: the page itself: its place in the list, whether it is archived (never
 *   deleted, so its history stays readable), which version is current, and `versie` for If-Match.
 * - `zo_werken_we_versie`: every version's title, summary and Markdown text with its author, time
 *   and the optional note on what changed. Rows are only ever added (the repository has no update
 *   or delete for them): a change is a new number.
 */
export const migration0020: Migration = {
  name: '0020_zo_werken_we',
  statements: [
    `create table zo_werken_we_pagina (
      id uuid primary key default gen_random_uuid(),
      volgorde integer not null default 0,
      huidig_nummer integer not null default 1 check (huidig_nummer >= 1),
      gearchiveerd_op timestamptz,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    `create table zo_werken_we_versie (
      pagina_id uuid not null references zo_werken_we_pagina (id),
      nummer integer not null check (nummer >= 1),
      titel text not null check (length(titel) between 1 and 120),
      samenvatting text not null default '' check (length(samenvatting) <= 300),
      tekst text not null check (length(tekst) <= 50000),
      notitie text check (length(notitie) <= 500),
      auteur_account_id uuid references account (id),
      aangemaakt_op timestamptz not null default now(),
      primary key (pagina_id, nummer)
    )`,
  ],
};

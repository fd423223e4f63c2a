import type { Migration } from './migration';

/**
 * Access and accountability: accounts with roles, database-held sessions (so several processes on
 * one PostgreSQL share them), login throttling, and the audit log. The audit log is append-only:
 * triggers refuse UPDATE, DELETE and TRUNCATE, and each row carries the hash of its predecessor, so
 * a row changed behind the application's back (with the triggers disabled) is found by verification.
 */
export const migration0002: Migration = {
  name: '0002_toegang',
  statements: [
    'alter table medewerker add column geanonimiseerd_op timestamptz',
    `create table account (
      id uuid primary key default gen_random_uuid(),
      e_mail text not null,
      naam text not null,
      medewerker_id uuid references medewerker (id),
      wachtwoord_hash text,
      wachtwoord_wijzigen boolean not null default false,
      totp_geheim text,
      totp_laatste_stap bigint,
      actief boolean not null default true,
      versie integer not null default 1,
      aangemaakt_op timestamptz not null default now(),
      gewijzigd_op timestamptz not null default now()
    )`,
    'create unique index account_e_mail_uniek on account (lower(e_mail))',
    'create unique index account_medewerker_uniek on account (medewerker_id) where medewerker_id is not null',
    `create table account_rol (
      account_id uuid not null references account (id) on delete cascade,
      rol text not null check (rol in ('medewerker', 'teamleider', 'programmaregisseur', 'directeur', 'po', 'or', 'college', 'beheerder')),
      primary key (account_id, rol)
    )`,
    `create table sessie (
      id text primary key,
      account_id uuid not null references account (id) on delete cascade,
      csrf_token text not null,
      totp_voldaan boolean not null default false,
      totp_voorstel text,
      methode text not null check (methode in ('wachtwoord', 'oidc')),
      aangemaakt_op timestamptz not null default now(),
      laatst_actief_op timestamptz not null default now(),
      verloopt_op timestamptz not null,
      beeindigd_op timestamptz,
      ip text,
      user_agent text
    )`,
    'create index sessie_account on sessie (account_id) where beeindigd_op is null',
    `create table inlogpoging (
      id bigint generated always as identity primary key,
      sleutel text not null,
      tijdstip timestamptz not null default now()
    )`,
    'create index inlogpoging_sleutel on inlogpoging (sleutel, tijdstip)',
    `create table oidc_aanvraag (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      terug_naar text,
      aangemaakt_op timestamptz not null default now()
    )`,
    `create table audit_log (
      id bigint generated always as identity primary key,
      tijdstempel timestamptz not null default now(),
      actor_account_id uuid,
      actor text not null,
      actie text not null,
      object_type text,
      object_id text,
      resultaat text not null check (resultaat in ('gelukt', 'geweigerd', 'mislukt')),
      ip text,
      user_agent text,
      request_id text,
      details jsonb not null default '{}'::jsonb,
      vorige_hash text not null,
      hash text not null
    )`,
    'create index audit_log_tijdstempel on audit_log (tijdstempel)',
    'create index audit_log_object on audit_log (object_type, object_id)',
    'create index audit_log_actor on audit_log (actor_account_id)',
    `create function audit_log_onveranderlijk() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = '42501';
      end
    $$`,
    `create trigger audit_log_geen_wijziging before update or delete on audit_log
      for each row execute function audit_log_onveranderlijk()`,
    `create trigger audit_log_geen_truncate before truncate on audit_log
      for each statement execute function audit_log_onveranderlijk()`,
  ],
};

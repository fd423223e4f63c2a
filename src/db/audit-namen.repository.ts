import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';

/**
 * The names the audit log shows for its actors and objects (src/services/audit.service.ts), one
 * branch per kind of object in one UNION ALL statement per page of records.
 */

/** The kinds of object whose names the audit log shows; ids must be uuids (checked by the caller). */
export const AUDIT_OBJECT_SOORTEN = [
  'account',
  'medewerker',
  'team',
  'opgave',
  'bestuursopdracht',
  'ambitie',
  'inzetverzoek',
  'capaciteitsvraag',
  'resultaatdoel',
  'programma',
  'expertise',
  // Issues 13 to 16 (the canonical kinds of src/reports/audit-zin.ts, `auditSoort`).
  'formatieplaats',
  'plaatsing',
  'salaristabel',
  'werkgeverslasten',
  'loonsombudget',
  'scenario',
  'voorstel',
  'gesprek',
  'gesprek_actie',
  'gesprekssoort',
  'ontwikkelthema',
  'ontwikkelplan',
  'ontwikkeldoel',
  'ontwikkelactiviteit',
  'ontwikkelbudget',
  'puls_ronde',
  'import',
  'import_koppeling',
  'zoWerkenWePagina',
  'or_verzoek',
  'or_overleg',
  'or_overleg_actie',
  'verander_fase',
  'verander_thema',
  'verander_lid',
  'verander_actie',
  'evaluatie',
  'evaluatie_actie',
  'raadsbrief',
] as const;
export type AuditObjectSoort = (typeof AUDIT_OBJECT_SOORTEN)[number];

// The columns every branch of `findAuditNamen` selects, in this order: soort, id, naam, van, ouder, datum.
const persoon = (t: string) =>
  sql<string>`concat_ws(' ', ${sql.ref(`${t}.voornaam`)}, ${sql.ref(`${t}.tussenvoegsel`)}, ${sql.ref(`${t}.achternaam`)})`;
const soort = (k: string) => sql<string>`${k}::text`.as('soort');
const id = (kol: string) => sql<string>`${sql.ref(kol)}::text`.as('id');
const tekst = <A extends 'naam' | 'van' | 'datum'>(kol: string, als: A) =>
  sql<string>`${sql.ref(kol)}::text`.as(als);
const geen = <A extends 'van' | 'ouder' | 'datum'>(als: A) => sql<string | null>`null::text`.as(als);
/** `team:<id>`: the object whose page shows this one. */
const ouder = (k: string, kol: string) => sql<string>`${`${k}:`} || ${sql.ref(kol)}::text`.as('ouder');
type Heeft = (k: AuditObjectSoort) => string[] | null;

/** A name found for the audit log: see `ObjectNaam` in src/reports/audit-zin.ts. */
export interface AuditNaam {
  soort: string;
  id: string;
  naam: string;
  van: string | null;
  ouder: string | null;
  datum: string | null;
}

/**
 * The names of every actor and object on a page of the audit log in ONE statement (a union over
 * the kinds present, one branch per kind): a person's full name, a thing's title, for an
 * inzetverzoek its dossier and the medewerker it is about, and where a page needs it the object it
 * belongs to (`ouder`, as `soort:id`). Objects removed since (or never created) are simply absent.
 *
 * Privacy: a gesprek is named by its kind, date and medewerker, never by what was said (no verslag,
 * afspraak or notitie text); an ontwikkeldoel or -activiteit by its plan, not its text; a pulse
 * round by its title only: no branch reads puls_antwoord or puls_deelname.
 */
export async function findAuditNamen(
  db: Kysely<Database>,
  ids: Partial<Record<AuditObjectSoort, readonly string[]>>,
): Promise<AuditNaam[]> {
  // biome-ignore lint/suspicious/noExplicitAny: every branch selects the same six text columns
  const branches: any[] = [];
  const heeft: Heeft = (k) => (ids[k]?.length ? [...ids[k]!] : null);
  const a = heeft('account');
  if (a)
    branches.push(
      db
        .selectFrom('account')
        .select([
          soort('account'),
          id('account.id'),
          sql<string>`naam`.as('naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('account.id', 'in', a),
    );
  const m = heeft('medewerker');
  if (m)
    branches.push(
      db
        .selectFrom('medewerker as m')
        .select([
          soort('medewerker'),
          id('m.id'),
          persoon('m').as('naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('m.id', 'in', m),
    );
  const eenvoudig = [
    ['team', 'team', 'naam'],
    ['opgave', 'opgave', 'titel'],
    ['bestuursopdracht', 'bestuursopdracht', 'titel'],
    ['ambitie', 'bestuurlijke_ambitie', 'titel'],
    ['resultaatdoel', 'resultaatdoel', 'titel'],
    ['programma', 'programma', 'naam'],
    ['expertise', 'expertise', 'naam'],
    ['salaristabel', 'salaristabel', 'naam'],
    ['werkgeverslasten', 'werkgeverslasten', 'geldig_vanaf'],
    ['scenario', 'scenario', 'naam'],
    ['ontwikkelthema', 'ontwikkelthema', 'naam'],
    ['puls_ronde', 'puls_ronde', 'titel'],
    ['import', 'import_verwerking', 'bestandsnaam'],
    ['import_koppeling', 'import_koppeling', 'naam'],
    ['or_verzoek', 'or_verzoek', 'onderwerp'],
    ['verander_fase', 'verander_fase', 'naam'],
    ['verander_thema', 'verander_thema', 'naam'],
    ['evaluatie', 'evaluatie', 'titel'],
    ['raadsbrief', 'raadsbrief', 'onderwerp'],
  ] as const;
  for (const [k, tabel, kolom] of eenvoudig) {
    const lijst = heeft(k);
    if (!lijst) continue;
    branches.push(
      db
        .selectFrom(tabel)
        .select([
          soort(k),
          id(`${tabel}.id`),
          tekst(`${tabel}.${kolom}`, 'naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where(`${tabel}.id`, 'in', lijst),
    );
  }
  const dossier = sql<string>`coalesce(o.titel, b.titel, '')`;
  const v = heeft('inzetverzoek');
  if (v)
    branches.push(
      db
        .selectFrom('inzetverzoek as v')
        .innerJoin('capaciteitsvraag as c', 'c.id', 'v.capaciteitsvraag_id')
        .innerJoin('medewerker as m', 'm.id', 'v.medewerker_id')
        .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
        .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
        .select([
          soort('inzetverzoek'),
          id('v.id'),
          dossier.as('naam'),
          persoon('m').as('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('v.id', 'in', v),
    );
  const c = heeft('capaciteitsvraag');
  if (c)
    branches.push(
      db
        .selectFrom('capaciteitsvraag as c')
        .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
        .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
        .select([
          soort('capaciteitsvraag'),
          id('c.id'),
          sql<string>`concat(coalesce(o.titel, b.titel, ''), ', ', c.periode)`.as('naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('c.id', 'in', c),
    );
  branches.push(...formatieEnLoonsom(db, heeft));
  branches.push(...mensen(db, heeft));
  branches.push(...verandering(db, heeft));
  if (branches.length === 0) return [];
  const [eerste, ...rest] = branches;
  const q = rest.reduce((acc, b) => acc.unionAll(b), eerste);
  return (await q.execute()) as AuditNaam[];
}

/** Formatie, loonsom, scenario's and voorstellen (issue 13). */
function formatieEnLoonsom(db: Kysely<Database>, heeft: Heeft) {
  const uit = [];
  const f = heeft('formatieplaats');
  if (f)
    uit.push(
      db
        .selectFrom('formatieplaats as f')
        .innerJoin('team as t', 't.id', 'f.team_id')
        .select([
          soort('formatieplaats'),
          id('f.id'),
          tekst('f.functie_naam', 'naam'),
          tekst('t.naam', 'van'),
          ouder('team', 'f.team_id'),
          geen('datum'),
        ])
        .where('f.id', 'in', f),
    );
  const p = heeft('plaatsing');
  if (p)
    uit.push(
      db
        .selectFrom('plaatsing as p')
        .innerJoin('formatieplaats as f', 'f.id', 'p.formatieplaats_id')
        .innerJoin('medewerker as m', 'm.id', 'p.medewerker_id')
        .select([
          soort('plaatsing'),
          id('p.id'),
          tekst('f.functie_naam', 'naam'),
          persoon('m').as('van'),
          ouder('team', 'f.team_id'),
          geen('datum'),
        ])
        .where('p.id', 'in', p),
    );
  const l = heeft('loonsombudget');
  if (l)
    uit.push(
      db
        .selectFrom('loonsombudget as l')
        .innerJoin('team as t', 't.id', 'l.team_id')
        .select([
          soort('loonsombudget'),
          id('l.id'),
          tekst('l.jaar', 'naam'),
          tekst('t.naam', 'van'),
          ouder('team', 'l.team_id'),
          geen('datum'),
        ])
        .where('l.id', 'in', l),
    );
  const v = heeft('voorstel');
  if (v)
    uit.push(
      db
        .selectFrom('voorstel as v')
        .innerJoin('scenario as s', 's.id', 'v.scenario_id')
        .select([
          soort('voorstel'),
          id('v.id'),
          tekst('v.documentnummer', 'naam'),
          tekst('s.naam', 'van'),
          ouder('scenario', 'v.scenario_id'),
          geen('datum'),
        ])
        .where('v.id', 'in', v),
    );
  return uit;
}

/**
 * Gesprekken, ontwikkeling and the pulse (issue 14). A gesprek is named by its kind and date and the
 * medewerker it is with; an afspraak by its gesprek. An ontwikkeldoel or -activiteit by its plan.
 */
function mensen(db: Kysely<Database>, heeft: Heeft) {
  const uit = [];
  const gesprek = (soortNaam: 'gesprek' | 'gesprek_actie', lijst: string[]) => {
    const basis = db
      .selectFrom('gesprek as g')
      .innerJoin('medewerker as m', 'm.id', 'g.medewerker_id')
      .leftJoin('gesprekssoort as s', 's.code', 'g.soort');
    const kolommen = [
      soort(soortNaam),
      sql<string>`coalesce(s.naam, g.soort)`.as('naam'),
      persoon('m').as('van'),
      ouder('medewerker', 'g.medewerker_id'),
      tekst('g.datum', 'datum'),
    ] as const;
    return soortNaam === 'gesprek'
      ? basis.select([kolommen[0], id('g.id'), ...kolommen.slice(1)]).where('g.id', 'in', lijst)
      : basis
          .innerJoin('gesprek_actie as a', 'a.gesprek_id', 'g.id')
          .select([kolommen[0], id('a.id'), ...kolommen.slice(1)])
          .where('a.id', 'in', lijst);
  };
  const g = heeft('gesprek');
  if (g) uit.push(gesprek('gesprek', g));
  const ga = heeft('gesprek_actie');
  if (ga) uit.push(gesprek('gesprek_actie', ga));
  const gs = heeft('gesprekssoort');
  if (gs)
    uit.push(
      db
        .selectFrom('gesprekssoort as s')
        .select([
          soort('gesprekssoort'),
          id('s.code'),
          tekst('s.naam', 'naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('s.code', 'in', gs),
    );
  // A plan is a person's (medewerker_id) or a team's: named by its year and whose it is.
  const planKolommen = [
    tekst('p.jaar', 'naam'),
    sql<string>`case when p.medewerker_id is not null then ${persoon('m')} else t.naam end`.as('van'),
    sql<string>`case when p.medewerker_id is not null then 'medewerker:' || p.medewerker_id::text else 'team:' || p.team_id::text end`.as(
      'ouder',
    ),
    geen('datum'),
  ] as const;
  const plannen = () =>
    db
      .selectFrom('ontwikkelplan as p')
      .leftJoin('medewerker as m', 'm.id', 'p.medewerker_id')
      .leftJoin('team as t', 't.id', 'p.team_id');
  const op = heeft('ontwikkelplan');
  if (op)
    uit.push(
      plannen()
        .select([soort('ontwikkelplan'), id('p.id'), ...planKolommen])
        .where('p.id', 'in', op),
    );
  const od = heeft('ontwikkeldoel');
  if (od)
    uit.push(
      plannen()
        .innerJoin('ontwikkeldoel as d', 'd.plan_id', 'p.id')
        .select([soort('ontwikkeldoel'), id('d.id'), ...planKolommen])
        .where('d.id', 'in', od),
    );
  const oa = heeft('ontwikkelactiviteit');
  if (oa)
    uit.push(
      plannen()
        .innerJoin('ontwikkelactiviteit as a', 'a.plan_id', 'p.id')
        .select([soort('ontwikkelactiviteit'), id('a.id'), ...planKolommen])
        .where('a.id', 'in', oa),
    );
  const ob = heeft('ontwikkelbudget');
  if (ob)
    uit.push(
      db
        .selectFrom('ontwikkelbudget as b')
        .leftJoin('team as t', 't.id', 'b.team_id')
        .select([
          soort('ontwikkelbudget'),
          id('b.id'),
          tekst('b.jaar', 'naam'),
          tekst('t.naam', 'van'),
          sql<string | null>`case when b.team_id is null then null else 'team:' || b.team_id::text end`.as(
            'ouder',
          ),
          geen('datum'),
        ])
        .where('b.id', 'in', ob),
    );
  return uit;
}

/** Zo werken we, the OR-dossier, the veranderprogramma and evaluaties (issue 15). */
function verandering(db: Kysely<Database>, heeft: Heeft) {
  const uit = [];
  const zw = heeft('zoWerkenWePagina');
  if (zw)
    uit.push(
      db
        .selectFrom('zo_werken_we_pagina as p')
        .innerJoin('zo_werken_we_versie as v', (j) =>
          j.onRef('v.pagina_id', '=', 'p.id').onRef('v.nummer', '=', 'p.huidig_nummer'),
        )
        .select([
          soort('zoWerkenWePagina'),
          id('p.id'),
          tekst('v.titel', 'naam'),
          geen('van'),
          geen('ouder'),
          geen('datum'),
        ])
        .where('p.id', 'in', zw),
    );
  const oo = heeft('or_overleg');
  if (oo)
    uit.push(
      db
        .selectFrom('or_overleg as o')
        .select([
          soort('or_overleg'),
          id('o.id'),
          tekst('o.titel', 'naam'),
          geen('van'),
          geen('ouder'),
          tekst('o.datum', 'datum'),
        ])
        .where('o.id', 'in', oo),
    );
  const ooa = heeft('or_overleg_actie');
  if (ooa)
    uit.push(
      db
        .selectFrom('or_overleg_actie as a')
        .innerJoin('or_overleg as o', 'o.id', 'a.overleg_id')
        .select([
          soort('or_overleg_actie'),
          id('a.id'),
          tekst('o.titel', 'naam'),
          geen('van'),
          ouder('or_overleg', 'a.overleg_id'),
          tekst('o.datum', 'datum'),
        ])
        .where('a.id', 'in', ooa),
    );
  const vl = heeft('verander_lid');
  if (vl)
    uit.push(
      db
        .selectFrom('verander_thema_lid as l')
        .innerJoin('medewerker as m', 'm.id', 'l.medewerker_id')
        .innerJoin('verander_thema as t', 't.id', 'l.thema_id')
        .select([
          soort('verander_lid'),
          id('l.id'),
          persoon('m').as('naam'),
          tekst('t.naam', 'van'),
          ouder('verander_thema', 'l.thema_id'),
          geen('datum'),
        ])
        .where('l.id', 'in', vl),
    );
  const va = heeft('verander_actie');
  if (va)
    uit.push(
      db
        .selectFrom('verander_actie as a')
        .innerJoin('verander_thema as t', 't.id', 'a.thema_id')
        .select([
          soort('verander_actie'),
          id('a.id'),
          tekst('a.titel', 'naam'),
          tekst('t.naam', 'van'),
          ouder('verander_thema', 'a.thema_id'),
          geen('datum'),
        ])
        .where('a.id', 'in', va),
    );
  const ea = heeft('evaluatie_actie');
  if (ea)
    uit.push(
      db
        .selectFrom('evaluatie_actie as a')
        .innerJoin('evaluatie as e', 'e.id', 'a.evaluatie_id')
        .select([
          soort('evaluatie_actie'),
          id('a.id'),
          tekst('e.titel', 'naam'),
          geen('van'),
          ouder('evaluatie', 'a.evaluatie_id'),
          geen('datum'),
        ])
        .where('a.id', 'in', ea),
    );
  return uit;
}

import { type Kysely, sql } from 'kysely';
import { hashWachtwoord } from '../access/wachtwoord';
import { insertAccount } from '../db/account.repository';
import type { Database } from '../db/schema';
import type { Rol } from '../domain/rol';

/**
 * One login per role for the demo municipality. The password and, for the roles that need a second
 * factor, the TOTP secret are public on purpose: the login page lists them, but only in demo mode and
 * only while these accounts exist.
 */
export const DEMO_WACHTWOORD = 'demo-wendbaar';
export const DEMO_TOTP_GEHEIM = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface DemoAccount {
  rol: Rol;
  eMail: string;
  naam: string;
  medewerkerId: string | null;
}

type Kandidaat = { id: string; voornaam: string; tussenvoegsel: string | null; achternaam: string };

const naamVan = (m: Kandidaat) => [m.voornaam, m.tussenvoegsel, m.achternaam].filter(Boolean).join(' ');

async function eerste(db: Kysely<Database>, where: ReturnType<typeof sql>): Promise<Kandidaat | undefined> {
  const r = await sql<Kandidaat>`
    select m.id, m.voornaam, m.tussenvoegsel, m.achternaam from medewerker m
    where m.uit_dienst is null and ${where}
    order by m.personeelsnummer limit 1`.execute(db);
  return r.rows[0];
}

/** Picks a fitting medewerker of the demo organisation for each role and makes the accounts. */
export async function loadDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const teamleider = await eerste(
    db,
    sql`exists (select 1 from leiderschap l where l.medewerker_id = m.id and l.rol = 'teamleider' and l.einddatum is null)`,
  );
  const directeur = await eerste(
    db,
    sql`exists (select 1 from leiderschap l where l.medewerker_id = m.id and l.gemeentesecretaris and l.einddatum is null)`,
  );
  const inTeam = (naam: string) =>
    sql`exists (select 1 from teamlidmaatschap t join team tm on tm.id = t.team_id where t.medewerker_id = m.id and t.einddatum is null and tm.naam ilike ${`%${naam}%`})
        and not exists (select 1 from leiderschap l where l.medewerker_id = m.id)`;
  const po = await eerste(db, inTeam('Personeel'));
  const beheerder = await eerste(db, inTeam('Informatievoorziening'));
  const regisseur = await eerste(db, sql`m.functie ilike '%programma%' or m.functie ilike '%projectleider%'`);
  const medewerker = await eerste(db, inTeam('Vergunningen'));
  const or = await eerste(db, inTeam('Publiekszaken'));

  const plan: { rol: Rol; eMail: string; m: Kandidaat | undefined; naam?: string }[] = [
    { rol: 'medewerker', eMail: 'medewerker@demo-gemeente.nl', m: medewerker },
    { rol: 'teamleider', eMail: 'teamleider@demo-gemeente.nl', m: teamleider },
    { rol: 'programmaregisseur', eMail: 'programmaregisseur@demo-gemeente.nl', m: regisseur },
    { rol: 'directeur', eMail: 'directeur@demo-gemeente.nl', m: directeur },
    { rol: 'po', eMail: 'po@demo-gemeente.nl', m: po },
    { rol: 'or', eMail: 'or@demo-gemeente.nl', m: or },
    { rol: 'college', eMail: 'college@demo-gemeente.nl', m: undefined, naam: 'Wethouder Demo' },
    { rol: 'beheerder', eMail: 'beheerder@demo-gemeente.nl', m: beheerder },
  ];
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  const gebruikt = new Set<string>();
  const accounts: DemoAccount[] = [];
  for (const p of plan) {
    // One account per medewerker: a second role for the same person gets no link.
    const medewerkerId = p.m && !gebruikt.has(p.m.id) ? p.m.id : null;
    if (medewerkerId) gebruikt.add(medewerkerId);
    const naam = p.naam ?? (p.m ? naamVan(p.m) : `Demo ${p.rol}`);
    // Roles that must use a second factor get the public demo secret.
    const totp = p.rol === 'beheerder' || p.rol === 'po' || p.rol === 'directeur' ? DEMO_TOTP_GEHEIM : null;
    const rollen: Rol[] =
      p.rol === 'teamleider' || p.rol === 'directeur' || p.rol === 'po' || p.rol === 'programmaregisseur'
        ? [p.rol, 'medewerker']
        : [p.rol];
    await insertAccount(
      db,
      { e_mail: p.eMail, naam, medewerker_id: medewerkerId, wachtwoord_hash: hash, totp_geheim: totp },
      rollen,
    );
    accounts.push({ rol: p.rol, eMail: p.eMail, naam, medewerkerId });
  }
  // Every other teamleider can log in too, with their own e-mail and the demo password: an
  // inzetverzoek for any basisteam then reaches someone who can answer it.
  const teamleiders = await sql<Kandidaat & { e_mail: string }>`
    select m.id, m.voornaam, m.tussenvoegsel, m.achternaam, m.e_mail from medewerker m
    where m.uit_dienst is null
      and exists (select 1 from leiderschap l where l.medewerker_id = m.id and l.rol = 'teamleider' and l.einddatum is null)
    order by m.personeelsnummer`.execute(db);
  for (const m of teamleiders.rows) {
    if (gebruikt.has(m.id)) continue;
    gebruikt.add(m.id);
    await insertAccount(
      db,
      { e_mail: m.e_mail, naam: naamVan(m), medewerker_id: m.id, wachtwoord_hash: hash, totp_geheim: null },
      ['teamleider', 'medewerker'],
    );
    accounts.push({ rol: 'teamleider', eMail: m.e_mail, naam: naamVan(m), medewerkerId: m.id });
  }
  return accounts;
}

/** The demo accounts that still exist, for the login page in demo mode. */
export async function findDemoAccounts(db: Kysely<Database>) {
  const rijen = await db
    .selectFrom('account')
    .select((eb) => [
      'e_mail',
      'naam',
      'totp_geheim',
      eb
        .selectFrom('account_rol')
        .select(sql<string>`string_agg(rol, ',' order by rol)`.as('r'))
        .whereRef('account_rol.account_id', '=', 'account.id')
        .as('rollen'),
    ])
    .where('e_mail', 'like', '%@demo-gemeente.nl')
    .where('actief', '=', true)
    .where('wachtwoord_hash', 'is not', null)
    .orderBy('e_mail')
    .execute();
  return rijen.filter((r) => r.e_mail.split('@')[0] !== undefined && /^[a-z]+@/.test(r.e_mail));
}

import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { toegestaneRoutes, zichtbareKolommen } from '../access/routes';
import { controleerTotp } from '../access/totp';
import { controleerNieuwWachtwoord, controleerWachtwoord, hashWachtwoord } from '../access/wachtwoord';
import type { LoginInvoer, Sessie, WachtwoordWijziging } from '../contract/sessie';
import * as accounts from '../db/account.repository';
import type { Database, SessieRow } from '../db/schema';
import * as sessies from '../db/sessie.repository';
import { vandaag } from '../domain/datum';
import {
  ForbiddenError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from '../domain/probleem';
import { totpVerplicht } from '../domain/rol';

export interface SessieInstellingen {
  /** Minutes without activity after which a session ends. */
  inactiefMinuten: number;
  /** Hours after login after which a session ends, active or not. */
  maxUren: number;
}

export const STANDAARD_SESSIE: SessieInstellingen = { inactiefMinuten: 30, maxUren: 10 };

/** Failed logins allowed per account and per address in the window before a pause is imposed. */
const MAX_PER_ACCOUNT = 5;
const MAX_PER_ADRES = 20;
const VENSTER_MINUTEN = 15;

/** The cookie holds a random token; the database only its hash, so a leaked table opens no session. */
export function sessieId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Herkomst {
  ip: string | null;
  userAgent: string | null;
}

export interface NieuweSessie {
  token: string;
  gebruiker: Gebruiker;
}

async function throttle(db: Kysely<Database>, sleutels: { account: string; adres: string }, nu: Date) {
  const sinds = new Date(nu.getTime() - VENSTER_MINUTEN * 60_000);
  const [perAccount, perAdres] = await Promise.all([
    sessies.countPogingenSinds(db, sleutels.account, sinds),
    sessies.countPogingenSinds(db, sleutels.adres, sinds),
  ]);
  if (perAccount >= MAX_PER_ACCOUNT || perAdres >= MAX_PER_ADRES)
    throw new TooManyAttemptsError(VENSTER_MINUTEN * 60);
}

/** Housekeeping of sessions and login attempts; failed attempts are kept for the throttle window. */
export function ruimSessiesOp(db: Kysely<Database>, nu: Date = new Date()) {
  return sessies.ruimOp(db, nu, new Date(nu.getTime() - VENSTER_MINUTEN * 60_000));
}

/** Logs in with e-mail and password. The answer never tells whether the account exists. */
export async function loginMetWachtwoord(
  db: Kysely<Database>,
  invoer: LoginInvoer,
  herkomst: Herkomst,
  nu: Date = new Date(),
): Promise<NieuweSessie & { accountId: string }> {
  const sleutels = {
    account: `account:${invoer.eMail.trim().toLowerCase()}`,
    adres: `adres:${herkomst.ip ?? 'onbekend'}`,
  };
  await throttle(db, sleutels, nu);
  const account = await accounts.findAccountByEMail(db, invoer.eMail);
  const klopt = await controleerWachtwoord(account?.wachtwoord_hash ?? null, invoer.wachtwoord);
  if (!account || !klopt || !account.actief) {
    await sessies.recordMisluktePoging(db, [sleutels.account, sleutels.adres]);
    throw new UnauthenticatedError('Het e-mailadres of het wachtwoord klopt niet.');
  }
  await sessies.clearPogingen(db, sleutels.account);
  const sessie = await maakSessie(db, account.id, 'wachtwoord', herkomst, nu);
  return { ...sessie, accountId: account.id };
}

/** Starts a session for an account that proved itself (password or the municipality's identity provider). */
export async function maakSessie(
  db: Kysely<Database>,
  accountId: string,
  methode: 'wachtwoord' | 'oidc',
  herkomst: Herkomst,
  nu: Date = new Date(),
  instellingen: SessieInstellingen = STANDAARD_SESSIE,
): Promise<NieuweSessie> {
  const token = randomBytes(32).toString('base64url');
  await sessies.insertSessie(db, {
    id: sessieId(token),
    account_id: accountId,
    csrf_token: randomBytes(24).toString('base64url'),
    // The identity provider is trusted to have done its own second factor.
    totp_voldaan: methode === 'oidc',
    methode,
    verloopt_op: new Date(nu.getTime() + instellingen.maxUren * 3_600_000),
    ip: herkomst.ip,
    user_agent: herkomst.userAgent?.slice(0, 500) ?? null,
  });
  const gebruiker = await vindGebruiker(db, token, nu, instellingen);
  if (!gebruiker) throw new Error('Nieuwe sessie niet gevonden');
  return { token, gebruiker };
}

function verlopen(sessie: SessieRow, nu: Date, instellingen: SessieInstellingen): boolean {
  const inactief =
    nu.getTime() - new Date(sessie.laatst_actief_op).getTime() > instellingen.inactiefMinuten * 60_000;
  return inactief || new Date(sessie.verloopt_op).getTime() <= nu.getTime();
}

/**
 * The user behind a session token, or null when the session is unknown, ended or timed out. Activity
 * is written at most once a minute, so reading pages does not turn every request into a write.
 */
export async function vindGebruiker(
  db: Kysely<Database>,
  token: string,
  nu: Date = new Date(),
  instellingen: SessieInstellingen = STANDAARD_SESSIE,
): Promise<Gebruiker | null> {
  const sessie = await sessies.findOpenSessie(db, sessieId(token));
  if (!sessie) return null;
  if (verlopen(sessie, nu, instellingen)) {
    await sessies.endSessie(db, sessie.id, nu);
    return null;
  }
  const account = await accounts.findAccount(db, sessie.account_id);
  if (!account?.actief) return null;
  if (nu.getTime() - new Date(sessie.laatst_actief_op).getTime() > 60_000)
    await sessies.touchSessie(db, sessie.id, nu);
  const teamIds =
    account.medewerker_id && account.rollen.includes('teamleider')
      ? await accounts.findGeleideTeamIds(db, account.medewerker_id, vandaag(nu))
      : [];
  const totpIngesteld = account.totp_geheim !== null;
  return {
    accountId: account.id,
    naam: account.naam,
    eMail: account.e_mail,
    medewerkerId: account.medewerker_id,
    rollen: account.rollen,
    teamIds,
    sessieId: sessie.id,
    csrfToken: sessie.csrf_token,
    totpIngesteld,
    totpNodig: sessie.methode === 'wachtwoord' && (totpIngesteld || totpVerplicht(account.rollen)),
    totpVoldaan: sessie.totp_voldaan,
    wachtwoordWijzigen: account.wachtwoord_wijzigen,
    methode: sessie.methode,
  };
}

/** The session as the API answers it: who is logged in, how, and which routes and columns they may use. */
export function sessieView(g: Gebruiker): Sessie {
  return {
    account: {
      id: g.accountId,
      naam: g.naam,
      eMail: g.eMail,
      medewerkerId: g.medewerkerId,
      rollen: g.rollen,
    },
    teamIds: g.teamIds,
    methode: g.methode,
    totpIngesteld: g.totpIngesteld,
    totpNodig: g.totpNodig,
    totpVoldaan: g.totpVoldaan,
    wachtwoordWijzigen: g.wachtwoordWijzigen,
    csrfToken: g.csrfToken,
    routes: toegestaneRoutes(g),
    kolommen: zichtbareKolommen(g.rollen),
  };
}

/** The second factor of this session: a fresh code from the account's authenticator. */
export async function verifieerTotp(db: Kysely<Database>, g: Gebruiker, code: string, nu: Date = new Date()) {
  const account = await accounts.findAccount(db, g.accountId);
  if (!account?.totp_geheim) {
    throw new ForbiddenError('Stel eerst tweestapsverificatie in.', 'totp-niet-ingesteld');
  }
  const sleutel = `totp:${g.accountId}`;
  await throttle(db, { account: sleutel, adres: sleutel }, nu);
  const uitkomst = controleerTotp(account.totp_geheim, code, account.totp_laatste_stap, nu.getTime());
  if (!uitkomst.geldig || !(await accounts.claimTotpStap(db, account.id, uitkomst.stap))) {
    await sessies.recordMisluktePoging(db, [sleutel]);
    throw new ValidationError([
      {
        veld: 'code',
        code: uitkomst.geldig ? 'hergebruikt' : uitkomst.reden,
        melding:
          !uitkomst.geldig && uitkomst.reden === 'onjuist'
            ? 'Deze code klopt niet. Gebruik de code die uw authenticator-app nu toont.'
            : 'Deze code is al gebruikt. Wacht op de volgende code.',
      },
    ]);
  }
  await sessies.clearPogingen(db, sleutel);
  await sessies.markTotpVoldaan(db, g.sessieId);
}

export async function logout(db: Kysely<Database>, g: Gebruiker, nu: Date = new Date()): Promise<void> {
  await sessies.endSessie(db, g.sessieId, nu);
}

/** Ends every session of the account, on every device and every app process. */
export async function logoutOveral(
  db: Kysely<Database>,
  g: Gebruiker,
  nu: Date = new Date(),
): Promise<number> {
  return sessies.endAlleSessies(db, g.accountId, nu);
}

export async function wijzigWachtwoord(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: WachtwoordWijziging,
): Promise<void> {
  const account = await accounts.findAccount(db, g.accountId);
  const problemen = controleerNieuwWachtwoord(invoer.nieuwWachtwoord).map((melding) => ({
    veld: 'nieuwWachtwoord',
    code: 'te-zwak',
    melding,
  }));
  if (!account || !(await controleerWachtwoord(account.wachtwoord_hash, invoer.huidigWachtwoord))) {
    problemen.unshift({
      veld: 'huidigWachtwoord',
      code: 'onjuist',
      melding: 'Het huidige wachtwoord klopt niet.',
    });
  }
  if (problemen.length > 0) throw new ValidationError(problemen);
  await accounts.updateAccount(db, g.accountId, {
    wachtwoord_hash: await hashWachtwoord(invoer.nieuwWachtwoord),
    wachtwoord_wijzigen: false,
  });
}

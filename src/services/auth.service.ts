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
  type Probleem,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from '../domain/probleem';
import { totpVerplicht } from '../domain/rol';
import {
  MAX_PER_ADRES,
  MAX_PER_PAAR,
  pogingSleutels,
  resterendeSeconden,
  vensterGrens,
  wachttijdMs,
} from '../domain/wachtwoord-pogingen';

export interface SessieInstellingen {
  /** Minutes without activity after which a session ends. */
  inactiefMinuten: number;
  /** Hours after login after which a session ends, active or not. */
  maxUren: number;
}

export const STANDAARD_SESSIE: SessieInstellingen = { inactiefMinuten: 30, maxUren: 10 };

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

/**
 * Counts the attempt on each key before it is evaluated; when one is over its limit, the attempt is
 * refused (429, Retry-After the rest of that key's window) and its counts are given back, since
 * nothing was tried. See domain/wachtwoord-pogingen.ts for the limits and why per pair.
 */
async function reserveer(
  db: Kysely<Database>,
  limieten: readonly { sleutel: string; max: number }[],
  nu: Date,
): Promise<void> {
  const geteld: string[] = [];
  for (const { sleutel, max } of limieten) {
    const { aantal, sinds } = await sessies.reserveerPoging(db, sleutel, nu, vensterGrens(nu));
    geteld.push(sleutel);
    if (aantal > max) {
      await sessies.geefPogingTerug(db, geteld);
      throw new TooManyAttemptsError(resterendeSeconden(sinds, nu));
    }
  }
}

const slaap = (ms: number) => new Promise<void>((klaar) => setTimeout(klaar, ms));

/** Housekeeping of sessions and login attempts; failed attempts are kept for the throttle window. */
export function ruimSessiesOp(db: Kysely<Database>, nu: Date = new Date()) {
  return sessies.ruimOp(db, nu, vensterGrens(nu));
}

/**
 * Logs in with e-mail and password. The answer never tells whether the account exists. A wrong
 * guess counts against the account-and-address pair and the address (refused past their limits) and
 * against the account (a growing delay for every address, never a lockout).
 */
export async function loginMetWachtwoord(
  db: Kysely<Database>,
  invoer: LoginInvoer,
  herkomst: Herkomst,
  nu: Date = new Date(),
): Promise<NieuweSessie & { accountId: string }> {
  const sleutels = pogingSleutels(invoer.eMail, herkomst.ip);
  await reserveer(
    db,
    [
      { sleutel: sleutels.paar, max: MAX_PER_PAAR },
      { sleutel: sleutels.adres, max: MAX_PER_ADRES },
    ],
    nu,
  );
  const { aantal } = await sessies.reserveerPoging(db, sleutels.account, nu, vensterGrens(nu));
  await slaap(wachttijdMs(aantal - 1));
  const account = await accounts.findAccountByEMail(db, invoer.eMail);
  const klopt = await controleerWachtwoord(account?.wachtwoord_hash ?? null, invoer.wachtwoord);
  if (!account || !klopt || !account.actief) {
    throw new UnauthenticatedError('Het e-mailadres of het wachtwoord klopt niet.');
  }
  // The owner proved the password: this pair starts afresh; the address and the account only get
  // this attempt back, as guesses from elsewhere still count.
  await sessies.clearPogingen(db, sleutels.paar);
  await sessies.geefPogingTerug(db, [sleutels.adres, sleutels.account]);
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
  await reserveer(db, [{ sleutel, max: MAX_PER_PAAR }], nu);
  const uitkomst = controleerTotp(account.totp_geheim, code, account.totp_laatste_stap, nu.getTime());
  if (!uitkomst.geldig || !(await accounts.claimTotpStap(db, account.id, uitkomst.stap))) {
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

/**
 * Changes the own password: the current one proves it is the owner, the new one must pass the rules
 * and may not be the current (or one-time) or the previous one. Every other session of the account
 * ends, so whoever knew the old password is out; this session stays.
 */
export async function wijzigWachtwoord(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: WachtwoordWijziging,
  nu: Date = new Date(),
): Promise<void> {
  const account = await accounts.findAccount(db, g.accountId);
  const huidigKlopt =
    account !== undefined && (await controleerWachtwoord(account.wachtwoord_hash, invoer.huidigWachtwoord));
  const problemen: Probleem[] = (
    await controleerNieuwWachtwoord(
      invoer.nieuwWachtwoord,
      account ? [account.wachtwoord_hash, account.vorig_wachtwoord_hash] : [],
    )
  ).map(({ code, melding }) => ({ veld: 'nieuwWachtwoord', code, melding }));
  if (!huidigKlopt) {
    problemen.unshift({
      veld: 'huidigWachtwoord',
      code: 'onjuist',
      melding: 'Het huidige wachtwoord klopt niet.',
    });
  }
  if (!account || problemen.length > 0) throw new ValidationError(problemen);
  await accounts.updateAccount(db, g.accountId, {
    wachtwoord_hash: await hashWachtwoord(invoer.nieuwWachtwoord),
    vorig_wachtwoord_hash: account.wachtwoord_hash,
    wachtwoord_wijzigen: false,
  });
  await sessies.endAndereSessies(db, g.accountId, g.sessieId, nu);
}

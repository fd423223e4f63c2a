import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/** What the caller may do with an account, as each account answer carries it (`mag`). */
export interface AccountMag {
  /** Change its roles: never one's own, or a beheerder could grant itself every right. */
  rollenWijzigen: boolean;
  /** Block or unblock it: never one's own, so no beheerder locks the last door behind them. */
  blokkeren: boolean;
}

/** Null is the system (the command line), which acts for nobody's own account. */
export function accountMag(g: Gebruiker | null, accountId: string): AccountMag {
  const ander = g === null || g.accountId !== accountId;
  return { rollenWijzigen: ander, blokkeren: ander };
}

/**
 * 403 when the caller changes the roles or the blocking of their own account: another beheerder
 * must, so that every extension of rights passes a second pair of eyes and is attributable to it.
 */
export function assertMagAccountWijzigen(
  g: Gebruiker | null,
  accountId: string,
  wijzigt: { rollen: boolean; actief: boolean },
): void {
  const mag = accountMag(g, accountId);
  if (wijzigt.rollen && !mag.rollenWijzigen) {
    throw new ForbiddenError(
      'U kunt uw eigen rollen niet wijzigen. Vraag een andere beheerder om dat te doen.',
      'eigen-account',
    );
  }
  if (wijzigt.actief && !mag.blokkeren) {
    throw new ForbiddenError(
      'U kunt uw eigen account niet blokkeren of deblokkeren. Vraag een andere beheerder om dat te doen.',
      'eigen-account',
    );
  }
}

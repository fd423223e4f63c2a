import argon2 from 'argon2';
import { type WachtwoordProbleem, wachtwoordProblemen } from '../domain/wachtwoordregels';

/**
 * Passwords are stored only as argon2id hashes (OWASP parameters: 19 MiB, 2 iterations). A login
 * for an unknown account still verifies against a dummy hash, so the answer time does not tell
 * which e-mail addresses have an account.
 */
const OPTIES = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let dummy: Promise<string> | undefined;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return argon2.hash(wachtwoord, OPTIES);
}

export async function controleerWachtwoord(hash: string | null, wachtwoord: string): Promise<boolean> {
  if (!hash) {
    dummy ??= hashWachtwoord('geen-account-dummy');
    await argon2.verify(await dummy, wachtwoord).catch(() => false);
    return false;
  }
  return argon2.verify(hash, wachtwoord).catch(() => false);
}

/**
 * Problems with a new password, in Dutch; empty when it is good enough: the rules of
 * domain/wachtwoordregels.ts, and never one of the account's own earlier passwords (the current
 * one, which after a reset is the one-time password the beheerder saw, and the one before it).
 */
export async function controleerNieuwWachtwoord(
  wachtwoord: string,
  eerdere: readonly (string | null)[] = [],
): Promise<WachtwoordProbleem[]> {
  const problemen = wachtwoordProblemen(wachtwoord);
  if (problemen.length > 0) return problemen;
  for (const hash of eerdere) {
    if (hash && (await argon2.verify(hash, wachtwoord).catch(() => false))) {
      return [
        {
          code: 'eerder-gebruikt',
          melding: 'Kies een nieuw wachtwoord: niet het huidige, het eenmalige of het vorige.',
        },
      ];
    }
  }
  return [];
}

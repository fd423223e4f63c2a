import argon2 from 'argon2';

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

/** Problems with a new password, in Dutch; empty when it is good enough. */
export function controleerNieuwWachtwoord(wachtwoord: string): string[] {
  const problemen: string[] = [];
  if (wachtwoord.length < 12) problemen.push('Gebruik minstens 12 tekens.');
  if (wachtwoord.length > 200) problemen.push('Gebruik hoogstens 200 tekens.');
  if (/^(.)\1+$/.test(wachtwoord)) problemen.push('Gebruik niet steeds hetzelfde teken.');
  return problemen;
}

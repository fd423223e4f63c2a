import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time codes (RFC 6238, 30 s, 6 digits, SHA-1 as authenticator apps expect). A code
 * is accepted one step early or late for clock drift, and never twice: the step of the last
 * accepted code is kept, and a code of that step or an earlier one is a replay.
 */
const PERIODE = 30;

export function nieuwTotpGeheim(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(geheim: string, label = 'Wendbaar'): TOTP {
  return new TOTP({
    issuer: 'Wendbaar',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIODE,
    secret: Secret.fromBase32(geheim),
  });
}

export function totpUri(geheim: string, label: string): string {
  return totp(geheim, label).toString();
}

export function totpCode(geheim: string, nu: number = Date.now()): string {
  return totp(geheim).generate({ timestamp: nu });
}

export type TotpUitkomst =
  | { geldig: true; stap: number }
  | { geldig: false; reden: 'onjuist' | 'hergebruikt' };

export function controleerTotp(
  geheim: string,
  code: string,
  laatsteStap: number | null,
  nu: number = Date.now(),
): TotpUitkomst {
  const schoon = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(schoon)) return { geldig: false, reden: 'onjuist' };
  const delta = totp(geheim).validate({ token: schoon, timestamp: nu, window: 1 });
  if (delta === null) return { geldig: false, reden: 'onjuist' };
  const stap = Math.floor(nu / 1000 / PERIODE) + delta;
  if (laatsteStap !== null && stap <= laatsteStap) return { geldig: false, reden: 'hergebruikt' };
  return { geldig: true, stap };
}

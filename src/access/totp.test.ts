import { describe, expect, it } from 'vitest';
import { controleerTotp, nieuwTotpGeheim, totpCode, totpUri } from './totp';

const geheim = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const t = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('TOTP', () => {
  it('accepts the current code and the neighbouring steps, not older ones', () => {
    expect(controleerTotp(geheim, totpCode(geheim, t), null, t)).toEqual({ geldig: true, stap: t / 30_000 });
    expect(controleerTotp(geheim, totpCode(geheim, t - 30_000), null, t).geldig).toBe(true);
    expect(controleerTotp(geheim, totpCode(geheim, t + 30_000), null, t).geldig).toBe(true);
    expect(controleerTotp(geheim, totpCode(geheim, t - 90_000), null, t)).toEqual({
      geldig: false,
      reden: 'onjuist',
    });
  });

  it('refuses a replayed code, and an older one after a newer was used', () => {
    const eerste = controleerTotp(geheim, totpCode(geheim, t), null, t);
    if (!eerste.geldig) throw new Error('eerste code geweigerd');
    expect(controleerTotp(geheim, totpCode(geheim, t), eerste.stap, t + 5_000)).toEqual({
      geldig: false,
      reden: 'hergebruikt',
    });
    expect(controleerTotp(geheim, totpCode(geheim, t - 30_000), eerste.stap, t).geldig).toBe(false);
    expect(controleerTotp(geheim, totpCode(geheim, t + 30_000), eerste.stap, t + 30_000).geldig).toBe(true);
  });

  it('refuses anything that is not six digits', () => {
    expect(controleerTotp(geheim, '12345', null, t).geldig).toBe(false);
    expect(controleerTotp(geheim, 'abcdef', null, t).geldig).toBe(false);
  });

  it('makes a fresh secret and an otpauth URI for authenticator apps', () => {
    const g = nieuwTotpGeheim();
    expect(g).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(g, 'jan@example.nl')).toMatch(/^otpauth:\/\/totp\/Wendbaar:jan%40example\.nl\?/);
  });
});

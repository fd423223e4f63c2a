import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY } from './policy';
import { sessieStap, WACHTWOORD_WIJZIGEN } from './sessie-stap';

const klaar = { totpIngesteld: true, totpNodig: true, totpVoldaan: true, wachtwoordWijzigen: false };
const totpOpen = { ...klaar, totpVoldaan: false };
const nieuwAccount = { totpIngesteld: false, totpNodig: true, totpVoldaan: false, wachtwoordWijzigen: true };
const eenmalig = { ...klaar, wachtwoordWijzigen: true };

describe('sessieStap', () => {
  it('lets a finished session through everywhere', () => {
    for (const sleutel of Object.keys(POLICY)) expect(sessieStap(klaar, sleutel)).toBe('toegestaan');
  });

  it('with the second factor owed: only the code, the session itself and logging out', () => {
    expect(sessieStap(totpOpen, 'POST /sessies/huidig/totp-verificaties')).toBe('toegestaan');
    expect(sessieStap(totpOpen, 'GET /sessies/huidig')).toBe('toegestaan');
    expect(sessieStap(totpOpen, 'DELETE /sessies/huidig')).toBe('toegestaan');
    expect(sessieStap(totpOpen, WACHTWOORD_WIJZIGEN)).toBe('totp-nodig');
    expect(sessieStap(totpOpen, 'DELETE /sessies')).toBe('totp-nodig');
    expect(sessieStap({ ...totpOpen, wachtwoordWijzigen: true }, WACHTWOORD_WIJZIGEN)).toBe('totp-nodig');
  });

  it('a new account chooses its own password, then sets up the second factor', () => {
    expect(sessieStap(nieuwAccount, WACHTWOORD_WIJZIGEN)).toBe('toegestaan');
    expect(sessieStap(nieuwAccount, 'POST /accounts/huidig/totp')).toBe('toegestaan');
    expect(sessieStap(nieuwAccount, 'GET /opgaven')).toBe('totp-nodig');
    expect(sessieStap({ ...nieuwAccount, wachtwoordWijzigen: false }, WACHTWOORD_WIJZIGEN)).toBe(
      'totp-nodig',
    );
  });

  it('with the own password owed: only changing it', () => {
    expect(sessieStap(eenmalig, WACHTWOORD_WIJZIGEN)).toBe('toegestaan');
    expect(sessieStap(eenmalig, 'GET /opgaven')).toBe('wachtwoord-wijzigen');
    expect(sessieStap(eenmalig, 'DELETE /sessies')).toBe('wachtwoord-wijzigen');
    expect(sessieStap({ ...eenmalig, totpNodig: false }, 'GET /medewerkers')).toBe('wachtwoord-wijzigen');
  });

  it('property: an unfinished session is refused everything but the steps, the session and logout', () => {
    const sleutels = Object.keys(POLICY);
    fc.assert(
      fc.property(
        fc.record({
          totpIngesteld: fc.boolean(),
          totpNodig: fc.boolean(),
          totpVoldaan: fc.boolean(),
          wachtwoordWijzigen: fc.boolean(),
        }),
        fc.constantFrom(...sleutels),
        (g, sleutel) => {
          const onaf = (g.totpNodig && !g.totpVoldaan) || g.wachtwoordWijzigen;
          const stap =
            sleutel.startsWith('GET /sessies/huidig') ||
            sleutel === 'DELETE /sessies/huidig' ||
            sleutel.includes('/totp') ||
            sleutel === WACHTWOORD_WIJZIGEN;
          const besluit = sessieStap(g, sleutel);
          if (!onaf) expect(besluit).toBe('toegestaan');
          else if (!stap) expect(besluit).not.toBe('toegestaan');
        },
      ),
    );
  });
});

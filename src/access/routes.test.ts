import { describe, expect, it } from 'vitest';
import { POLICY } from './policy';
import { magRoute, toegestaneRoutes } from './routes';

describe('the routes a caller may call', () => {
  it('are the policy entries open to their roles, once the second factor is done', () => {
    const or = toegestaneRoutes({ rollen: ['or'], totpNodig: false, totpVoldaan: true });
    expect(or).toContain('GET /organisatie/capaciteit');
    expect(or).not.toContain('GET /medewerkers');
    expect(or).not.toContain('PATCH /teams/{teamId}');
    const po = toegestaneRoutes({ rollen: ['po'], totpNodig: true, totpVoldaan: false });
    expect(po).toContain('POST /sessies/huidig/totp-verificaties');
    expect(po).not.toContain('POST /medewerkers');
    expect(toegestaneRoutes({ rollen: ['po'], totpNodig: true, totpVoldaan: true })).toContain(
      'POST /medewerkers',
    );
  });

  it('agree with the policy table for every route and role', () => {
    for (const sleutel of Object.keys(POLICY)) {
      const toegang = POLICY[sleutel]!.toegang;
      for (const rol of ['medewerker', 'college', 'beheerder'] as const) {
        const verwacht = typeof toegang === 'string' ? true : toegang.includes(rol);
        expect(
          magRoute({ rollen: [rol], totpNodig: false, totpVoldaan: true }, sleutel),
          `${rol} ${sleutel}`,
        ).toBe(verwacht);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../domain/probleem';
import type { Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';
import { resultaatdoelMag } from './resultaatdoel';
import { assertMagTeamPlannen, assertMagTeamVolledigZien, teamMag } from './team';

function gebruiker(rollen: Rol[], teamIds: string[] = []): Gebruiker {
  return {
    accountId: 'account-a',
    naam: 'A',
    eMail: 'a@example.nl',
    medewerkerId: 'mw-a',
    rollen,
    teamIds,
    sessieId: 's',
    csrfToken: 'c',
    totpIngesteld: true,
    totpNodig: false,
    totpVoldaan: true,
    wachtwoordWijzigen: false,
    methode: 'wachtwoord',
  };
}

describe('what a caller may do with a team', () => {
  it('lets the own teamleider and the directie plan, and those who staff or keep records see in full', () => {
    expect(teamMag(gebruiker(['teamleider'], ['t1']), 't1')).toEqual({ plannen: true, volledigZien: true });
    expect(teamMag(gebruiker(['teamleider'], ['t1']), 't2')).toEqual({ plannen: false, volledigZien: false });
    expect(teamMag(gebruiker(['directeur']), 't2')).toEqual({ plannen: true, volledigZien: true });
    expect(teamMag(gebruiker(['programmaregisseur']), 't2')).toEqual({ plannen: false, volledigZien: true });
    expect(teamMag(gebruiker(['po']), 't2')).toEqual({ plannen: false, volledigZien: true });
    expect(teamMag(gebruiker(['medewerker']), 't1')).toEqual({ plannen: false, volledigZien: false });
    expect(resultaatdoelMag(gebruiker(['teamleider'], ['t1']), 't1')).toEqual({ plannen: true });
    expect(resultaatdoelMag(gebruiker(['programmaregisseur']), 't1')).toEqual({ plannen: false });
  });

  it('refuses with the message it is given, exactly when the predicate says no', () => {
    const tl = gebruiker(['teamleider'], ['t1']);
    expect(() => assertMagTeamPlannen(tl, 't1', 'nee')).not.toThrow();
    expect(() => assertMagTeamPlannen(tl, 't2', 'Niet jouw team.')).toThrow(
      new ForbiddenError('Niet jouw team.'),
    );
    expect(() => assertMagTeamVolledigZien(gebruiker(['programmaregisseur']), 't2', 'nee')).not.toThrow();
    expect(() =>
      assertMagTeamVolledigZien(gebruiker(['medewerker']), 't1', 'Alleen in grote lijnen.'),
    ).toThrow('Alleen in grote lijnen.');
  });
});

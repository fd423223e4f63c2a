import { describe, expect, it } from 'vitest';
import { normaliseKop, stelKoppelingVoor, VELDEN } from './import-velden';

describe('normaliseKop', () => {
  it('negeert hoofdletters, spaties, punten, liggende streepjes en accenten', () => {
    expect(normaliseKop(' Pers.nr. ')).toBe('persnr');
    expect(normaliseKop('PERS_NR')).toBe('persnr');
    expect(normaliseKop('E-mailadres')).toBe('emailadres');
    expect(normaliseKop('Functieëigenaar')).toBe('functieeigenaar');
  });
});

describe('stelKoppelingVoor', () => {
  it('koppelt een AFAS-export', () => {
    const koppen = [
      'Medewerker',
      'Roepnaam',
      'Voorvoegsel',
      'Geboortenaam',
      'E-mail werk',
      'Functie omschrijving',
      'Datum in dienst',
      'Datum uit dienst',
      'Afdeling',
      'Uren per week',
    ];
    expect(stelKoppelingVoor('medewerkers', koppen)).toEqual({
      personeelsnummer: 'Medewerker',
      voornaam: 'Roepnaam',
      tussenvoegsel: 'Voorvoegsel',
      achternaam: 'Geboortenaam',
      e_mail: 'E-mail werk',
      functie: 'Functie omschrijving',
      in_dienst: 'Datum in dienst',
      uit_dienst: 'Datum uit dienst',
      team: 'Afdeling',
      contracturen: 'Uren per week',
    });
  });
  it('koppelt een Youforce-achtige export met afkortingen en verkiest het beste synoniem', () => {
    const koppen = [
      'Pers.nr.',
      'Medewerker',
      'Voornamen',
      'Roepnaam',
      'Tussenv.',
      'Achternaam',
      'Salarisschaal',
      'Trede',
      'Arbeidsduur per week',
      'Org. eenheid',
    ];
    expect(stelKoppelingVoor('medewerkers', koppen)).toEqual({
      personeelsnummer: 'Pers.nr.',
      voornaam: 'Roepnaam',
      tussenvoegsel: 'Tussenv.',
      achternaam: 'Achternaam',
      schaal: 'Salarisschaal',
      trede: 'Trede',
      contracturen: 'Arbeidsduur per week',
      team: 'Org. eenheid',
    });
  });
  it('koppelt Engelse koppen en laat onbekende kolommen los', () => {
    expect(
      stelKoppelingVoor('medewerkers', [
        'Employee ID',
        'First name',
        'Last name',
        'Email',
        'Hours per week',
        'Hire date',
        'Geboortedatum',
      ]),
    ).toEqual({
      personeelsnummer: 'Employee ID',
      voornaam: 'First name',
      achternaam: 'Last name',
      e_mail: 'Email',
      contracturen: 'Hours per week',
      in_dienst: 'Hire date',
    });
  });
  it('koppelt teams', () => {
    expect(stelKoppelingVoor('teams', ['Afdelingsnaam', 'Type', 'Valt onder', 'Omschrijving'])).toEqual({
      naam: 'Afdelingsnaam',
      soort: 'Type',
      bovenliggend_team: 'Valt onder',
      omschrijving: 'Omschrijving',
    });
  });
  it('geeft elke kolom hoogstens één veld, en alleen velden van de soort', () => {
    for (const soort of ['medewerkers', 'teams'] as const) {
      const koppen = ['Naam', 'Team', 'Afdeling', 'Persnr', 'Uren', 'Soort', 'Omschrijving', ''];
      const koppeling = stelKoppelingVoor(soort, koppen);
      const kolommen = Object.values(koppeling);
      expect(new Set(kolommen).size).toBe(kolommen.length);
      const velden = new Set(VELDEN[soort].map((v) => v.veld));
      for (const veld of Object.keys(koppeling)) expect(velden.has(veld as never)).toBe(true);
    }
  });
});

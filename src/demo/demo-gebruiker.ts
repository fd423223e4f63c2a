import type { Gebruiker } from '../access/gebruiker';

/**
 * Who the demo acts as when it loads through the services: the demo directeur by default (who may
 * plan and staff every team), or another demo account with its roles. No session stands behind it:
 * the demo loads before anyone logs in.
 */
export function demoGebruiker(accountId: string, anders: Partial<Gebruiker> = {}): Gebruiker {
  return {
    accountId,
    naam: 'Demo-directeur',
    eMail: 'directeur@demo-gemeente.nl',
    medewerkerId: null,
    rollen: ['directeur'],
    teamIds: [],
    sessieId: 'demo',
    csrfToken: 'demo',
    totpIngesteld: false,
    totpNodig: false,
    totpVoldaan: false,
    wachtwoordWijzigen: false,
    methode: 'wachtwoord',
    ...anders,
  };
}

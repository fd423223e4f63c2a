import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * What a new password must be (NIST SP 800-63B 5.1.1.2): long enough, and not one that attackers
 * try first. No composition rules (a digit, a capital): they make passwords harder to remember, not
 * to guess. The lists ship with the app; nothing is looked up over the network.
 *
 * - `passwords-common` of @zxcvbn-ts/language-common: about 49,000 passwords most found in
 *   breaches (pinned version in package.json);
 * - {@link NEDERLANDS}: Dutch words and names people here build passwords from, which that list
 *   lacks (`wachtwoord12`).
 *
 * A password is refused when, in lower case, it is on a list, or when what remains after taking off
 * leading and trailing digits, punctuation and spaces is (`Welkom2024!`), also with common
 * letter-for-digit swaps undone (`W3lk0m2024`).
 */
export const MIN_LENGTE = 12;
export const MAX_LENGTE = 200;

/** Dutch base words of weak passwords (lower case, letters only); the breach list covers English. */
export const NEDERLANDS: readonly string[] = [
  'wachtwoord',
  'wachtwoorden',
  'paswoord',
  'wachtwoordje',
  'geheim',
  'geheimpje',
  'welkom',
  'welkomstwoord',
  'inloggen',
  'gebruiker',
  'gebruikersnaam',
  'beheerder',
  'medewerker',
  'gemeente',
  'gemeentehuis',
  'stadhuis',
  'ambtenaar',
  'organisatie',
  'wendbaar',
  'robuust',
  'hallo',
  'hoi',
  'doei',
  'liefde',
  'schatje',
  'lieverd',
  'prinses',
  'prinsesje',
  'konijn',
  'poesje',
  'hondje',
  'vrijheid',
  'nederland',
  'holland',
  'oranje',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'denhaag',
  'eindhoven',
  'groningen',
  'ajax',
  'feyenoord',
  'voetbal',
  'zomer',
  'winter',
  'lente',
  'herfst',
  'voorjaar',
  'najaar',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'sinterklaas',
  'kerstmis',
  'kerst',
  'vakantie',
  'koffie',
  'fiets',
  'kaas',
  'tulp',
  'molen',
  'zonnebloem',
  'kabouter',
  'appeltaart',
  'wijzigen',
  'nieuw',
  'tijdelijk',
  'eenmalig',
  'veilig',
  'sterk',
  'azertyuiop',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'abcdefghijkl',
  'welkomwelkom',
  'geheimgeheim',
  'welkombij',
  'welkomthuis',
  'ikhouvanjou',
  'lekkerding',
  'mijnwachtwoord',
  'nieuwwachtwoord',
  'wachtwoordnieuw',
];

const LIJST: ReadonlySet<string> = new Set([
  ...dictionary['passwords-common'].map((w) => w.toLowerCase()),
  ...NEDERLANDS,
]);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** The word inside a password: without the digits, punctuation and spaces around it. */
function kern(wachtwoord: string): string {
  return wachtwoord.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

const zonderLeet = (tekst: string) => tekst.replace(/[0134578@$!]/g, (c) => LEET[c] ?? c);

/** Is this password (or the word it is built on) one that attackers try first? */
export function isVeelGebruikt(wachtwoord: string): boolean {
  const laag = wachtwoord.toLowerCase();
  const woord = kern(laag);
  const kandidaten = [laag, laag.replace(/\s+/g, ''), woord, kern(zonderLeet(woord)), kern(zonderLeet(laag))];
  return kandidaten.some((k) => k.length > 0 && LIJST.has(k));
}

/** `abcabcabcabc`, `aaaaaaaaaaaa`: a short piece repeated. */
function isHerhaling(wachtwoord: string): boolean {
  return /^(.{1,4})\1+$/su.test(wachtwoord);
}

export interface WachtwoordProbleem {
  code: 'te-kort' | 'te-lang' | 'herhaling' | 'veelgebruikt' | 'eerder-gebruikt';
  melding: string;
}

/** What is wrong with a new password on its own, in plain Dutch; empty when it will do. */
export function wachtwoordProblemen(wachtwoord: string): WachtwoordProbleem[] {
  const problemen: WachtwoordProbleem[] = [];
  const lengte = [...wachtwoord].length;
  if (lengte < MIN_LENGTE)
    problemen.push({ code: 'te-kort', melding: `Gebruik minstens ${MIN_LENGTE} tekens.` });
  if (lengte > MAX_LENGTE)
    problemen.push({ code: 'te-lang', melding: `Gebruik hoogstens ${MAX_LENGTE} tekens.` });
  if (isHerhaling(wachtwoord)) {
    problemen.push({
      code: 'herhaling',
      melding: 'Herhaal niet steeds hetzelfde stukje; kies een zin of losse woorden.',
    });
  } else if (isVeelGebruikt(wachtwoord)) {
    problemen.push({
      code: 'veelgebruikt',
      melding:
        'Dit wachtwoord staat op de lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.',
    });
  }
  return problemen;
}

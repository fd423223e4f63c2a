/**
 * The dictionaries of the web app, derived from the texts of every area (teksten.<area>.ts), where
 * each key carries its Dutch and its English text side by side. A new area is one import and one
 * spread below; woordenboek.test.ts checks that no key is in two areas.
 */
import type { Lang, Tekst } from './teksten';
import { algemeen } from './teksten.algemeen';
import { behoefte } from './teksten.behoefte';
import { capaciteit } from './teksten.capaciteit';
import { formatie } from './teksten.formatie';
import { gesprek } from './teksten.gesprek';
import { home } from './teksten.home';
import { importTeksten } from './teksten.import';
import { inzet } from './teksten.inzet';
import { medewerker } from './teksten.medewerker';
import { mensen } from './teksten.mensen';
import { ontwikkeling } from './teksten.ontwikkeling';
import { or } from './teksten.or';
import { organisatie } from './teksten.organisatie';
import { puls } from './teksten.puls';
import { scenario } from './teksten.scenario';
import { toegang } from './teksten.toegang';
import { verandering } from './teksten.verandering';
import { wendbaar } from './teksten.wendbaar';
import { werkdruk } from './teksten.werkdruk';
import { zoWerkenWe } from './teksten.zowerkenwe';

/** The areas by name, for the check that their keys do not overlap. */
export const gebieden = {
  home,
  toegang,
  capaciteit,
  wendbaar,
  inzet,
  organisatie,
  medewerker,
  algemeen,
  formatie,
  behoefte,
  scenario,
  puls,
  gesprek,
  werkdruk,
  ontwikkeling,
  mensen,
  import: importTeksten,
  zoWerkenWe,
  or,
  verandering,
} as const;

const alle = {
  ...home,
  ...toegang,
  ...capaciteit,
  ...wendbaar,
  ...inzet,
  ...organisatie,
  ...medewerker,
  ...algemeen,
  ...formatie,
  ...behoefte,
  ...scenario,
  ...puls,
  ...gesprek,
  ...werkdruk,
  ...ontwikkeling,
  ...mensen,
  ...importTeksten,
  ...zoWerkenWe,
  ...or,
  ...verandering,
};

export type MessageKey = keyof typeof alle;
/** The texts of one language: exactly one for every key. */
export type Messages = { readonly [K in MessageKey]: string };

function inTaal(lang: Lang): Messages {
  const teksten: Record<string, Tekst> = alle;
  return Object.fromEntries(Object.entries(teksten).map(([key, tekst]) => [key, tekst[lang]])) as Messages;
}

export const nl: Messages = inTaal('nl');
export const en: Messages = inTaal('en');

/** Both languages by their code. */
export const dictionaries: { readonly [L in Lang]: Messages } = { nl, en };

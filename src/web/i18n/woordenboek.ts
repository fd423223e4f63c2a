/**
 * The dictionaries of the web app, derived from the texts of every area (teksten.<area>.ts), where
 * each key carries its Dutch and its English text side by side.
 *
 * Two kinds of area:
 * - shared (`gebieden` below): in the first page's JavaScript, because the shell shows them before
 *   any area has loaded (menu, header, login, home, errors) — and every area added the plain way:
 *   one import and one spread in `gebieden` and `alle`;
 * - per area (`PerGebied`): only a type import here, so their texts stay out of the shared chunk;
 *   the area module (src/web/app/gebieden/<area>.ts) imports them and calls `registreerTeksten`
 *   when its chunk loads, before any of its pages renders. Moving an area there is one line here
 *   (its import becomes `import type`, its spreads move to `PerGebied`) and one in its area module.
 *
 * woordenboek.test.ts checks that no key is in two areas (all teksten.*.ts files, either kind) and
 * teksten-laden.test.ts that every page finds its keys in the texts its chunk registers.
 */
import type { Lang, Tekst, Teksten } from './teksten';
import { algemeen } from './teksten.algemeen';
import type { behoefte } from './teksten.behoefte';
import type { capaciteit } from './teksten.capaciteit';
import type { evaluatie } from './teksten.evaluatie';
import type { formatie } from './teksten.formatie';
import type { gesprek } from './teksten.gesprek';
import { home } from './teksten.home';
import type { importTeksten } from './teksten.import';
import type { inzet } from './teksten.inzet';
import { medewerker } from './teksten.medewerker';
import type { mensen } from './teksten.mensen';
import { menu } from './teksten.menu';
import type { ontwikkeling } from './teksten.ontwikkeling';
import type { or } from './teksten.or';
import type { organisatie } from './teksten.organisatie';
import type { programma } from './teksten.programma';
import type { puls } from './teksten.puls';
import type { raadsbrief } from './teksten.raadsbrief';
import type { scenario } from './teksten.scenario';
import { toegang } from './teksten.toegang';
import { verandering } from './teksten.verandering';
import type { wendbaar } from './teksten.wendbaar';
import type { werkdruk } from './teksten.werkdruk';
import type { zoWerkenWe } from './teksten.zowerkenwe';

/** The shared areas by name, in the first page's JavaScript. */
export const gebieden = {
  home,
  toegang,
  medewerker,
  algemeen,
  menu,
  verandering,
} as const;

const alle = {
  ...home,
  ...toegang,
  ...medewerker,
  ...algemeen,
  ...menu,
  ...verandering,
};

/** The areas whose texts load with their own chunk (see above): their keys, for the type only. */
type PerGebied = typeof behoefte &
  typeof evaluatie &
  typeof capaciteit &
  typeof formatie &
  typeof gesprek &
  typeof importTeksten &
  typeof inzet &
  typeof mensen &
  typeof ontwikkeling &
  typeof or &
  typeof organisatie &
  typeof programma &
  typeof puls &
  typeof raadsbrief &
  typeof scenario &
  typeof wendbaar &
  typeof werkdruk &
  typeof zoWerkenWe;

export type MessageKey = keyof typeof alle | keyof PerGebied;
/** The texts of one language known so far: the shared ones, then each area's as its chunk loads. */
export type Messages = { [K in MessageKey]?: string };

function inTaal(teksten: Record<string, Tekst>, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(teksten).map(([key, tekst]) => [key, tekst[lang]]));
}

/** Both languages by their code; grows as area chunks register their texts. */
export const dictionaries: { readonly [L in Lang]: Messages } = {
  nl: inTaal(alle, 'nl'),
  en: inTaal(alle, 'en'),
};

/**
 * Adds the texts of one or more areas to both languages. Called by an area module when its chunk
 * loads (before its pages render); registering the same area twice is harmless.
 */
export function registreerTeksten(...gebied: Teksten[]): void {
  for (const teksten of gebied) {
    Object.assign(dictionaries.nl, inTaal(teksten, 'nl'));
    Object.assign(dictionaries.en, inTaal(teksten, 'en'));
  }
}

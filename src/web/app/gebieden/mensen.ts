// The Mensen hub (issue 14: werkdruk, pulse, development, conversations): one chunk, loaded on first use.

import { gesprek } from '../../i18n/teksten.gesprek';
import { mensen } from '../../i18n/teksten.mensen';
import { ontwikkeling } from '../../i18n/teksten.ontwikkeling';
import { werkdruk } from '../../i18n/teksten.werkdruk';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(gesprek, mensen, ontwikkeling, werkdruk);

export { MensenPage } from '../../routes/mensen';

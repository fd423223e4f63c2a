// The gesprekscyclus (issue 14, item 2): one chunk, loaded on first use.

import { gesprek } from '../../i18n/teksten.gesprek';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(gesprek);

export { GesprekkenPage } from '../../routes/gesprekken';

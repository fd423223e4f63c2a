// The inzetverzoeken a teamleider answers: its own chunk, the first page most teamleiders open after home.

import { inzet } from '../../i18n/teksten.inzet';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(inzet);

export { InzetverzoekenPage } from '../../routes/inzetverzoeken';

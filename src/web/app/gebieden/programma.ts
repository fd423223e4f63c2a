// The veranderprogramma (issue 15, item 1): phases, themes, transitieteams, actions; one chunk.

import { programma } from '../../i18n/teksten.programma';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(programma);

export { VeranderprogrammaPage } from '../../routes/veranderprogramma';

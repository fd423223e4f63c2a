// Raadsbrieven of the college to the raad (issue 15, item 5): list and one letter, one chunk.

import { raadsbrief } from '../../i18n/teksten.raadsbrief';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(raadsbrief);

export { RaadsbriefPage } from '../../routes/raadsbrief';
export { RaadsbrievenPage } from '../../routes/raadsbrieven';

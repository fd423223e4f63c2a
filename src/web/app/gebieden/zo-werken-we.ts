// "Zo werken we" (the organisation philosophy): one chunk, loaded on first use.

import { zoWerkenWe } from '../../i18n/teksten.zowerkenwe';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(zoWerkenWe);

export { ZoWerkenWePage } from '../../routes/zo-werken-we';
export { ZoWerkenWePaginaPage } from '../../routes/zo-werken-we-pagina';

// The budget area: one chunk, loaded on first use.

import { capaciteit } from '../../i18n/teksten.capaciteit';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(capaciteit);

export { BegrotingPage } from '../../routes/begroting';

// The organisation's change (issue 15): its hub page, one chunk, loaded on first use.

import { or } from '../../i18n/teksten.or';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(or);

export { VeranderingPage } from '../../routes/verandering';

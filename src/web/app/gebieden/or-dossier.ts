// The OR-dossier (requests to the works council and its meetings): one chunk, loaded on first use.

import { or } from '../../i18n/teksten.or';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(or);

export { OrDossierPage } from '../../routes/or-dossier';
export { OrOverlegPage } from '../../routes/or-overleg';
export { OrVerzoekPage } from '../../routes/or-verzoek';

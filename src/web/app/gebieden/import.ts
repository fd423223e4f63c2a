// Import from the HR system: one chunk, loaded on first use.

import { importTeksten } from '../../i18n/teksten.import';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(importTeksten);

export { ImportPage } from '../../routes/importeren';

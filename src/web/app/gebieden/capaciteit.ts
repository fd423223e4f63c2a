// The capacity area (team and organisation grids, resultaatdoelen): one chunk, loaded on first use.

import { capaciteit } from '../../i18n/teksten.capaciteit';
import { inzet } from '../../i18n/teksten.inzet';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(capaciteit, inzet);

export { TeamCapaciteitPage } from '../../routes/capaciteit';
export { OrganisatieCapaciteitPage } from '../../routes/capaciteit-organisatie';
export { ResultaatdoelenPage } from '../../routes/capaciteit-resultaatdoelen';
export { ResultaatdoelPage } from '../../routes/resultaatdoel';

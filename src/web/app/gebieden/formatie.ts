// The formatie area (team and organisation formatie, loonsom, salary tables): one chunk, loaded on first use.

import { behoefte } from '../../i18n/teksten.behoefte';
import { capaciteit } from '../../i18n/teksten.capaciteit';
import { formatie } from '../../i18n/teksten.formatie';
import { scenario } from '../../i18n/teksten.scenario';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(behoefte, capaciteit, formatie, scenario);

export { OrganisatieFormatiePage } from '../../routes/formatie-organisatie';
export { TeamFormatiePage } from '../../routes/formatie-team';
export { SalaristabellenPage } from '../../routes/salaristabellen';

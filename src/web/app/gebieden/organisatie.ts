// The organisation area (teams, medewerkers, organogram, expertises, zoeken): one chunk, loaded on first use.

import { behoefte } from '../../i18n/teksten.behoefte';
import { capaciteit } from '../../i18n/teksten.capaciteit';
import { formatie } from '../../i18n/teksten.formatie';
import { gesprek } from '../../i18n/teksten.gesprek';
import { ontwikkeling } from '../../i18n/teksten.ontwikkeling';
import { organisatie } from '../../i18n/teksten.organisatie';
import { werkdruk } from '../../i18n/teksten.werkdruk';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(behoefte, capaciteit, formatie, gesprek, ontwikkeling, organisatie, werkdruk);

export { ExpertisesPage } from '../../routes/expertises';
export { MedewerkerPage } from '../../routes/medewerker';
export { MedewerkerNieuwPage } from '../../routes/medewerker-nieuw';
export { MedewerkersPage } from '../../routes/medewerkers';
export { OrganisatiePage } from '../../routes/organisatie';
export { OrganogramPage } from '../../routes/organogram';
export { TeamPage } from '../../routes/team';
export { TeamNieuwPage } from '../../routes/team-nieuw';
export { TeamsPage } from '../../routes/teams';
export { ZoekenPage } from '../../routes/zoeken';

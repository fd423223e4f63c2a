// Development (plans of medewerkers and teams, the ontwikkelbudget): one chunk, loaded on first use.

import { ontwikkeling } from '../../i18n/teksten.ontwikkeling';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(ontwikkeling);

export { OntwikkelbudgetPage } from '../../routes/ontwikkelbudget';
export { MedewerkerOntwikkelingPage } from '../../routes/ontwikkeling-medewerker';
export { TeamOntwikkelingPage } from '../../routes/ontwikkeling-team';

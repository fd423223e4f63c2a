// The scenario area (scenario's, their comparison and the onderbouwd voorstel): one chunk, loaded on first use.

import { capaciteit } from '../../i18n/teksten.capaciteit';
import { formatie } from '../../i18n/teksten.formatie';
import { scenario } from '../../i18n/teksten.scenario';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(capaciteit, formatie, scenario);

export { ScenarioPage } from '../../routes/scenario';
export { ScenarioVergelijkenPage } from '../../routes/scenario-vergelijken';
export { ScenariosPage } from '../../routes/scenarios';

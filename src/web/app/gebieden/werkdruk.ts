// The werkdruk signal (heatmap and a team's parts): one chunk, loaded on first use.

import { mensen } from '../../i18n/teksten.mensen';
import { werkdruk } from '../../i18n/teksten.werkdruk';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(mensen, werkdruk);

export { WerkdrukOrganisatiePage } from '../../routes/werkdruk-organisatie';
export { WerkdrukTeamPage } from '../../routes/werkdruk-team';

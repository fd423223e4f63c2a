// Need against capacity (team and organisation): one chunk, loaded on first use.

import { behoefte } from '../../i18n/teksten.behoefte';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(behoefte);

export { OrganisatieBehoeftePage, TeamBehoeftePage } from '../../routes/behoefte';

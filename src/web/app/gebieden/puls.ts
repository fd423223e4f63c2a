// The pulsmeting (rounds, answering, results): one chunk, loaded on first use.

import { puls } from '../../i18n/teksten.puls';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(puls);

export { PulsInvullenPage } from '../../routes/puls-invullen';
export { PulsResultatenPage } from '../../routes/puls-resultaten';
export { PulsRondesPage } from '../../routes/puls-rondes';

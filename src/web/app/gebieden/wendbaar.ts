// The agile side (portfolio, opgaven, ambities, bestuursopdrachten, college, verdeelvoorstellen):
// one chunk, loaded on first use.

import { inzet } from '../../i18n/teksten.inzet';
import { wendbaar } from '../../i18n/teksten.wendbaar';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(inzet, wendbaar);

export { AmbitiePage } from '../../routes/wendbaar/ambitie';
export { AmbitiesPage } from '../../routes/wendbaar/ambities';
export { BestuursopdrachtPage } from '../../routes/wendbaar/bestuursopdracht';
export { BestuursopdrachtNieuwPage } from '../../routes/wendbaar/bestuursopdracht-nieuw';
export { BestuursopdrachtenPage } from '../../routes/wendbaar/bestuursopdrachten';
export { CollegePage } from '../../routes/wendbaar/college';
export { InzetPerTeamPage } from '../../routes/wendbaar/inzet-per-team';
export { KandidatenPage } from '../../routes/wendbaar/kandidaten';
export { WendbaarLayout } from '../../routes/wendbaar/layout';
export { OpgavePage } from '../../routes/wendbaar/opgave';
export { OpgavenPage } from '../../routes/wendbaar/opgaven';
export { PortfolioPage } from '../../routes/wendbaar/portfolio';
export { ProgrammasPage } from '../../routes/wendbaar/programmas';
export { VerdeelvoorstelPage } from '../../routes/wendbaar/verdeelvoorstel';
export { VerdeelvoorstellenPage } from '../../routes/wendbaar/verdeelvoorstellen';

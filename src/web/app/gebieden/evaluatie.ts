// Evaluaties of the change programme (issue 15, item 2): list and one evaluation, one chunk.

import { evaluatie } from '../../i18n/teksten.evaluatie';
import { registreerTeksten } from '../../i18n/woordenboek';

// Its pages' texts, registered when this chunk loads: before any of its pages renders (woordenboek.ts).
registreerTeksten(evaluatie);

export { EvaluatiePage } from '../../routes/evaluatie';
export { EvaluatiesPage } from '../../routes/evaluaties';

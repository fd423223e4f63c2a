/** Where the parts of the opgave page are (ids for links to them) and what each part gets. */
import type { Opgave } from '../../../api/wendbaar.types';
import type { MessageKey, Translate } from '../../../i18n/i18n';
import { fieldId } from '../../useForm';
import type { DoelVan } from '../OntbreektLijst';

/** The id prefix of the opgave's own fields (its forms and the step's missing items share it). */
export const OPGAVE = 'opgave';
export const opgaveSectieId = (sectie: string) => `${OPGAVE}-sectie-${sectie}`;

/** What every part of the opgave page gets. */
export interface OpgaveDeelProps {
  opgave: Opgave;
  /** This user may change the opgave now (the right role, and not yet afgerond). */
  bewerken: boolean;
  onSaved(opgave: Opgave): void;
  /** Reads the opgave again; null when that failed. */
  haalActueel(): Promise<Opgave | null>;
}

/** Field or list → [label, section] for the missing items of a step. */
const DOEL: Record<string, [MessageKey, string]> = {
  titel: ['wb.opgave.titel', 'beschrijving'],
  omschrijving: ['wb.opgave.omschrijving', 'beschrijving'],
  programmaId: ['wb.programma', 'beschrijving'],
  stakeholders: ['wb.opgave.stakeholders', 'stakeholders'],
  bevindingen: ['wb.opgave.bevindingen', 'bevindingen'],
  rolbepaling: ['wb.opgave.rolbepaling', 'rolbepaling'],
  strategie: ['wb.opgave.strategie', 'aanpak'],
  aanpak: ['wb.opgave.aanpak', 'aanpak'],
  programmaregisseurMedewerkerId: ['wb.opgave.programmaregisseur', 'aanpak'],
  evaluatie: ['wb.opgave.evaluatie', 'aanpak'],
};

export function opgaveDoelVan(t: Translate): DoelVan {
  return (veld) => {
    const doel = DOEL[veld];
    const sectieId = opgaveSectieId(doel?.[1] ?? 'beschrijving');
    // Lists and the role decision have no single field: their section is the target.
    const eigenVeld = doel && !['stakeholders', 'bevindingen', 'rolbepaling'].includes(veld);
    return {
      label: doel ? t(doel[0]) : veld,
      veldId: eigenVeld ? fieldId(OPGAVE, veld) : sectieId,
      sectieId,
    };
  };
}

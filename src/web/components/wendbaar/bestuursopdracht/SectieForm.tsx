import type { ReactNode } from 'react';
import { updateBestuursopdracht } from '../../../api/wendbaar';
import type { Bestuursopdracht, BestuursopdrachtInvoer } from '../../../api/wendbaar.types';
import { type FormState, fieldId } from '../../useForm';
import { DossierForm } from '../DossierForm';

/** The id prefix of every section form of a bestuursopdracht (the missing-items links use it too). */
export const BO = 'bo';
export const boVeldId = (veld: string) => fieldId(BO, veld);
/** The id of a section of the dossier page, e.g. `bo-sectie-verkenning`. */
export const boSectieId = (sectie: string) => `${BO}-sectie-${sectie}`;

/** What every section of the dossier page gets. */
export interface SectieProps {
  opdracht: Bestuursopdracht;
  /** The working copy may be edited by this user now (bewerkbaar and the right role). */
  bewerken: boolean;
  onSaved(opdracht: Bestuursopdracht): void;
  /** Reads the dossier again (after a 412); null when that failed too. */
  haalActueel(): Promise<Bestuursopdracht | null>;
}

/** One section of the working copy as a form: PATCH of that section only (see DossierForm). */
export function SectieForm<W>({
  opdracht,
  naarPatch,
  ...props
}: Omit<SectieProps, 'bewerken'> & {
  sectie: string;
  labels(waarden: W): Record<string, string>;
  beginWaarden(opdracht: Bestuursopdracht): W;
  /** The PATCH body; may throw a ProblemError (a number that is not a number). */
  naarPatch(waarden: W): BestuursopdrachtInvoer;
  velden(form: FormState, waarden: W, zet: (waarden: W) => void): ReactNode;
}) {
  return (
    <DossierForm<Bestuursopdracht, W>
      {...props}
      dossier={opdracht}
      prefix={BO}
      opslaan={(waarden) => updateBestuursopdracht(opdracht.id, opdracht.versie, naarPatch(waarden))}
    />
  );
}

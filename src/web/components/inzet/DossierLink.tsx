import { useMag } from '../../access/sessie';
import type { DossierRef } from '../../api/inzet.types';
import { AppLink } from '../AppLink';

export const dossierPad = (d: DossierRef) =>
  d.soort === 'opgave' ? `/wendbaar/opgaven/${d.id}` : `/wendbaar/bestuursopdrachten/${d.id}`;

/** A dossier's title, as a link for those who may open the agile side. */
export function DossierLink({ dossier }: { dossier: DossierRef }) {
  const mag = useMag();
  const magOpenen = mag(
    dossier.soort === 'opgave' ? 'GET /opgaven/{opgaveId}' : 'GET /bestuursopdrachten/{bestuursopdrachtId}',
  );
  return magOpenen ? <AppLink to={dossierPad(dossier)}>{dossier.titel}</AppLink> : dossier.titel;
}

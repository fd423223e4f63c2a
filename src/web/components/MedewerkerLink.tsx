import { useMag } from '../access/sessie';
import { AppLink } from './AppLink';

/** A person's name: a link to their page for roles that may open it, plain text for the others. */
export function MedewerkerLink({ id, naam }: { id: string; naam: string }) {
  const mag = useMag();
  return mag('GET /medewerkers') ? <AppLink to={`/medewerkers/${id}`}>{naam}</AppLink> : naam;
}

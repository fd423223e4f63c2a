import type { IsoDatum } from './datum';
import type { Probleem } from './probleem';

export interface Naamdelen {
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
}

/** "Jan de Vries": how a name reads in a sentence. */
export function volledigeNaam(n: Naamdelen): string {
  return [n.voornaam, n.tussenvoegsel, n.achternaam].filter((d) => d && d.trim() !== '').join(' ');
}

/** A medewerker is in service on a date from inDienst through uitDienst (inclusive). */
export function inDienstOp(m: { inDienst: IsoDatum; uitDienst: IsoDatum | null }, datum: IsoDatum): boolean {
  return m.inDienst <= datum && (m.uitDienst === null || m.uitDienst >= datum);
}

/** Rules on the dates of an employment that a schema alone cannot express. */
export function controleerDienstverband(inDienst: IsoDatum, uitDienst: IsoDatum | null): Probleem[] {
  if (uitDienst !== null && uitDienst < inDienst) {
    return [
      {
        veld: 'uitDienst',
        code: 'voor-in-dienst',
        melding: `De datum uit dienst ligt vóór de datum in dienst (${inDienst}).`,
      },
    ];
  }
  return [];
}

import { ForbiddenError } from '../domain/probleem';
import type { Gebruiker } from './gebruiker';

/**
 * Reach on conversations of the gesprekscyclus (issue 14, item 2): a conversation is seen only by
 * the medewerker, the leidinggevende who held it (their teamleider on its date), their current
 * teamleider, and P&O. Not the directie, the OR or the college as such: a directeur sees one only
 * when they were or are that medewerker's leidinggevende (of a teamleider, say). Who led whom comes
 * from the data (leiderschap on the date), not from a role, so a former teamleider keeps the
 * conversations they held and a new one sees the history of the team they took over.
 */
export interface GesprekDoel {
  medewerkerId: string;
  /** The leidinggevende on the conversation's date (stored with it). */
  leidinggevendeToen: string | null;
  /** The medewerker's leidinggevende today. */
  leidinggevendeNu: string | null;
}

const isPo = (g: Pick<Gebruiker, 'rollen'>) => g.rollen.includes('po');
const isZelf = (g: Pick<Gebruiker, 'medewerkerId'>, medewerkerId: string) => g.medewerkerId === medewerkerId;
const isLeider = (g: Pick<Gebruiker, 'medewerkerId'>, id: string | null) =>
  g.medewerkerId !== null && id !== null && g.medewerkerId === id;

export function magGesprekZien(g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>, d: GesprekDoel): boolean {
  return (
    isPo(g) ||
    isZelf(g, d.medewerkerId) ||
    isLeider(g, d.leidinggevendeToen) ||
    isLeider(g, d.leidinggevendeNu)
  );
}

/** Every conversation of a medewerker (the list): P&O, the medewerker, their current leidinggevende. */
export function magAlleGesprekkenZien(
  g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>,
  d: Pick<GesprekDoel, 'medewerkerId' | 'leidinggevendeNu'>,
): boolean {
  return isPo(g) || isZelf(g, d.medewerkerId) || isLeider(g, d.leidinggevendeNu);
}

/** Recording a new conversation: P&O and the current leidinggevende, never about oneself. */
export function magGesprekVastleggen(
  g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>,
  d: Pick<GesprekDoel, 'medewerkerId' | 'leidinggevendeNu'>,
): boolean {
  if (isZelf(g, d.medewerkerId)) return false;
  return isPo(g) || isLeider(g, d.leidinggevendeNu);
}

/** Editing a conversation and its actions: P&O, the one who held it, the current leidinggevende. */
export function magGesprekWijzigen(g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>, d: GesprekDoel): boolean {
  if (isZelf(g, d.medewerkerId)) return false;
  return isPo(g) || isLeider(g, d.leidinggevendeToen) || isLeider(g, d.leidinggevendeNu);
}

/** Own notes: only the medewerker writes them. */
export function magNotitieToevoegen(g: Pick<Gebruiker, 'medewerkerId'>, d: GesprekDoel): boolean {
  return isZelf(g, d.medewerkerId);
}

/** Completing an action: who may edit the conversation, and the medewerker their own actions. */
export function magActieAfronden(
  g: Pick<Gebruiker, 'rollen' | 'medewerkerId'>,
  d: GesprekDoel,
  eigenaar: 'medewerker' | 'leidinggevende',
): boolean {
  return magGesprekWijzigen(g, d) || (isZelf(g, d.medewerkerId) && eigenaar === 'medewerker');
}

const WIE =
  'Gesprekken zien alleen de medewerker zelf, de leidinggevende die het gesprek voerde, de huidige leidinggevende en P&O.';

export function assertMagGesprekZien(g: Gebruiker, d: GesprekDoel): void {
  if (!magGesprekZien(g, d)) throw new ForbiddenError(WIE);
}

export function assertMagAlleGesprekkenZien(g: Gebruiker, d: GesprekDoel): void {
  if (!magAlleGesprekkenZien(g, d)) throw new ForbiddenError(WIE);
}

export function assertMagGesprekVastleggen(g: Gebruiker, d: GesprekDoel): void {
  if (!magGesprekVastleggen(g, d)) {
    throw new ForbiddenError(
      'Een gesprek leggen de huidige leidinggevende van de medewerker en P&O vast, niet de medewerker zelf.',
    );
  }
}

export function assertMagGesprekWijzigen(g: Gebruiker, d: GesprekDoel): void {
  if (!magGesprekWijzigen(g, d)) {
    throw new ForbiddenError(
      'Een gesprek wijzigen de leidinggevende die het voerde, de huidige leidinggevende en P&O. Als medewerker voegt u een eigen notitie toe.',
    );
  }
}

export function assertMagNotitieToevoegen(g: Gebruiker, d: GesprekDoel): void {
  if (!magNotitieToevoegen(g, d)) {
    throw new ForbiddenError('Alleen de medewerker zelf voegt eigen notities aan een gesprek toe.');
  }
}

export function assertMagActieAfronden(
  g: Gebruiker,
  d: GesprekDoel,
  eigenaar: 'medewerker' | 'leidinggevende',
) {
  if (!magActieAfronden(g, d, eigenaar)) {
    throw new ForbiddenError(
      'Een actie ronden de leidinggevende en P&O af; de medewerker alleen de eigen acties.',
    );
  }
}

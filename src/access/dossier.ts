import type { BestuursopdrachtStatus } from '../domain/bestuursopdracht';
import { BESTUURSOPDRACHT_GRAAF } from '../domain/bestuursopdracht';
import { volgendeStatussen } from '../domain/levenscyclus';
import type { OpgaveStatus, RolbepalingStatus } from '../domain/opgave';
import { OPGAVE_GRAAF } from '../domain/opgave';
import { ForbiddenError } from '../domain/probleem';
import type { Rol } from '../domain/rol';
import type { Gebruiker } from './gebruiker';
import { ROLBEPALING, STAPPEN } from './policy';
import { magRoute } from './routes';

type Beller = Pick<Gebruiker, 'rollen' | 'totpNodig' | 'totpVoldaan'>;

const ROUTES = {
  opgave: {
    wijzigen: 'PATCH /opgaven/{opgaveId}',
    stap: 'POST /opgaven/{opgaveId}/overgangen',
    rolbepaling: 'PUT /opgaven/{opgaveId}/rolbepaling',
    bevestigen: 'POST /opgaven/{opgaveId}/rolbepaling/bevestigingen',
  },
  bestuursopdracht: {
    wijzigen: 'PATCH /bestuursopdrachten/{bestuursopdrachtId}',
    stap: 'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen',
  },
} as const;

/** May these roles take a dossier into this state (the policy's STAPPEN), the route aside? */
export function magNaarStatus<K extends keyof typeof STAPPEN>(
  rollen: readonly Rol[],
  soort: K,
  naar: keyof (typeof STAPPEN)[K],
): boolean {
  const wie = STAPPEN[soort][naar] as readonly Rol[];
  return rollen.some((r) => wie.includes(r));
}

/** 403 when the caller's roles may not take the dossier into that state, naming who may. */
export function assertMagNaarStatus<K extends keyof typeof STAPPEN>(
  rollen: readonly Rol[],
  soort: K,
  naar: keyof (typeof STAPPEN)[K],
): void {
  if (magNaarStatus(rollen, soort, naar)) return;
  const wie = (STAPPEN[soort][naar] as readonly Rol[]).join(', ');
  throw new ForbiddenError(`De stap naar '${String(naar)}' is voorbehouden aan: ${wie}.`);
}

/**
 * How a caller records a rolbepaling: as the college's decision, as a proposal the college still
 * confirms, or not at all (the policy's ROLBEPALING; who holds both decides).
 */
export function rolbepalingWijze(rollen: readonly Rol[]): 'besluiten' | 'voorstellen' | null {
  if (rollen.some((r) => ROLBEPALING.besluiten.includes(r))) return 'besluiten';
  if (rollen.some((r) => ROLBEPALING.voorstellen.includes(r))) return 'voorstellen';
  return null;
}

/** 403 unless the caller may decide the rolbepaling (confirm a proposal), naming who may. */
export function assertMagRolbepalingBesluiten(rollen: readonly Rol[]): void {
  if (rolbepalingWijze(rollen) === 'besluiten') return;
  throw new ForbiddenError(
    `De rolbepaling is een besluit van het bestuur: alleen ${ROLBEPALING.besluiten.join(', ')} besluit of bevestigt haar.`,
  );
}

/** The rolbepaling is recorded, proposed and confirmed while the opgave is explored or in this phase. */
export const ROLBEPALING_FASEN: readonly OpgaveStatus[] = ['verkenning', 'rolbepaling'];

export interface OpgaveAbilities {
  wijzigen: boolean;
  stappen: OpgaveStatus[];
  rolbepalingVoorstellen: boolean;
  rolbepalingBesluiten: boolean;
  rolbepalingBevestigen: boolean;
}

/**
 * The caller's abilities on an opgave, as each response carries them (`mag`): whether they may
 * change it, the next states they may take it into (the lifecycle's next states that their roles
 * may reach through the overgangen route), and whether they may propose the rolbepaling, decide it,
 * or confirm the proposal that lies with the college.
 */
export function opgaveMag(
  g: Beller,
  status: OpgaveStatus,
  rolbepaling: RolbepalingStatus | null = null,
): OpgaveAbilities {
  const stapRoute = magRoute(g, ROUTES.opgave.stap);
  const rolFase = ROLBEPALING_FASEN.includes(status);
  const wijze = rolFase && magRoute(g, ROUTES.opgave.rolbepaling) ? rolbepalingWijze(g.rollen) : null;
  return {
    wijzigen: status !== 'afgerond' && magRoute(g, ROUTES.opgave.wijzigen),
    stappen: stapRoute
      ? volgendeStatussen(OPGAVE_GRAAF, status).filter((naar) => magNaarStatus(g.rollen, 'opgave', naar))
      : [],
    rolbepalingVoorstellen: wijze === 'voorstellen',
    rolbepalingBesluiten: wijze === 'besluiten',
    rolbepalingBevestigen:
      rolFase &&
      rolbepaling === 'voorgesteld' &&
      magRoute(g, ROUTES.opgave.bevestigen) &&
      rolbepalingWijze(g.rollen) === 'besluiten',
  };
}

/**
 * The same for a bestuursopdracht. The states a college besluit leads to are reached only through
 * the besluiten route, so they are no `stappen` here; `besluiten` says whether the caller may decide.
 */
export function bestuursopdrachtMag(
  g: Beller,
  status: BestuursopdrachtStatus,
): { wijzigen: boolean; stappen: BestuursopdrachtStatus[]; besluiten: boolean } {
  const stapRoute = magRoute(g, ROUTES.bestuursopdracht.stap);
  return {
    wijzigen: magRoute(g, ROUTES.bestuursopdracht.wijzigen),
    stappen: stapRoute
      ? volgendeStatussen(BESTUURSOPDRACHT_GRAAF, status).filter((naar) =>
          magNaarStatus(g.rollen, 'bestuursopdracht', naar),
        )
      : [],
    besluiten:
      status === 'ter-besluitvorming' &&
      magRoute(g, 'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten'),
  };
}

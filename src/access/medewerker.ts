import type { Zicht } from '../contract/medewerker';
import { ForbiddenError, type Probleem } from '../domain/probleem';
import {
  type Gebruiker,
  magInzetbaarheidZien,
  magPersoonsgegevensZien,
  magVanIedereenInzetbaarheidZien,
  magVanIedereenPersoonsgegevensZien,
} from './gebruiker';

/** Whom a check about a medewerker is about: the person and their team today. */
export type MedewerkerDoel = { medewerkerId: string; teamId: string | null };

/** A reach predicate of gebruiker.ts about one medewerker (magPersoonsgegevensZien and the like). */
export type MedewerkerToets = (g: Gebruiker, doel: MedewerkerDoel) => boolean;

/** 403 when `wat` (e.g. 'de afwezigheid') of this medewerker lies outside the caller's reach. */
export function assertMagMedewerker(
  g: Gebruiker,
  doel: MedewerkerDoel,
  toets: MedewerkerToets,
  wat: string,
): void {
  if (toets(g, doel)) return;
  throw new ForbiddenError(
    `U mag ${wat} van deze medewerker niet inzien of wijzigen: dat kan de medewerker zelf, de eigen teamleider, de directie of P&O.`,
  );
}

/**
 * The fields of a medewerker that are more than the directory basics (name, functie, team, work
 * e-mail, personeelsnummer), wherever they show: the record, its sub-resources, the availability
 * grids and the list's filters and sorts. `teamhistorieData` are the dates of team memberships
 * (the first is the day in service, the last the day out); `afwezigheid` the absence hours and the
 * non-productive hours that follow from them in an availability cell.
 */
export const PERSOONSGEGEVENS = [
  'schaal',
  'trede',
  'inDienst',
  'uitDienst',
  'teamhistorieData',
  'afwezigheid',
] as const;
/** Hours and expertise: also for a programmaregisseur, who matches people to work. */
export const INZETBAARHEID = ['urenPerWeek', 'fte', 'contracthistorie', 'expertises'] as const;
export type MedewerkerVeld = (typeof PERSOONSGEGEVENS)[number] | (typeof INZETBAARHEID)[number];

/**
 * THE table of docs/privacy.md ("Roles and reach") as data: which fields each sight hides. The
 * answers (src/http/zicht.ts, the services), the list's filters and sorts and the test
 * test/api/zichtbaarheid.api.test.ts all read it, so a field is hidden everywhere or nowhere.
 */
export const VERBORGEN_VELDEN: Readonly<Record<Zicht, readonly MedewerkerVeld[]>> = {
  volledig: [],
  inzetbaarheid: PERSOONSGEGEVENS,
  basis: [...PERSOONSGEGEVENS, ...INZETBAARHEID],
};

export function isVerborgen(zicht: Zicht, veld: MedewerkerVeld): boolean {
  return VERBORGEN_VELDEN[zicht].includes(veld);
}

/**
 * What of one medewerker a caller sees: everything for the person themselves, their teamleider,
 * directie and P&O; hours and expertise for a programmaregisseur; the basics for everybody else.
 */
export function zichtOp(g: Gebruiker, doel: MedewerkerDoel): Zicht {
  if (magPersoonsgegevensZien(g, doel)) return 'volledig';
  return magInzetbaarheidZien(g, doel) ? 'inzetbaarheid' : 'basis';
}

/**
 * What a caller sees of EVERY medewerker a list can hold: the whole register (teamId null) or the
 * members of one team today. Never more than zichtOp gives for any one of them, so a filter or sort
 * allowed by it reveals nothing the rows would not show.
 */
export function zichtOpGroep(g: Pick<Gebruiker, 'rollen' | 'teamIds'>, teamId: string | null): Zicht {
  if (magVanIedereenPersoonsgegevensZien(g, teamId)) return 'volledig';
  return magVanIedereenInzetbaarheidZien(g, teamId) ? 'inzetbaarheid' : 'basis';
}

/** The filters and sorts of GET /medewerkers that reveal a field, and which. */
export const LIJST_PARAMETERS = {
  /** Who has left: every value but the default `in-dienst`. */
  status: 'uitDienst',
  expertiseId: 'expertises',
  minNiveau: 'expertises',
  'sorteer=inDienst': 'inDienst',
  'sorteer=schaal': 'schaal',
} as const satisfies Record<string, MedewerkerVeld>;

const VELDNAAM: Record<MedewerkerVeld, string> = {
  schaal: 'de schaal',
  trede: 'de trede',
  inDienst: 'de datum in dienst',
  uitDienst: 'de datum uit dienst',
  teamhistorieData: 'de data van de teamhistorie',
  afwezigheid: 'de afwezigheid',
  urenPerWeek: 'de contracturen',
  fte: 'de fte',
  contracthistorie: 'de contracthistorie',
  expertises: 'de expertise',
};

/** Who sees a field of everybody (and a teamleider of the own team, filtering on that team). */
const WIE: Record<Zicht, string> = {
  volledig: 'de directie en P&O, en een teamleider met teamId van een eigen team',
  inzetbaarheid: 'programmaregisseurs, de directie en P&O, en een teamleider met teamId van een eigen team',
  basis: 'iedereen',
};

/**
 * The problems (400) of a list request that filters or sorts on a field the caller may not see of
 * every medewerker it asks about: refused with a message that says why, never silently ignored.
 */
export function lijstProblemen(
  g: Gebruiker,
  vraag: {
    teamId?: string;
    status: 'in-dienst' | 'uit-dienst' | 'alle';
    expertiseId?: string;
    minNiveau?: number;
    sorteerveld: string;
  },
): Probleem[] {
  const zicht = zichtOpGroep(g, vraag.teamId ?? null);
  const gevraagd: { parameter: string; sleutel: keyof typeof LIJST_PARAMETERS; wat: string }[] = [];
  if (vraag.status !== 'in-dienst')
    gevraagd.push({ parameter: 'status', sleutel: 'status', wat: `filteren op status=${vraag.status}` });
  if (vraag.expertiseId !== undefined)
    gevraagd.push({ parameter: 'expertiseId', sleutel: 'expertiseId', wat: 'filteren op expertise' });
  if (vraag.minNiveau !== undefined)
    gevraagd.push({ parameter: 'minNiveau', sleutel: 'minNiveau', wat: 'filteren op niveau' });
  const sorteer = `sorteer=${vraag.sorteerveld}`;
  if (sorteer in LIJST_PARAMETERS)
    gevraagd.push({
      parameter: 'sorteer',
      sleutel: sorteer as keyof typeof LIJST_PARAMETERS,
      wat: `sorteren op ${vraag.sorteerveld}`,
    });
  return gevraagd
    .filter((p) => isVerborgen(zicht, LIJST_PARAMETERS[p.sleutel]))
    .map((p) => {
      const veld = LIJST_PARAMETERS[p.sleutel];
      const nodig: Zicht = (PERSOONSGEGEVENS as readonly string[]).includes(veld)
        ? 'volledig'
        : 'inzetbaarheid';
      return {
        veld: p.parameter,
        code: 'niet-zichtbaar',
        melding: `U kunt niet ${p.wat}: ${VELDNAAM[veld]} van medewerkers mag u niet zien, dus ook niet via een filter of sortering. Dat kunnen ${WIE[nodig]}.`,
      };
    });
}

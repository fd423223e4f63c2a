import type { IsoDatum } from './datum';
import { geldtOp, type Periode } from './periode';
import type { Probleem } from './probleem';

/**
 * The gesprekscyclus (issue 14, item 2): who led a medewerker on the date of a conversation, what a
 * valid conversation and action are, and which agreed actions are overdue. Pure: the service reads
 * the history and applies these.
 */

export type GesprekStatus = 'gepland' | 'gevoerd' | 'vastgesteld';
export const GESPREK_STATUSSEN: readonly GesprekStatus[] = ['gepland', 'gevoerd', 'vastgesteld'];
export type ActieEigenaar = 'medewerker' | 'leidinggevende';

export interface Lidmaatschap extends Periode {
  teamId: string;
}
export interface Leiderschap extends Periode {
  teamId: string;
  medewerkerId: string;
  rol: 'teamleider' | 'directeur';
}

/**
 * The medewerker's basisteam on `datum` and the one who led it that day: its teamleider, or where
 * the team had none (a directie team) its directeur. Nobody leads themself: a teamleider who is a
 * member of the team they lead has no leidinggevende here (P&O and the medewerker still see it).
 */
export function leidingOp(
  medewerkerId: string,
  lidmaatschappen: readonly Lidmaatschap[],
  leiderschappen: readonly Leiderschap[],
  datum: IsoDatum,
): { teamId: string | null; leidinggevendeId: string | null } {
  const lid = lidmaatschappen.find((l) => geldtOp(l, datum));
  if (!lid) return { teamId: null, leidinggevendeId: null };
  const vanTeam = leiderschappen.filter(
    (l) => l.teamId === lid.teamId && geldtOp(l, datum) && l.medewerkerId !== medewerkerId,
  );
  const leider = vanTeam.find((l) => l.rol === 'teamleider') ?? vanTeam.find((l) => l.rol === 'directeur');
  return { teamId: lid.teamId, leidinggevendeId: leider?.medewerkerId ?? null };
}

export interface GesprekInvoer {
  soort?: string;
  datum?: IsoDatum;
  status?: GesprekStatus;
  verslag?: string;
}

/**
 * A conversation's problems, all at once: its kind must be one the organisation uses (an inactive
 * kind stays valid on conversations that already have it), its date within the employment and at
 * most a year ahead, and a conversation is only `vastgesteld` with a verslag.
 */
export function gesprekProblemen(
  i: GesprekInvoer,
  context: {
    actieveSoorten: readonly string[];
    huidigeSoort?: string;
    inDienst: IsoDatum;
    uitDienst: IsoDatum | null;
    vandaag: IsoDatum;
  },
): Probleem[] {
  const p: Probleem[] = [];
  if (
    i.soort !== undefined &&
    i.soort !== context.huidigeSoort &&
    !context.actieveSoorten.includes(i.soort)
  ) {
    p.push({
      veld: 'soort',
      code: 'onbekende-soort',
      melding: `Kies een soort gesprek die de organisatie gebruikt: ${context.actieveSoorten.join(', ')}.`,
    });
  }
  if (i.datum !== undefined) {
    if (i.datum < context.inDienst || (context.uitDienst !== null && i.datum > context.uitDienst)) {
      p.push({
        veld: 'datum',
        code: 'buiten-dienstverband',
        melding: `Kies een datum binnen het dienstverband (vanaf ${context.inDienst}${
          context.uitDienst ? ` tot en met ${context.uitDienst}` : ''
        }).`,
      });
    } else if (i.datum > eenJaarNa(context.vandaag)) {
      p.push({
        veld: 'datum',
        code: 'te-ver-vooruit',
        melding: 'Plan een gesprek hoogstens een jaar vooruit.',
      });
    }
  }
  if (i.status === 'vastgesteld' && (i.verslag ?? '').trim() === '') {
    p.push({
      veld: 'verslag',
      code: 'verslag-nodig',
      melding: 'Een vastgesteld gesprek heeft een verslag. Vul het verslag in of kies status gevoerd.',
    });
  }
  return p;
}

function eenJaarNa(datum: IsoDatum): IsoDatum {
  return `${Number(datum.slice(0, 4)) + 1}${datum.slice(4)}`;
}

/** An agreed action's deadline lies on or after the conversation it was agreed in. */
export function actieProblemen(deadline: IsoDatum | null | undefined, gesprekDatum: IsoDatum): Probleem[] {
  if (deadline == null || deadline >= gesprekDatum) return [];
  return [
    {
      veld: 'deadline',
      code: 'voor-gesprek',
      melding: `De deadline ligt voor het gesprek (${gesprekDatum}). Kies ${gesprekDatum} of later.`,
    },
  ];
}

/** Overdue: not completed, and its deadline has passed (the deadline day itself still counts). */
export function isVerlopen(
  actie: { deadline: IsoDatum | null; afgerondOp: IsoDatum | null },
  vandaag: IsoDatum,
): boolean {
  return actie.afgerondOp === null && actie.deadline !== null && actie.deadline < vandaag;
}

/** How many days an overdue action is past its deadline (0 when it is not overdue). */
export function dagenVerlopen(
  actie: { deadline: IsoDatum | null; afgerondOp: IsoDatum | null },
  vandaag: IsoDatum,
): number {
  if (!isVerlopen(actie, vandaag)) return 0;
  return Math.round((Date.parse(vandaag) - Date.parse(actie.deadline!)) / 86_400_000);
}

export interface TeamDekking {
  teamId: string;
  naam: string;
  aantalMedewerkers: number;
  aantalMetGesprek: number;
}

/**
 * Per team how many medewerkers had a conversation this year, as an aggregate for P&O, the directie
 * and the OR: a team below `minimum` people is merged into "overig", and while "overig" itself is
 * below the minimum the smallest shown team joins it, so the organisation's total minus the teams
 * shown never isolates a small group. With fewer than `minimum` people in all, nothing is shown.
 */
export function dekkingPerTeam(
  teams: readonly TeamDekking[],
  minimum: number,
): {
  teams: TeamDekking[];
  overig: Omit<TeamDekking, 'teamId' | 'naam'> | null;
  totaal: Omit<TeamDekking, 'teamId' | 'naam'> | null;
} {
  const som = (ts: readonly TeamDekking[]) => ({
    aantalMedewerkers: ts.reduce((n, t) => n + t.aantalMedewerkers, 0),
    aantalMetGesprek: ts.reduce((n, t) => n + t.aantalMetGesprek, 0),
  });
  const totaal = som(teams);
  if (totaal.aantalMedewerkers < minimum) return { teams: [], overig: null, totaal: null };
  const getoond = [...teams]
    .filter((t) => t.aantalMedewerkers >= minimum)
    .sort((a, b) => a.aantalMedewerkers - b.aantalMedewerkers || a.naam.localeCompare(b.naam));
  let rest = teams.filter((t) => t.aantalMedewerkers < minimum);
  while (rest.length > 0 && som(rest).aantalMedewerkers < minimum && getoond.length > 0) {
    rest = [...rest, getoond.shift()!];
  }
  return {
    teams: getoond.sort((a, b) => a.naam.localeCompare(b.naam)),
    overig: rest.length > 0 ? som(rest) : null,
    totaal,
  };
}

const SOORT_CODE = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * The code a new kind of conversation is known by in the API and in exports, made from its name
 * when P&O gives none ("Exitgesprek" → `exitgesprek`, "Één op één" → `een-op-een`): users think in
 * names; a code only has to be stable, valid and unique, so a taken one gets `-2`, `-3`, ….
 */
export function soortCodeVoorNaam(naam: string, bestaand: ReadonlySet<string>): string {
  const slug = naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 34)
    .replace(/-+$/, '');
  const basis = /^[a-z]/.test(slug) ? slug : `soort${slug ? `-${slug}` : ''}`.slice(0, 34);
  if (!bestaand.has(basis)) return basis;
  for (let n = 2; ; n++) {
    const code = `${basis}-${n}`;
    if (!bestaand.has(code)) return code;
  }
}

/** Whether a code is one the API accepts (lower case letters, digits and `-`, starting with a letter). */
export const isSoortCode = (code: string): boolean => SOORT_CODE.test(code);

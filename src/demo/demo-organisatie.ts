import { faker } from '@faker-js/faker/locale/nl';
import { plusDagen } from '../domain/datum';
import {
  type BasisteamSjabloon,
  basisteamSjablonen,
  contracturenVerdeling,
  directieTeam,
  expertiseCatalogus,
  leidinggevendeCategorieen,
  leidinggevendeFuncties,
  wijken,
} from './demo-catalogus';
import { createPeople, type People, pickUren } from './demo-personeel';
import type { DemoExpertise, DemoOrganisatie, DemoTeam } from './demo-rijen';
import { firstDayOf, lastDayOf, monthOf, today } from './kalendermaand';

export type * from './demo-rijen';

export interface DemoOptions {
  /** Total number of medewerkers, including leads and those already uit dienst. */
  medewerkers: number;
  seed?: number;
  /** The date the demo is built around ('YYYY-MM-DD'); today unless a test fixes it. */
  peildatum?: string;
}

export const standaardSeed = 2023;
export const minimumMedewerkers = 20;

/** How one regular medewerker's history looks; leads always have the plain shape. */
type Verloop =
  | 'gewoon'
  | 'contracthistorie'
  | 'teamhistorie'
  | 'uitDienst'
  | 'toekomstigeTeamwissel'
  | 'toekomstigeContractwijziging'
  | 'toekomstigUitDienst'
  | 'toekomstigInDienst';

/**
 * Builds a fictional municipality shaped like the one in the council letter: a directie with two
 * directeuren (one the gemeentesecretaris), about one basisteam per 19 medewerkers (21 at 400), one
 * teamleider per two basisteams, and a little history and a few changes dated next month.
 */
export function generateDemoOrganisatie(options: DemoOptions): DemoOrganisatie {
  const aantal = options.medewerkers;
  if (!Number.isInteger(aantal) || aantal < minimumMedewerkers) {
    throw new RangeError(`Een demo-organisatie heeft minstens ${minimumMedewerkers} medewerkers nodig.`);
  }
  // The faker singleton is reseeded on every call: generation is synchronous, so nothing else can
  // draw from it in between, and the same seed gives the same output.
  faker.seed(options.seed ?? standaardSeed);
  const peildatum = options.peildatum ?? today();
  const nu = monthOf(peildatum);
  const org: DemoOrganisatie = {
    peildatum,
    teams: [],
    medewerkers: [],
    contracturen: [],
    teamlidmaatschappen: [],
    leiderschap: [],
    expertises: [],
    medewerker_expertise: [],
  };

  const aantalBasisteams = Math.max(1, Math.round(aantal / 19));
  const aantalTeamleiders = Math.max(1, Math.floor(aantalBasisteams / 2));
  const aantalInTeams = aantal - 2 - aantalTeamleiders;

  org.expertises = buildExpertises();
  const directie: DemoTeam = {
    id: faker.string.uuid(),
    soort: 'directie',
    parent_id: null,
    opgeheven_op: null,
    ...directieTeam,
  };
  const basisteams = Array.from({ length: aantalBasisteams }, (_, i) => buildBasisteam(i, directie.id));
  org.teams = [directie, ...basisteams.map((b) => b.team)];

  const people = createPeople(org, nu);

  hireLeidinggevenden(people, org, directie, basisteams, aantalTeamleiders, nu);

  const verlopen = assignVerlopen(aantalInTeams, aantal, aantalBasisteams);
  const grootten = divide(
    aantalInTeams,
    basisteams.map((b) => b.gewicht),
  );
  let k = 0;
  grootten.forEach((grootte, teamIndex) => {
    for (let j = 0; j < grootte; j++) hireInTeam(people, basisteams, teamIndex, verlopen[k++]!, nu);
  });
  return org;
}

interface Basisteam {
  team: DemoTeam;
  sjabloon: BasisteamSjabloon;
  gewicht: number;
}

function buildBasisteam(i: number, directieId: string): Basisteam {
  const sjabloon = basisteamSjablonen[i % basisteamSjablonen.length]!;
  const ronde = Math.floor(i / basisteamSjablonen.length);
  // Beyond 21 teams the names repeat per wijk ("Publiekszaken Noord"), then numbered per round of wijken.
  const wijk = ronde === 0 ? '' : ` ${wijken[(ronde - 1) % wijken.length]}`;
  const nummer = ronde > wijken.length ? ` ${Math.floor((ronde - 1) / wijken.length) + 1}` : '';
  return {
    team: {
      id: faker.string.uuid(),
      naam: `${sjabloon.naam}${wijk}${nummer}`,
      soort: 'basisteam',
      parent_id: directieId,
      omschrijving: sjabloon.omschrijving,
      opgeheven_op: null,
    },
    sjabloon,
    gewicht: sjabloon.gewicht * (ronde === 0 ? 1 : faker.number.float({ min: 0.8, max: 1.2 })),
  };
}

/** The gemeentesecretaris, a second directeur, then the teamleiders; all members of the directie team. */
function hireLeidinggevenden(
  people: People,
  org: DemoOrganisatie,
  directie: DemoTeam,
  basisteams: Basisteam[],
  aantalTeamleiders: number,
  nu: number,
): void {
  const leidinggevenden = [
    { functie: leidinggevendeFuncties.gemeentesecretaris, rol: 'directeur' as const, gs: true },
    { functie: leidinggevendeFuncties.directeur, rol: 'directeur' as const, gs: false },
    ...Array.from({ length: aantalTeamleiders }, () => ({
      functie: leidinggevendeFuncties.teamleider,
      rol: 'teamleider' as const,
      gs: false,
    })),
  ];
  leidinggevenden.forEach((lead, i) => {
    const inMaand = faker.number.int({ min: nu - 300, max: nu - (lead.rol === 'directeur' ? 60 : 24) });
    const m = people.hire(lead.functie, inMaand, leidinggevendeCategorieen);
    // Leading since the reorganisation (or since joining, if later); in_dienst is a first of month.
    const sinds = (maanden: number) => firstDayOf(Math.max(monthOf(m.in_dienst), nu - maanden));
    const leidtSinds = sinds(lead.rol === 'directeur' ? 60 : 24);
    const geleid = lead.rol === 'directeur' ? [] : teamsLedBy(i - 2, aantalTeamleiders, basisteams.length);
    // The directie is for those who lead (src/domain/basisteam.ts): before that, a basisteam — the
    // first team a teamleider leads, for a directeur the first basisteam. No faker call: the rest of
    // the demo stays as it was.
    if (leidtSinds > m.in_dienst) {
      const eerder = basisteams[geleid[0] ?? 0]!.team.id;
      people.join(m, eerder, m.in_dienst, plusDagen(leidtSinds, -1));
    }
    people.join(m, directie.id, leidtSinds, null);
    people.contract(
      m,
      faker.helpers.weightedArrayElement([
        { weight: 3, value: 36 },
        { weight: 1, value: 32 },
      ]),
      m.in_dienst,
      null,
    );
    const addLeiderschap = (team_id: string, ingangsdatum: string) =>
      org.leiderschap.push({
        id: faker.string.uuid(),
        medewerker_id: m.id,
        team_id,
        rol: lead.rol,
        gemeentesecretaris: lead.gs,
        ingangsdatum,
        einddatum: null,
      });
    if (lead.rol === 'directeur') {
      addLeiderschap(directie.id, leidtSinds);
      return;
    }
    for (const team of geleid) addLeiderschap(basisteams[team]!.team.id, leidtSinds);
  });
}

/** Teamleider t leads basisteams 2t and 2t+1; the last one also takes an odd team out. */
export function teamsLedBy(t: number, aantalTeamleiders: number, aantalBasisteams: number): number[] {
  const eerste = 2 * t;
  const laatste = t === aantalTeamleiders - 1 ? aantalBasisteams - 1 : eerste + 1;
  return Array.from({ length: laatste - eerste + 1 }, (_, j) => eerste + j);
}

function buildExpertises(): DemoExpertise[] {
  return Object.entries(expertiseCatalogus).flatMap(([categorie, namen]) =>
    namen.map((naam) => ({ id: faker.string.uuid(), naam, categorie, omschrijving: null })),
  );
}

/** Which regular medewerkers get which history: a few of each kind, the rest plain. */
function assignVerlopen(aantalInTeams: number, aantal: number, aantalBasisteams: number): Verloop[] {
  const enkele = Math.max(1, Math.round(aantal / 130));
  const eenTeam = aantalBasisteams < 2;
  const aantallen: [Verloop, number][] = [
    ['contracthistorie', Math.round(aantal * 0.05)],
    ['teamhistorie', eenTeam ? 0 : Math.round(aantal * 0.05)],
    ['uitDienst', Math.max(1, Math.round(aantal * 0.02))],
    ['toekomstigeTeamwissel', eenTeam ? 0 : enkele],
    ['toekomstigeContractwijziging', enkele],
    ['toekomstigUitDienst', enkele],
    ['toekomstigInDienst', Math.max(1, Math.round(enkele / 2))],
  ];
  const verlopen: Verloop[] = aantallen.flatMap(([verloop, n]) => Array<Verloop>(n).fill(verloop));
  verlopen.length = Math.min(verlopen.length, aantalInTeams);
  while (verlopen.length < aantalInTeams) verlopen.push('gewoon');
  return faker.helpers.shuffle(verlopen);
}

function hireInTeam(
  people: People,
  basisteams: Basisteam[],
  teamIndex: number,
  verloop: Verloop,
  nu: number,
) {
  const { team, sjabloon } = basisteams[teamIndex]!;
  const functie = faker.helpers.weightedArrayElement(
    sjabloon.functies.map((f) => ({ weight: f.gewicht, value: f })),
  );
  const uren = pickUren();
  const otherTeam = () => {
    const j = faker.number.int({ min: 0, max: basisteams.length - 2 });
    return basisteams[j >= teamIndex ? j + 1 : j]!.team.id;
  };
  const otherUren = () =>
    faker.helpers.arrayElement(contracturenVerdeling.filter((c) => c.uren !== uren)).uren;
  const longAgo = () => faker.number.int({ min: nu - 300, max: nu - 24 });

  if (verloop === 'toekomstigInDienst') {
    const m = people.hire(functie, nu + 1, sjabloon.categorieen);
    people.join(m, team.id, m.in_dienst, null);
    people.contract(m, uren, m.in_dienst, null);
    return;
  }
  const historisch = verloop === 'contracthistorie' || verloop === 'teamhistorie' || verloop === 'uitDienst';
  const m = people.hire(
    functie,
    historisch ? longAgo() : faker.number.int({ min: nu - 300, max: nu - 1 }),
    sjabloon.categorieen,
  );
  const inMaand = monthOf(m.in_dienst);

  switch (verloop) {
    case 'contracthistorie': {
      const wissel = faker.number.int({ min: inMaand + 6, max: nu - 1 });
      people.join(m, team.id, m.in_dienst, null);
      people.contract(m, otherUren(), m.in_dienst, lastDayOf(wissel - 1));
      people.contract(m, uren, firstDayOf(wissel), null);
      return;
    }
    case 'teamhistorie': {
      const wissel = faker.number.int({ min: inMaand + 6, max: nu - 1 });
      people.join(m, otherTeam(), m.in_dienst, lastDayOf(wissel - 1));
      people.join(m, team.id, firstDayOf(wissel), null);
      people.contract(m, uren, m.in_dienst, null);
      return;
    }
    case 'uitDienst': {
      const einde = lastDayOf(faker.number.int({ min: Math.max(inMaand + 6, nu - 18), max: nu - 1 }));
      m.uit_dienst = einde;
      people.join(m, team.id, m.in_dienst, einde);
      people.contract(m, uren, m.in_dienst, einde);
      return;
    }
    case 'toekomstigeTeamwissel':
      people.join(m, team.id, m.in_dienst, lastDayOf(nu));
      people.join(m, otherTeam(), firstDayOf(nu + 1), null);
      people.contract(m, uren, m.in_dienst, null);
      return;
    case 'toekomstigeContractwijziging':
      people.join(m, team.id, m.in_dienst, null);
      people.contract(m, uren, m.in_dienst, lastDayOf(nu));
      people.contract(m, otherUren(), firstDayOf(nu + 1), null);
      return;
    case 'toekomstigUitDienst': {
      const einde = lastDayOf(nu + 1);
      m.uit_dienst = einde;
      people.join(m, team.id, m.in_dienst, einde);
      people.contract(m, uren, m.in_dienst, einde);
      return;
    }
    default:
      people.join(m, team.id, m.in_dienst, null);
      people.contract(m, uren, m.in_dienst, null);
  }
}

/** Splits a total over weights by largest remainder, so the parts add up exactly. */
export function divide(total: number, gewichten: number[]): number[] {
  const som = gewichten.reduce((a, b) => a + b, 0);
  const exact = gewichten.map((g) => (total * g) / som);
  const delen = exact.map(Math.floor);
  let rest = total - delen.reduce((a, b) => a + b, 0);
  const volgorde = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest-- <= 0) break;
    delen[i]!++;
  }
  return delen;
}

import type { Graaf } from './levenscyclus';
import type { Probleem } from './probleem';

/**
 * An opgave (strategic or complex societal challenge): signalled, explored with stakeholders, its
 * role decided by the college, then an approach, execution and evaluation. One may step back one
 * phase where the work shows the earlier phase was not done (more exploration, a new role decision).
 */
export const OPGAVE_STATUSSEN = [
  'signalering',
  'verkenning',
  'rolbepaling',
  'aanpak',
  'uitvoering',
  'evaluatie',
  'afgerond',
] as const;
export type OpgaveStatus = (typeof OPGAVE_STATUSSEN)[number];

export const OPGAVE_GRAAF: Graaf<OpgaveStatus> = {
  signalering: ['verkenning', 'afgerond'],
  verkenning: ['rolbepaling', 'signalering', 'afgerond'],
  rolbepaling: ['aanpak', 'verkenning'],
  aanpak: ['uitvoering', 'rolbepaling'],
  uitvoering: ['evaluatie'],
  evaluatie: ['afgerond', 'uitvoering'],
  afgerond: [],
};

export const BETROKKENHEID = ['informeren', 'raadplegen', 'coproduceren', 'meebeslissen'] as const;
export const INVLOED = ['laag', 'midden', 'hoog'] as const;
export const EIGENAARSCHAP = ['laag', 'midden', 'hoog'] as const;
export const OVERHEIDSROLLEN = ['rechtmatig', 'presterend', 'netwerkend', 'participerend'] as const;
export type Overheidsrol = (typeof OVERHEIDSROLLEN)[number];
/**
 * The mate van eigenaarschap is the bestuur's to decide: a rolbepaling is a proposal (of a
 * programmaregisseur or directeur) until the college decides or confirms it.
 */
export const ROLBEPALING_STATUSSEN = ['voorgesteld', 'besloten'] as const;
export type RolbepalingStatus = (typeof ROLBEPALING_STATUSSEN)[number];

/** What an opgave must hold before it may enter a state; every missing thing at once. */
export interface OpgaveStand {
  omschrijving: string | null;
  aantalStakeholders: number;
  aantalBevindingen: number;
  /** 'geen' before anybody recorded one; a proposal does not count as the college's decision. */
  rolbepaling: 'geen' | RolbepalingStatus;
  strategie: string | null;
  aanpak: string | null;
  programmaregisseur: boolean;
  evaluatie: string | null;
}

export function opgaveEisen(naar: OpgaveStatus, s: OpgaveStand): Probleem[] {
  const p: Probleem[] = [];
  const leeg = (x: string | null) => !x || x.trim() === '';
  if (naar === 'verkenning' && leeg(s.omschrijving)) {
    p.push({
      veld: 'omschrijving',
      code: 'verplicht',
      melding: 'Beschrijf de opgave voordat de verkenning begint.',
    });
  }
  // A proposal lies with the college: the opgave moves on only once the college confirmed it.
  if ((naar === 'rolbepaling' || naar === 'aanpak') && s.rolbepaling === 'voorgesteld') {
    p.push({
      veld: 'rolbepaling',
      code: 'niet-bevestigd',
      melding:
        'De rolbepaling is nog een voorstel. Het college moet haar eerst bevestigen, met de datum en het kenmerk van het collegebesluit.',
    });
  }
  if (naar === 'rolbepaling') {
    if (s.aantalStakeholders === 0)
      p.push({
        veld: 'stakeholders',
        code: 'verplicht',
        melding: 'Leg minstens één stakeholder van de verkenning vast.',
      });
    if (s.aantalBevindingen === 0)
      p.push({
        veld: 'bevindingen',
        code: 'verplicht',
        melding: 'Leg minstens één bevinding van de verkenning vast.',
      });
  }
  if (naar === 'aanpak' && s.rolbepaling === 'geen') {
    p.push({
      veld: 'rolbepaling',
      code: 'verplicht',
      melding:
        'Leg eerst de rolbepaling van het college vast (eigenaarschap, overheidsrol, datum en besluit).',
    });
  }
  if (naar === 'uitvoering') {
    if (leeg(s.strategie))
      p.push({ veld: 'strategie', code: 'verplicht', melding: 'Beschrijf de strategie.' });
    if (leeg(s.aanpak)) p.push({ veld: 'aanpak', code: 'verplicht', melding: 'Beschrijf de aanpak.' });
    if (!s.programmaregisseur)
      p.push({
        veld: 'programmaregisseurMedewerkerId',
        code: 'verplicht',
        melding: 'Wijs een programmaregisseur aan.',
      });
  }
  if (naar === 'afgerond' && s.rolbepaling === 'besloten' && leeg(s.evaluatie)) {
    p.push({
      veld: 'evaluatie',
      code: 'verplicht',
      melding: 'Leg de evaluatie vast voordat de opgave wordt afgerond.',
    });
  }
  return p;
}

/** The primary role is one of the four; the secondary ones are others of the four, each once. */
export function rolbepalingProblemen(primair: Overheidsrol, secundair: readonly Overheidsrol[]): Probleem[] {
  const p: Probleem[] = [];
  if (secundair.includes(primair))
    p.push({
      veld: 'overheidsrolSecundair',
      code: 'dubbel',
      melding: 'De primaire rol staat al vast; kies als secundaire rol alleen andere rollen.',
    });
  if (new Set(secundair).size !== secundair.length)
    p.push({ veld: 'overheidsrolSecundair', code: 'dubbel', melding: 'Noem elke secundaire rol één keer.' });
  return p;
}

/**
 * A decision of the college names its date and its besluit by kenmerk: a collegebesluit has a number
 * ("B&W 2026/041", "CB-2026-112"), so a kenmerk without any digit ("nog niet besloten", "n.v.t.")
 * refers to no besluit at all.
 */
export function besluitProblemen(
  datum: string | null | undefined,
  besluit: string | null | undefined,
): Probleem[] {
  const p: Probleem[] = [];
  if (!datum)
    p.push({ veld: 'datum', code: 'verplicht', melding: 'Vul de datum van het collegebesluit in.' });
  const kenmerk = besluit?.trim() ?? '';
  if (kenmerk === '')
    p.push({
      veld: 'besluit',
      code: 'verplicht',
      melding: 'Vul het kenmerk van het collegebesluit in (bijvoorbeeld B&W 2026/041).',
    });
  else if (kenmerk.length < 3 || !/[0-9]/.test(kenmerk))
    p.push({
      veld: 'besluit',
      code: 'geen-kenmerk',
      melding: `'${kenmerk}' is geen kenmerk van een collegebesluit: noem het besluit met zijn nummer (bijvoorbeeld B&W 2026/041).`,
    });
  return p;
}

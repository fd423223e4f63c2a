/**
 * The lifecycles as the dossier pages show them: the phases of the stepper, and for the next states
 * the API offers (`volgendeStatussen`) the buttons this user may press, with a label that says what
 * the step means ("Indienen bij het college", "Terug naar verkenning").
 */
import {
  BESLUIT_UITKOMSTEN,
  type BestuursopdrachtStatus,
  OPGAVE_STATUSSEN,
  type OpgaveStatus,
} from '../../api/wendbaar.types';
import type { Translate } from '../../i18n/i18n';
import type { Fase } from './Fasebalk';
import type { StapKeuze } from './StapPaneel';

export function opgaveFasen(t: Translate): Fase[] {
  return OPGAVE_STATUSSEN.map((s) => ({ sleutel: s, label: t(`wb.opgave.fase.${s}`) }));
}

export function opgaveStappen(
  van: OpgaveStatus,
  volgende: readonly OpgaveStatus[],
  mag: (naar: OpgaveStatus) => boolean,
  t: Translate,
): StapKeuze<OpgaveStatus>[] {
  const plek = (s: OpgaveStatus) => OPGAVE_STATUSSEN.indexOf(s);
  return volgende.filter(mag).map((naar) => {
    if (naar === 'afgerond')
      return { naar, label: t('wb.opgave.stap.afronden'), primair: van === 'evaluatie' };
    const vooruit = plek(naar) > plek(van);
    const fase = t(`wb.opgave.fase.${naar}`).toLowerCase();
    return {
      naar,
      label: vooruit ? t('wb.opgave.stap.naar', { fase }) : t('wb.opgave.stap.terug', { fase }),
      primair: vooruit,
    };
  });
}

/** The main path of a bestuursopdracht; the four outcomes of a besluit share one phase. */
const HOOFDLIJN = [
  'concept',
  'verkend',
  'ter-besluitvorming',
  'besluit',
  'in-uitvoering',
  'afgerond',
  'geevalueerd',
];

const isBesluit = (s: string): s is (typeof BESLUIT_UITKOMSTEN)[number] =>
  (BESLUIT_UITKOMSTEN as readonly string[]).includes(s);

/** The phase of the stepper a state belongs to. */
export const opdrachtFase = (status: string) => (isBesluit(status) ? 'besluit' : status);

export function opdrachtFasen(status: BestuursopdrachtStatus, t: Translate): Fase[] {
  return HOOFDLIJN.map((s) => ({
    sleutel: s,
    label:
      s === 'besluit'
        ? isBesluit(status)
          ? t('wb.bo.fase.besluitMet', { uitkomst: t(`wb.bo.status.${status}`).toLowerCase() })
          : t('wb.bo.fase.besluit')
        : t(`wb.bo.status.${s as Exclude<BestuursopdrachtStatus, (typeof BESLUIT_UITKOMSTEN)[number]>}`),
  }));
}

export function opdrachtStappen(
  van: BestuursopdrachtStatus,
  volgende: readonly BestuursopdrachtStatus[],
  mag: (naar: BestuursopdrachtStatus) => boolean,
  t: Translate,
): StapKeuze<BestuursopdrachtStatus>[] {
  // The outcomes of a besluit are reached only through the besluit itself (the college page).
  return volgende
    .filter((naar) => !isBesluit(naar) && mag(naar))
    .map((naar) => {
      switch (naar) {
        case 'concept':
          return { naar, label: t('wb.bo.stap.terugNaarConcept') };
        case 'verkend':
          if (van === 'concept') return { naar, label: t('wb.bo.stap.verkend'), primair: true };
          if (van === 'ter-besluitvorming') return { naar, label: t('wb.bo.stap.intrekken') };
          return { naar, label: t('wb.bo.stap.herzien') };
        case 'ter-besluitvorming':
          return {
            naar,
            label: van === 'verkend' ? t('wb.bo.stap.indienen') : t('wb.bo.stap.opnieuwIndienen'),
            primair: true,
          };
        case 'in-uitvoering':
          return { naar, label: t('wb.bo.stap.inUitvoering'), primair: true };
        case 'afgerond':
          return { naar, label: t('wb.bo.stap.afronden'), primair: true };
        default:
          return { naar, label: t('wb.bo.stap.geevalueerd'), primair: true };
      }
    });
}

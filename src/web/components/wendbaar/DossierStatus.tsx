import type { BestuursopdrachtStatus, OpgaveStatus } from '../../api/wendbaar.types';
import { useT } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';

const OPGAVE_TOON: Record<OpgaveStatus, BadgeTone> = {
  signalering: 'neutral',
  verkenning: 'active',
  rolbepaling: 'active',
  aanpak: 'active',
  uitvoering: 'active',
  evaluatie: 'active',
  afgerond: 'inactive',
};

const OPDRACHT_TOON: Record<BestuursopdrachtStatus, BadgeTone> = {
  concept: 'neutral',
  verkend: 'neutral',
  'ter-besluitvorming': 'warning',
  vastgesteld: 'safe',
  'gewijzigd-vastgesteld': 'safe',
  aangehouden: 'warning',
  afgewezen: 'danger',
  'in-uitvoering': 'active',
  afgerond: 'inactive',
  geevalueerd: 'inactive',
};

/** The phase of an opgave as text in a badge. */
export function OpgaveFase({ status }: { status: OpgaveStatus }) {
  const t = useT();
  return <Badge tone={OPGAVE_TOON[status]}>{t(`wb.opgave.fase.${status}`)}</Badge>;
}

/** The state of a bestuursopdracht as text in a badge. */
export function OpdrachtStatus({ status }: { status: BestuursopdrachtStatus }) {
  const t = useT();
  return <Badge tone={OPDRACHT_TOON[status]}>{t(`wb.bo.status.${status}`)}</Badge>;
}

/** The state of either kind of dossier (the portfolio and the ambitions list both). */
export function DossierStatus({ soort, status }: { soort: 'opgave' | 'bestuursopdracht'; status: string }) {
  if (soort === 'opgave' && status in OPGAVE_TOON) return <OpgaveFase status={status as OpgaveStatus} />;
  if (soort === 'bestuursopdracht' && status in OPDRACHT_TOON)
    return <OpdrachtStatus status={status as BestuursopdrachtStatus} />;
  return <Badge>{status}</Badge>;
}

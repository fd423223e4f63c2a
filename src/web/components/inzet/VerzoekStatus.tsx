import type { Inzetverzoek, InzetverzoekStatus } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';

const TOON: Record<InzetverzoekStatus, BadgeTone> = {
  aangevraagd: 'neutral',
  tegenvoorstel: 'warning',
  ingestemd: 'safe',
  afgewezen: 'danger',
  ingetrokken: 'inactive',
};

/** The state of a request as text in a badge. */
export function VerzoekStatus({ status }: { status: InzetverzoekStatus }) {
  const { t } = useI18n();
  return <Badge tone={TOON[status]}>{t(`iz.status.${status}`)}</Badge>;
}

/** The warnings on a request, each as text: beyond the person's free hours, past the team's reservering. */
export function VerzoekVlaggen({ verzoek }: { verzoek: Inzetverzoek }) {
  const { t } = useI18n();
  if (!verzoek.bovenBeschikbaar && !verzoek.reserveringOverschreden) return null;
  return (
    <span className="wb-iz-vlaggen">
      {verzoek.bovenBeschikbaar && <Badge tone="warning">{t('iz.vlag.bovenBeschikbaar')}</Badge>}
      {verzoek.reserveringOverschreden && <Badge tone="danger">{t('iz.vlag.reservering')}</Badge>}
    </span>
  );
}

/** "2027-W02 t/m 2027-W05" */
export function WekenText({ van, tot }: { van: string; tot: string }) {
  const { t } = useI18n();
  return <span className="wb-iz-weken">{van === tot ? van : t('iz.weken', { van, tot })}</span>;
}

import type { Inzetverzoek, InzetverzoekStatus } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';
import { maandagVan } from '../capaciteit/periode';

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
/** A range of ISO weeks as people read it: the dates, Monday to Sunday, with the week numbers. */
export function WekenText({ van, tot }: { van: string; tot: string }) {
  const { t, formatDate } = useI18n();
  const zondag = new Date(`${maandagVan(tot)}T00:00:00Z`);
  zondag.setUTCDate(zondag.getUTCDate() + 6);
  const nummer = (week: string) => Number(week.slice(6));
  return (
    <span className="wb-iz-weken">
      {t('iz.weken', {
        van: formatDate(maandagVan(van)),
        tot: formatDate(zondag.toISOString().slice(0, 10)),
      })}{' '}
      <span className="wb-muted">
        (
        {van === tot
          ? t('iz.weekNr', { n: nummer(van) })
          : t('iz.wekenNr', { van: nummer(van), tot: nummer(tot) })}
        )
      </span>
    </span>
  );
}

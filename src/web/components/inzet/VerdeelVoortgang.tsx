import { Paragraph } from '@utrecht/component-library-react';
import type { Verdeelvoorstel } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';

const TOON: Record<Verdeelvoorstel['status'], BadgeTone> = {
  rekent: 'warning',
  klaar: 'safe',
  mislukt: 'danger',
};

export function VoorstelStatus({ status }: { status: Verdeelvoorstel['status'] }) {
  const { t } = useI18n();
  return <Badge tone={TOON[status]}>{t(`vv.status.${status}`)}</Badge>;
}

/** The server's defaults when a limit is left out (src/domain/verdeling.ts, the verdeelvoorstel service). */
export const STANDAARD = { maxDossiers: 3, minimumUren: 4, tijdslimietSeconden: 20 } as const;

/**
 * While the optimiser runs: the computing time against its limit as a progress bar, and the best
 * allocation found so far against the proven bound. Not a live region itself: the page announces
 * only the change of state, not every second.
 */
export function VerdeelVoortgang({ voorstel }: { voorstel: Verdeelvoorstel }) {
  const { t, formatNumber } = useI18n();
  const v = voorstel.voortgang ?? {};
  const limiet = voorstel.parameters.tijdslimietSeconden ?? STANDAARD.tijdslimietSeconden;
  const seconden = Math.min(v.seconden ?? 0, limiet);
  return (
    <div className="wb-vv-voortgang" data-testid="verdeel-voortgang">
      <label htmlFor="vv-rekentijd" className="utrecht-form-label">
        {t('vv.voortgang.rekentijd', { seconden: formatNumber(seconden, 0), limiet })}
      </label>
      <progress id="vv-rekentijd" max={limiet} value={seconden} className="wb-vv-progress" />
      {typeof v.beste === 'number' && typeof v.grens === 'number' && (
        <Paragraph>
          {t('vv.voortgang.beste', {
            beste: formatNumber(v.beste, 1),
            grens: formatNumber(v.grens, 1),
          })}
          {typeof v.gap === 'number' &&
            ` ${t('vv.voortgang.gap', { gap: formatNumber(Math.max(0, v.gap) * 100, 1) })}`}
        </Paragraph>
      )}
    </div>
  );
}

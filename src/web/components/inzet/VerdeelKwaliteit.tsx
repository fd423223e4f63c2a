import { Paragraph } from '@utrecht/component-library-react';
import type { VerdeelResultaat } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';

/** Below this proven gap a proposal counts as the best there is (the solver stops at 0.1%). */
const BEWEZEN_BEST = 0.0011;

/**
 * How good the proposal is, in plain words: how many hours it places, how it compares with a simple
 * best-first allocation, and how far from the best possible it can at most be (the proven gap).
 */
export function VerdeelKwaliteit({ resultaat, periode }: { resultaat: VerdeelResultaat; periode: string }) {
  const { t, formatNumber } = useI18n();
  const r = resultaat;
  if (r.status === 'leeg' || r.regels.length === 0) {
    return <Paragraph data-testid="verdeel-kwaliteit">{t('vv.kwal.leeg', { periode })}</Paragraph>;
  }
  const uren = r.regels.reduce((s, x) => s + x.urenPerWeek, 0);
  const winst = r.gretig > 0 ? ((r.doelwaarde - r.gretig) / r.gretig) * 100 : 0;
  return (
    <div data-testid="verdeel-kwaliteit">
      <Paragraph>
        {t('vv.kwal.samenvatting', {
          regels: formatNumber(r.regels.length),
          uren: formatNumber(uren),
          periode,
        })}
      </Paragraph>
      <Paragraph>
        {t('vv.kwal.doel', { doel: formatNumber(r.doelwaarde, 1), gretig: formatNumber(r.gretig, 1) })}{' '}
        {winst >= 0.05
          ? t('vv.kwal.beterDanGretig', { procent: formatNumber(winst, 1) })
          : t('vv.kwal.zoalsGretig')}
      </Paragraph>
      <Paragraph>
        {r.gap < BEWEZEN_BEST
          ? t('vv.kwal.bewezenBest', { grens: formatNumber(r.grens, 1) })
          : t('vv.kwal.gap', { gap: formatNumber(r.gap * 100, 1), grens: formatNumber(r.grens, 1) })}{' '}
        {r.status === 'tijdslimiet' && t('vv.kwal.tijdslimiet', { seconden: formatNumber(r.seconden, 0) })}
      </Paragraph>
    </div>
  );
}

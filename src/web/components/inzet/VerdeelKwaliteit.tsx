import { Paragraph } from '@utrecht/component-library-react';
import type { VerdeelResultaat } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';

/** Below this proven gap a proposal counts as the best there is (the solver stops at 0.1%). */
const BEWEZEN_BEST = 0.0011;

/**
 * The one sentence on what the proposal covers, from the answer's `stand` (the same state the open
 * demand below is shown from, so the two can never disagree): nothing asked, all of it assigned, or
 * part of it with the hours a week left open.
 */
export function VerdeelStandTekst({ resultaat, periode }: { resultaat: VerdeelResultaat; periode: string }) {
  const { t, formatNumber } = useI18n();
  const s = resultaat.stand;
  const waarden = {
    periode,
    regels: formatNumber(resultaat.regels.length),
    gevraagd: formatNumber(s.gevraagdPerWeek),
    verdeeld: formatNumber(s.verdeeldPerWeek),
    open: formatNumber(s.openPerWeek),
  };
  return (
    <Paragraph data-testid="verdeel-stand" data-stand={s.soort}>
      {t(`vv.stand.${s.soort}`, waarden)}
    </Paragraph>
  );
}

/**
 * How good the proposal is, in plain words: what it covers (its stand), how it compares with a simple
 * best-first allocation, and how far from the best possible it can at most be (the proven gap).
 */
export function VerdeelKwaliteit({ resultaat, periode }: { resultaat: VerdeelResultaat; periode: string }) {
  const { t, formatNumber } = useI18n();
  const r = resultaat;
  if (r.regels.length === 0) {
    return (
      <div data-testid="verdeel-kwaliteit">
        <VerdeelStandTekst resultaat={r} periode={periode} />
      </div>
    );
  }
  const winst = r.gretig > 0 ? ((r.doelwaarde - r.gretig) / r.gretig) * 100 : 0;
  return (
    <div data-testid="verdeel-kwaliteit">
      <VerdeelStandTekst resultaat={r} periode={periode} />
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

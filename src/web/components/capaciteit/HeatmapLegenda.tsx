import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { BANDEN, type Band } from './heatmap';

const VOORBEELD: Record<Band, string> = {
  geen: '–',
  laag: '▼ 30%',
  midden: '70%',
  hoog: '95%',
  over: '▲ 120%',
};
const TEKST = {
  geen: 'hm.band.geen',
  laag: 'hm.band.laag',
  midden: 'hm.band.midden',
  hoog: 'hm.band.hoog',
  over: 'hm.band.over',
} as const satisfies Record<Band, string>;

/**
 * What the colours mean, readable without colour: every band has its words, a sample with its
 * percentage and the icon the cells carry (▼ room left, ▲ over-booked, also hatched).
 */
export function HeatmapLegenda({ nuLabel, uitleg }: { nuLabel: string; uitleg: string }) {
  const { t } = useI18n();
  const titelId = useId();
  return (
    <div className="wb-hm-legenda" data-testid="cap-legenda">
      <p className="wb-hm-legenda__titel" id={titelId}>
        {t('hm.legenda')}
      </p>
      <ul className="wb-hm-legenda__lijst" aria-labelledby={titelId}>
        {BANDEN.map((band) => (
          <li key={band} className="wb-hm-legenda__item">
            <span className={`wb-hm-staal wb-hm-band--${band}`} aria-hidden="true">
              {VOORBEELD[band]}
            </span>
            {t(TEKST[band])}
          </li>
        ))}
        <li className="wb-hm-legenda__item">
          <span className="wb-hm-staal wb-hm-staal--nu" aria-hidden="true" />
          {t('hm.nuOmlijnd', { nu: nuLabel })}
        </li>
      </ul>
      <p className="wb-hm-uitleg">{uitleg}</p>
    </div>
  );
}

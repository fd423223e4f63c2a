import { useId } from 'react';
import type { LoonsomJaar } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { euro } from './bedrag';

const BREED = 640;
const HOOG = 280;
const MARGE = { links: 88, rechts: 16, boven: 24, onder: 40 };

/** A round step for the axis: 1, 2 or 5 times a power of ten, about five lines. */
function stap(max: number): number {
  const ruw = max / 5;
  const macht = 10 ** Math.floor(Math.log10(ruw || 1));
  return [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? macht * 10;
}

/**
 * The loonsom of four years as stacked bars (the filled part, then the vacant part hatched) with the
 * budget as a dashed line. A picture for the eye only: it is one image with a summary for screen
 * readers, and the table beside it (`tabelId`) holds every number.
 */
export function LoonsomGrafiek({ jaren, tabelId }: { jaren: LoonsomJaar[]; tabelId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const titelId = useId();
  const descId = useId();
  const patroonId = useId().replace(/:/g, '');
  const max = Math.max(1, ...jaren.map((j) => Math.max(j.totaal, j.budget ?? 0)));
  const s = stap(max);
  const top = Math.ceil(max / s) * s;
  const binnenH = HOOG - MARGE.boven - MARGE.onder;
  const binnenB = BREED - MARGE.links - MARGE.rechts;
  const y = (v: number) => MARGE.boven + binnenH - (v / top) * binnenH;
  const kolom = binnenB / Math.max(1, jaren.length);
  const balk = Math.min(64, kolom * 0.5);
  const lijnen = Array.from({ length: Math.round(top / s) + 1 }, (_, i) => i * s);
  const samenvatting = jaren
    .map((j) =>
      j.ruimte === null
        ? t('ls.grafiek.jaarZonderBudget', { jaar: j.jaar, loonsom: euro(i18n, j.totaal) })
        : t(j.ruimte < 0 ? 'ls.grafiek.jaarOver' : 'ls.grafiek.jaarBinnen', {
            jaar: j.jaar,
            loonsom: euro(i18n, j.totaal),
            budget: euro(i18n, j.budget),
            verschil: euro(i18n, Math.abs(j.ruimte)),
          }),
    )
    .join(' ');

  return (
    <figure className="wb-fm-grafiek" data-testid="loonsom-grafiek">
      <figcaption>
        {t('ls.grafiek.titel')}{' '}
        <a className="utrecht-link" href={`#${tabelId}`}>
          {t('ls.grafiek.naarTabel')}
        </a>
      </figcaption>
      <svg
        viewBox={`0 0 ${BREED} ${HOOG}`}
        role="img"
        aria-labelledby={`${titelId} ${descId}`}
        className="wb-fm-grafiek__svg"
      >
        <title id={titelId}>{t('ls.grafiek.titel')}</title>
        <desc id={descId}>{samenvatting}</desc>
        <defs>
          <pattern
            id={patroonId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="wb-fm-grafiek__vacant-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="wb-fm-grafiek__vacant-lijn" strokeWidth="3" />
          </pattern>
        </defs>
        <g>
          {lijnen.map((v) => (
            <g key={v}>
              <line
                x1={MARGE.links}
                x2={BREED - MARGE.rechts}
                y1={y(v)}
                y2={y(v)}
                className="wb-fm-grafiek__raster"
              />
              <text x={MARGE.links - 6} y={y(v) + 4} textAnchor="end" className="wb-fm-grafiek__as">
                {euro(i18n, v)}
              </text>
            </g>
          ))}
          {jaren.map((j, i) => {
            const x = MARGE.links + kolom * i + (kolom - balk) / 2;
            return (
              <g key={j.jaar}>
                <rect
                  x={x}
                  y={y(j.bezetting)}
                  width={balk}
                  height={y(0) - y(j.bezetting)}
                  className="wb-fm-grafiek__bezet"
                />
                <rect
                  x={x}
                  y={y(j.totaal)}
                  width={balk}
                  height={y(j.bezetting) - y(j.totaal)}
                  fill={`url(#${patroonId})`}
                  className="wb-fm-grafiek__vacant"
                />
                {j.budget !== null && (
                  <line
                    x1={x - 10}
                    x2={x + balk + 10}
                    y1={y(j.budget)}
                    y2={y(j.budget)}
                    className="wb-fm-grafiek__budget"
                  />
                )}
                <text
                  x={x + balk / 2}
                  y={HOOG - MARGE.onder + 18}
                  textAnchor="middle"
                  className="wb-fm-grafiek__as"
                >
                  {j.jaar}
                </text>
                {j.ruimte !== null && j.ruimte < 0 && (
                  <text
                    x={x + balk / 2}
                    y={y(j.totaal) - 6}
                    textAnchor="middle"
                    className="wb-fm-grafiek__over"
                  >
                    {t('ls.grafiek.over')}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <ul className="wb-fm-legenda" aria-hidden="true">
        <li>
          <span className="wb-fm-legenda__bezet" /> {t('ls.kolom.bezetting')}
        </li>
        <li>
          <span className="wb-fm-legenda__vacant" /> {t('ls.kolom.vacatures')}
        </li>
        <li>
          <span className="wb-fm-legenda__budget" /> {t('ls.kolom.budget')}
        </li>
      </ul>
    </figure>
  );
}

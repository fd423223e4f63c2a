import { useId, useState } from 'react';
import type { BehoefteCel } from '../../api/behoefte';
import { useI18n } from '../../i18n/i18n';
import { BehoefteTabel } from './BehoefteTabel';
import { periodeLabel } from './cijfers';

/** The sources stacked from the bottom, each with its colour (legend and bars alike). */
const LAGEN = [
  { sleutel: 'resultaatdoelen', label: 'bh.cijfer.resultaatdoelen', kleur: '#1f5f8b' },
  { sleutel: 'inzet', label: 'bh.cijfer.inzet', kleur: '#7a4b9c' },
  { sleutel: 'capaciteitsvragen', label: 'bh.cijfer.capaciteitsvragen', kleur: '#b0561a' },
] as const;
const LIJN = '#111111';

const BREED = 720;
const HOOG = 260;
const MARGE = { links: 48, rechts: 12, boven: 12, onder: 36 };

/** Round steps for the FTE axis: 1, 2, 5 × 10ⁿ, about four of them. */
function stap(max: number): number {
  const ruw = max / 4;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  return [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? ruw;
}

/**
 * (An svg with role img is one image to assistive technology: its parts need no aria-hidden.)
 *
 * Demand stacked by source against availability (a line), in FTE, per period. An image with a title
 * and a description for screen readers, a text for each period, and a button that shows the same
 * figures as a table (as the capacity heatmap does).
 */
export function BehoefteGrafiek({ cellen, totaal }: { cellen: readonly BehoefteCel[]; totaal: BehoefteCel }) {
  const { t, locale, formatNumber } = useI18n();
  const [alsTabel, setAlsTabel] = useState(false);
  const titelId = useId();
  const omschrijvingId = useId();
  const max = Math.max(0.5, ...cellen.map((c) => Math.max(c.fte.vraag, c.fte.beschikbaar)));
  const s = stap(max);
  const top = Math.ceil(max / s) * s;
  const binnenB = BREED - MARGE.links - MARGE.rechts;
  const binnenH = HOOG - MARGE.boven - MARGE.onder;
  const y = (fte: number) => MARGE.boven + binnenH - (Math.max(0, fte) / top) * binnenH;
  const kolom = binnenB / Math.max(1, cellen.length);
  const x = (i: number) => MARGE.links + i * kolom + kolom / 2;
  const staaf = Math.min(48, kolom * 0.6);
  const treden = Array.from({ length: Math.round(top / s) + 1 }, (_, i) => i * s);
  return (
    <figure className="wb-bh-grafiek" data-testid="bh-grafiek">
      <button
        type="button"
        className="wb-hm-knop"
        aria-pressed={alsTabel}
        onClick={() => setAlsTabel((x) => !x)}
      >
        {alsTabel ? t('bh.toonGrafiek') : t('bh.toonTabel')}
      </button>
      {alsTabel ? (
        <BehoefteTabel cellen={cellen} totaal={totaal} eenheid="fte" testId="bh-grafiek-tabel" />
      ) : (
        <>
          <svg
            viewBox={`0 0 ${BREED} ${HOOG}`}
            role="img"
            aria-labelledby={`${titelId} ${omschrijvingId}`}
            className="wb-bh-svg"
          >
            <title id={titelId}>{t('bh.grafiek')}</title>
            <desc id={omschrijvingId}>
              {t('bh.grafiek.omschrijving')}{' '}
              {cellen
                .map((c) =>
                  t('bh.grafiek.periode', {
                    periode: periodeLabel(c.periode, locale),
                    vraag: formatNumber(c.fte.vraag, 2),
                    beschikbaar: formatNumber(c.fte.beschikbaar, 2),
                  }),
                )
                .join('; ')}
            </desc>
            {treden.map((w) => (
              <g key={w}>
                <line x1={MARGE.links} x2={BREED - MARGE.rechts} y1={y(w)} y2={y(w)} stroke="#c8c8c8" />
                <text x={MARGE.links - 6} y={y(w) + 4} textAnchor="end" fontSize="11" fill="#333">
                  {formatNumber(w, w % 1 === 0 ? 0 : 1)}
                </text>
              </g>
            ))}
            {cellen.map((c, i) => {
              let onder = 0;
              return (
                <g key={c.periode}>
                  {LAGEN.map((laag) => {
                    const waarde = Math.max(0, c.fte[laag.sleutel]);
                    const y1 = y(onder + waarde);
                    const h = y(onder) - y1;
                    onder += waarde;
                    return h > 0 ? (
                      <rect
                        key={laag.sleutel}
                        x={x(i) - staaf / 2}
                        y={y1}
                        width={staaf}
                        height={h}
                        fill={laag.kleur}
                      />
                    ) : null;
                  })}
                  <text x={x(i)} y={HOOG - MARGE.onder + 16} textAnchor="middle" fontSize="11" fill="#333">
                    {periodeLabel(c.periode, locale)}
                  </text>
                </g>
              );
            })}
            <polyline
              fill="none"
              stroke={LIJN}
              strokeWidth="2.5"
              strokeDasharray="6 3"
              points={cellen.map((c, i) => `${x(i)},${y(c.fte.beschikbaar)}`).join(' ')}
            />
            {cellen.map((c, i) => (
              <circle key={c.periode} cx={x(i)} cy={y(c.fte.beschikbaar)} r="4" fill={LIJN} />
            ))}
          </svg>
          <ul className="wb-bh-legenda">
            {LAGEN.map((laag) => (
              <li key={laag.sleutel}>
                <span className="wb-bh-kleur" style={{ background: laag.kleur }} aria-hidden="true" />
                {t(laag.label)}
              </li>
            ))}
            <li>
              <span className="wb-bh-lijn" aria-hidden="true" />
              {t('bh.cijfer.beschikbaar')}
            </li>
          </ul>
        </>
      )}
    </figure>
  );
}

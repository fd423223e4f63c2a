import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../../i18n/i18n';
import { type Band, bandVan, procentVan } from './heatmap';

/** One line of a cell's details ("Beschikbaar", "27,2 uur"). */
export interface Detail {
  label: string;
  waarde: string;
}

export interface HeatKolom {
  sleutel: string;
  kop: string;
  /** A second header line, e.g. the Monday of a week. */
  sub?: string;
  /** The column of today (this week, this month). */
  nu: boolean;
}

export interface HeatCel {
  ratio: number | null;
  /** Small text under the percentage (e.g. the agile hours). */
  klein?: ReactNode;
  /** Made only when shown (tooltip, table), so a big grid does not format every number up front. */
  details: () => Detail[];
  /** Extra data attributes for tests and tools (data-beschikbaar …). */
  data?: Record<`data-${string}`, string>;
}

export interface HeatRij {
  id: string;
  naam: string;
  kop: ReactNode;
  cellen: (HeatCel | null)[];
  totaal?: HeatCel | null;
}

export interface HeatmapProps {
  caption: string;
  /** Header of the names column ("Medewerker", "Team"). */
  rijKop: string;
  kolommen: HeatKolom[];
  rijen: HeatRij[];
  totalen?: { kop: string; cellen: (HeatCel | null)[] };
  /** Shown in today's column header ("deze week"). */
  nuLabel: string;
  testId: string;
  /** A cell's action (entering absence), or undefined for a read-only cell. */
  actie?: (rij: HeatRij, kolom: HeatKolom) => { label: string; onClick: () => void } | undefined;
}

const BAND_SR: Record<Band, 'hm.sr.geen' | 'hm.sr.laag' | 'hm.sr.over' | null> = {
  geen: 'hm.sr.geen',
  laag: 'hm.sr.laag',
  midden: null,
  hoog: null,
  over: 'hm.sr.over',
};
const ICOON: Record<Band, string> = { geen: '', laag: '▼', midden: '', hoog: '', over: '▲' };

/** The percentage of a cell with its icon and, for screen readers, the band in words. */
function CelInhoud({ cel }: { cel: HeatCel }) {
  const { t, formatPercentage } = useI18n();
  const band = bandVan(cel.ratio);
  const procent = procentVan(cel.ratio);
  const sr = BAND_SR[band];
  return (
    <>
      <span className="wb-hm-cel__procent">
        {ICOON[band] && <span aria-hidden="true">{ICOON[band]} </span>}
        {procent === null ? (cel.ratio === null ? '–' : '!') : formatPercentage(procent)}
      </span>
      {sr && <span className="wb-visually-hidden"> {t(sr)}</span>}
      {cel.klein}
    </>
  );
}

/** A read-only cell (totals): coloured, not focusable. */
function VasteCel({ cel }: { cel: HeatCel | null | undefined }) {
  if (!cel) return <span className="wb-hm-cel wb-hm-band--geen">–</span>;
  return (
    <span className={`wb-hm-cel wb-hm-band--${bandVan(cel.ratio)}`} {...cel.data}>
      <CelInhoud cel={cel} />
    </span>
  );
}

interface Actief {
  r: number;
  k: number;
  top: number;
  left: number;
}

/**
 * A heatmap of rows × periods as a real table (column and row headers with scope): each cell is
 * coloured by its utilisation band and shows the percentage, with an icon for under- and
 * over-booking. One cell is in the tab order (roving tabindex); the arrow keys, Home and End move
 * between cells. Hovering or focusing a cell shows its details in a tooltip the cell refers to with
 * aria-describedby; Escape hides it. Today's column is marked and scrolled into view. "Toon als
 * tabel" shows the same data with all numbers as a plain table.
 */
export function Heatmap(props: HeatmapProps) {
  const { t } = useI18n();
  const [alsTabel, setAlsTabel] = useState(false);
  return (
    <div className="wb-hm-wrap">
      <p>
        <button
          type="button"
          className="wb-hm-knop"
          data-testid={`${props.testId}-wissel`}
          onClick={() => setAlsTabel((x) => !x)}
        >
          {alsTabel ? t('hm.toonHeatmap') : t('hm.toonTabel')}
        </button>
      </p>
      {alsTabel ? <TabelAlternatief {...props} /> : <HeatmapTabel {...props} />}
    </div>
  );
}

function HeatmapTabel({ caption, rijKop, kolommen, rijen, totalen, nuLabel, testId, actie }: HeatmapProps) {
  const { t } = useI18n();
  const detailId = useId();
  const captionId = useId();
  const buitenRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const verbergRef = useRef<number | undefined>(undefined);
  const nuKolom = Math.max(
    0,
    kolommen.findIndex((k) => k.nu),
  );
  const [focus, setFocus] = useState({ r: 0, k: nuKolom });
  const [actief, setActief] = useState<Actief | null>(null);

  // The focus stays inside the grid when the range changes.
  useEffect(() => {
    setFocus((f) => ({
      r: Math.min(f.r, Math.max(0, rijen.length - 1)),
      k: Math.min(nuKolom, Math.max(0, kolommen.length - 1)),
    }));
  }, [nuKolom, kolommen.length, rijen.length]);

  // Today's column in view: scroll the table sideways (never the page) so it sits next to the names.
  const nuSleutel = kolommen.find((k) => k.nu)?.sleutel;
  useLayoutEffect(() => {
    const scroll = scrollRef.current;
    if (!scroll || !nuSleutel) return;
    const kop = scroll.querySelector<HTMLElement>('th[data-nu="ja"]');
    const naam = scroll.querySelector<HTMLElement>('thead th.wb-hm-naam');
    if (!kop) return;
    const links = kop.offsetLeft - (naam?.offsetWidth ?? 0);
    const zichtbaar =
      kop.offsetLeft >= scroll.scrollLeft + (naam?.offsetWidth ?? 0) &&
      kop.offsetLeft + kop.offsetWidth <= scroll.scrollLeft + scroll.clientWidth;
    if (!zichtbaar) scroll.scrollLeft = Math.max(0, links - 8);
  }, [nuSleutel]);

  const toon = (r: number, k: number, el: HTMLElement) => {
    window.clearTimeout(verbergRef.current);
    const buiten = buitenRef.current?.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    if (!buiten) return;
    const breedte = Math.min(320, buiten.width);
    setActief({
      r,
      k,
      top: rect.bottom - buiten.top + 2,
      left: Math.max(0, Math.min(rect.left - buiten.left, buiten.width - breedte)),
    });
  };
  const verberg = () => {
    window.clearTimeout(verbergRef.current);
    verbergRef.current = window.setTimeout(() => setActief(null), 150);
  };
  useEffect(() => () => window.clearTimeout(verbergRef.current), []);

  const ga = (r: number, k: number) => {
    const rr = Math.max(0, Math.min(rijen.length - 1, r));
    const kk = Math.max(0, Math.min(kolommen.length - 1, k));
    setFocus({ r: rr, k: kk });
    buitenRef.current?.querySelector<HTMLElement>(`[data-r="${rr}"][data-k="${kk}"]`)?.focus();
  };
  const toets = (event: KeyboardEvent, r: number, k: number) => {
    const stap: Record<string, [number, number]> = {
      ArrowRight: [r, k + 1],
      ArrowLeft: [r, k - 1],
      ArrowDown: [r + 1, k],
      ArrowUp: [r - 1, k],
      Home: [r, 0],
      End: [r, kolommen.length - 1],
    };
    const naar = stap[event.key];
    if (naar) {
      event.preventDefault();
      ga(naar[0], naar[1]);
    } else if (event.key === 'Escape') {
      setActief(null);
    }
  };

  const actieveCel = actief ? rijen[actief.r]?.cellen[actief.k] : undefined;
  return (
    <div className="wb-hm" ref={buitenRef}>
      <div className="wb-hm-scroll" ref={scrollRef}>
        <table className="wb-hm-tabel" data-testid={testId} aria-labelledby={captionId}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="wb-hm-naam">
                {rijKop}
              </th>
              {kolommen.map((kolom) => (
                <th
                  key={kolom.sleutel}
                  scope="col"
                  className={`wb-hm-kop${kolom.nu ? ' wb-hm-kop--nu' : ''}`}
                  data-nu={kolom.nu ? 'ja' : undefined}
                  data-periode={kolom.sleutel}
                  aria-current={kolom.nu ? 'date' : undefined}
                >
                  {kolom.nu && <span className="wb-hm-kop__nu">{nuLabel}</span>}
                  {kolom.kop}
                  {kolom.sub && <span className="wb-hm-kop__datum">{kolom.sub}</span>}
                </th>
              ))}
              <th scope="col">{t('cap.totaal')}</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((rij, r) => (
              <tr key={rij.id} data-rij={r}>
                <th scope="row" className="wb-hm-naam">
                  {rij.kop}
                </th>
                {kolommen.map((kolom, k) => {
                  const cel = rij.cellen[k];
                  const nu = kolom.nu ? ' wb-hm-td--nu' : '';
                  if (!cel)
                    return (
                      <td key={kolom.sleutel} className={`wb-hm-td${nu}`}>
                        <VasteCel cel={null} />
                      </td>
                    );
                  const doe = actie?.(rij, kolom);
                  const gemeenschappelijk = {
                    className: `wb-hm-cel wb-hm-band--${bandVan(cel.ratio)}`,
                    tabIndex: focus.r === r && focus.k === k ? 0 : -1,
                    'data-r': r,
                    'data-k': k,
                    'aria-describedby': actief?.r === r && actief.k === k ? detailId : undefined,
                    onFocus: (e: FocusEvent<HTMLElement>) => {
                      setFocus({ r, k });
                      toon(r, k, e.currentTarget);
                    },
                    onBlur: verberg,
                    onMouseEnter: (e: MouseEvent<HTMLElement>) => toon(r, k, e.currentTarget),
                    onMouseLeave: verberg,
                    onKeyDown: (e: KeyboardEvent) => toets(e, r, k),
                    ...cel.data,
                  };
                  return (
                    <td key={kolom.sleutel} className={`wb-hm-td${nu}`} data-kolom={k}>
                      {doe ? (
                        <button type="button" {...gemeenschappelijk} onClick={doe.onClick}>
                          <CelInhoud cel={cel} />
                          <span className="wb-visually-hidden">, {doe.label}</span>
                        </button>
                      ) : (
                        // A roving tab stop (tabIndex in the spread), so a cell's details are reached by keyboard.
                        <span {...gemeenschappelijk}>
                          <CelInhoud cel={cel} />
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="wb-hm-td wb-hm-totaal">
                  <VasteCel cel={rij.totaal} />
                </td>
              </tr>
            ))}
          </tbody>
          {totalen && (
            <tfoot>
              <tr>
                <th scope="row" className="wb-hm-naam">
                  {totalen.kop}
                </th>
                {kolommen.map((kolom, k) => (
                  <td
                    key={kolom.sleutel}
                    className={`wb-hm-td wb-hm-totaal${kolom.nu ? ' wb-hm-td--nu' : ''}`}
                  >
                    <VasteCel cel={totalen.cellen[k]} />
                  </td>
                ))}
                <td className="wb-hm-td" />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <div
        id={detailId}
        role="tooltip"
        className="wb-hm-detail"
        data-testid={`${testId}-detail`}
        hidden={!actief || !actieveCel}
        style={actief ? { top: actief.top, left: actief.left } : undefined}
        onMouseEnter={() => window.clearTimeout(verbergRef.current)}
        onMouseLeave={verberg}
      >
        {actief && actieveCel && (
          <>
            <p className="wb-hm-detail__titel">
              {rijen[actief.r]?.naam} · {kolommen[actief.k]?.kop}
            </p>
            <dl>
              {actieveCel.details().map((d) => (
                <div key={d.label} style={{ display: 'contents' }}>
                  <dt>{d.label}</dt>
                  <dd>{d.waarde}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </div>
    </div>
  );
}

/** The same data with every number, as a plain table (for screen readers, printing and copying). */
function TabelAlternatief({ caption, rijKop, kolommen, rijen, totalen, testId }: HeatmapProps) {
  const { t } = useI18n();
  const captionId = useId();
  const regels = (cel: HeatCel | null | undefined): ReactNode =>
    cel ? (
      cel.details().map((d) => (
        <span key={d.label} className="wb-hm-alt__regel">
          {d.label}: {d.waarde}
        </span>
      ))
    ) : (
      <span aria-hidden="true">–</span>
    );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="wb-hm-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="wb-hm-tabel wb-hm-alt" data-testid={`${testId}-tabel`}>
        <caption id={captionId}>
          {caption} ({t('hm.alsTabel')})
        </caption>
        <thead>
          <tr>
            <th scope="col" className="wb-hm-naam">
              {rijKop}
            </th>
            {kolommen.map((k) => (
              <th key={k.sleutel} scope="col" aria-current={k.nu ? 'date' : undefined}>
                {k.kop}
                {k.sub && <span className="wb-hm-kop__datum">{k.sub}</span>}
              </th>
            ))}
            <th scope="col">{t('cap.totaal')}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((rij) => (
            <tr key={rij.id}>
              <th scope="row" className="wb-hm-naam">
                {rij.kop}
              </th>
              {kolommen.map((k, i) => (
                <td key={k.sleutel}>{regels(rij.cellen[i])}</td>
              ))}
              <td>{regels(rij.totaal)}</td>
            </tr>
          ))}
        </tbody>
        {totalen && (
          <tfoot>
            <tr>
              <th scope="row" className="wb-hm-naam">
                {totalen.kop}
              </th>
              {kolommen.map((k, i) => (
                <td key={k.sleutel}>{regels(totalen.cellen[i])}</td>
              ))}
              <td />
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}

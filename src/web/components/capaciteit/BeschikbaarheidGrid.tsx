import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { BeschikbaarheidCel, TeamBeschikbaarheid } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { hitteKlasse } from './periode';

/** Row height and column width of a virtualised grid (px); the CSS gives cells these sizes. */
const RIJ = 64;
const KOLOM = 84;
const MARGE_RIJEN = 6;
const MARGE_KOLOMMEN = 4;
/** Grids with more cells than this render only the rows and columns in view. */
const VIRTUEEL_VANAF = 400;

export function Cel({ cel }: { cel: BeschikbaarheidCel }) {
  const { t, formatNumber } = useI18n();
  const ingezet = cel.ingezetRobuust + cel.ingezetWendbaar;
  const ratio = cel.beschikbaar > 0 ? ingezet / cel.beschikbaar : ingezet > 0 ? 2 : null;
  return (
    <span className={`wb-cap-cel ${hitteKlasse(ratio)}`}>
      <span className="wb-cap-cel__regel">
        {t('cap.kort.beschikbaar')} {formatNumber(cel.beschikbaar)}
      </span>
      <span className="wb-cap-cel__regel">
        {t('cap.kort.ingezet')} {formatNumber(ingezet)}
        {cel.ingezetWendbaar > 0 && (
          <span className="wb-cap-cel__wendbaar" data-testid="ingezet-wendbaar">
            {' '}
            ({t('cap.kort.wendbaar')} {formatNumber(cel.ingezetWendbaar)})
          </span>
        )}
      </span>
      <span className="wb-cap-cel__regel">
        {t('cap.kort.vrij')} {formatNumber(cel.vrij)}
      </span>
      {cel.overboekt && (
        <span className="wb-cap-cel__over">
          <span aria-hidden="true">⚠ </span>
          {t('cap.overboekt')}
        </span>
      )}
    </span>
  );
}

function bereik(start: number, grootte: number, aantal: number, maat: number, marge: number) {
  const van = Math.max(0, Math.floor(start / maat) - marge);
  const tot = Math.min(aantal, Math.ceil((start + grootte) / maat) + marge);
  return { van, tot };
}

/**
 * Medewerkers × periods with the team totals. Big grids are virtualised: only the rows and columns
 * in view (plus a margin) are in the DOM, with spacers for the rest; the header row, the first
 * column and the totals row stay in place (sticky). aria-rowcount/colcount and the indexes tell
 * assistive technology the full size.
 */
export function BeschikbaarheidGrid({
  data,
  caption,
  knop,
}: {
  data: TeamBeschikbaarheid;
  caption: string;
  /** Wraps a cell in a button (to enter absence), or returns undefined for a read-only cell. */
  knop?: (
    medewerker: { medewerkerId: string; naam: string },
    periode: string,
    inhoud: ReactNode,
  ) => ReactNode;
}) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, hoogte: 900, breedte: 1400 });
  const aantalRijen = data.medewerkers.length;
  const aantalKolommen = data.perioden.length;
  const virtueel = aantalRijen * aantalKolommen > VIRTUEEL_VANAF;

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !virtueel) return;
    const meet = () =>
      setView({ top: el.scrollTop, left: el.scrollLeft, hoogte: el.clientHeight, breedte: el.clientWidth });
    meet();
    const observer = new ResizeObserver(meet);
    observer.observe(el);
    el.addEventListener('scroll', meet, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', meet);
    };
  }, [virtueel]);

  const rijen = virtueel
    ? bereik(view.top, view.hoogte, aantalRijen, RIJ, MARGE_RIJEN)
    : { van: 0, tot: aantalRijen };
  const kolommen = virtueel
    ? bereik(view.left, view.breedte, aantalKolommen, KOLOM, MARGE_KOLOMMEN)
    : { van: 0, tot: aantalKolommen };
  const links = kolommen.van * KOLOM;
  const rechts = (aantalKolommen - kolommen.tot) * KOLOM;
  const perioden = data.perioden.slice(kolommen.van, kolommen.tot);
  const celKlasse = `utrecht-table__cell wb-cap-td${virtueel ? ' wb-cap-td--vast' : ''}`;
  const spacer = (breedte: number, key: string) =>
    breedte > 0 ? (
      <td
        key={key}
        aria-hidden="true"
        className="wb-cap-spacer"
        style={{ minWidth: breedte, width: breedte }}
      />
    ) : null;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section ref={scrollRef} className="wb-cap-scroll" aria-labelledby="cap-grid-caption" tabIndex={0}>
      <table
        className={`utrecht-table wb-cap-grid${virtueel ? ' wb-cap-grid--virtueel' : ''}`}
        data-testid="cap-grid"
        data-virtueel={virtueel ? 'ja' : 'nee'}
        aria-rowcount={aantalRijen + 2}
        aria-colcount={aantalKolommen + 2}
      >
        <caption id="cap-grid-caption" className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row" aria-rowindex={1}>
            <th scope="col" className="utrecht-table__header-cell wb-cap-sticky" aria-colindex={1}>
              {t('cap.medewerker')}
            </th>
            {spacer(links, 'links')}
            {perioden.map((p, i) => (
              <th
                key={p.sleutel}
                scope="col"
                className="utrecht-table__header-cell wb-cap-kop"
                aria-colindex={kolommen.van + i + 2}
              >
                {p.sleutel}
              </th>
            ))}
            {spacer(rechts, 'rechts')}
            <th scope="col" className="utrecht-table__header-cell" aria-colindex={aantalKolommen + 2}>
              {t('cap.totaal')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rijen.van > 0 && (
            <tr className="wb-cap-spacer-rij" style={{ height: rijen.van * RIJ }}>
              <td aria-hidden="true" colSpan={perioden.length + 4} />
            </tr>
          )}
          {data.medewerkers.slice(rijen.van, rijen.tot).map((m, r) => (
            <tr
              key={m.medewerkerId}
              className="utrecht-table__row"
              aria-rowindex={rijen.van + r + 2}
              data-rij={rijen.van + r}
            >
              <th scope="row" className="utrecht-table__header-cell wb-cap-sticky" aria-colindex={1}>
                <AppLink to={`/medewerkers/${m.medewerkerId}`}>{m.naam}</AppLink>
              </th>
              {spacer(links, 'links')}
              {m.cellen.slice(kolommen.van, kolommen.tot).map((cel, i) => (
                <td
                  key={cel.periode}
                  className={celKlasse}
                  aria-colindex={kolommen.van + i + 2}
                  data-kolom={kolommen.van + i}
                >
                  {knop ? knop(m, cel.periode, <Cel cel={cel} />) : <Cel cel={cel} />}
                </td>
              ))}
              {spacer(rechts, 'rechts')}
              <td className={celKlasse} aria-colindex={aantalKolommen + 2}>
                <Cel cel={m.totaal} />
              </td>
            </tr>
          ))}
          {rijen.tot < aantalRijen && (
            <tr className="wb-cap-spacer-rij" style={{ height: (aantalRijen - rijen.tot) * RIJ }}>
              <td aria-hidden="true" colSpan={perioden.length + 4} />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row wb-cap-totalen" aria-rowindex={aantalRijen + 2}>
            <th scope="row" className="utrecht-table__header-cell wb-cap-sticky" aria-colindex={1}>
              {t('cap.teamTotaal')}
            </th>
            {spacer(links, 'links')}
            {data.totalen.slice(kolommen.van, kolommen.tot).map((cel, i) => (
              <td key={cel.periode} className={celKlasse} aria-colindex={kolommen.van + i + 2}>
                <Cel cel={cel} />
              </td>
            ))}
            {spacer(rechts, 'rechts')}
            <td className="utrecht-table__cell" aria-colindex={aantalKolommen + 2} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

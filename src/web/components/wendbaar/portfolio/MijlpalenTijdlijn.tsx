import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { Portfolio } from '../../../api/wendbaar.types';
import { parseIsoDate, useI18n } from '../../../i18n/i18n';
import { AppLink } from '../../AppLink';
import { DateText } from '../../DateText';
import { TableScroll } from '../../TableScroll';

const dag = (iso: string) => parseIsoDate(iso)?.getTime() ?? 0;

/**
 * The milestones of the bestuursopdrachten in the chosen quarters: a timeline to see them at a
 * glance (a row per milestone, a marker at its date, the quarters as columns), and the same data as
 * a table for those who cannot see the chart.
 */
export function MijlpalenTijdlijn({ portfolio }: { portfolio: Portfolio }) {
  const { t, formatDate } = useI18n();
  const captionId = useId();
  const { perioden } = portfolio;
  const mijlpalen = [...portfolio.mijlpalen].sort((a, b) => a.datum.localeCompare(b.datum));
  if (mijlpalen.length === 0 || perioden.length === 0)
    return <Paragraph>{t('wb.pf.geenMijlpalen')}</Paragraph>;
  const begin = dag(perioden[0]?.van ?? '');
  // One day past the end, so a milestone on the last day stays inside.
  const eind = dag(perioden.at(-1)?.tot ?? '') + 86_400_000;
  const positie = (iso: string) => Math.min(100, Math.max(0, ((dag(iso) - begin) / (eind - begin)) * 100));
  return (
    <>
      <figure className="wb-tijdlijn" aria-hidden="true">
        <div className="wb-tijdlijn__as">
          <span className="wb-tijdlijn__label" />
          <span className="wb-tijdlijn__baan">
            {perioden.map((p) => (
              <span
                key={p.sleutel}
                className="wb-tijdlijn__kwartaal"
                style={{ left: `${positie(p.van)}%`, width: `${positie(p.tot) - positie(p.van)}%` }}
              >
                {p.sleutel}
              </span>
            ))}
          </span>
        </div>
        {mijlpalen.map((m) => (
          <div key={`${m.bestuursopdracht.id}-${m.datum}-${m.titel}`} className="wb-tijdlijn__rij">
            <span className="wb-tijdlijn__label">
              <strong>{m.titel}</strong>
              <span className="wb-muted"> {m.bestuursopdracht.titel}</span>
            </span>
            <span className="wb-tijdlijn__baan">
              {perioden.map((p) => (
                <span key={p.sleutel} className="wb-tijdlijn__lijn" style={{ left: `${positie(p.van)}%` }} />
              ))}
              <span className="wb-tijdlijn__punt" style={{ left: `${positie(m.datum)}%` }}>
                <span
                  className={`wb-tijdlijn__datum${positie(m.datum) < 15 ? ' wb-tijdlijn__datum--begin' : positie(m.datum) > 85 ? ' wb-tijdlijn__datum--eind' : ''}`}
                >
                  {formatDate(m.datum)}
                </span>
              </span>
            </span>
          </div>
        ))}
      </figure>
      <TableScroll labelledBy={captionId}>
        <Table className="wb-table" data-testid="mijlpalen-tabel">
          <caption id={captionId} className="utrecht-table__caption wb-caption">
            {t('wb.pf.mijlpalenCaption')}
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('wb.bo.mijlpaal.datum')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.bo.mijlpaal.titel')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.bo.soort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.pf.kwartaal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mijlpalen.map((m) => (
              <TableRow key={`${m.bestuursopdracht.id}-${m.datum}-${m.titel}`}>
                <TableCell>
                  <DateText value={m.datum} />
                </TableCell>
                <TableHeaderCell scope="row">{m.titel}</TableHeaderCell>
                <TableCell>
                  <AppLink to={`/wendbaar/bestuursopdrachten/${m.bestuursopdracht.id}`}>
                    {m.bestuursopdracht.titel}
                  </AppLink>
                </TableCell>
                <TableCell>
                  {perioden.find((p) => p.van <= m.datum && m.datum <= p.tot)?.sleutel ?? ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

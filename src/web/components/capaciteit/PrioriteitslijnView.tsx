import type { Prioriteitslijn } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';

/**
 * The priority line: a bar per goal of its cumulative hours against the team's capacity, with the
 * line drawn at the capacity; and the same data as a table for those who cannot see the chart.
 */
export function PrioriteitslijnView({ lijn }: { lijn: Prioriteitslijn }) {
  const { t, formatNumber } = useI18n();
  const max = Math.max(lijn.capaciteit, ...lijn.resultaatdoelen.map((r) => r.cumulatief), 1);
  const lijnPct = (lijn.capaciteit / max) * 100;
  return (
    <>
      <p data-testid="prio-samenvatting">
        {t('lijn.samenvatting', {
          capaciteit: formatNumber(Math.round(lijn.capaciteit)),
          vraag: formatNumber(Math.round(lijn.vraag)),
          tekort: formatNumber(Math.round(lijn.tekort)),
        })}
      </p>
      <figure className="wb-lijn" aria-hidden="true">
        <div className="wb-lijn__grafiek">
          <div
            className="wb-lijn__lijn"
            style={{ left: `calc(14.5rem + (100% - 14.5rem) * ${lijnPct / 100})` }}
          />
          {lijn.resultaatdoelen.map((r) => (
            <div key={r.resultaatdoelId} className="wb-lijn__rij">
              <span className="wb-lijn__label">
                {r.prioriteit}. {r.titel}
              </span>
              <span className="wb-lijn__baan">
                <span
                  className={`wb-lijn__balk ${r.bovenDeLijn ? 'wb-lijn__balk--boven' : 'wb-lijn__balk--onder'}`}
                  style={{ width: `${(r.cumulatief / max) * 100}%` }}
                />
              </span>
            </div>
          ))}
        </div>
      </figure>
      <table className="utrecht-table wb-table" data-testid="prio-tabel">
        <caption className="utrecht-table__caption">{t('lijn.tabelCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('lijn.prioriteit')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('lijn.doel')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t('lijn.geschat')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t('lijn.ingezet')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              {t('lijn.cumulatief')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('lijn.positie')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {lijn.resultaatdoelen.map((r) => (
            <tr key={r.resultaatdoelId} className="utrecht-table__row">
              <td className="utrecht-table__cell">{r.prioriteit}</td>
              <th scope="row" className="utrecht-table__header-cell">
                {r.titel}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                {formatNumber(r.geschatteUren)}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                {formatNumber(r.ingezetUren)}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">
                {formatNumber(r.cumulatief)}
              </td>
              <td className="utrecht-table__cell">{r.bovenDeLijn ? t('lijn.boven') : t('lijn.onder')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

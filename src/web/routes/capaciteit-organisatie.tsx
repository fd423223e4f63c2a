import { useSearchParams } from 'react-router';
import {
  type CapaciteitCel,
  getOrganisatieCapaciteit,
  organisatieCapaciteitDownload,
} from '../api/capaciteit';
import { AppLink } from '../components/AppLink';
import { hitteKlasse } from '../components/capaciteit/periode';
import { LoadError, Loading } from '../components/DataState';
import { alsProcent } from '../components/numbers';
import { PageHeading } from '../components/PageHeading';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

function Benutting({ cel }: { cel: CapaciteitCel }) {
  const { t, formatNumber, formatPercentage } = useI18n();
  return (
    <span className={`wb-cap-cel ${hitteKlasse(cel.benutting)}`}>
      <span className="wb-cap-cel__regel wb-cap-cel__hoofd">
        {cel.benutting === null ? '–' : formatPercentage(alsProcent(cel.benutting))}
      </span>
      <span className="wb-cap-cel__regel">
        {formatNumber(Math.round(cel.ingezet))} / {formatNumber(Math.round(cel.capaciteit))} {t('cap.uur')}
      </span>
      {cel.benutting !== null && cel.benutting > 1 && (
        <span className="wb-cap-cel__over">
          <span aria-hidden="true">⚠ </span>
          {t('cap.overboekt')}
        </span>
      )}
    </span>
  );
}

/** Every basisteam × month: utilisation as a heat map with the numbers, totals and drill-down. */
export function OrganisatieCapaciteitPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const huidig = new Date().getFullYear();
  const jaar = Number(params.get('jaar')) || huidig;
  const res = useResource(`orgcap:${jaar}`, () => getOrganisatieCapaciteit(jaar));
  const data = res.data;
  return (
    <>
      <PageHeading title={t('org.cap.titel')} />
      <div className="wb-cap-keuzes">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="org-jaar">
            {t('org.cap.jaar')}
          </label>
          <select
            id="org-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={jaar}
            onChange={(event) => setParams({ jaar: event.target.value }, { replace: true })}
          >
            {[huidig - 1, huidig, huidig + 1].map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </div>
        <p className="wb-cap-export">
          <a className="utrecht-link" href={organisatieCapaciteitDownload(jaar, 'csv')} download>
            {t('cap.exportCsv')}
          </a>
          {' · '}
          <a className="utrecht-link" href={organisatieCapaciteitDownload(jaar, 'xlsx')} download>
            {t('cap.exportXlsx')}
          </a>
        </p>
      </div>
      <p className="wb-cap-legenda">{t('org.cap.legenda')}</p>
      {res.error && <LoadError error={res.error} onRetry={res.reload} />}
      {!data && !res.error && <Loading />}
      {data && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="wb-cap-scroll" aria-labelledby="org-cap-caption" tabIndex={0}>
          <table className="utrecht-table wb-cap-grid" data-testid="org-cap">
            <caption id="org-cap-caption" className="utrecht-table__caption">
              {t('org.cap.caption', { jaar: data.jaar })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell wb-cap-sticky">
                  {t('org.cap.team')}
                </th>
                {data.perioden.map((p) => (
                  <th key={p.sleutel} scope="col" className="utrecht-table__header-cell">
                    {p.sleutel}
                  </th>
                ))}
                <th scope="col" className="utrecht-table__header-cell">
                  {t('cap.totaal')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.teams.map((team) => (
                <tr key={team.teamId} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell wb-cap-sticky">
                    <AppLink to={`/teams/${team.teamId}/capaciteit?per=maand&periode=${data.jaar}`}>
                      {team.naam}
                    </AppLink>
                  </th>
                  {team.cellen.map((cel) => (
                    <td key={cel.periode} className="utrecht-table__cell wb-cap-td">
                      <Benutting cel={cel} />
                    </td>
                  ))}
                  <td className="utrecht-table__cell wb-cap-td">
                    <Benutting cel={team.totaal} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row wb-cap-totalen">
                <th scope="row" className="utrecht-table__header-cell wb-cap-sticky">
                  {t('cap.totaal')}
                </th>
                {data.totalen.map((cel) => (
                  <td key={cel.periode} className="utrecht-table__cell wb-cap-td">
                    <Benutting cel={cel} />
                  </td>
                ))}
                <td className="utrecht-table__cell" />
              </tr>
            </tfoot>
          </table>
        </section>
      )}
    </>
  );
}

import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useMag } from '../access/sessie';
import { listTeams } from '../api/client';
import type { Team, TeamListParams } from '../api/types';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText, FteText } from '../components/DateText';
import { Empty } from '../components/Empty';
import { FilterSelect, FilterText } from '../components/FilterFields';
import { FilterForm, ResultCount } from '../components/FilterForm';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { PageHeading } from '../components/PageHeading';
import { Pagination } from '../components/Pagination';
import { formatSort, parseSort, SortableHeaderCell } from '../components/SortableHeaderCell';
import { TableScroll } from '../components/TableScroll';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

const PAGINA_GROOTTE = 25;

function currentLeaders(team: Team) {
  return team.leidinggevenden.filter(
    (l) => !l.einddatum || l.einddatum >= new Date().toISOString().slice(0, 10),
  );
}

export function TeamsPage() {
  const { t } = useI18n();
  const mag = useMag();
  const query = useQueryState();
  const zoek = query.get('zoek');
  const soort = query.get('soort');
  const status = query.get('status', 'actief');
  const sort = parseSort(query.get('sorteer'), 'naam');
  const pagina = Math.max(1, Number(query.get('pagina', '1')) || 1);

  const [zoekInput, setZoekInput] = useState(zoek);
  const [soortInput, setSoortInput] = useState(soort);
  const [statusInput, setStatusInput] = useState(status);
  useEffect(() => {
    setZoekInput(zoek);
    setSoortInput(soort);
    setStatusInput(status);
  }, [zoek, soort, status]);

  const params: TeamListParams = {
    zoek,
    soort: soort as TeamListParams['soort'],
    status: status as TeamListParams['status'],
    sorteer: formatSort(sort),
    pagina,
    paginaGrootte: PAGINA_GROOTTE,
  };
  const { data, error, loading, reload } = useResource(JSON.stringify(params), () => listTeams(params));

  return (
    <>
      <PageHeading title={t('teams.titel')} />
      {mag('teams.aanmaken') && (
        <div className="wb-page-actions">
          <AppButtonLink to="/teams/nieuw" appearance="primary-action-button">
            {t('teams.nieuw')}
          </AppButtonLink>
        </div>
      )}
      <FilterForm
        onSubmit={() => query.update({ zoek: zoekInput.trim(), soort: soortInput, status: statusInput })}
        onReset={() => query.update({ zoek: null, soort: null, status: null, sorteer: null })}
      >
        <FilterText
          id="teams-zoek"
          label={t('teams.filter.naam')}
          value={zoekInput}
          onChange={setZoekInput}
        />
        <FilterSelect
          id="teams-soort"
          label={t('teams.filter.soort')}
          value={soortInput}
          onChange={setSoortInput}
          options={[
            { value: '', label: t('filter.alle') },
            { value: 'basisteam', label: t('soort.basisteam') },
            { value: 'directie', label: t('soort.directie') },
          ]}
        />
        <FilterSelect
          id="teams-status"
          label={t('teams.filter.status')}
          value={statusInput}
          onChange={setStatusInput}
          options={[
            { value: 'actief', label: t('status.actief') },
            { value: 'opgeheven', label: t('status.opgeheven') },
            { value: 'alle', label: t('filter.alle') },
          ]}
        />
      </FilterForm>
      {error && <LoadError error={error} onRetry={reload} />}
      <ResultCount>{data && !loading ? t('teams.aantal', { aantal: data.aantal }) : ''}</ResultCount>
      {!data && !error && <Loading />}
      {data && (
        <div aria-busy={loading}>
          <TableScroll labelledBy="teams-caption">
            <Table className="wb-table">
              <caption id="teams-caption" className="wb-visually-hidden">
                {t('teams.caption')}
              </caption>
              <TableHeader>
                <TableRow>
                  <SortableHeaderCell
                    field="naam"
                    sort={sort}
                    onSort={(s) => query.update({ sorteer: formatSort(s) })}
                  >
                    {t('kolom.naam')}
                  </SortableHeaderCell>
                  <SortableHeaderCell
                    field="soort"
                    sort={sort}
                    onSort={(s) => query.update({ sorteer: formatSort(s) })}
                  >
                    {t('kolom.soort')}
                  </SortableHeaderCell>
                  <TableHeaderCell scope="col">{t('kolom.bovenliggendTeam')}</TableHeaderCell>
                  <SortableHeaderCell
                    field="aantalMedewerkers"
                    numeric
                    sort={sort}
                    onSort={(s) => query.update({ sorteer: formatSort(s) })}
                  >
                    {t('kolom.medewerkers')}
                  </SortableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('kolom.fte')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">{t('kolom.leidinggevende')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.resultaten.map((team) => (
                  <TableRow key={team.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/teams/${team.id}`}>{team.naam}</AppLink>
                      {team.opgehevenOp && (
                        <>
                          {' '}
                          <Badge tone="inactive">
                            {t('team.opgehevenOp')} <DateText value={team.opgehevenOp} />
                          </Badge>
                        </>
                      )}
                    </TableHeaderCell>
                    <TableCell>{t(`soort.${team.soort}`)}</TableCell>
                    <TableCell>{team.parentNaam ?? <Empty />}</TableCell>
                    <TableCell className="wb-num">{team.aantalMedewerkers}</TableCell>
                    <TableCell className="wb-num">
                      <FteText value={team.fte} />
                    </TableCell>
                    <TableCell>
                      {currentLeaders(team).length > 0 ? (
                        currentLeaders(team).map((l, index) => (
                          <span key={l.id}>
                            {index > 0 && ', '}
                            <MedewerkerLink id={l.medewerkerId} naam={l.naam} />
                          </span>
                        ))
                      ) : team.soort === 'basisteam' ? (
                        <Badge tone="warning">{t('team.geenTeamleider')}</Badge>
                      ) : (
                        <Empty />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Pagination
            pagina={data.pagina}
            paginaGrootte={data.paginaGrootte}
            aantal={data.aantal}
            hrefFor={(page) => query.hrefWith({ pagina: page })}
          />
        </div>
      )}
    </>
  );
}

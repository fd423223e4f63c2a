import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { listTeams } from '../api/client';
import { teamsDownload } from '../api/export';
import type { Team, TeamListParams } from '../api/types';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { DateText, FteText } from '../components/DateText';
import { Empty } from '../components/Empty';
import { ExportLinks } from '../components/ExportLinks';
import { FilterSelect, FilterText } from '../components/FilterFields';
import { FilterForm } from '../components/FilterForm';
import { LijstResultaat } from '../components/LijstResultaat';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { PageHeading } from '../components/PageHeading';
import { formatSort, parseSort, SortableHeaderCell, type SortState } from '../components/SortableHeaderCell';
import { Tabel } from '../components/Tabel';
import { useFilters } from '../components/useFilters';
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
  const filters = useFilters(query, { zoek: '', soort: '', status: 'actief' });
  const { zoek, soort, status } = filters.waarden;
  const sort = parseSort(query.get('sorteer'), 'naam');
  const onSort = (s: SortState) => query.update({ sorteer: formatSort(s) });

  const params: TeamListParams = {
    zoek,
    soort: soort as TeamListParams['soort'],
    status: status as TeamListParams['status'],
    sorteer: formatSort(sort),
    pagina: query.pagina,
    paginaGrootte: PAGINA_GROOTTE,
  };
  const teams = useResource(JSON.stringify(params), () => listTeams(params));

  return (
    <>
      <PageHeading title={t('teams.titel')} />
      {(mag('GET /organisatie/organogram') || mag('GET /expertises') || mag('POST /import-proeven')) && (
        <p className="wb-capaciteit-links">
          {mag('GET /organisatie/organogram') && <AppLink to="/organogram">{t('nav.organogram')}</AppLink>}
          {/* Out of the main menu (nine items at most): the expertises are one click from here. */}
          {mag('GET /expertises') && <AppLink to="/expertises">{t('nav.expertises')}</AppLink>}
          {mag('POST /import-proeven') && <AppLink to="/importeren">{t('nav.importeren')}</AppLink>}
        </p>
      )}
      {mag('POST /teams') && (
        <div className="wb-page-actions">
          <AppButtonLink to="/teams/nieuw" appearance="primary-action-button">
            {t('teams.nieuw')}
          </AppButtonLink>
        </div>
      )}
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterText
          id="teams-zoek"
          label={t('teams.filter.naam')}
          value={filters.invoer.zoek}
          onChange={filters.zet('zoek')}
        />
        <FilterSelect
          id="teams-soort"
          label={t('teams.filter.soort')}
          value={filters.invoer.soort}
          onChange={filters.zet('soort')}
          options={[
            { value: '', label: t('filter.alle') },
            { value: 'basisteam', label: t('soort.basisteam') },
            { value: 'directie', label: t('soort.directie') },
          ]}
        />
        <FilterSelect
          id="teams-status"
          label={t('teams.filter.status')}
          value={filters.invoer.status}
          onChange={filters.zet('status')}
          options={[
            { value: 'actief', label: t('status.actief') },
            { value: 'opgeheven', label: t('status.opgeheven') },
            { value: 'alle', label: t('filter.alle') },
          ]}
        />
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          teamsDownload(
            { zoek, soort: params.soort, status: params.status, sorteer: params.sorteer },
            formaat,
          )
        }
      />
      <LijstResultaat resource={teams} aantal={(aantal) => t('teams.aantal', { aantal })}>
        {(resultaten) => (
          <Tabel caption={t('teams.caption')}>
            <TableHeader>
              <TableRow>
                <SortableHeaderCell field="naam" sort={sort} onSort={onSort}>
                  {t('kolom.naam')}
                </SortableHeaderCell>
                <SortableHeaderCell field="soort" sort={sort} onSort={onSort}>
                  {t('kolom.soort')}
                </SortableHeaderCell>
                <TableHeaderCell scope="col">{t('kolom.bovenliggendTeam')}</TableHeaderCell>
                <SortableHeaderCell field="aantalMedewerkers" numeric sort={sort} onSort={onSort}>
                  {t('kolom.medewerkers')}
                </SortableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('kolom.fte')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('kolom.leidinggevende')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {resultaten.map((team) => (
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
          </Tabel>
        )}
      </LijstResultaat>
    </>
  );
}

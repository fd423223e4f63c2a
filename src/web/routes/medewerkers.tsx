import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMag, useSessie } from '../access/sessie';
import { listExpertises, listMedewerkers, listTeams } from '../api/client';
import { medewerkersDownload } from '../api/export';
import type { MedewerkerListParams } from '../api/types';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { DateText, FteText } from '../components/DateText';
import { Empty } from '../components/Empty';
import { ExportLinks } from '../components/ExportLinks';
import { FilterSelect, FilterText } from '../components/FilterFields';
import { FilterForm } from '../components/FilterForm';
import { LijstResultaat } from '../components/LijstResultaat';
import { PageHeading } from '../components/PageHeading';
import { formatSort, parseSort, SortableHeaderCell, type SortState } from '../components/SortableHeaderCell';
import { Tabel } from '../components/Tabel';
import { useFilters } from '../components/useFilters';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { Verborgen } from '../components/Verborgen';
import { useI18n } from '../i18n/i18n';

const PAGINA_GROOTTE = 25;

export function MedewerkersPage() {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const { sessie } = useSessie();
  const kolommen = sessie?.kolommen ?? {
    personeel: false,
    uren: false,
    filtersPersoneel: false,
    filtersExpertise: false,
  };
  const query = useQueryState();
  const filters = useFilters(query, { zoek: '', teamId: '', status: 'in-dienst', expertiseId: '' });
  const { zoek, teamId, status, expertiseId } = filters.waarden;
  const sort = parseSort(query.get('sorteer'), 'achternaam');

  const teams = useResource('teams-alle', () => listTeams({ paginaGrootte: 500, sorteer: 'naam' }));
  const expertises = useResource('expertises-alle', () =>
    listExpertises({ paginaGrootte: 500, sorteer: 'naam' }),
  );

  const params: MedewerkerListParams = {
    zoek,
    teamId,
    // Filters on a field the caller may not see of everybody are refused by the server: not offered.
    status: kolommen.filtersPersoneel ? (status as MedewerkerListParams['status']) : undefined,
    expertiseId: kolommen.filtersExpertise ? expertiseId : undefined,
    sorteer: formatSort(sort),
    pagina: query.pagina,
    paginaGrootte: PAGINA_GROOTTE,
  };
  const medewerkers = useResource(JSON.stringify(params), () => listMedewerkers(params));
  const onSort = (s: SortState) => query.update({ sorteer: formatSort(s) });

  return (
    <>
      <PageHeading title={t('medewerkers.titel')} />
      {/* Out of the main menu (nine items at most): the expertises are one click from here. */}
      {(mag('GET /expertises') || mag('POST /import-proeven')) && (
        <p className="wb-capaciteit-links">
          {mag('GET /expertises') && <AppLink to="/expertises">{t('nav.expertises')}</AppLink>}
          {/* P&O's menu is full: the import from the HR system is one click from the people it fills. */}
          {mag('POST /import-proeven') && <AppLink to="/importeren">{t('nav.importeren')}</AppLink>}
        </p>
      )}
      {mag('POST /medewerkers') && (
        <div className="wb-page-actions">
          <AppButtonLink to="/medewerkers/nieuw" appearance="primary-action-button">
            {t('medewerkers.nieuw')}
          </AppButtonLink>
        </div>
      )}
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterText
          id="medewerkers-zoek"
          type="search"
          label={t('medewerkers.filter.zoek')}
          value={filters.invoer.zoek}
          onChange={filters.zet('zoek')}
        />
        <FilterSelect
          id="medewerkers-team"
          label={t('medewerkers.filter.team')}
          value={filters.invoer.teamId}
          onChange={filters.zet('teamId')}
          options={[
            { value: '', label: t('filter.alleTeams') },
            ...(teams.data?.resultaten ?? []).map((team) => ({ value: team.id, label: team.naam })),
          ]}
        />
        {kolommen.filtersPersoneel && (
          <FilterSelect
            id="medewerkers-status"
            label={t('medewerkers.filter.status')}
            value={filters.invoer.status}
            onChange={filters.zet('status')}
            options={[
              { value: 'in-dienst', label: t('status.inDienst') },
              { value: 'uit-dienst', label: t('status.uitDienst') },
              { value: 'alle', label: t('filter.alle') },
            ]}
          />
        )}
        {kolommen.filtersExpertise && (
          <FilterSelect
            id="medewerkers-expertise"
            label={t('medewerkers.filter.expertise')}
            value={filters.invoer.expertiseId}
            onChange={filters.zet('expertiseId')}
            options={[
              { value: '', label: t('filter.alleExpertises') },
              ...(expertises.data?.resultaten ?? []).map((e) => ({ value: e.id, label: e.naam })),
            ]}
          />
        )}
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          medewerkersDownload(
            { zoek, teamId, status: params.status, expertiseId: params.expertiseId, sorteer: params.sorteer },
            formaat,
          )
        }
      />
      <LijstResultaat
        resource={medewerkers}
        aantal={(aantal) => t('medewerkers.aantal', { aantal })}
        leeg={t('medewerkers.geen')}
      >
        {(resultaten) => (
          <>
            {resultaten.some((m) => m.zicht !== 'volledig') && (
              <Paragraph className="wb-muted wb-zicht-melding">
                {kolommen.personeel
                  ? t('medewerkers.zicht.deels')
                  : kolommen.uren
                    ? t('medewerkers.zicht.inzetbaarheid')
                    : t('medewerkers.zicht.basis')}
              </Paragraph>
            )}
            <Tabel caption={t('medewerkers.caption')}>
              <TableHeader>
                <TableRow>
                  <SortableHeaderCell field="achternaam" sort={sort} onSort={onSort}>
                    {t('kolom.naam')}
                  </SortableHeaderCell>
                  <SortableHeaderCell field="personeelsnummer" sort={sort} onSort={onSort}>
                    {t('kolom.personeelsnummer')}
                  </SortableHeaderCell>
                  <SortableHeaderCell field="functie" sort={sort} onSort={onSort}>
                    {t('kolom.functie')}
                  </SortableHeaderCell>
                  <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
                  {kolommen.personeel &&
                    (kolommen.filtersPersoneel ? (
                      <SortableHeaderCell field="schaal" sort={sort} onSort={onSort} numeric>
                        {t('kolom.schaal')}
                      </SortableHeaderCell>
                    ) : (
                      <TableHeaderCell scope="col" numericColumn>
                        {t('kolom.schaal')}
                      </TableHeaderCell>
                    ))}
                  {kolommen.uren && (
                    <>
                      <TableHeaderCell scope="col" numericColumn>
                        {t('kolom.uren')}
                      </TableHeaderCell>
                      <TableHeaderCell scope="col" numericColumn>
                        {t('kolom.fte')}
                      </TableHeaderCell>
                    </>
                  )}
                  {kolommen.personeel &&
                    (kolommen.filtersPersoneel ? (
                      <SortableHeaderCell field="inDienst" sort={sort} onSort={onSort}>
                        {t('kolom.inDienst')}
                      </SortableHeaderCell>
                    ) : (
                      <TableHeaderCell scope="col">{t('kolom.inDienst')}</TableHeaderCell>
                    ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {resultaten.map((m) => (
                  <TableRow key={m.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/medewerkers/${m.id}`}>{m.naam}</AppLink>
                      {m.uitDienst && (
                        <>
                          {' '}
                          <Badge tone="inactive">{t('status.uitDienst')}</Badge>
                        </>
                      )}
                    </TableHeaderCell>
                    <TableCell>{m.personeelsnummer}</TableCell>
                    <TableCell>{m.functie}</TableCell>
                    <TableCell>
                      {m.team ? <AppLink to={`/teams/${m.team.id}`}>{m.team.naam}</AppLink> : <Empty />}
                    </TableCell>
                    {kolommen.personeel && (
                      <TableCell className="wb-num">
                        {m.zicht === 'volledig' ? m.schaal : <Verborgen kort />}
                      </TableCell>
                    )}
                    {kolommen.uren && (
                      <>
                        <TableCell className="wb-num">
                          {m.zicht === 'basis' ? (
                            <Verborgen kort />
                          ) : m.urenPerWeek === null ? (
                            <Empty />
                          ) : (
                            formatNumber(m.urenPerWeek)
                          )}
                        </TableCell>
                        <TableCell className="wb-num">
                          {m.zicht === 'basis' ? (
                            <Verborgen kort />
                          ) : m.fte === null ? (
                            <Empty />
                          ) : (
                            <FteText value={m.fte} />
                          )}
                        </TableCell>
                      </>
                    )}
                    {kolommen.personeel && (
                      <TableCell>
                        {m.zicht === 'volledig' ? <DateText value={m.inDienst} /> : <Verborgen kort />}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          </>
        )}
      </LijstResultaat>
    </>
  );
}

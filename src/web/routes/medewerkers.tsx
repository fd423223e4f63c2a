import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { zichtbareKolommen } from '../access/mag';
import { useMag, useSessie } from '../access/sessie';
import { listExpertises, listMedewerkers, listTeams } from '../api/client';
import type { MedewerkerListParams } from '../api/types';
import { AppButtonLink, AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText, FteText } from '../components/DateText';
import { Empty } from '../components/Empty';
import { FilterSelect, FilterText } from '../components/FilterFields';
import { FilterForm, ResultCount } from '../components/FilterForm';
import { PageHeading } from '../components/PageHeading';
import { Pagination } from '../components/Pagination';
import { formatSort, parseSort, SortableHeaderCell, type SortState } from '../components/SortableHeaderCell';
import { TableScroll } from '../components/TableScroll';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { Verborgen } from '../components/Verborgen';
import { useI18n } from '../i18n/i18n';

const PAGINA_GROOTTE = 25;

export function MedewerkersPage() {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const { sessie } = useSessie();
  const kolommen = zichtbareKolommen(sessie?.account.rollen ?? []);
  const query = useQueryState();
  const zoek = query.get('zoek');
  const teamId = query.get('teamId');
  const status = query.get('status', 'in-dienst');
  const expertiseId = query.get('expertiseId');
  const sort = parseSort(query.get('sorteer'), 'achternaam');
  const pagina = Math.max(1, Number(query.get('pagina', '1')) || 1);

  const [zoekInput, setZoekInput] = useState(zoek);
  const [teamInput, setTeamInput] = useState(teamId);
  const [statusInput, setStatusInput] = useState(status);
  const [expertiseInput, setExpertiseInput] = useState(expertiseId);
  useEffect(() => {
    setZoekInput(zoek);
    setTeamInput(teamId);
    setStatusInput(status);
    setExpertiseInput(expertiseId);
  }, [zoek, teamId, status, expertiseId]);

  const teams = useResource('teams-alle', () => listTeams({ paginaGrootte: 500, sorteer: 'naam' }));
  const expertises = useResource('expertises-alle', () =>
    listExpertises({ paginaGrootte: 500, sorteer: 'naam' }),
  );

  const params: MedewerkerListParams = {
    zoek,
    teamId,
    status: status as MedewerkerListParams['status'],
    expertiseId,
    sorteer: formatSort(sort),
    pagina,
    paginaGrootte: PAGINA_GROOTTE,
  };
  const { data, error, loading, reload } = useResource(JSON.stringify(params), () => listMedewerkers(params));
  const onSort = (s: SortState) => query.update({ sorteer: formatSort(s) });

  return (
    <>
      <PageHeading title={t('medewerkers.titel')} />
      {mag('medewerkers.aanmaken') && (
        <div className="wb-page-actions">
          <AppButtonLink to="/medewerkers/nieuw" appearance="primary-action-button">
            {t('medewerkers.nieuw')}
          </AppButtonLink>
        </div>
      )}
      <FilterForm
        onSubmit={() =>
          query.update({
            zoek: zoekInput.trim(),
            teamId: teamInput,
            status: statusInput,
            expertiseId: expertiseInput,
          })
        }
        onReset={() =>
          query.update({ zoek: null, teamId: null, status: null, expertiseId: null, sorteer: null })
        }
      >
        <FilterText
          id="medewerkers-zoek"
          type="search"
          label={t('medewerkers.filter.zoek')}
          value={zoekInput}
          onChange={setZoekInput}
        />
        <FilterSelect
          id="medewerkers-team"
          label={t('medewerkers.filter.team')}
          value={teamInput}
          onChange={setTeamInput}
          options={[
            { value: '', label: t('filter.alleTeams') },
            ...(teams.data?.resultaten ?? []).map((team) => ({ value: team.id, label: team.naam })),
          ]}
        />
        <FilterSelect
          id="medewerkers-status"
          label={t('medewerkers.filter.status')}
          value={statusInput}
          onChange={setStatusInput}
          options={[
            { value: 'in-dienst', label: t('status.inDienst') },
            { value: 'uit-dienst', label: t('status.uitDienst') },
            { value: 'alle', label: t('filter.alle') },
          ]}
        />
        <FilterSelect
          id="medewerkers-expertise"
          label={t('medewerkers.filter.expertise')}
          value={expertiseInput}
          onChange={setExpertiseInput}
          options={[
            { value: '', label: t('filter.alleExpertises') },
            ...(expertises.data?.resultaten ?? []).map((e) => ({ value: e.id, label: e.naam })),
          ]}
        />
      </FilterForm>
      {error && <LoadError error={error} onRetry={reload} />}
      <ResultCount>{data && !loading ? t('medewerkers.aantal', { aantal: data.aantal }) : ''}</ResultCount>
      {!data && !error && <Loading />}
      {data && data.resultaten.length === 0 && <Paragraph>{t('medewerkers.geen')}</Paragraph>}
      {data?.resultaten.some((m) => m.zicht !== 'volledig') && (
        <Paragraph className="wb-muted wb-zicht-melding">
          {kolommen.personeel
            ? t('medewerkers.zicht.deels')
            : kolommen.uren
              ? t('medewerkers.zicht.inzetbaarheid')
              : t('medewerkers.zicht.basis')}
        </Paragraph>
      )}
      {data && data.resultaten.length > 0 && (
        <div aria-busy={loading}>
          <TableScroll labelledBy="medewerkers-caption">
            <Table className="wb-table">
              <caption id="medewerkers-caption" className="wb-visually-hidden">
                {t('medewerkers.caption')}
              </caption>
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
                  {kolommen.personeel && (
                    <SortableHeaderCell field="schaal" sort={sort} onSort={onSort} numeric>
                      {t('kolom.schaal')}
                    </SortableHeaderCell>
                  )}
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
                  {kolommen.personeel && (
                    <SortableHeaderCell field="inDienst" sort={sort} onSort={onSort}>
                      {t('kolom.inDienst')}
                    </SortableHeaderCell>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.resultaten.map((m) => (
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

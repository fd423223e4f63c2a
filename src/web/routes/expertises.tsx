import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useMag, useSessie } from '../access/sessie';
import { listExpertises, updateExpertise } from '../api/client';
import { expertisesDownload } from '../api/export';
import type { Expertise, ExpertiseListParams } from '../api/types';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { Disclosure } from '../components/Disclosure';
import { Empty } from '../components/Empty';
import { ExportLinks } from '../components/ExportLinks';
import { ExpertiseForm } from '../components/expertise/ExpertiseForm';
import { FilterSelect, FilterText } from '../components/FilterFields';
import { FilterForm } from '../components/FilterForm';
import { LijstResultaat } from '../components/LijstResultaat';
import { PageHeading } from '../components/PageHeading';
import { formatSort, parseSort, SortableHeaderCell, type SortState } from '../components/SortableHeaderCell';
import { Tabel } from '../components/Tabel';
import { useFilters } from '../components/useFilters';
import { useQueryState } from '../components/useQueryState';
import { toProblemError, useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

export function ExpertisesPage() {
  const { t } = useI18n();
  const mag = useMag();
  // Searching medewerkers by expertise needs everybody's expertise (GET /medewerkers refuses it otherwise).
  const zoektOpExpertise = useSessie().sessie?.kolommen.filtersExpertise ?? false;
  const wijzigbaar = mag('POST /expertises');
  const notify = useNotify();
  const query = useQueryState();
  const filters = useFilters(query, { zoek: '', status: 'actief' });
  const { zoek, status } = filters.waarden;
  const sort = parseSort(query.get('sorteer'), 'naam');
  const [editing, setEditing] = useState<Expertise | null>(null);
  const [creating, setCreating] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);

  const params: ExpertiseListParams = {
    zoek,
    status: status as ExpertiseListParams['status'],
    sorteer: formatSort(sort),
    pagina: query.pagina,
    paginaGrootte: 500,
  };
  const expertises = useResource(JSON.stringify(params), () => listExpertises(params));
  const { data, reload } = expertises;
  const alle = useResource('expertises-categorieen', () =>
    listExpertises({ paginaGrootte: 500, status: 'alle' }),
  );
  const categorieen = [...new Set((alle.data?.resultaten ?? []).map((e) => e.categorie))].sort();
  const metOmschrijving = (data?.resultaten ?? []).some((e) => e.omschrijving);
  const onSort = (s: SortState) => query.update({ sorteer: formatSort(s) });

  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const toggleVervallen = async (expertise: Expertise) => {
    setActionError(null);
    try {
      await updateExpertise(expertise.id, expertise.versie, { vervallen: !expertise.vervallen });
      notify(
        t(expertise.vervallen ? 'expertises.heractiveerd' : 'expertises.vervallenGemeld', {
          naam: expertise.naam,
        }),
      );
      reload();
      alle.reload();
    } catch (failure) {
      const problem = toProblemError(failure);
      setActionError(problem.isConflict ? t('fout.conflict.titel') : (problem.detail ?? problem.title));
      reload();
    }
  };

  return (
    <>
      <PageHeading title={t('expertises.titel')} />
      <Paragraph>{t('expertises.intro')}</Paragraph>
      {editing ? (
        <div className="wb-card">
          <Heading level={2} ref={editHeading} tabIndex={-1} className="wb-card__title">
            {t('expertises.wijzigen', { naam: editing.naam })}
          </Heading>
          <ExpertiseForm
            key={`${editing.id}-${editing.versie}`}
            expertise={editing}
            categorieen={categorieen}
            onCancel={() => setEditing(null)}
            onReload={() => {
              reload();
              setEditing(null);
            }}
            onSaved={(saved) => {
              notify(t('expertises.opgeslagen', { naam: saved.naam }));
              setEditing(null);
              reload();
              alle.reload();
            }}
          />
        </div>
      ) : (
        wijzigbaar && (
          <div className="wb-create">
            <Disclosure
              label={t('expertises.nieuw.titel')}
              open={creating}
              onToggle={setCreating}
              appearance="primary-action-button"
            >
              <div className="wb-card">
                <ExpertiseForm
                  categorieen={categorieen}
                  onCancel={() => setCreating(false)}
                  onSaved={(saved) => {
                    notify(t('expertises.aangemaakt', { naam: saved.naam }));
                    setCreating(false);
                    reload();
                    alle.reload();
                  }}
                />
              </div>
            </Disclosure>
          </div>
        )
      )}
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterText
          id="expertises-zoek"
          label={t('expertises.filter.zoek')}
          value={filters.invoer.zoek}
          onChange={filters.zet('zoek')}
        />
        <FilterSelect
          id="expertises-status"
          label={t('expertises.filter.status')}
          value={filters.invoer.status}
          onChange={filters.zet('status')}
          options={[
            { value: 'actief', label: t('status.actief') },
            { value: 'vervallen', label: t('status.vervallen') },
            { value: 'alle', label: t('filter.alle') },
          ]}
        />
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          expertisesDownload({ zoek, status: params.status, sorteer: params.sorteer }, formaat)
        }
      />
      {actionError && (
        <p className="wb-inline-error" role="alert">
          {actionError}
        </p>
      )}
      <LijstResultaat resource={expertises} aantal={(aantal) => t('expertises.aantal', { aantal })}>
        {(resultaten) =>
          resultaten.length > 0 && (
            <Tabel caption={t('expertises.caption')}>
              <TableHeader>
                <TableRow>
                  <SortableHeaderCell field="naam" sort={sort} onSort={onSort}>
                    {t('kolom.naam')}
                  </SortableHeaderCell>
                  <SortableHeaderCell field="categorie" sort={sort} onSort={onSort}>
                    {t('kolom.categorie')}
                  </SortableHeaderCell>
                  {metOmschrijving && (
                    <TableHeaderCell scope="col">{t('kolom.omschrijving')}</TableHeaderCell>
                  )}
                  <SortableHeaderCell field="aantalMedewerkers" sort={sort} onSort={onSort} numeric>
                    {t('kolom.medewerkers')}
                  </SortableHeaderCell>
                  <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
                  {wijzigbaar && (
                    <TableHeaderCell scope="col">
                      <span className="wb-visually-hidden">{t('kolom.acties')}</span>
                    </TableHeaderCell>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {resultaten.map((e) => (
                  <TableRow key={e.id}>
                    <TableHeaderCell scope="row">{e.naam}</TableHeaderCell>
                    <TableCell>{e.categorie}</TableCell>
                    {metOmschrijving && <TableCell>{e.omschrijving || <Empty />}</TableCell>}
                    <TableCell className="wb-num">
                      {e.aantalMedewerkers > 0 && mag('GET /medewerkers') && zoektOpExpertise ? (
                        <AppLink to={`/medewerkers?expertiseId=${e.id}`}>
                          {e.aantalMedewerkers}
                          <span className="wb-visually-hidden">
                            {' '}
                            {t('expertises.medewerkersMet', { naam: e.naam })}
                          </span>
                        </AppLink>
                      ) : (
                        e.aantalMedewerkers
                      )}
                    </TableCell>
                    <TableCell>
                      {e.vervallen ? (
                        <Badge tone="inactive">{t('status.vervallen')}</Badge>
                      ) : (
                        <Badge tone="active">{t('status.actief')}</Badge>
                      )}
                    </TableCell>
                    {wijzigbaar && (
                      <TableCell>
                        <ButtonGroup className="wb-row-actions">
                          <Button
                            appearance="secondary-action-button"
                            onClick={() => {
                              setCreating(false);
                              setEditing(e);
                            }}
                          >
                            {t('actie.wijzigen')}
                            <span className="wb-visually-hidden"> {e.naam}</span>
                          </Button>
                          <Button appearance="subtle-button" onClick={() => toggleVervallen(e)}>
                            {e.vervallen ? t('expertises.heractiveren') : t('expertises.laatVervallen')}
                            <span className="wb-visually-hidden"> {e.naam}</span>
                          </Button>
                        </ButtonGroup>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          )
        }
      </LijstResultaat>
    </>
  );
}

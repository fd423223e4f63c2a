import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMag } from '../../access/sessie';
import { bestuursopdrachtenDownload } from '../../api/export';
import { listBestuursopdrachten } from '../../api/wendbaar';
import { BESTUURSOPDRACHT_STATUSSEN, type BestuursopdrachtSamenvatting } from '../../api/wendbaar.types';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { DateText } from '../../components/DateText';
import { Empty } from '../../components/Empty';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterSelect } from '../../components/FilterFields';
import { FilterForm } from '../../components/FilterForm';
import { LijstResultaat } from '../../components/LijstResultaat';
import { todayIso } from '../../components/numbers';
import { PageHeading } from '../../components/PageHeading';
import { Tabel } from '../../components/Tabel';
import { useFilters } from '../../components/useFilters';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { OpdrachtStatus } from '../../components/wendbaar/DossierStatus';
import { useI18n } from '../../i18n/i18n';

/** The first milestone from today on, or null. */
function volgendeMijlpaal(b: BestuursopdrachtSamenvatting) {
  const vandaag = todayIso();
  return (
    [...b.mijlpalen].sort((x, y) => x.datum.localeCompare(y.datum)).find((m) => m.datum >= vandaag) ?? null
  );
}

/** The bestuursopdrachten, newest first, filtered by state (in the URL). */
export function BestuursopdrachtenPage() {
  const { t } = useI18n();
  const mag = useMag();
  const query = useQueryState();
  const filters = useFilters(query, { status: '' });
  const { status } = filters.waarden;
  const opdrachten = useResource(`bo-lijst:${status}`, () =>
    listBestuursopdrachten(BESTUURSOPDRACHT_STATUSSEN.find((s) => s === status)),
  );

  return (
    <>
      <PageHeading title={t('wb.bos.titel')} />
      <Paragraph>{t('wb.bos.intro')}</Paragraph>
      {mag('POST /bestuursopdrachten') && (
        <div className="wb-page-actions">
          <AppButtonLink to="/wendbaar/bestuursopdrachten/nieuw" appearance="primary-action-button">
            {t('wb.bos.nieuw')}
          </AppButtonLink>
        </div>
      )}
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterSelect
          id="bo-status"
          label={t('wb.status')}
          value={filters.invoer.status}
          onChange={filters.zet('status')}
          options={[
            { value: '', label: t('filter.alle') },
            ...BESTUURSOPDRACHT_STATUSSEN.map((s) => ({ value: s, label: t(`wb.bo.status.${s}`) })),
          ]}
        />
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          bestuursopdrachtenDownload(
            { status: BESTUURSOPDRACHT_STATUSSEN.find((s) => s === status) },
            formaat,
          )
        }
      />
      <LijstResultaat
        resource={opdrachten}
        aantal={(aantal) => t('wb.bos.aantal', { aantal })}
        leeg={t('wb.bos.geen')}
      >
        {(lijst) => (
          <Tabel caption={t('wb.bos.titel')} testId="bestuursopdrachten">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wb.bo.titel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.bo.ambitie')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.programma')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.bo.rollen.bestuurlijkOpdrachtgever')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.bos.volgendeMijlpaal')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((b) => {
                const mijlpaal = volgendeMijlpaal(b);
                return (
                  <TableRow key={b.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/wendbaar/bestuursopdrachten/${b.id}`}>{b.titel}</AppLink>
                    </TableHeaderCell>
                    <TableCell>
                      <OpdrachtStatus status={b.status} />
                    </TableCell>
                    <TableCell>{b.ambitie?.titel ?? <Empty />}</TableCell>
                    <TableCell>{b.programma?.naam ?? <Empty />}</TableCell>
                    <TableCell>{b.bestuurlijkOpdrachtgever ?? <Empty />}</TableCell>
                    <TableCell>
                      {mijlpaal ? (
                        <>
                          {mijlpaal.titel}, <DateText value={mijlpaal.datum} />
                        </>
                      ) : (
                        <Empty />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Tabel>
        )}
      </LijstResultaat>
    </>
  );
}

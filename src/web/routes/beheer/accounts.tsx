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
import { listAccounts } from '../../api/toegang';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { AccountStatus } from '../../components/beheer/AccountStatus';
import { LoadError, Loading } from '../../components/DataState';
import { FilterText } from '../../components/FilterFields';
import { FilterForm, ResultCount } from '../../components/FilterForm';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { TableScroll } from '../../components/TableScroll';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

const PAGINA_GROOTTE = 50;

/** Beheer: the accounts, searchable by name or e-mail, a page at a time. */
export function AccountsPage() {
  const { t } = useI18n();
  const query = useQueryState();
  const zoek = query.get('zoek');
  const pagina = Math.max(1, Number(query.get('pagina', '1')) || 1);
  const [zoekInput, setZoekInput] = useState(zoek);
  useEffect(() => setZoekInput(zoek), [zoek]);
  const { data, error, loading, reload } = useResource(`accounts:${zoek}:${pagina}`, () =>
    listAccounts({ ...(zoek ? { zoek } : {}), pagina, paginaGrootte: PAGINA_GROOTTE }),
  );

  return (
    <>
      <PageHeading title={t('accounts.titel')} preHeading={t('beheer.titel')} />
      <Paragraph>{t('accounts.intro')}</Paragraph>
      <div className="wb-page-actions">
        <AppButtonLink to="/beheer/accounts/nieuw" appearance="primary-action-button">
          {t('accounts.nieuw')}
        </AppButtonLink>
      </div>
      <FilterForm
        title={t('accounts.zoeken')}
        onSubmit={() => query.update({ zoek: zoekInput.trim(), pagina: null })}
        onReset={() => query.update({ zoek: null, pagina: null })}
      >
        <FilterText
          id="accounts-zoek"
          type="search"
          label={t('accounts.filter.zoek')}
          value={zoekInput}
          onChange={setZoekInput}
        />
      </FilterForm>
      {error && <LoadError error={error} onRetry={reload} />}
      <ResultCount>{data && !loading ? t('accounts.aantal', { aantal: data.aantal }) : ''}</ResultCount>
      {!data && !error && <Loading />}
      {data && data.resultaten.length > 0 && (
        <TableScroll labelledBy="accounts-caption">
          <Table className="wb-table" aria-busy={loading}>
            <caption id="accounts-caption" className="wb-visually-hidden">
              {t('accounts.titel')}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('kolom.naam')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('veld.eMail')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accounts.rollen')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('accounts.tweestaps')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.resultaten.map((account) => (
                <TableRow key={account.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/beheer/accounts/${account.id}`}>{account.naam}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{account.eMail}</TableCell>
                  <TableCell>{account.rollen.map((rol) => t(`rollen.${rol}`)).join(', ')}</TableCell>
                  <TableCell>
                    <AccountStatus account={account} />
                  </TableCell>
                  <TableCell>
                    {account.totpIngesteld ? t('accounts.ingesteld') : t('accounts.nietIngesteld')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {data && (
        <Pagination
          pagina={data.pagina}
          paginaGrootte={data.paginaGrootte}
          aantal={data.aantal}
          hrefFor={(page) => query.hrefWith({ pagina: page })}
        />
      )}
    </>
  );
}

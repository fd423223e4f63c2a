import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { accountsDownload } from '../../api/export';
import { listAccounts } from '../../api/toegang';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { AccountStatus } from '../../components/beheer/AccountStatus';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterText } from '../../components/FilterFields';
import { FilterForm } from '../../components/FilterForm';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Tabel } from '../../components/Tabel';
import { useFilters } from '../../components/useFilters';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

const PAGINA_GROOTTE = 50;

/** Beheer: the accounts, searchable by name or e-mail, a page at a time. */
export function AccountsPage() {
  const { t } = useI18n();
  const query = useQueryState();
  const filters = useFilters(query, { zoek: '' });
  const { zoek } = filters.waarden;
  const { pagina } = query;
  const accounts = useResource(`accounts:${zoek}:${pagina}`, () =>
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
      <FilterForm title={t('accounts.zoeken')} onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterText
          id="accounts-zoek"
          type="search"
          label={t('accounts.filter.zoek')}
          value={filters.invoer.zoek}
          onChange={filters.zet('zoek')}
        />
      </FilterForm>
      <ExportLinks href={(formaat) => accountsDownload(zoek ? { zoek } : {}, formaat)} />
      <LijstResultaat resource={accounts} aantal={(aantal) => t('accounts.aantal', { aantal })}>
        {(resultaten) =>
          resultaten.length > 0 && (
            <Tabel caption={t('accounts.titel')}>
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
                {resultaten.map((account) => (
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
            </Tabel>
          )
        }
      </LijstResultaat>
    </>
  );
}

import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { getAccount } from '../../api/toegang';
import type { Account } from '../../api/toegang.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { AccountForm } from '../../components/beheer/AccountForm';
import { AccountHerstel } from '../../components/beheer/AccountHerstel';
import { AccountStatus } from '../../components/beheer/AccountStatus';
import { LoadError, Loading } from '../../components/DataState';
import { Disclosure } from '../../components/Disclosure';
import { Empty } from '../../components/Empty';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useResource } from '../../components/useResource';
import { useT } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function AccountGegevens({ account }: { account: Account }) {
  const t = useT();
  return (
    <DataList className="wb-data-list">
      <Item label={t('veld.eMail')}>{account.eMail}</Item>
      <Item label={t('accounts.rollen')}>
        {account.rollen.length > 0 ? account.rollen.map((rol) => t(`rollen.${rol}`)).join(', ') : <Empty />}
      </Item>
      <Item label={t('accounts.medewerker')}>
        {account.medewerkerId ? (
          <AppLink to={`/medewerkers/${account.medewerkerId}`}>{t('accounts.medewerker.open')}</AppLink>
        ) : (
          <Empty />
        )}
      </Item>
      <Item label={t('kolom.status')}>
        <AccountStatus account={account} />
      </Item>
      <Item label={t('accounts.tweestaps')}>
        {account.totpIngesteld ? t('accounts.ingesteld') : t('accounts.nietIngesteld')}
      </Item>
    </DataList>
  );
}

/** Beheer: one account: its data, change roles or block it, reset password or second factor. */
export function AccountPage() {
  const { accountId = '' } = useParams();
  const t = useT();
  const notify = useNotify();
  const account = useResource(`account:${accountId}`, () => getAccount(accountId));
  const [wijzigen, setWijzigen] = useState(false);
  if (account.error?.isNotFound) return <NotFoundContent />;
  const a = account.data;
  return (
    <>
      <PageHeading title={a?.naam ?? t('accounts.account')} preHeading={t('accounts.account')} />
      <Paragraph>
        <AppLink to="/beheer/accounts">{t('accounts.terug')}</AppLink>
      </Paragraph>
      {account.error && <LoadError error={account.error} onRetry={account.reload} />}
      {!a && !account.error && <Loading />}
      {a && (
        <>
          <AccountGegevens account={a} />
          <Disclosure
            label={
              a.mag.rollenWijzigen || a.mag.blokkeren ? t('accounts.wijzigen') : t('accounts.wijzigen.naam')
            }
            open={wijzigen}
            onToggle={setWijzigen}
          >
            <AccountForm
              key={a.versie}
              account={a}
              onCancel={() => setWijzigen(false)}
              onReload={account.reload}
              onSaved={(saved) => {
                account.setData(saved);
                setWijzigen(false);
                notify(t('accounts.opgeslagen', { naam: saved.naam }));
              }}
            />
          </Disclosure>
          <Section title={t('accounts.herstel.titel')}>
            <AccountHerstel account={a} onChanged={account.reload} />
          </Section>
        </>
      )}
    </>
  );
}

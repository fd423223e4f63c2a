import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { listDemoAccounts } from '../../api/toegang';
import { type DemoAccount, isRol, ROLLEN, type Rol } from '../../api/toegang.types';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { Section } from '../Section';
import { Tabel } from '../Tabel';
import { useResource } from '../useResource';

/** The role of a demo account, from its address: `po@demo-gemeente.nl` → P&O. */
export function demoRol(account: DemoAccount): Rol | null {
  const deel = account.eMail.split('@')[0] ?? '';
  return isRol(deel) ? deel : null;
}

/** Demo mode only: one account per role, with a button that logs in as that role. */
export function DemoAccounts({ busy, onKies }: { busy: boolean; onKies(account: DemoAccount): void }) {
  const { t } = useI18n();
  const { data, error, reload } = useResource('demo-accounts', listDemoAccounts);
  const volgorde = (a: DemoAccount) => {
    const rol = demoRol(a);
    return rol ? ROLLEN.indexOf(rol) : ROLLEN.length;
  };
  const accounts = [...(data?.resultaten ?? [])].sort((a, b) => volgorde(a) - volgorde(b));
  return (
    <Section title={t('demo.titel')}>
      <Paragraph>{t('demo.uitleg')}</Paragraph>
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <Tabel caption={t('demo.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('kolom.rol')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.naam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('veld.eMail')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('demo.tweestaps')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="wb-visually-hidden">{t('kolom.acties')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {accounts.map((account) => {
              const rol = demoRol(account);
              const rolNaam = rol ? t(`rollen.${rol}`) : account.naam;
              return (
                <TableRow key={account.eMail}>
                  <TableHeaderCell scope="row">{rolNaam}</TableHeaderCell>
                  <TableCell>{account.naam}</TableCell>
                  <TableCell>{account.eMail}</TableCell>
                  <TableCell>{account.totpCode ? t('algemeen.ja') : t('algemeen.nee')}</TableCell>
                  <TableCell>
                    <Button
                      appearance="secondary-action-button"
                      disabled={busy}
                      onClick={() => onKies(account)}
                    >
                      {t('demo.inloggenAls', { rol: rolNaam })}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Tabel>
      )}
      <Paragraph className="wb-muted">{t('demo.wachtwoord')}</Paragraph>
    </Section>
  );
}

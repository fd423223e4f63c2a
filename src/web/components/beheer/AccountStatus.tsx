import type { Account } from '../../api/toegang.types';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';

/** Active or blocked, and whether the person still has to choose a password: text in badges. */
export function AccountStatus({ account }: { account: Account }) {
  const { t } = useI18n();
  return (
    <span className="wb-badges">
      {account.actief ? (
        <Badge tone="active">{t('accounts.actief')}</Badge>
      ) : (
        <Badge tone="danger">{t('accounts.geblokkeerd')}</Badge>
      )}
      {account.wachtwoordWijzigen && <Badge tone="warning">{t('accounts.moetWachtwoordKiezen')}</Badge>}
    </span>
  );
}

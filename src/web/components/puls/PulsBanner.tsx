import { Alert, Paragraph } from '@utrecht/component-library-react';
import { listMijnPulsRondes } from '../../api/puls';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { useResource } from '../useResource';

/**
 * On home: "a pulse survey is waiting for you" while the user has an open round not yet answered.
 * Self-contained (its own request); says nothing when there is none or the request fails.
 */
export function PulsBanner() {
  const { t } = useI18n();
  const { data } = useResource('mijn-puls-rondes', listMijnPulsRondes);
  const open = data?.resultaten.find((r) => r.kanInvullen);
  if (!open) return null;
  return (
    <Alert type="info">
      <Paragraph>
        {t('puls.banner', { titel: open.titel })}{' '}
        <AppLink to={`/mensen/puls/${open.id}/invullen`}>{t('puls.bannerLink')}</AppLink>
      </Paragraph>
    </Alert>
  );
}

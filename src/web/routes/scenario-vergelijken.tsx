import { Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { scenarioVergelijkingDownload } from '../api/export';
import { getVergelijkingen } from '../api/scenario';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Vergelijking } from '../components/scenario/Vergelijking';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/scenario/scenario.css';

/** Two or more scenario's side by side with the current formatie (?scenarios=a,b). */
export function ScenarioVergelijkenPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const ids = (params.get('scenarios') ?? '').split(',').filter(Boolean);
  const vergelijking = useResource(ids.length >= 2 ? `scenario-vergelijking:${ids.join(',')}` : null, () =>
    getVergelijkingen(ids),
  );
  return (
    <>
      <PageHeading title={t('sc.vergelijking.titel')} />
      <p className="wb-capaciteit-links wb-scenario-links">
        <AppLink to="/organisatie/scenarios">{t('sc.naarLijst')}</AppLink>
      </p>
      {ids.length < 2 && <Paragraph>{t('sc.vergelijk.teWeinig')}</Paragraph>}
      {vergelijking.error && <LoadError error={vergelijking.error} onRetry={vergelijking.reload} />}
      {ids.length >= 2 && !vergelijking.data && !vergelijking.error && <Loading />}
      {vergelijking.data && (
        <>
          <Vergelijking v={vergelijking.data} />
          <ExportLinks
            href={(formaat) => scenarioVergelijkingDownload({ scenarios: ids.join(',') }, formaat)}
          />
        </>
      )}
    </>
  );
}

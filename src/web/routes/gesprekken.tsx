import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { getMedewerker } from '../api/client';
import { gesprekkenDownload } from '../api/export';
import { listGesprekken } from '../api/gesprek';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { GesprekForm } from '../components/gesprek/GesprekForm';
import { GesprekKaart } from '../components/gesprek/GesprekKaart';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';

/**
 * /medewerkers/:medewerkerId/gesprekken: the conversations of the gesprekscyclus (issue 14, item 2).
 * What shows and which forms appear follow the answer's `mag`; the server decides the reach.
 */
export function GesprekkenPage() {
  const { medewerkerId = '' } = useParams();
  return <GesprekkenInhoud key={medewerkerId} medewerkerId={medewerkerId} />;
}

function GesprekkenInhoud({ medewerkerId }: { medewerkerId: string }) {
  const t = useT();
  const notify = useNotify();
  const medewerker = useResource(`medewerker:${medewerkerId}`, () => getMedewerker(medewerkerId));
  const gesprekken = useResource(`gesprekken:${medewerkerId}`, () => listGesprekken(medewerkerId));
  const data = gesprekken.data;
  const gewijzigd = (melding?: string) => {
    gesprekken.reload();
    if (melding) notify(melding);
  };
  return (
    <>
      <p className="wb-back">
        <AppLink to={`/medewerkers/${medewerkerId}`}>
          <span aria-hidden="true">‹ </span>
          {t('gesprek.terug')}
        </AppLink>
      </p>
      <PageHeading title={t('gesprek.titel')} preHeading={medewerker.data?.naam} />
      <Paragraph>{t('gesprek.privacy')}</Paragraph>
      {gesprekken.error && <LoadError error={gesprekken.error} onRetry={gesprekken.reload} />}
      {!data && !gesprekken.error && <Loading />}
      {data && (
        <>
          {data.mag.vastleggen && (
            <Section title={t('gesprek.vastleggen')} anchorId="gesprek-vastleggen">
              <GesprekForm medewerkerId={medewerkerId} onSaved={() => gewijzigd(t('gesprek.vastgelegd'))} />
            </Section>
          )}
          <Section title={t('gesprek.titel')} anchorId="gesprekken">
            {data.resultaten.length === 0 ? (
              <Paragraph>{t('gesprek.geen')}</Paragraph>
            ) : (
              <>
                {data.resultaten.map((g) => (
                  <GesprekKaart key={g.id} gesprek={g} onChanged={gewijzigd} />
                ))}
                <ExportLinks href={(formaat) => gesprekkenDownload(medewerkerId, formaat)} />
              </>
            )}
          </Section>
        </>
      )}
    </>
  );
}

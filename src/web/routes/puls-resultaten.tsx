import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { pulsResultatenDownload, pulsTrendDownload } from '../api/export';
import { getPulsResultaten, getPulsTrend } from '../api/puls';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { PulsTrendTabel, PulsUitslagTabel, useVraagNaam } from '../components/puls/PulsTabellen';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/**
 * The results of one round: organisation and teams (only groups of five or more, small teams as
 * "overig"), the open answers at organisation level, and the trend per team across closed rounds.
 * What a role sees, the server decides; the page shows what it gets.
 */
export function PulsResultatenPage() {
  const { rondeId = '' } = useParams();
  const { t } = useI18n();
  const mag = useMag();
  const naam = useVraagNaam();
  const res = useResource(`puls-resultaten:${rondeId}`, () => getPulsResultaten(rondeId));
  const trend = useResource('puls-trend', getPulsTrend);
  const [code, setCode] = useState('werkdruk');
  const u = res.data;
  return (
    <>
      <PageHeading title={u?.ronde.titel ?? t('puls.uitslag')} preHeading={t('puls.titel')} />
      {mag('GET /puls-rondes') && (
        <p>
          <AppLink to="/mensen/puls">{t('puls.rondes')}</AppLink>
        </p>
      )}
      {res.error ? (
        <LoadError error={res.error} onRetry={res.reload} />
      ) : !u ? (
        <Loading />
      ) : (
        <>
          <p>{u.toelichting}</p>
          <p className="wb-muted">{t('puls.werkdrukUitleg')}</p>
          {u.ronde.status !== 'gesloten' ? (
            <Alert type="info">
              <Paragraph>{t('puls.nogOpen')}</Paragraph>
              {u.aantalAntwoorden !== null && (
                <Paragraph>
                  {t('puls.aantal')}: {u.aantalAntwoorden}
                </Paragraph>
              )}
            </Alert>
          ) : !u.organisatie ? (
            <Alert type="info">
              <Paragraph>{t('puls.teWeinig')}</Paragraph>
            </Alert>
          ) : (
            <Section title={t('puls.uitslag')}>
              <PulsUitslagTabel uitslag={u} />
              <ExportLinks href={(formaat) => pulsResultatenDownload(rondeId, formaat)} />
              {u.eigenTeamsZonderUitslag.length > 0 && (
                <p>
                  {t('puls.eigenZonder', {
                    teams: u.eigenTeamsZonderUitslag.map((x) => x.teamNaam).join(', '),
                  })}
                </p>
              )}
            </Section>
          )}
          {u.openAntwoorden !== null && u.ronde.status === 'gesloten' && (
            <Section title={t('puls.openAntwoorden')}>
              {u.openAntwoorden.length === 0 ? (
                <p>{t('puls.openAntwoordenTeWeinig')}</p>
              ) : (
                <ul>
                  {u.openAntwoorden.map((a, i) => (
                    // Shuffled texts without an id; the position is their only key.
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list has no other identity
                    <li key={i}>{a}</li>
                  ))}
                </ul>
              )}
            </Section>
          )}
        </>
      )}
      {trend.data && trend.data.rondes.length > 0 && (
        <Section title={t('puls.trend')}>
          <label htmlFor="puls-trend-vraag">{t('puls.trendVraag')}</label>{' '}
          <select id="puls-trend-vraag" value={code} onChange={(e) => setCode(e.target.value)}>
            {trend.data.vragen.map((c) => (
              <option key={c} value={c}>
                {naam(c)}
              </option>
            ))}
          </select>
          <PulsTrendTabel trend={trend.data} code={code} />
          <ExportLinks href={pulsTrendDownload} />
        </Section>
      )}
    </>
  );
}

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { getMijnWerk } from '../api/home';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { MijnDossiers } from '../components/home/MijnDossiers';
import { MijnTeams } from '../components/home/MijnTeams';
import { WerkLijst, WerkTellingen } from '../components/home/WerkLijst';
import { PageHeading } from '../components/PageHeading';
import { PulsBanner } from '../components/puls/PulsBanner';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../theme/home.css';

/**
 * Each role's start page after login: what needs me now, my teams or my dossiers at a glance, and
 * the organisation overview one click away. What "mine" is, the server decides (GET /mijn-werk).
 */
export function HomePage() {
  const { t } = useI18n();
  const mag = useMag();
  const { data, error, reload } = useResource('mijn-werk', getMijnWerk);
  return (
    <>
      <PageHeading title={t('home.titel')} />
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Paragraph lead>
            {data.medewerker && <>{t('home.welkom', { naam: data.medewerker.naam })} </>}
            {t('home.peildatum')} <DateText value={data.peildatum} />.
          </Paragraph>
          {data.melding && (
            <Alert type="info">
              <Paragraph lang="nl">{data.melding}</Paragraph>
            </Alert>
          )}
          <PulsBanner />
          <p className="wb-home__links">
            {mag('GET /organisatie') && <AppLink to="/organisatie">{t('home.overzicht')}</AppLink>}
            {mag('GET /portfolio') && data.dossiers.length > 0 && (
              <AppLink to="/wendbaar">{t('home.portfolio')}</AppLink>
            )}
          </p>
          <Section title={t('home.nu.titel', { aantal: String(data.tellingen.totaal) })} anchorId="nu">
            {data.tellingen.totaal > 0 && <WerkTellingen tellingen={data.tellingen} />}
            <WerkLijst items={data.nu} />
          </Section>
          {data.teams.length > 0 && (
            <Section title={data.teams.length === 1 ? t('home.team.titel') : t('home.teams.titel')}>
              <MijnTeams teams={data.teams} />
            </Section>
          )}
          {data.dossiers.length > 0 && (
            <Section title={t('home.dossiers.titel')}>
              <MijnDossiers dossiers={data.dossiers} />
            </Section>
          )}
        </>
      )}
    </>
  );
}

import { Paragraph } from '@utrecht/component-library-react';
import { useMag, useSessie } from '../access/sessie';
import { AppLink } from '../components/AppLink';
import { GesprekssoortenBeheer } from '../components/gesprek/GesprekssoortenBeheer';
import { GesprekDekkingTabel } from '../components/mensen/GesprekDekkingTabel';
import { PulsDeel } from '../components/mensen/PulsDeel';
import { VerlopenActies } from '../components/mensen/VerlopenActies';
import { WerkdrukSamenvatting } from '../components/mensen/WerkdrukSamenvatting';
import { OntwikkelthemasBeheer } from '../components/ontwikkeling/OntwikkelthemasBeheer';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useI18n } from '../i18n/i18n';
import '../components/mensen/mensen.css';

/**
 * The Mensen hub (issue 14): werkdruk, the pulse, development and conversations on one page, each
 * part shown only when the session may call the route behind it. "Mine" (the own plan and
 * conversations) is the medewerker linked to the account.
 */
export function MensenPage() {
  const { t } = useI18n();
  const mag = useMag();
  const { sessie } = useSessie();
  const eigen = sessie?.account.medewerkerId ?? null;
  const mijnPlan = eigen !== null && mag('GET /medewerkers/{medewerkerId}/ontwikkelplannen');
  const budget = mag('GET /organisatie/ontwikkelbudget');
  const mijnGesprekken = eigen !== null && mag('GET /medewerkers/{medewerkerId}/gesprekken');
  const dekking = mag('GET /organisatie/gesprekken');
  const verlopen = mag('GET /verlopen-gesprekacties');
  // Managing the kinds and themes: the list is open to more people, so the page shows it to those
  // who may change them; the answer's own `mag` then decides the controls.
  const themasBeheren = mag('PATCH /ontwikkelthemas/{themaId}');
  const soortenBeheren = mag('PATCH /gesprekssoorten/{code}');
  return (
    <>
      <PageHeading title={t('mensen.titel')} />
      <Paragraph>{t('mensen.intro')}</Paragraph>
      {mag('GET /organisatie/werkdruk') && (
        <Section title={t('mensen.werkdruk')}>
          <WerkdrukSamenvatting />
        </Section>
      )}
      {mag('GET /mijn-puls-rondes') && (
        <Section title={t('mensen.puls')}>
          <PulsDeel />
        </Section>
      )}
      {(mijnPlan || budget || themasBeheren) && (
        <Section title={t('mensen.ontwikkeling')}>
          {(mijnPlan || budget) && (
            <ul className="wb-mensen-links">
              {mijnPlan && (
                <li>
                  <AppLink to={`/medewerkers/${eigen}/ontwikkeling`}>
                    {t('mensen.ontwikkeling.mijnPlan')}
                  </AppLink>
                </li>
              )}
              {budget && (
                <li>
                  <AppLink to="/mensen/ontwikkelbudget">{t('mensen.ontwikkeling.budget')}</AppLink>
                </li>
              )}
            </ul>
          )}
          {themasBeheren && (
            <Section title={t('ow.thema.titel')} level={3}>
              <OntwikkelthemasBeheer />
            </Section>
          )}
        </Section>
      )}
      {(mijnGesprekken || dekking || verlopen || soortenBeheren) && (
        <Section title={t('mensen.gesprekken')}>
          {mijnGesprekken && (
            <Paragraph>
              <AppLink to={`/medewerkers/${eigen}/gesprekken`}>{t('mensen.gesprekken.mijn')}</AppLink>
            </Paragraph>
          )}
          {verlopen && (
            <Section title={t('mensen.verlopen')} level={3}>
              <VerlopenActies />
            </Section>
          )}
          {dekking && (
            <Section title={t('mensen.gesprekken.dekking', { jaar: new Date().getFullYear() })} level={3}>
              <GesprekDekkingTabel />
            </Section>
          )}
          {soortenBeheren && (
            <Section title={t('gesprek.soorten.titel')} level={3}>
              <GesprekssoortenBeheer />
            </Section>
          )}
        </Section>
      )}
    </>
  );
}

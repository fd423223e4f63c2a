import { Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { listZoWerkenWePaginas } from '../api/zo-werken-we';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { OrDeel } from '../components/verandering/OrDeel';
import { ProgrammaDeel } from '../components/verandering/ProgrammaDeel';
import { RaadsbrievenDeel } from '../components/verandering/RaadsbrievenDeel';
import { useT } from '../i18n/i18n';
import '../components/mensen/mensen.css';

/**
 * The organisation's change on one page (issue 15, item 6): the dashboard of the directie and the
 * college. The change programme with where each theme stands, the works council's procedures with
 * their next date, the letters to the raad (sent, and those waiting for the college), and the way
 * of working everyone reads. Each part shows only when the session may call the route behind it,
 * so every role gets the same page with what it may read.
 */
export function VeranderingPage() {
  const t = useT();
  const mag = useMag();
  return (
    <>
      <PageHeading title={t('verandering.titel')} />
      <Paragraph>{t('verandering.intro')}</Paragraph>
      {mag('GET /veranderprogramma') && (
        <Section title={t('verandering.programma')}>
          <ProgrammaDeel />
        </Section>
      )}
      {mag('GET /or-verzoeken') && (
        <Section title={t('verandering.or')}>
          <OrDeel />
        </Section>
      )}
      {mag('GET /raadsbrieven') && (
        <Section title={t('verandering.raadsbrieven')}>
          <RaadsbrievenDeel />
        </Section>
      )}
      {mag('GET /zo-werken-we-paginas') && (
        <Section title={t('verandering.zoWerkenWe')}>
          <ZoWerkenWeDeel />
        </Section>
      )}
      <Section title={t('verandering.meer')}>
        <ul className="wb-mensen-links" data-testid="verandering-meer">
          {mag('GET /veranderprogramma') && (
            <li>
              <AppLink to="/verandering/programma">{t('verandering.meer.programma')}</AppLink>
            </li>
          )}
          {mag('GET /evaluaties') && (
            <li>
              <AppLink to="/verandering/evaluaties">{t('verandering.meer.evaluaties')}</AppLink>
            </li>
          )}
          {mag('GET /raadsbrieven') && (
            <li>
              <AppLink to="/raadsbrieven">{t('verandering.meer.raadsbrieven')}</AppLink>
            </li>
          )}
          {mag('GET /or-verzoeken') && (
            <li>
              <AppLink to="/or-dossier">{t('verandering.meer.or')}</AppLink>
            </li>
          )}
          {mag('GET /zo-werken-we-paginas') && (
            <li>
              <AppLink to="/zo-werken-we">{t('verandering.meer.zoWerkenWe')}</AppLink>
            </li>
          )}
        </ul>
      </Section>
    </>
  );
}

function ZoWerkenWeDeel() {
  const t = useT();
  const res = useResource('verandering-zo-werken-we', () => listZoWerkenWePaginas());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  return (
    <>
      <Paragraph>{t('verandering.zoWerkenWe.uitleg')}</Paragraph>
      <ul className="wb-mensen-links" data-testid="verandering-zo-werken-we">
        {res.data.resultaten.map((p) => (
          <li key={p.id}>
            <AppLink to={`/zo-werken-we/${p.id}`}>{p.titel}</AppLink>
            {p.samenvatting ? ` — ${p.samenvatting}` : ''}
          </li>
        ))}
      </ul>
      <Paragraph>
        <AppLink to="/zo-werken-we">{t('verandering.zoWerkenWe.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

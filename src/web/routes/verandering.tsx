import { Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { listOrVerzoeken } from '../api/or-dossier';
import { listZoWerkenWePaginas } from '../api/zo-werken-we';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';
import '../components/mensen/mensen.css';

/**
 * The organisation's change on one page (issue 15): the organisation philosophy everyone reads, and
 * for those who take part in it the works council's procedures with the next date that matters.
 * Each part shows only when the session may call the route behind it; the change programme and the
 * council letters join this page as they land.
 */
export function VeranderingPage() {
  const t = useT();
  const mag = useMag();
  return (
    <>
      <PageHeading title={t('verandering.titel')} />
      <Paragraph>{t('verandering.intro')}</Paragraph>
      {mag('GET /zo-werken-we-paginas') && (
        <Section title={t('verandering.zoWerkenWe')}>
          <ZoWerkenWeDeel />
        </Section>
      )}
      {mag('GET /or-verzoeken') && (
        <Section title={t('verandering.or')}>
          <OrDeel />
        </Section>
      )}
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

/** The procedures still running (not withdrawn, a date still ahead), soonest date first. */
function OrDeel() {
  const t = useT();
  const res = useResource('verandering-or', () => listOrVerzoeken());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const lopend = res.data.resultaten
    .filter((v) => v.volgendeDatum !== null)
    .sort((a, b) => (a.volgendeDatum?.datum ?? '').localeCompare(b.volgendeDatum?.datum ?? ''));
  return (
    <>
      {lopend.length === 0 ? (
        <Paragraph>{t('verandering.or.geen')}</Paragraph>
      ) : (
        <ul className="wb-mensen-links" data-testid="verandering-or">
          {lopend.map((v) => (
            <li key={v.id}>
              <AppLink to={`/or-dossier/${v.id}`}>{v.onderwerp}</AppLink> ({t(`or.soort.${v.soort}`)},{' '}
              {t(`or.status.${v.status}`)}): {t(`or.wat.${v.volgendeDatum!.wat}`)}{' '}
              <DateText value={v.volgendeDatum!.datum} />
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to="/or-dossier">{t('verandering.or.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

import { Paragraph } from '@utrecht/component-library-react';
import { verlopenActiesDownload } from '../../api/export';
import { listVerlopenGesprekacties } from '../../api/mensen';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { LoadError, Loading } from '../DataState';
import { ExportLinks } from '../ExportLinks';
import { useResource } from '../useResource';

/** Agreed actions past their deadline (the own medewerkers', or everyone's for P&O), each to its conversations. */
export function VerlopenActies() {
  const i = useI18n();
  const { t } = i;
  const res = useResource('mensen:verlopen-acties', listVerlopenGesprekacties);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  if (res.data.resultaten.length === 0) return <Paragraph>{t('mensen.verlopen.geen')}</Paragraph>;
  return (
    <>
      <ul data-testid="mensen-verlopen">
        {res.data.resultaten.map((v) => (
          <li key={v.actie.id}>
            <AppLink to={`/medewerkers/${v.medewerker.id}/gesprekken`}>{v.medewerker.naam}</AppLink>:{' '}
            {t('mensen.verlopen.regel', {
              omschrijving: v.actie.omschrijving,
              soort: v.soortNaam,
              datum: i.formatDate(v.gesprekDatum),
              dagen: v.dagenVerlopen,
            })}
          </li>
        ))}
      </ul>
      <ExportLinks href={verlopenActiesDownload} />
    </>
  );
}

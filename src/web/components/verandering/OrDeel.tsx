import { Paragraph } from '@utrecht/component-library-react';
import { listOrVerzoeken } from '../../api/or-dossier';
import { useT } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { LoadError, Loading } from '../DataState';
import { DateText } from '../DateText';
import { Tabel } from '../Tabel';
import { useResource } from '../useResource';

/**
 * The OR procedures that still have a date ahead (the response date, the end of the suspension, the
 * appeal or nullity term: the server's `volgendeDatum`), soonest first.
 */
export function OrDeel() {
  const t = useT();
  const res = useResource('verandering-or', () => listOrVerzoeken());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const lopend = res.data.resultaten
    .flatMap((v) => (v.volgendeDatum ? [{ v, volgende: v.volgendeDatum }] : []))
    .sort((a, b) => a.volgende.datum.localeCompare(b.volgende.datum));
  return (
    <>
      {lopend.length === 0 ? (
        <Paragraph>{t('verandering.or.geen')}</Paragraph>
      ) : (
        <Tabel caption={t('verandering.or.termijnen')} testId="verandering-or">
          <thead>
            <tr>
              <th scope="col">{t('verandering.kolom.datum')}</th>
              <th scope="col">{t('verandering.kolom.wat')}</th>
              <th scope="col">{t('or.kolom.onderwerp')}</th>
              <th scope="col">{t('or.kolom.soort')}</th>
              <th scope="col">{t('or.kolom.status')}</th>
            </tr>
          </thead>
          <tbody>
            {lopend.map(({ v, volgende }) => (
              <tr key={v.id}>
                <td>
                  <DateText value={volgende.datum} />
                </td>
                <td>{t(`or.wat.${volgende.wat}`)}</td>
                <th scope="row">
                  <AppLink to={`/or-dossier/${v.id}`}>{v.onderwerp}</AppLink>
                </th>
                <td>{t(`or.soort.${v.soort}`)}</td>
                <td>{t(`or.status.${v.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
      <Paragraph>
        <AppLink to="/or-dossier">{t('verandering.or.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
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
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('verandering.kolom.datum')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('verandering.kolom.wat')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('or.kolom.onderwerp')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('or.kolom.soort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('or.kolom.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lopend.map(({ v, volgende }) => (
              <TableRow key={v.id}>
                <TableCell>
                  <DateText value={volgende.datum} />
                </TableCell>
                <TableCell>{t(`or.wat.${volgende.wat}`)}</TableCell>
                <TableHeaderCell scope="row">
                  <AppLink to={`/or-dossier/${v.id}`}>{v.onderwerp}</AppLink>
                </TableHeaderCell>
                <TableCell>{t(`or.soort.${v.soort}`)}</TableCell>
                <TableCell>{t(`or.status.${v.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <Paragraph>
        <AppLink to="/or-dossier">{t('verandering.or.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

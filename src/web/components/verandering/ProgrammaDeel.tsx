import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { getVeranderprogramma, type VeranderThema } from '../../api/veranderprogramma';
import { useT } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge, type BadgeTone } from '../Badge';
import { LoadError, Loading } from '../DataState';
import { DateText } from '../DateText';
import { Tabel } from '../Tabel';
import { useResource } from '../useResource';

const TOON: Record<VeranderThema['stand'], BadgeTone> = {
  'op-schema': 'safe',
  achter: 'danger',
  gereed: 'neutral',
  gepauzeerd: 'inactive',
};

/**
 * The change programme at a glance: its phases in order with their status, and per theme where it
 * stands (derived by the server from its actions and milestones), the open, done and overdue
 * actions and the next milestone.
 */
export function ProgrammaDeel() {
  const t = useT();
  const res = useResource('verandering-programma', () => getVeranderprogramma());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { fases, themas } = res.data;
  return (
    <>
      {fases.length === 0 ? (
        <Paragraph>{t('verandering.programma.geen')}</Paragraph>
      ) : (
        <ol data-testid="verandering-fases">
          {[...fases]
            .sort((a, b) => a.volgnummer - b.volgnummer)
            .map((f) => (
              <li key={f.id}>
                {t('verandering.programma.fase', { n: f.volgnummer, naam: f.naam })}{' '}
                <Badge
                  tone={f.status === 'lopend' ? 'active' : f.status === 'afgerond' ? 'neutral' : 'inactive'}
                >
                  {t(`verandering.fase.${f.status}`)}
                </Badge>
                {(f.van || f.tot) && (
                  <>
                    {' '}
                    (<DateText value={f.van} /> – <DateText value={f.tot} />)
                  </>
                )}
              </li>
            ))}
        </ol>
      )}
      {themas.length > 0 && (
        <Tabel caption={t('verandering.programma.themas')} testId="verandering-themas">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('verandering.kolom.thema')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('verandering.kolom.stand')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('verandering.kolom.trekker')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('verandering.kolom.acties')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('verandering.kolom.mijlpaal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {themas.map((th) => (
              <TableRow key={th.id}>
                <TableHeaderCell scope="row">{th.naam}</TableHeaderCell>
                <TableCell>
                  <Badge tone={TOON[th.stand]}>{t(`verandering.stand.${th.stand}`)}</Badge>
                </TableCell>
                <TableCell>{th.trekker?.naam}</TableCell>
                <TableCell>
                  {t('verandering.programma.telling', {
                    open: th.telling.open,
                    gereed: th.telling.gereed,
                  })}
                  {th.telling.verlopen > 0 && (
                    <>
                      , <strong>{t('verandering.programma.verlopen', { n: th.telling.verlopen })}</strong>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {th.volgendeMijlpaal && (
                    <>
                      {th.volgendeMijlpaal.titel} (<DateText value={th.volgendeMijlpaal.datum} />)
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      <Paragraph>
        <AppLink to="/verandering/programma">{t('verandering.programma.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

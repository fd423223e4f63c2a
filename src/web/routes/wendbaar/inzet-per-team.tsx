import {
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { getInzetStatistiek } from '../../api/inzet';
import { AppLink } from '../../components/AppLink';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Tabel } from '../../components/Tabel';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

/**
 * For the directie and P&O: per basisteam how many inzetverzoeken came in, how many were consented,
 * declined and are still open, and how long a request waits on average.
 */
export function InzetPerTeamPage() {
  const { t, formatNumber } = useI18n();
  const res = useResource('inzet-statistiek', getInzetStatistiek);
  const rijen = res.data?.resultaten ?? [];
  const som = (k: 'aantal' | 'ingestemd' | 'afgewezen' | 'open') => rijen.reduce((s, r) => s + r[k], 0);
  const totaal = som('aantal');
  // The average over all requests: each team's average weighed by its number of requests.
  const gemiddeld =
    totaal > 0 ? rijen.reduce((s, r) => s + r.gemiddeldeWachtdagen * r.aantal, 0) / totaal : 0;
  return (
    <>
      <PageHeading title={t('iz.stat.titel')} />
      <Paragraph>{t('iz.stat.intro')}</Paragraph>
      <LijstResultaat resource={res} leeg={t('iz.stat.geen')}>
        {() => (
          <Tabel caption={t('iz.stat.titel')} testId="inzet-statistiek">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('iz.stat.aantal')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('iz.stat.ingestemd')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('iz.stat.afgewezen')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('iz.stat.open')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('iz.stat.wachtdagen')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rijen.map((r) => (
                <TableRow key={r.team.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/teams/${r.team.id}/capaciteit`}>{r.team.naam}</AppLink>
                  </TableHeaderCell>
                  <TableCell numericColumn>{formatNumber(r.aantal)}</TableCell>
                  <TableCell numericColumn>{formatNumber(r.ingestemd)}</TableCell>
                  <TableCell numericColumn>{formatNumber(r.afgewezen)}</TableCell>
                  <TableCell numericColumn>{formatNumber(r.open)}</TableCell>
                  <TableCell numericColumn>{formatNumber(r.gemiddeldeWachtdagen, 1)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">{t('iz.stat.totaal')}</TableHeaderCell>
                <TableCell numericColumn>{formatNumber(totaal)}</TableCell>
                <TableCell numericColumn>{formatNumber(som('ingestemd'))}</TableCell>
                <TableCell numericColumn>{formatNumber(som('afgewezen'))}</TableCell>
                <TableCell numericColumn>{formatNumber(som('open'))}</TableCell>
                <TableCell numericColumn>{formatNumber(gemiddeld, 1)}</TableCell>
              </TableRow>
            </TableFooter>
          </Tabel>
        )}
      </LijstResultaat>
    </>
  );
}

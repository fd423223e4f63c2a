import {
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Portfolio } from '../../../api/wendbaar.types';
import { useI18n } from '../../../i18n/i18n';
import { AppLink } from '../../AppLink';
import { Empty } from '../../Empty';
import { Tabel } from '../../Tabel';
import { DossierStatus } from '../DossierStatus';

/** Every dossier × quarter: the hours it asks, with the totals per quarter at the bottom. */
export function PortfolioTabel({ portfolio }: { portfolio: Portfolio }) {
  const { t, formatNumber } = useI18n();
  const { perioden, dossiers, totalen } = portfolio;
  const eindtotaal = totalen.reduce((som, x) => som + x.uren, 0);
  return (
    <Tabel
      caption={t('wb.pf.caption', { van: perioden[0]?.sleutel ?? '', tot: perioden.at(-1)?.sleutel ?? '' })}
      className="wb-portfolio"
      testId="portfolio"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('wb.pf.dossierSoort')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.programma')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.pf.eigenaar')}</TableHeaderCell>
          {perioden.map((p) => (
            <TableHeaderCell key={p.sleutel} scope="col" numericColumn>
              {p.sleutel}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col" numericColumn>
            {t('wb.pf.totaal')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {dossiers.map((d) => (
          <TableRow key={`${d.soort}-${d.id}`}>
            <TableHeaderCell scope="row">
              <AppLink to={`/wendbaar/${d.soort === 'opgave' ? 'opgaven' : 'bestuursopdrachten'}/${d.id}`}>
                {d.titel}
              </AppLink>
              <span className="wb-portfolio__soort">{t(`wb.pf.soort.${d.soort}`)}</span>
            </TableHeaderCell>
            <TableCell>
              <DossierStatus soort={d.soort} status={d.status} />
            </TableCell>
            <TableCell>{d.programma?.naam ?? <Empty />}</TableCell>
            <TableCell>{d.eigenaar ?? <Empty />}</TableCell>
            {d.vraag.map((v) => (
              <TableCell key={v.periode} numericColumn className={v.uren ? undefined : 'wb-muted'}>
                {formatNumber(v.uren)}
              </TableCell>
            ))}
            <TableCell numericColumn>
              <strong>{formatNumber(d.totaalUren)}</strong>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableHeaderCell scope="row" colSpan={4}>
            {t('wb.pf.totaalPerKwartaal')}
          </TableHeaderCell>
          {totalen.map((x) => (
            <TableCell key={x.periode} numericColumn>
              <strong>{formatNumber(x.uren)}</strong>
            </TableCell>
          ))}
          <TableCell numericColumn>
            <strong>{formatNumber(eindtotaal)}</strong>
          </TableCell>
        </TableRow>
      </TableFooter>
    </Tabel>
  );
}

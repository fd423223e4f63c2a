import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { LoonsomJaar } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { Tabel } from '../Tabel';
import { euro } from './bedrag';

/** "Ruimte € 12.000" or "Overschrijding € 8.000": in words, the colour only supports them. */
export function Ruimte({ ruimte }: { ruimte: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (ruimte === null) return <span className="wb-muted">{t('ls.geenBudget')}</span>;
  if (ruimte < 0)
    return <Badge tone="danger">{t('ls.overschrijding', { bedrag: euro(i18n, -ruimte) })}</Badge>;
  return <Badge tone="safe">{t('ls.ruimte', { bedrag: euro(i18n, ruimte) })}</Badge>;
}

/** The loonsom of four years against the budget: one row per year. */
export function LoonsomJaren({ jaren, caption }: { jaren: LoonsomJaar[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Tabel caption={caption} testId="loonsom-jaren">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('ls.kolom.jaar')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('ls.kolom.bezetting')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('ls.kolom.vacatures')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('ls.kolom.loonsom')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('ls.kolom.budget')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('ls.kolom.ruimte')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {jaren.map((j) => (
          <TableRow key={j.jaar}>
            <TableHeaderCell scope="row">{j.jaar}</TableHeaderCell>
            <TableCell className="wb-num">{euro(i18n, j.bezetting)}</TableCell>
            <TableCell className="wb-num">{euro(i18n, j.vacatures)}</TableCell>
            <TableCell className="wb-num">{euro(i18n, j.totaal)}</TableCell>
            <TableCell className="wb-num">{j.budget === null ? '–' : euro(i18n, j.budget)}</TableCell>
            <TableCell>
              <Ruimte ruimte={j.ruimte} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormatieVerloop, formatieVerloopDownload } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { ExportLinks } from '../ExportLinks';
import { Tabel } from '../Tabel';

/**
 * The formatie over time (issue 13: "per date and over time"): the organisation's formatie,
 * bezetting, vacancies and surplus on the first of each month, as a table a screen reader reads
 * row by row, with the per-team months in the download.
 */
export function FormatieVerloopTabel({ v }: { v: FormatieVerloop }) {
  const { t, formatFte, locale } = useI18n();
  const maandNaam = (maand: string) =>
    new Date(`${maand}-01T00:00:00Z`).toLocaleDateString(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return (
    <>
      <Tabel
        caption={t('fm.verloop.caption', { van: maandNaam(v.van), tot: maandNaam(v.tot) })}
        testId="formatie-verloop"
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('fm.verloop.maand')}</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('fm.kolom.formatie')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('fm.kolom.bezetting')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('fm.kolom.vacature')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('fm.kolom.boventallig')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {v.maanden.map((m) => (
            <TableRow key={m.maand}>
              <TableHeaderCell scope="row">{maandNaam(m.maand)}</TableHeaderCell>
              <TableCell className="wb-num">{formatFte(m.formatieFte)}</TableCell>
              <TableCell className="wb-num">{formatFte(m.bezettingFte)}</TableCell>
              <TableCell className="wb-num">{formatFte(m.vacatureFte)}</TableCell>
              <TableCell className="wb-num">{formatFte(m.boventalligFte)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
      <ExportLinks href={(formaat) => formatieVerloopDownload(v.van, v.tot, formaat)} />
    </>
  );
}

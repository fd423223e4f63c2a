import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Salaristabel } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { Tabel } from '../Tabel';

/** Schalen and treden in a natural order: "2" before "10", "10" before "10A". */
export const schaalVolgorde = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true });

/** One salary table as a grid: a row per schaal, a column per trede, the monthly amounts. */
export function SalarisGrid({ tabel }: { tabel: Salaristabel }) {
  const { t, formatNumber } = useI18n();
  const schalen = [...new Set(tabel.bedragen.map((b) => b.schaal))].sort(schaalVolgorde);
  const treden = [...new Set(tabel.bedragen.map((b) => b.trede))].sort((a, b) => a - b);
  const bedrag = new Map(tabel.bedragen.map((b) => [`${b.schaal}|${b.trede}`, b.bedrag]));
  return (
    <Tabel
      caption={t('sal.grid.caption', { naam: tabel.naam })}
      className="wb-fm-salarisgrid"
      testId="salaris-grid"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('sal.kolom.schaal')}</TableHeaderCell>
          {treden.map((trede) => (
            <TableHeaderCell key={trede} scope="col" numericColumn>
              {t('sal.kolom.trede', { trede })}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {schalen.map((schaal) => (
          <TableRow key={schaal}>
            <TableHeaderCell scope="row">{schaal}</TableHeaderCell>
            {treden.map((trede) => {
              const b = bedrag.get(`${schaal}|${trede}`);
              return (
                <TableCell key={trede} className="wb-num">
                  {b === undefined ? '–' : formatNumber(b, 2)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

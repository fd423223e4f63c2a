import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Overgang } from '../../api/wendbaar.types';
import { useT } from '../../i18n/i18n';
import { TijdstipText } from '../DateText';
import { Empty } from '../Empty';
import { Tabel } from '../Tabel';

/** Every step a dossier took, oldest first: when, from which state to which, by whom and why. */
export function StappenHistorie({
  overgangen,
  statusLabel,
}: {
  overgangen: Overgang[];
  statusLabel(status: string): string;
}) {
  const t = useT();
  if (overgangen.length === 0) return <Paragraph>{t('wb.historie.geen')}</Paragraph>;
  return (
    <Tabel caption={t('wb.historie.caption')} testId="historie">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('wb.historie.op')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.historie.stap')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.historie.door')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('wb.historie.toelichting')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {overgangen.map((o) => (
          <TableRow key={`${o.op}-${o.van}-${o.naar}`}>
            <TableCell>
              <TijdstipText value={o.op} />
            </TableCell>
            <TableCell>
              {o.van
                ? t('wb.historie.vanNaar', { van: statusLabel(o.van), naar: statusLabel(o.naar) })
                : t('wb.historie.begonnen', { naar: statusLabel(o.naar) })}
            </TableCell>
            <TableCell>{o.door ?? <Empty />}</TableCell>
            <TableCell>
              {o.toelichting ? <span className="wb-pre-line">{o.toelichting}</span> : <Empty />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

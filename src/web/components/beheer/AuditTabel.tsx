import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AuditResultaat, Auditregel } from '../../api/toegang.types';
import { useI18n } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';
import { Tabel } from '../Tabel';

const TOON: Record<AuditResultaat, BadgeTone> = { gelukt: 'active', geweigerd: 'warning', mislukt: 'danger' };

/** A point in time in the reader's language and time zone, machine-readable in `datetime`. */
function Tijdstip({ value }: { value: string }) {
  const { locale } = useI18n();
  const tekst = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(value),
  );
  return <time dateTime={value}>{tekst}</time>;
}

/** The audit records of one page; actors are shown by account name where known. */
export function AuditTabel({ regels }: { regels: Auditregel[] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('audit.caption')} className="wb-audit">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('audit.kolom.tijdstip')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.wie')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.actie')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.object')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.resultaat')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.ip')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {regels.map((r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">
              <Tijdstip value={r.tijdstempel} />
            </TableHeaderCell>
            <TableCell>{r.actorNaam ?? <span className="wb-muted">{r.actor}</span>}</TableCell>
            <TableCell>
              <code className="wb-code">{r.actie}</code>
            </TableCell>
            <TableCell>
              {r.objectType ? (
                <>
                  {r.objectType}
                  {r.objectId && <span className="wb-muted wb-small wb-break"> {r.objectId}</span>}
                </>
              ) : (
                <span className="wb-muted">–</span>
              )}
            </TableCell>
            <TableCell>
              <Badge tone={TOON[r.resultaat]}>{t(`audit.resultaat.${r.resultaat}`)}</Badge>
            </TableCell>
            <TableCell>{r.ip ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

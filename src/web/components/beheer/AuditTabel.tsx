import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { AuditResultaat, Auditregel } from '../../api/toegang.types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
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

/**
 * The audit records of one page, each as a sentence in plain language (who did what to which object,
 * built by the server from one table of event kinds) with a link to the object where it still
 * exists; the route and ids stay beside it for whoever needs them.
 */
export function AuditTabel({ regels }: { regels: Auditregel[] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('audit.caption')} className="wb-audit">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('audit.kolom.tijdstip')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.gebeurtenis')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.kolom.actie')}</TableHeaderCell>
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
            <TableCell>
              {r.omschrijving}
              {r.link && (
                <>
                  {' '}
                  <AppLink to={r.link}>{t('audit.naarObject')}</AppLink>
                </>
              )}
              {r.actorAccountId && (
                <>
                  {' · '}
                  <AppLink to={`/beheer/audit?persoonId=${encodeURIComponent(r.actorAccountId)}`}>
                    {t('audit.allesVanPersoon')}
                  </AppLink>
                </>
              )}
            </TableCell>
            <TableCell>
              <code className="wb-code wb-small">{r.actie}</code>
              {r.objectId && <span className="wb-muted wb-small wb-break"> {r.objectId}</span>}
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

import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Inzetverzoek } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { TijdstipText } from '../DateText';
import { Empty } from '../Empty';
import { Tabel } from '../Tabel';
import { DossierLink } from './DossierLink';
import { VerzoekStatus, VerzoekVlaggen, WekenText } from './VerzoekStatus';

/** The hours and weeks a request stands for now: a counter-proposal's, when there is one. */
function Uren({ verzoek }: { verzoek: Inzetverzoek }) {
  const { t, formatNumber } = useI18n();
  const tegen = verzoek.tegenvoorstel;
  return (
    <>
      {formatNumber(verzoek.urenPerWeek)}
      {tegen && (
        <span className="wb-iz-tegen"> {t('iz.tabel.tegen', { uren: formatNumber(tegen.urenPerWeek) })}</span>
      )}
    </>
  );
}

/**
 * Requests in a table: who, which vraag (optional), hours and weeks, status with its warnings, and
 * the reason or who decided when.
 */
export function VerzoekenTabel({
  verzoeken,
  caption,
  metVraag = true,
  testId,
}: {
  verzoeken: Inzetverzoek[];
  caption: string;
  metVraag?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Tabel caption={caption} testId={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.medewerker')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
          {metVraag && <TableHeaderCell scope="col">{t('iz.tabel.vraag')}</TableHeaderCell>}
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.urenPerWeek')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('iz.tabel.weken')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('iz.tabel.toelichting')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {verzoeken.map((v) => (
          <TableRow key={v.id} data-verzoek={v.id}>
            <TableHeaderCell scope="row">{v.medewerker.naam}</TableHeaderCell>
            <TableCell>{v.team.naam}</TableCell>
            {metVraag && (
              <TableCell>
                <DossierLink dossier={v.capaciteitsvraag.dossier} />
                <br />
                <span className="wb-muted">{v.capaciteitsvraag.expertise}</span>
              </TableCell>
            )}
            <TableCell numericColumn>
              <Uren verzoek={v} />
            </TableCell>
            <TableCell>
              <WekenText van={v.vanWeek} tot={v.totWeek} />
            </TableCell>
            <TableCell>
              <VerzoekStatus status={v.status} /> <VerzoekVlaggen verzoek={v} />
            </TableCell>
            <TableCell>
              {v.reden ?? v.overschrijdingReden ?? v.toelichting ?? <Empty />}
              {v.beslistOp && (
                <span className="wb-muted wb-iz-beslist">
                  {' '}
                  ({v.beslistDoor ?? t('iz.onbekend')}, <TijdstipText value={v.beslistOp} />)
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

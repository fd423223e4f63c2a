import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { MijnDossier } from '../../api/home';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { DateText } from '../DateText';
import { Tabel } from '../Tabel';

/** A dossier's state in words, with the texts of the agile pages. */
function useStatusNaam() {
  const { t } = useI18n();
  return (soort: MijnDossier['soort'], status: string | null) =>
    status === null
      ? t('algemeen.nvt')
      : t((soort === 'opgave' ? `wb.opgave.fase.${status}` : `wb.bo.status.${status}`) as MessageKey);
}

/** The dossiers a programmaregisseur directs: where each stands and what comes next. */
export function MijnDossiers({ dossiers }: { dossiers: MijnDossier[] }) {
  const { t } = useI18n();
  const statusNaam = useStatusNaam();
  return (
    <Tabel caption={t('home.dossiers.caption')} testId="mijn-dossiers">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('home.kolom.dossier')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('home.kolom.volgendeStap')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('home.kolom.mijlpaal')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('home.kolom.open')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {dossiers.map((d) => (
          <TableRow key={`${d.soort}:${d.id}`}>
            <TableHeaderCell scope="row">
              <span className="wb-muted">{t(`home.soortDossier.${d.soort}` as MessageKey)}: </span>
              <AppLink to={d.pad}>{d.titel}</AppLink>
            </TableHeaderCell>
            <TableCell>{statusNaam(d.soort, d.status)}</TableCell>
            <TableCell>{statusNaam(d.soort, d.volgendeStap)}</TableCell>
            <TableCell>
              {d.volgendeMijlpaal ? (
                <>
                  <DateText value={d.volgendeMijlpaal.datum} />{' '}
                  <span className="wb-muted" lang="nl">
                    {d.volgendeMijlpaal.titel}
                  </span>
                </>
              ) : (
                <span className="wb-muted">{t('algemeen.nvt')}</span>
              )}
            </TableCell>
            <TableCell className="wb-num">{d.openInzetverzoeken}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

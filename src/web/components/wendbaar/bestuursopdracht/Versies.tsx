import {
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { collegevoorstelUrl } from '../../../api/wendbaar';
import type { Besluit, Bestuursopdracht } from '../../../api/wendbaar.types';
import { useI18n } from '../../../i18n/i18n';
import { DateText, TijdstipText } from '../../DateText';
import { Section } from '../../Section';
import { Tabel } from '../../Tabel';
import { OpdrachtStatus } from '../DossierStatus';
import { Verschillen } from './Verschillen';

/** A besluit in one line: its outcome, number and date, and the conditions when there are any. */
export function BesluitTekst({ besluit }: { besluit: Besluit }) {
  const { t } = useI18n();
  return (
    <>
      <OpdrachtStatus status={besluit.uitkomst} />{' '}
      {t('wb.besluit.kenmerk', { besluitnummer: besluit.besluitnummer })}, <DateText value={besluit.datum} />
      {besluit.voorwaarden && (
        <span className="wb-besluit__voorwaarden">
          {t('wb.besluit.voorwaarden')}: <span className="wb-pre-line">{besluit.voorwaarden}</span>
        </span>
      )}
    </>
  );
}

/**
 * The submitted (frozen) versions with their besluit and the collegevoorstel of each as a Word
 * document, and a view of what changed between versions or against the working copy.
 */
export function Versies({
  opdracht,
  magVerschillen,
}: {
  opdracht: Bestuursopdracht;
  magVerschillen: boolean;
}) {
  const { t } = useI18n();
  const versies = opdracht.versies;
  return (
    <Section title={t('wb.bo.versies.titel')} anchorId="bo-sectie-versies">
      {versies.length === 0 ? (
        <>
          <Paragraph>{t('wb.bo.versies.geen')}</Paragraph>
          <Paragraph>
            <Link href={collegevoorstelUrl(opdracht.id)} download>
              {t('wb.bo.versies.conceptDownload')}
            </Link>
          </Paragraph>
        </>
      ) : (
        <Tabel caption={t('wb.bo.versies.caption')} testId="versies">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('wb.bo.versies.versie')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.bo.versies.ingediend')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.bo.versies.besluit')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.bo.versies.collegevoorstel')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...versies].reverse().map((v) => (
              <TableRow key={v.nummer}>
                <TableHeaderCell scope="row">
                  {t('wb.bo.versies.nummer', { nummer: v.nummer })}
                </TableHeaderCell>
                <TableCell>
                  <TijdstipText value={v.ingediendOp} />
                </TableCell>
                <TableCell>
                  {v.besluit ? (
                    <BesluitTekst besluit={v.besluit} />
                  ) : opdracht.status === 'ter-besluitvorming' && v.nummer === versies.at(-1)?.nummer ? (
                    t('wb.bo.versies.wachtOpBesluit')
                  ) : (
                    t('wb.bo.versies.geenBesluit')
                  )}
                </TableCell>
                <TableCell>
                  <Link href={collegevoorstelUrl(opdracht.id, v.nummer)} download>
                    {t('wb.bo.versies.download', { nummer: v.nummer })}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {magVerschillen && versies.length > 0 && <Verschillen opdracht={opdracht} />}
    </Section>
  );
}

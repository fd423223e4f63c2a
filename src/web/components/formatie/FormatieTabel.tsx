import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Formatieplaats } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { DateText } from '../DateText';
import { MedewerkerLink } from '../MedewerkerLink';
import { Tabel } from '../Tabel';

/**
 * A team's formatieplaatsen on the peildatum: the place, who fills it (names link to the person for
 * those who may open them), what is vacant since when and what is boventallig. States are words in a
 * badge; the colour only supports them.
 */
export function FormatieTabel({ plaatsen, caption }: { plaatsen: Formatieplaats[]; caption: string }) {
  const { t, formatFte } = useI18n();
  return (
    <Tabel caption={caption} testId="formatie-tabel">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.functie')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fm.kolom.schaal')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.formatie')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('fm.kolom.soort')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fm.kolom.vervuldDoor')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('fm.kolom.bezetting')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('fm.kolom.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plaatsen.map((p) => (
          <TableRow key={p.id} data-testid="formatieplaats">
            <TableHeaderCell scope="row">
              {p.functie.naam}
              {(p.functie.functiefamilie || p.functie.niveau) && (
                <span className="wb-muted wb-fm-sub">
                  {[p.functie.functiefamilie, p.functie.niveau].filter(Boolean).join(', ')}
                </span>
              )}
            </TableHeaderCell>
            <TableCell>{p.salarisschaal}</TableCell>
            <TableCell className="wb-num">{formatFte(p.formatieFte)}</TableCell>
            <TableCell>
              {t(`fm.soort.${p.soort}`)}
              {p.einddatum && (
                <span className="wb-fm-sub">
                  {t('fm.tot')} <DateText value={p.einddatum} />
                </span>
              )}
              <span className="wb-fm-sub wb-muted">
                {t(`fm.financiering.${p.financiering.soort}`)}
                {p.financiering.programma && `: ${p.financiering.programma.naam}`}
                {p.financiering.subsidie && `: ${p.financiering.subsidie}`}
              </span>
            </TableCell>
            <TableCell>
              {p.plaatsingen.length === 0 ? (
                <span className="wb-muted">{t('fm.niemand')}</span>
              ) : (
                <ul className="wb-fm-namen">
                  {p.plaatsingen.map((x) => (
                    <li key={x.id}>
                      <MedewerkerLink id={x.medewerker.id} naam={x.medewerker.naam} /> ({formatFte(x.fte)})
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
            <TableCell className="wb-num">{formatFte(p.bezettingFte)}</TableCell>
            <TableCell>
              {p.vacatureFte > 0 && (
                <Badge tone="warning">
                  {t('fm.status.vacant', { fte: formatFte(p.vacatureFte) })}
                  {p.vacatureSinds && (
                    <>
                      {' '}
                      {t('fm.sinds')} <DateText value={p.vacatureSinds} />
                    </>
                  )}
                </Badge>
              )}
              {p.boventalligFte > 0 && (
                <Badge tone="danger">
                  {t('fm.status.boventallig', { fte: formatFte(p.boventalligFte) })}
                </Badge>
              )}
              {p.vacatureFte === 0 && p.boventalligFte === 0 && (
                <Badge tone="safe">{t('fm.status.vervuld')}</Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

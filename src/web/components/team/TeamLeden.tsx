import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { TeamLid } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { DateText, FteText } from '../DateText';
import { Tabel } from '../Tabel';
import { Verborgen } from '../Verborgen';

/** The members of a team on a date. */
export function TeamLeden({ leden, teamNaam }: { leden: TeamLid[]; teamNaam: string }) {
  const { t, formatNumber } = useI18n();
  if (leden.length === 0) return <Paragraph>{t('team.leden.geen')}</Paragraph>;
  return (
    <Tabel caption={t('team.leden.caption', { team: teamNaam })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.naam')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.functie')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.urenPerWeek')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.fte')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.inTeamSinds')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {leden.map((lid) => (
          <TableRow key={lid.lidmaatschapId}>
            <TableHeaderCell scope="row">
              <AppLink to={`/medewerkers/${lid.medewerkerId}`}>{lid.naam}</AppLink>
            </TableHeaderCell>
            <TableCell>{lid.functie}</TableCell>
            <TableCell className="wb-num">
              {lid.urenPerWeek === null ? <Verborgen kort /> : formatNumber(lid.urenPerWeek)}
            </TableCell>
            <TableCell className="wb-num">
              {lid.fte === null ? <Verborgen kort /> : <FteText value={lid.fte} />}
            </TableCell>
            <TableCell>
              {lid.ingangsdatum === null ? <Verborgen kort /> : <DateText value={lid.ingangsdatum} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

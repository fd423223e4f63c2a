import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { MijnTeam } from '../../api/home';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge } from '../Badge';
import { FteText } from '../DateText';
import { alsProcent } from '../numbers';
import { Tabel } from '../Tabel';

/** Utilisation as a percentage with the hours, and "overboekt" in words: never colour alone. */
function Benutting({ team }: { team: MijnTeam }) {
  const { t, formatNumber, formatPercentage } = useI18n();
  if (team.benutting === null) return <span className="wb-muted">{t('home.benutting.onbekend')}</span>;
  return (
    <>
      {formatPercentage(alsProcent(team.benutting))}{' '}
      <span className="wb-muted">
        (
        {t('home.benutting.uren', {
          ingezet: formatNumber(team.ingezet),
          capaciteit: formatNumber(team.capaciteit),
        })}
        )
      </span>
      {team.benutting > 1 && (
        <>
          {' '}
          <Badge tone="danger">{t('home.benutting.over')}</Badge>
        </>
      )}
    </>
  );
}

/** The caller's teams at a glance: people and FTE today, this month's utilisation, requests waiting. */
export function MijnTeams({ teams }: { teams: MijnTeam[] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('home.teams.caption')} testId="mijn-teams">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.medewerkers')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.fte')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('home.kolom.benutting')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('home.kolom.open')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teams.map((team) => (
          <TableRow key={team.id}>
            <TableHeaderCell scope="row">
              <AppLink to={team.pad}>{team.naam}</AppLink>
            </TableHeaderCell>
            <TableCell className="wb-num">{team.aantalMedewerkers}</TableCell>
            <TableCell className="wb-num">
              <FteText value={team.fte} />
            </TableCell>
            <TableCell>
              <Benutting team={team} />
            </TableCell>
            <TableCell className="wb-num">{team.openInzetverzoeken}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

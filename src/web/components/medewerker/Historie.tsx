import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Contracturen, Teamlidmaatschap } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge } from '../Badge';
import { DateText, FteText } from '../DateText';
import { todayIso } from '../numbers';
import { Tabel } from '../Tabel';
import { Verborgen } from '../Verborgen';

type Period = { ingangsdatum: string; einddatum: string | null };

function periodState(period: Period): 'huidig' | 'toekomst' | 'verleden' {
  const today = todayIso();
  if (period.ingangsdatum > today) return 'toekomst';
  if (period.einddatum && period.einddatum < today) return 'verleden';
  return 'huidig';
}

function PeriodBadge({ period }: { period: Period }) {
  const { t } = useI18n();
  const state = periodState(period);
  if (state === 'huidig') return <Badge tone="active">{t('periode.huidig')}</Badge>;
  if (state === 'toekomst') return <Badge tone="safe">{t('periode.gepland')}</Badge>;
  return null;
}

const byStartDescending = <T extends Period>(a: T, b: T) => b.ingangsdatum.localeCompare(a.ingangsdatum);

/** A membership whose dates the server left out (they tell the days in and out of service). */
const zonderData = (lid: Teamlidmaatschap): lid is Teamlidmaatschap & { ingangsdatum: null } =>
  lid.ingangsdatum === null;

export function TeamHistorie({ historie }: { historie: Teamlidmaatschap[] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('medewerker.teamhistorie')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.van')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.totEnMet')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {historie.filter(zonderData).map((lid) => (
          <TableRow key={lid.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/teams/${lid.teamId}`}>{lid.teamNaam}</AppLink>
            </TableHeaderCell>
            <TableCell>
              <Verborgen kort />
            </TableCell>
            <TableCell>
              <Verborgen kort />
            </TableCell>
            <TableCell />
          </TableRow>
        ))}
        {historie
          .filter((lid): lid is Teamlidmaatschap & Period => lid.ingangsdatum !== null)
          .sort(byStartDescending)
          .map((lid) => (
            <TableRow key={lid.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/teams/${lid.teamId}`}>{lid.teamNaam}</AppLink>
              </TableHeaderCell>
              <TableCell>
                <DateText value={lid.ingangsdatum} />
              </TableCell>
              <TableCell>
                {lid.einddatum ? <DateText value={lid.einddatum} /> : t('algemeen.heden')}
              </TableCell>
              <TableCell>
                <PeriodBadge period={lid} />
              </TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Tabel>
  );
}

export function ContractHistorie({ historie }: { historie: Contracturen[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <Tabel caption={t('medewerker.contracthistorie')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.urenPerWeek')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.fte')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.van')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.totEnMet')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...historie].sort(byStartDescending).map((contract) => (
          <TableRow key={contract.id}>
            <TableCell className="wb-num">{formatNumber(contract.urenPerWeek)}</TableCell>
            <TableCell className="wb-num">
              <FteText value={contract.fte} />
            </TableCell>
            <TableCell>
              <DateText value={contract.ingangsdatum} />
            </TableCell>
            <TableCell>
              {contract.einddatum ? <DateText value={contract.einddatum} /> : t('algemeen.heden')}
            </TableCell>
            <TableCell>
              <PeriodBadge period={contract} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

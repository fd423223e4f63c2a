import { Paragraph } from '@utrecht/component-library-react';
import { gesprekDekkingDownload } from '../../api/export';
import { type GesprekDekking, getGesprekDekking } from '../../api/mensen';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { ExportLinks } from '../ExportLinks';
import { Tabel } from '../Tabel';
import { useResource } from '../useResource';

type Telling = { aantalMedewerkers: number; aantalMetGesprek: number };

/** Per team how many medewerkers had a conversation this year: counts only, small teams as "Overig". */
export function GesprekDekkingTabel() {
  const i = useI18n();
  const { t } = i;
  const res = useResource('mensen:gesprek-dekking', () => getGesprekDekking());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const d: GesprekDekking = res.data;
  const rij = (naam: string, x: Telling, sleutel: string) => (
    <tr key={sleutel} data-rij={sleutel}>
      <th scope="row">{naam}</th>
      <td className="wb-num">{i.formatNumber(x.aantalMedewerkers)}</td>
      <td className="wb-num">{i.formatNumber(x.aantalMetGesprek)}</td>
      <td className="wb-num">
        {x.aantalMedewerkers > 0
          ? i.formatPercentage(Math.round((x.aantalMetGesprek / x.aantalMedewerkers) * 100))
          : '–'}
      </td>
    </tr>
  );
  return (
    <>
      <Paragraph>{t('mensen.gesprekken.dekkingUitleg', { minimum: d.minimumGroep })}</Paragraph>
      {d.teams.length === 0 && !d.overig ? (
        <Paragraph>{t('mensen.gesprekken.geenTeams')}</Paragraph>
      ) : (
        <Tabel caption={t('mensen.gesprekken.dekking', { jaar: d.jaar })} testId="mensen-gesprekken">
          <thead>
            <tr>
              <th scope="col">{t('mensen.gesprekken.team')}</th>
              <th scope="col" className="wb-num">
                {t('mensen.gesprekken.medewerkers')}
              </th>
              <th scope="col" className="wb-num">
                {t('mensen.gesprekken.metGesprek')}
              </th>
              <th scope="col" className="wb-num">
                {t('mensen.gesprekken.aandeel')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.teams.map((team) => rij(team.naam, team, team.teamId))}
            {d.overig && rij(t('mensen.gesprekken.overig'), d.overig, 'overig')}
            {d.totaal && rij(t('mensen.gesprekken.totaal'), d.totaal, 'totaal')}
          </tbody>
        </Tabel>
      )}
      {(d.teams.length > 0 || d.overig) && <ExportLinks href={gesprekDekkingDownload} />}
    </>
  );
}

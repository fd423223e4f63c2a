import type { BehoefteRij } from '../../api/behoefte';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Tabel } from '../Tabel';
import { type Eenheid, waardeVan } from './cijfers';
import { useGetal } from './useGetal';

const KOLOMMEN = ['resultaatdoelen', 'inzet', 'capaciteitsvragen', 'vraag', 'beschikbaar', 'tekort'] as const;

/** One row per team over the whole range; the team's name opens its own page with every period. */
export function TeamsTabel({
  teams,
  zonderTeam,
  eenheid,
  query,
}: {
  teams: readonly BehoefteRij[];
  zonderTeam: BehoefteRij | null;
  eenheid: Eenheid;
  query: string;
}) {
  const { t } = useI18n();
  const getal = useGetal(eenheid);
  const rijen = zonderTeam ? [...teams, zonderTeam] : teams;
  return (
    <Tabel
      caption={t('bh.tabel', { eenheid: t(`bh.eenheid.${eenheid}`) })}
      testId="bh-teams"
      className="wb-bh-tabel"
    >
      <thead>
        <tr>
          <th scope="col">{t('bh.team')}</th>
          {KOLOMMEN.map((k) => (
            <th key={k} scope="col" className="wb-num">
              {t(`bh.cijfer.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rijen.map((rij) => (
          <tr key={rij.team?.id ?? 'zonder-team'}>
            <th scope="row">
              {rij.team ? (
                <AppLink to={`/teams/${rij.team.id}/behoefte?${query}&eenheid=${eenheid}`}>
                  {rij.team.naam}
                </AppLink>
              ) : (
                <AppLink to="#capaciteitsvragen">{t('bh.zonderTeam')}</AppLink>
              )}
            </th>
            {KOLOMMEN.map((k) => (
              <td key={k} className="wb-num">
                {getal(waardeVan(rij.totaal, eenheid, k))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

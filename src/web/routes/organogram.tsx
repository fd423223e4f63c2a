import { Paragraph } from '@utrecht/component-library-react';
import { getOrganogram } from '../api/client';
import type { OrganogramTeam } from '../api/types';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { PageHeading } from '../components/PageHeading';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

function TeamItem({ team }: { team: OrganogramTeam }) {
  const { t, formatFte } = useI18n();
  return (
    <li className="wb-tree__item wb-tree__item--team">
      <span className="wb-tree__node wb-tree__node--team">
        <AppLink to={`/teams/${team.id}`}>{team.naam}</AppLink>
        <span className="wb-tree__meta">
          {t('organogram.teamMeta', { aantal: team.aantalMedewerkers, fte: formatFte(team.fte) })}
        </span>
      </span>
    </li>
  );
}

/**
 * The organisation chart as nested lists: directie → teamleiders → basisteams. Screen readers
 * announce the nesting ("list, 3 items, level 2"); CSS draws the lines of the tree.
 */
export function OrganogramPage() {
  const { t } = useI18n();
  const { data, error, reload } = useResource('organogram', getOrganogram);
  return (
    <>
      <PageHeading title={t('organogram.titel')} />
      <Paragraph>{t('organogram.intro')}</Paragraph>
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="wb-organogram">
          <ul className="wb-tree" aria-label={t('organogram.titel')}>
            <li className="wb-tree__item wb-tree__item--root">
              <div className="wb-tree__node wb-tree__node--directie">
                <span className="wb-tree__kind">{t('soort.directie')}</span>
                {data.directie.map((directie) => (
                  <div key={directie.id} className="wb-tree__directie">
                    <AppLink to={`/teams/${directie.id}`} className="wb-tree__title">
                      {directie.naam}
                    </AppLink>
                    {directie.directeuren.length > 0 && (
                      <ul
                        className="wb-tree__people"
                        aria-label={t('organogram.directeurenVan', { team: directie.naam })}
                      >
                        {directie.directeuren.map((d) => (
                          <li key={d.medewerkerId}>
                            <MedewerkerLink id={d.medewerkerId} naam={d.naam} />
                            <span className="wb-tree__meta">
                              {d.gemeentesecretaris
                                ? `${t('rol.directeur')}, ${t('rol.gemeentesecretaris')}`
                                : t('rol.directeur')}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </div>
              <ul className="wb-tree__children">
                {data.teamleiders.map((leider) => (
                  <li key={leider.medewerkerId} className="wb-tree__item">
                    <span className="wb-tree__node wb-tree__node--leider">
                      <span className="wb-tree__kind">{t('rol.teamleider')}</span>
                      <span className="wb-tree__title">
                        <MedewerkerLink id={leider.medewerkerId} naam={leider.naam} />
                      </span>
                    </span>
                    <ul className="wb-tree__children">
                      {leider.teams.map((team) => (
                        <TeamItem key={team.id} team={team} />
                      ))}
                    </ul>
                  </li>
                ))}
                {data.teamsZonderTeamleider.length > 0 && (
                  <li className="wb-tree__item">
                    <span className="wb-tree__node wb-tree__node--signaal">
                      <span className="wb-tree__kind">{t('organogram.signaal')}</span>
                      <span className="wb-tree__title">{t('organogram.zonderTeamleider')}</span>
                    </span>
                    <ul className="wb-tree__children">
                      {data.teamsZonderTeamleider.map((team) => (
                        <TeamItem key={team.id} team={team} />
                      ))}
                    </ul>
                  </li>
                )}
              </ul>
            </li>
          </ul>
        </div>
      )}
    </>
  );
}

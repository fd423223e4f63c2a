import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router';
import { getTeam } from '../api/client';
import { teamOntwikkelplannenDownload } from '../api/export';
import { createTeamOntwikkelplan, getTeamOntwikkelplannen, listOntwikkelthemas } from '../api/ontwikkeling';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { JaarKeuze, useJaar } from '../components/ontwikkeling/JaarKeuze';
import { PlanKaart } from '../components/ontwikkeling/PlanKaart';
import { PageHeading } from '../components/PageHeading';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/**
 * A team's development: the team plan, and the leadership plans of the team's leaders today, each
 * shown only to who may see that person's plan (the leader, P&O, the directie).
 */
export function TeamOntwikkelingPage() {
  const { teamId = '' } = useParams();
  const { t } = useI18n();
  const notify = useNotify();
  const [jaar, zetJaar] = useJaar(useSearchParams());
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const plannen = useResource(`team-ontwikkelplannen:${teamId}:${jaar}`, () =>
    getTeamOntwikkelplannen(teamId, jaar),
  );
  const themas = useResource('ontwikkelthemas', listOntwikkelthemas);
  const p = plannen.data;
  const heeftTeamplan = p?.resultaten.some((r) => r.soort === 'team') ?? false;
  const maak = async () => {
    await createTeamOntwikkelplan(teamId, jaar);
    notify(t('ow.planGemaakt'));
    plannen.reload();
  };
  return (
    <>
      <PageHeading title={t('ow.titelTeam', { team: team.data?.naam ?? '' })} preHeading={t('ow.titel')} />
      <Paragraph>{t('ow.uitlegTeam')}</Paragraph>
      <p>
        <AppLink to={`/teams/${teamId}`}>{team.data?.naam ?? t('team.titel')}</AppLink>
      </p>
      <JaarKeuze jaar={jaar} onKies={zetJaar} />
      {plannen.error ? (
        <LoadError error={plannen.error} onRetry={plannen.reload} />
      ) : !p ? (
        <Loading />
      ) : (
        <>
          {!heeftTeamplan && <Paragraph>{t('ow.geenPlan', { jaar })}</Paragraph>}
          {p.resultaten.length > 0 && (
            <ExportLinks href={(formaat) => teamOntwikkelplannenDownload(teamId, jaar, formaat)} />
          )}
          {p.mag.aanmaken && !heeftTeamplan && (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={maak}>
                {t('ow.planMaken', { jaar })}
              </Button>
            </ButtonGroup>
          )}
          {p.resultaten.map((plan) => (
            <PlanKaart
              key={plan.id}
              plan={plan}
              titel={
                plan.soort === 'leiderschap'
                  ? t('ow.leiderschapVan', { jaar: plan.jaar, naam: plan.medewerkerNaam ?? '' })
                  : t('ow.soort.team', { jaar: plan.jaar })
              }
              themas={(themas.data?.resultaten ?? []).filter((th) => th.actief)}
              onChanged={plannen.reload}
            />
          ))}
        </>
      )}
    </>
  );
}

import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router';
import { getMedewerker } from '../api/client';
import { medewerkerOntwikkelplannenDownload } from '../api/export';
import {
  createMedewerkerOntwikkelplan,
  getMedewerkerOntwikkelplannen,
  listOntwikkelthemas,
} from '../api/ontwikkeling';
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
 * A medewerker's development plan for a year (and their leadership plan when they lead a team): the
 * person keeps it themself, with their teamleider; P&O and the directie look on. Every opening of
 * this page by someone else is recorded in the audit log.
 */
export function MedewerkerOntwikkelingPage() {
  const { medewerkerId = '' } = useParams();
  const { t } = useI18n();
  const notify = useNotify();
  const [jaar, zetJaar] = useJaar(useSearchParams());
  const m = useResource(`medewerker:${medewerkerId}`, () => getMedewerker(medewerkerId));
  const plannen = useResource(`ontwikkelplannen:${medewerkerId}:${jaar}`, () =>
    getMedewerkerOntwikkelplannen(medewerkerId, jaar),
  );
  const themas = useResource('ontwikkelthemas', listOntwikkelthemas);
  const p = plannen.data;
  const heeft = (soort: string) => p?.resultaten.some((r) => r.soort === soort) ?? false;
  const maak = async () => {
    await createMedewerkerOntwikkelplan(medewerkerId, { jaar, soort: 'medewerker' });
    notify(t('ow.planGemaakt'));
    plannen.reload();
  };
  return (
    <>
      <PageHeading title={t('ow.titelMedewerker', { naam: m.data?.naam ?? '' })} preHeading={t('ow.titel')} />
      <Paragraph>{t('ow.uitlegMedewerker')}</Paragraph>
      <p>
        <AppLink to={`/medewerkers/${medewerkerId}`}>{m.data?.naam ?? t('medewerker.titel')}</AppLink>
      </p>
      <JaarKeuze jaar={jaar} onKies={zetJaar} />
      {plannen.error ? (
        <LoadError error={plannen.error} onRetry={plannen.reload} />
      ) : !p ? (
        <Loading />
      ) : (
        <>
          {!heeft('medewerker') && <Paragraph>{t('ow.geenPlan', { jaar })}</Paragraph>}
          {p.mag.aanmaken && !heeft('medewerker') && (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={maak}>
                {t('ow.planMaken', { jaar })}
              </Button>
            </ButtonGroup>
          )}
          {p.resultaten.length > 0 && (
            <ExportLinks
              href={(formaat) => medewerkerOntwikkelplannenDownload(medewerkerId, jaar, formaat)}
            />
          )}
          {p.resultaten.map((plan) => (
            <PlanKaart
              key={plan.id}
              plan={plan}
              titel={t(`ow.soort.${plan.soort}`, { jaar: plan.jaar })}
              themas={(themas.data?.resultaten ?? []).filter((th) => th.actief)}
              onChanged={plannen.reload}
            />
          ))}
        </>
      )}
    </>
  );
}

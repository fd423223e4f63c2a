import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { getExpertiseMatrix, getTeam, getTeamLeden } from '../api/client';
import { teamledenDownload } from '../api/export';
import type { Leiderschap, Team } from '../api/types';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText, FteText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { Empty } from '../components/Empty';
import { ExportLinks } from '../components/ExportLinks';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { terugwerkendMelding } from '../components/medewerker/Terugwerkend';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { ExpertiseMatrixTable } from '../components/team/ExpertiseMatrix';
import { Leidinggevenden } from '../components/team/Leidinggevenden';
import { TeamForm } from '../components/team/TeamForm';
import { TeamLeden } from '../components/team/TeamLeden';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { NotFoundContent } from './not-found';

const today = () => new Date().toISOString().slice(0, 10);
const isCurrent = (l: Leiderschap) => l.ingangsdatum <= today() && (!l.einddatum || l.einddatum >= today());

function TeamGegevens({ team }: { team: Team }) {
  const { t, formatNumber } = useI18n();
  const leiders = team.leidinggevenden.filter(isCurrent);
  return (
    <DataList className="wb-data-list">
      <DataListItem>
        <DataListKey>{t('veld.soort')}</DataListKey>
        <DataListValue>{t(`soort.${team.soort}`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('veld.bovenliggendTeam')}</DataListKey>
        <DataListValue>
          {team.parentId ? <AppLink to={`/teams/${team.parentId}`}>{team.parentNaam}</AppLink> : <Empty />}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{team.soort === 'directie' ? t('rol.directeur') : t('rol.teamleider')}</DataListKey>
        <DataListValue>
          {leiders.length === 0 && <Badge tone="warning">{t('team.geenTeamleider')}</Badge>}
          {leiders.map((l, index) => (
            <span key={l.id}>
              {index > 0 && ', '}
              <MedewerkerLink id={l.medewerkerId} naam={l.naam} />
              {l.gemeentesecretaris && ` (${t('rol.gemeentesecretaris')})`}
            </span>
          ))}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('veld.aantalMedewerkers')}</DataListKey>
        <DataListValue>{formatNumber(team.aantalMedewerkers)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('veld.fte')}</DataListKey>
        <DataListValue>
          <FteText value={team.fte} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('veld.omschrijving')}</DataListKey>
        <DataListValue>{team.omschrijving || <Empty />}</DataListValue>
      </DataListItem>
      {team.opgehevenOp && (
        <DataListItem>
          <DataListKey>{t('veld.opgehevenOp')}</DataListKey>
          <DataListValue>
            <DateText value={team.opgehevenOp} />
          </DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}

export function TeamPage() {
  const { teamId = '' } = useParams();
  return <TeamPageContent key={teamId} teamId={teamId} />;
}

function TeamPageContent({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const mag = useMag();
  const magLeden = mag('GET /teams/{teamId}/leden');
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const magMatrix = team.data?.mag.volledigZien === true;
  const leden = useResource(magLeden ? `leden:${teamId}` : null, () => getTeamLeden(teamId));
  const matrix = useResource(magMatrix ? `matrix:${teamId}` : null, () => getExpertiseMatrix(teamId));
  const [editing, setEditing] = useState(false);

  if (team.error?.isNotFound) return <NotFoundContent />;
  const data = team.data;
  return (
    <>
      <PageHeading
        title={data?.naam ?? t('team.titel')}
        preHeading={data ? t(`soort.${data.soort}`) : undefined}
      />
      {team.error && <LoadError error={team.error} onRetry={team.reload} />}
      {!data && !team.error && <Loading />}
      {data && (
        <PaginaMetInhoud>
          <Section title={t('team.gegevens')} anchorId="team-gegevens">
            <TeamGegevens team={data} />
            {(mag('GET /teams/{teamId}/formatie') || mag('GET /teams/{teamId}/behoefte')) && (
              <p className="wb-capaciteit-links">
                {mag('GET /teams/{teamId}/formatie') && (
                  <AppLink to={`/teams/${teamId}/formatie`}>{t('fm.titel')}</AppLink>
                )}
                {mag('GET /teams/{teamId}/behoefte') && (
                  <AppLink to={`/teams/${teamId}/behoefte`}>{t('nav.behoefte')}</AppLink>
                )}
              </p>
            )}
            {mag('GET /teams/{teamId}/ontwikkelplannen') && (
              <p className="wb-capaciteit-links">
                <AppLink to={`/teams/${teamId}/ontwikkeling`}>{t('ow.naarTeamontwikkeling')}</AppLink>
              </p>
            )}
            {mag('GET /teams/{teamId}/werkdruk') && (
              <p className="wb-capaciteit-links">
                <AppLink to={`/teams/${teamId}/werkdruk`}>{t('wd.titel')}</AppLink>
              </p>
            )}
            {(mag('GET /teams/{teamId}/beschikbaarheid') || mag('GET /teams/{teamId}/resultaatdoelen')) && (
              <p className="wb-capaciteit-links">
                {mag('GET /teams/{teamId}/beschikbaarheid') && (
                  <AppLink to={`/teams/${teamId}/capaciteit`}>{t('cap.titel')}</AppLink>
                )}
                {mag('GET /teams/{teamId}/beschikbaarheid') &&
                  mag('GET /teams/{teamId}/resultaatdoelen') &&
                  ' · '}
                {mag('GET /teams/{teamId}/resultaatdoelen') && (
                  <AppLink to={`/teams/${teamId}/resultaatdoelen`}>{t('rd.titel')}</AppLink>
                )}
              </p>
            )}
            {mag('PATCH /teams/{teamId}') && (
              <Disclosure label={t('team.wijzigen')} open={editing} onToggle={setEditing}>
                <TeamForm
                  team={data}
                  onReload={team.reload}
                  onCancel={() => setEditing(false)}
                  onSaved={(saved) => {
                    team.setData({ ...data, ...saved });
                    team.reload();
                    setEditing(false);
                    // The form closes (focus goes back to its button): the message shows here, beside it.
                    notify(
                      `${t('team.opgeslagen', { naam: saved.naam })}${terugwerkendMelding(t, saved.terugwerkend)}`,
                      { bij: 'team-gegevens' },
                    );
                  }}
                />
              </Disclosure>
            )}
          </Section>
          {magLeden && (
            <Section title={t('team.leden.titel')} anchorId="team-leden">
              {leden.error && <LoadError error={leden.error} onRetry={leden.reload} />}
              {leden.data ? (
                <>
                  <TeamLeden leden={leden.data.resultaten} teamNaam={data.naam} />
                  {leden.data.resultaten.length > 0 && (
                    <ExportLinks href={(formaat) => teamledenDownload(teamId, undefined, formaat)} />
                  )}
                </>
              ) : (
                !leden.error && <Loading />
              )}
            </Section>
          )}
          <Section title={t('team.leiding.titel')} anchorId="team-leiding">
            <Leidinggevenden team={data} onChanged={team.reload} />
          </Section>
          {magMatrix && (
            <Section title={t('matrix.titel')} anchorId="team-expertises">
              {matrix.error && <LoadError error={matrix.error} onRetry={matrix.reload} />}
              {matrix.data ? (
                <ExpertiseMatrixTable matrix={matrix.data} teamNaam={data.naam} />
              ) : (
                !matrix.error && <Loading />
              )}
            </Section>
          )}
        </PaginaMetInhoud>
      )}
    </>
  );
}

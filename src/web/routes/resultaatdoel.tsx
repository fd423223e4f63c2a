import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import {
  type Begrotingsprogramma,
  getResultaatdoel,
  listBegrotingsprogrammas,
  listVoortgang,
  type Resultaatdoel,
} from '../api/capaciteit';
import { getTeam, getTeamLeden } from '../api/client';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { DoelStatus } from '../components/capaciteit/DoelStatus';
import { ResultaatdoelStatusForm } from '../components/capaciteit/ResultaatdoelStatusForm';
import { ResultaatdoelWijzigenForm } from '../components/capaciteit/ResultaatdoelWijzigenForm';
import {
  percentage,
  useWaardeTekst,
  VoortgangForm,
  VoortgangHistorie,
} from '../components/capaciteit/Voortgang';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { Empty } from '../components/Empty';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import { NotFoundContent } from './not-found';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** Everything about one goal, as a teamleider reads it. */
function Gegevens({
  doel,
  teamNaam,
  programmas,
}: {
  doel: Resultaatdoel;
  teamNaam: string | undefined;
  programmas: Begrotingsprogramma[];
}) {
  const { t, formatNumber } = useI18n();
  const waardeTekst = useWaardeTekst(doel);
  const programmaVan = (beleidsdoelId: string) =>
    programmas.find((p) => p.beleidsdoelen.some((b) => b.id === beleidsdoelId));
  const laatste = doel.laatsteVoortgang;
  const pct = laatste ? percentage(laatste.waarde, doel.doelwaarde) : null;
  return (
    <DataList className="wb-data-list" data-testid="rd-gegevens">
      <Item label={t('veld.team')}>
        {teamNaam === undefined ? (
          <span className="wb-muted">…</span>
        ) : (
          <AppLink to={`/teams/${doel.teamId}`}>{teamNaam}</AppLink>
        )}
      </Item>
      <Item label={t('rd.veld.periodeKort')}>{doel.periode}</Item>
      <Item label={t('lijn.prioriteit')}>{formatNumber(doel.prioriteit)}</Item>
      <Item label={t('rd.veld.status')}>
        <DoelStatus status={doel.status} />
      </Item>
      <Item label={t('rd.veld.omschrijving')}>
        {doel.omschrijving ? <span className="wb-pre-line">{doel.omschrijving}</span> : <Empty />}
      </Item>
      <Item label={t('rd.veld.indicator')}>{doel.indicator ?? <Empty />}</Item>
      <Item label={t('rd.veld.doelwaarde')}>{waardeTekst(doel.doelwaarde) ?? <Empty />}</Item>
      <Item label={t('rd.veld.uren')}>{t('rd.urenWaarde', { uren: formatNumber(doel.geschatteUren) })}</Item>
      <Item label={t('rd.veld.eigenaar')}>
        {doel.eigenaar ? (
          <MedewerkerLink id={doel.eigenaar.medewerkerId} naam={doel.eigenaar.naam} />
        ) : (
          <Empty />
        )}
      </Item>
      <Item label={t('rd.veld.beleidsdoelenKort')}>
        {doel.beleidsdoelen.length === 0 ? (
          <Empty />
        ) : (
          <UnorderedList className="wb-compact-list">
            {doel.beleidsdoelen.map((b) => {
              const programma = programmaVan(b.beleidsdoelId);
              return (
                <UnorderedListItem key={b.beleidsdoelId}>
                  {programma && `${programma.code} ${programma.naam}: `}
                  {b.naam} ({t('rd.gewichtWaarde', { gewicht: formatNumber(b.gewicht) })})
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
      </Item>
      <Item label={t('rd.veld.laatsteVoortgang')}>
        {laatste ? (
          <>
            <DateText value={laatste.datum} />
            {laatste.waarde !== null && `: ${waardeTekst(laatste.waarde)}`}
            {pct !== null && ` (${t('vg.vanDoelwaarde', { percentage: formatNumber(pct) })})`}
          </>
        ) : (
          <Empty />
        )}
      </Item>
    </DataList>
  );
}

export function ResultaatdoelPage() {
  const { resultaatdoelId = '' } = useParams();
  return <ResultaatdoelContent key={resultaatdoelId} id={resultaatdoelId} />;
}

/** One result goal: its fields, status, an edit form, and its progress history with a form to add to it. */
function ResultaatdoelContent({ id }: { id: string }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const mag = useMag();
  const [wijzigen, setWijzigen] = useState(false);
  const doel = useResource(`rd:${id}`, () => getResultaatdoel(id));
  const data = doel.data;
  const teamId = data?.teamId ?? null;
  const jaar = data ? Number(data.periode.slice(0, 4)) : null;
  // A teamleider plans the own teams, the directie every team (the server checks this too).
  const magPlannen = data?.mag.plannen === true;
  const magWijzigen = magPlannen && mag('PATCH /resultaatdoelen/{resultaatdoelId}');
  const magVoortgang = magPlannen && mag('POST /resultaatdoelen/{resultaatdoelId}/voortgang');

  const team = useResource(teamId ? `team:${teamId}` : null, () => getTeam(teamId as string));
  const programmas = useResource(jaar ? `bp:${jaar}` : null, () => listBegrotingsprogrammas(jaar as number));
  const leden = useResource(magWijzigen && mag('GET /teams/{teamId}/leden') ? `leden:${teamId}` : null, () =>
    getTeamLeden(teamId as string),
  );
  const voortgang = useResource(
    mag('GET /resultaatdoelen/{resultaatdoelId}/voortgang') ? `vg:${id}` : null,
    () => listVoortgang(id),
  );

  const setDoel = doel.setData;
  const haalActueel = useCallback(async () => {
    try {
      const actueel = await getResultaatdoel(id);
      setDoel(actueel);
      return actueel;
    } catch {
      return null;
    }
  }, [id, setDoel]);

  if (doel.error?.isNotFound) return <NotFoundContent />;
  // Without the team (it failed to load) the link still leads there.
  const teamNaam = team.data?.naam ?? (team.error ? t('cap.terugNaarTeam') : undefined);
  const medewerkers = (leden.data?.resultaten ?? []).map((l) => ({
    medewerkerId: l.medewerkerId,
    naam: l.naam,
  }));

  return (
    <>
      <PageHeading title={data?.titel ?? t('rd.detail.soort')} preHeading={t('rd.detail.soort')} />
      {doel.error && <LoadError error={doel.error} onRetry={doel.reload} />}
      {!data && !doel.error && <Loading />}
      {data && (
        <>
          <Paragraph>
            <AppLink to={`/teams/${data.teamId}/resultaatdoelen?periode=${encodeURIComponent(data.periode)}`}>
              {team.data
                ? t('rd.detail.terug', { team: team.data.naam, periode: data.periode })
                : t('rd.detail.terugKort')}
            </AppLink>
          </Paragraph>
          <Gegevens doel={data} teamNaam={teamNaam} programmas={programmas.data?.resultaten ?? []} />

          {magWijzigen && (
            <>
              <div className="wb-rd-wijzigen">
                <Disclosure label={t('rd.wijzigen')} open={wijzigen} onToggle={setWijzigen}>
                  <ResultaatdoelWijzigenForm
                    doel={data}
                    programmas={programmas.data?.resultaten ?? []}
                    medewerkers={medewerkers}
                    haalActueel={haalActueel}
                    onCancel={() => setWijzigen(false)}
                    onSaved={(saved) => {
                      setDoel(saved);
                      setWijzigen(false);
                      notify(t('rd.opgeslagen', { titel: saved.titel }));
                    }}
                  />
                </Disclosure>
              </div>
              <Section title={t('rd.status.titel')}>
                <ResultaatdoelStatusForm
                  doel={data}
                  haalActueel={haalActueel}
                  onSaved={(saved) => {
                    setDoel(saved);
                    notify(t('rd.status.opgeslagen', { status: t(`rd.status.${saved.status}`) }));
                  }}
                />
              </Section>
            </>
          )}

          {mag('GET /resultaatdoelen/{resultaatdoelId}/voortgang') && (
            <Section title={t('vg.titel')}>
              {voortgang.error && <LoadError error={voortgang.error} onRetry={voortgang.reload} />}
              {voortgang.data ? (
                <VoortgangHistorie doel={data} voortgang={voortgang.data.resultaten} />
              ) : (
                !voortgang.error && <Loading />
              )}
              {magVoortgang && (
                <Section title={t('vg.nieuw')} level={3}>
                  <VoortgangForm
                    doel={data}
                    onAdded={(resultaten, datum) => {
                      voortgang.setData({ resultaten });
                      notify(t('vg.vastgelegd', { datum: formatDate(datum) }));
                      // The goal's "laatste voortgang" follows from the history.
                      void haalActueel();
                    }}
                  />
                </Section>
              )}
            </Section>
          )}
        </>
      )}
    </>
  );
}

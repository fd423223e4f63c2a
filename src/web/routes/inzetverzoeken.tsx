import { Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useState } from 'react';
import { magTeamPlannen } from '../access/mag';
import { useMag, useSessie } from '../access/sessie';
import { getTeam } from '../api/client';
import { listInzetverzoeken } from '../api/inzet';
import { INZETVERZOEK_STATUSSEN, type Inzetverzoek } from '../api/inzet.types';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { FilterSelect } from '../components/FilterFields';
import { FilterForm, ResultCount } from '../components/FilterForm';
import { AanvragerActies, type ActieProps, BeslisActies } from '../components/inzet/VerzoekActies';
import { VerzoekenTabel } from '../components/inzet/VerzoekenTabel';
import { VerzoekKaart } from '../components/inzet/VerzoekKaart';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { type MessageKey, useI18n } from '../i18n/i18n';

const OPEN = new Set(['aangevraagd', 'tegenvoorstel']);
/** The overview shows at most this many rows; the filter narrows it down. */
const MAX_RIJEN = 200;

function Kaarten({
  verzoeken,
  acties,
  testId,
}: {
  verzoeken: Inzetverzoek[];
  acties: (v: Inzetverzoek) => ReactNode;
  testId: string;
}) {
  return (
    <ul className="wb-iz-kaarten" data-testid={testId}>
      {verzoeken.map((v) => (
        <VerzoekKaart key={v.id} verzoek={v}>
          {acties(v)}
        </VerzoekKaart>
      ))}
    </ul>
  );
}

/** A link to a team's capacity page, where its teamleider sets the reservering. */
function ReserveringLink({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  return (
    <AppLink to={`/teams/${teamId}/capaciteit#reservering`}>
      {t('iz.inbox.reserveringLink', { team: team.data?.naam ?? '…' })}
    </AppLink>
  );
}

/** The overview of every request the reader may see, filtered by state (in the URL). */
function Overzicht({ lijst, zicht }: { lijst: Inzetverzoek[]; zicht: MessageKey }) {
  const { t } = useI18n();
  const query = useQueryState();
  const status = query.get('status');
  const [statusInput, setStatusInput] = useState(status);
  useEffect(() => setStatusInput(status), [status]);
  const gefilterd = lijst.filter((v) => !status || v.status === status);
  return (
    <Section title={t('iz.inbox.overzicht')} anchorId="iz-overzicht">
      <Paragraph>{t(zicht)}</Paragraph>
      <FilterForm
        title={t('iz.inbox.filter')}
        onSubmit={() => query.update({ status: statusInput })}
        onReset={() => query.update({ status: null })}
      >
        <FilterSelect
          id="iz-status"
          label={t('kolom.status')}
          value={statusInput}
          onChange={setStatusInput}
          options={[
            { value: '', label: t('filter.alle') },
            ...INZETVERZOEK_STATUSSEN.map((s) => ({ value: s, label: t(`iz.status.${s}`) })),
          ]}
        />
      </FilterForm>
      <ResultCount>{t('iz.inbox.aantal', { aantal: gefilterd.length })}</ResultCount>
      {gefilterd.length > 0 && (
        <VerzoekenTabel
          verzoeken={gefilterd.slice(0, MAX_RIJEN)}
          caption={t('iz.inbox.overzicht')}
          testId="iz-overzicht"
        />
      )}
      {gefilterd.length > MAX_RIJEN && <Paragraph>{t('iz.inbox.afgekapt', { aantal: MAX_RIJEN })}</Paragraph>}
    </Section>
  );
}

/**
 * The inbox of inzetverzoeken. A teamleider decides on the open requests for the own teams (consent,
 * decline with a reason, counter-proposal); the asker accepts a counter-proposal or withdraws; a
 * medewerker sees the requests about them; everyone sees an overview of what the server lets them see.
 */
export function InzetverzoekenPage() {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const { sessie } = useSessie();
  const res = useResource('inzetverzoeken', () => listInzetverzoeken());
  const lijst = res.data?.resultaten ?? [];
  if (!sessie) return null;
  const account = sessie.account;
  const rollen = account.rollen;

  const magBeslissen = (v: Inzetverzoek) =>
    mag('inzetverzoeken.instemmen') && magTeamPlannen(sessie, v.team.id);
  const isAanvrager = (v: Inzetverzoek) =>
    mag('inzetverzoeken.intrekken') && v.aangevraagdDoor === account.naam;
  const teBeslissen = lijst.filter((v) => v.status === 'aangevraagd' && magBeslissen(v));
  const mijn = lijst
    .filter((v) => OPEN.has(v.status) && isAanvrager(v) && !teBeslissen.includes(v))
    .sort((a, b) => Number(b.status === 'tegenvoorstel') - Number(a.status === 'tegenvoorstel'));
  const wachtOpAanvrager = lijst.filter(
    (v) => v.status === 'tegenvoorstel' && magBeslissen(v) && !isAanvrager(v),
  );
  const overMij = account.medewerkerId ? lijst.filter((v) => v.medewerker.id === account.medewerkerId) : [];
  const zicht: MessageKey = rollen.some((r) => r === 'directeur' || r === 'po' || r === 'programmaregisseur')
    ? 'iz.inbox.zichtAlles'
    : rollen.includes('teamleider')
      ? 'iz.inbox.zichtTeams'
      : 'iz.inbox.zichtEigen';
  const isLeider =
    mag('inzetverzoeken.instemmen') && (sessie.teamIds.length > 0 || rollen.includes('directeur'));
  const isAanvragerRol = mag('inzetverzoeken.aanvragen');

  const actie: Omit<ActieProps, 'verzoek'> = {
    onDone(na, melding) {
      if (res.data) res.setData({ resultaten: res.data.resultaten.map((v) => (v.id === na.id ? na : v)) });
      notify(melding);
      // The card leaves its list: focus goes to the top of the inbox.
      setTimeout(() => document.querySelector<HTMLElement>('h1')?.focus());
    },
    onReload: res.reload,
  };

  return (
    <>
      <PageHeading title={t('iz.inbox.titel')} />
      <Paragraph>{t('iz.inbox.intro')}</Paragraph>
      {res.error && <LoadError error={res.error} onRetry={res.reload} />}
      {!res.data && !res.error && <Loading />}
      {res.data && (
        <>
          {isLeider && (
            <Section title={t('iz.inbox.teBeslissen', { aantal: teBeslissen.length })}>
              {teBeslissen.length === 0 ? (
                <Paragraph>{t('iz.inbox.nietsTeBeslissen')}</Paragraph>
              ) : (
                <Kaarten
                  verzoeken={teBeslissen}
                  testId="te-beslissen"
                  acties={(v) => (
                    <>
                      <BeslisActies verzoek={v} {...actie} />
                      {isAanvrager(v) && <AanvragerActies verzoek={v} {...actie} />}
                    </>
                  )}
                />
              )}
              {sessie.teamIds.length > 0 && (
                <Paragraph>
                  {t('iz.inbox.reserveringUitleg')}{' '}
                  {sessie.teamIds.map((teamId, i) => (
                    <span key={teamId}>
                      {i > 0 && ', '}
                      <ReserveringLink teamId={teamId} />
                    </span>
                  ))}
                </Paragraph>
              )}
            </Section>
          )}
          {wachtOpAanvrager.length > 0 && (
            <Section title={t('iz.inbox.wachtOpAanvrager', { aantal: wachtOpAanvrager.length })}>
              <Kaarten verzoeken={wachtOpAanvrager} testId="wacht-op-aanvrager" acties={() => null} />
            </Section>
          )}
          {isAanvragerRol && (
            <Section title={t('iz.inbox.mijn', { aantal: mijn.length })}>
              {mijn.length === 0 ? (
                <Paragraph>{t('iz.inbox.geenMijn')}</Paragraph>
              ) : (
                <Kaarten
                  verzoeken={mijn}
                  testId="mijn-verzoeken"
                  acties={(v) => <AanvragerActies verzoek={v} {...actie} />}
                />
              )}
            </Section>
          )}
          {account.medewerkerId && (
            <Section title={t('iz.inbox.overMij', { aantal: overMij.length })}>
              {overMij.length === 0 ? (
                <Paragraph>{t('iz.inbox.geenOverMij')}</Paragraph>
              ) : (
                <VerzoekenTabel
                  verzoeken={overMij}
                  caption={t('iz.inbox.overMij', { aantal: overMij.length })}
                  testId="over-mij"
                />
              )}
            </Section>
          )}
          {(zicht !== 'iz.inbox.zichtEigen' || !account.medewerkerId) && (
            <Overzicht lijst={lijst} zicht={zicht} />
          )}
        </>
      )}
    </>
  );
}

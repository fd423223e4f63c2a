import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useMag, useSessie } from '../access/sessie';
import { getTeam } from '../api/client';
import { inzetverzoekenDownload } from '../api/export';
import { listInzetverzoeken } from '../api/inzet';
import { INZETVERZOEK_STATUSSEN, type Inzetverzoek, type InzetverzoekPagina } from '../api/inzet.types';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { FilterSelect } from '../components/FilterFields';
import { FilterForm } from '../components/FilterForm';
import { AanvragerActies, type ActieProps, BeslisActies } from '../components/inzet/VerzoekActies';
import { VerzoekenTabel } from '../components/inzet/VerzoekenTabel';
import { VerzoekKaart } from '../components/inzet/VerzoekKaart';
import { LijstResultaat } from '../components/LijstResultaat';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useFilters } from '../components/useFilters';
import { useQueryState } from '../components/useQueryState';
import { type Resource, useResource } from '../components/useResource';
import { type MessageKey, useI18n } from '../i18n/i18n';

const OPEN = new Set(['aangevraagd', 'tegenvoorstel']);
/** The open requests (to decide, waiting for the asker) come whole, up to the API's largest page. */
const OPEN_GROOTTE = 500;
/** The overview of every request, any state, is paged. */
const PAGINA_GROOTTE = 50;

type Pagina = InzetverzoekPagina;
/** The page with `na` in place of its earlier version. */
const vervang = (p: Pagina, na: Inzetverzoek): Pagina => ({
  ...p,
  resultaten: p.resultaten.map((v) => (v.id === na.id ? na : v)),
});

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

/** The overview of every request the reader may see, filtered by state, a page at a time (in the URL). */
function Overzicht({ res, zicht }: { res: Resource<Pagina>; zicht: MessageKey }) {
  const { t } = useI18n();
  const query = useQueryState();
  const filters = useFilters(query, { status: '' });
  return (
    <Section title={t('iz.inbox.overzicht')} anchorId="iz-overzicht">
      <Paragraph>{t(zicht)}</Paragraph>
      <FilterForm title={t('iz.inbox.filter')} onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterSelect
          id="iz-status"
          label={t('kolom.status')}
          value={filters.invoer.status}
          onChange={filters.zet('status')}
          options={[
            { value: '', label: t('filter.alle') },
            ...INZETVERZOEK_STATUSSEN.map((s) => ({ value: s, label: t(`iz.status.${s}`) })),
          ]}
        />
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          inzetverzoekenDownload(
            INZETVERZOEK_STATUSSEN.includes(filters.waarden.status as Inzetverzoek['status'])
              ? { status: filters.waarden.status as Inzetverzoek['status'] }
              : {},
            formaat,
          )
        }
      />
      <LijstResultaat resource={res} aantal={(aantal) => t('iz.inbox.aantal', { aantal })}>
        {(verzoeken) =>
          verzoeken.length > 0 && (
            <VerzoekenTabel verzoeken={verzoeken} caption={t('iz.inbox.overzicht')} testId="iz-overzicht" />
          )
        }
      </LijstResultaat>
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
  const query = useQueryState();
  const account = sessie?.account;
  const rollen = account?.rollen ?? [];
  const zicht: MessageKey = rollen.some((r) => r === 'directeur' || r === 'po' || r === 'programmaregisseur')
    ? 'iz.inbox.zichtAlles'
    : rollen.includes('teamleider')
      ? 'iz.inbox.zichtTeams'
      : 'iz.inbox.zichtEigen';
  // A medewerker's own requests are all under "over mij": no overview of the same besides.
  const toonOverzicht = account !== undefined && (zicht !== 'iz.inbox.zichtEigen' || !account.medewerkerId);
  // The open requests whole (the inbox's cards), one's own requests, and a page of the overview.
  const open = useResource(account ? 'iz-open' : null, () =>
    Promise.all(
      (['aangevraagd', 'tegenvoorstel'] as const).map((status) =>
        listInzetverzoeken({ status, paginaGrootte: OPEN_GROOTTE }),
      ),
    ),
  );
  const mijId = account?.medewerkerId ?? null;
  const overMijRes = useResource(mijId ? `iz-over:${mijId}` : null, () =>
    listInzetverzoeken({ medewerkerId: mijId ?? '', paginaGrootte: OPEN_GROOTTE }),
  );
  const gevraagd = query.get('status');
  const status = INZETVERZOEK_STATUSSEN.find((s) => s === gevraagd);
  const nummer = query.pagina;
  const overzicht = useResource(toonOverzicht ? `iz-overzicht:${status}:${nummer}` : null, () =>
    listInzetverzoeken({
      ...(status ? { status } : {}),
      pagina: nummer,
      paginaGrootte: PAGINA_GROOTTE,
    }),
  );
  if (!sessie || !account) return null;
  // "?verzoek=<id>" (a link to one request) puts that request first in its list, so on a phone its
  // actions are on the first screen (issue 17, item 7).
  const gekozen = query.get('verzoek');
  const lijst = (open.data ?? [])
    .flatMap((p) => p.resultaten)
    .sort((a, b) => Number(b.id === gekozen) - Number(a.id === gekozen));
  const afgekapt = (open.data ?? []).some((p) => p.aantal > p.resultaten.length);

  // What the caller may do with each request comes with it (`mag`): the server decides, the inbox sorts.
  const magBeslissen = (v: Inzetverzoek) => v.mag.beslissen;
  const isAanvrager = (v: Inzetverzoek) => v.mag.intrekken || v.mag.aanvaarden;
  const teBeslissen = lijst.filter((v) => v.status === 'aangevraagd' && magBeslissen(v));
  const mijn = lijst
    .filter((v) => OPEN.has(v.status) && isAanvrager(v) && !teBeslissen.includes(v))
    .sort((a, b) => Number(b.status === 'tegenvoorstel') - Number(a.status === 'tegenvoorstel'));
  const wachtOpAanvrager = lijst.filter(
    (v) => v.status === 'tegenvoorstel' && magBeslissen(v) && !isAanvrager(v),
  );
  const overMij = overMijRes.data?.resultaten ?? [];
  const isLeider =
    mag('POST /inzetverzoeken/{inzetverzoekId}/instemmingen') &&
    (sessie.teamIds.length > 0 || rollen.includes('directeur'));
  const isAanvragerRol = mag('POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken');

  const actie: Omit<ActieProps, 'verzoek'> = {
    onDone(na, melding) {
      if (open.data) open.setData(open.data.map((p) => vervang(p, na)));
      if (overMijRes.data) overMijRes.setData(vervang(overMijRes.data, na));
      if (overzicht.data) overzicht.setData(vervang(overzicht.data, na));
      notify(melding);
      // The card leaves its list: focus goes to the top of the inbox.
      setTimeout(() => document.querySelector<HTMLElement>('h1')?.focus());
    },
    onReload() {
      open.reload();
      overMijRes.reload();
      overzicht.reload();
    },
  };

  return (
    <>
      <PageHeading title={t('iz.inbox.titel')} />
      <Paragraph>{t('iz.inbox.intro')}</Paragraph>
      {open.error && <LoadError error={open.error} onRetry={open.reload} />}
      {!open.data && !open.error && <Loading />}
      {open.data && (
        <>
          {afgekapt && <Paragraph>{t('iz.inbox.afgekapt', { aantal: OPEN_GROOTTE })}</Paragraph>}
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
          {toonOverzicht && <Overzicht res={overzicht} zicht={zicht} />}
        </>
      )}
    </>
  );
}

import { useParams, useSearchParams } from 'react-router';
import { getOrganisatieBehoefte, getTeamBehoefte } from '../api/behoefte';
import { getTeam } from '../api/client';
import { organisatieBehoefteDownload, teamBehoefteDownload } from '../api/export';
import { AppLink } from '../components/AppLink';
import { BehoefteGrafiek } from '../components/behoefte/BehoefteGrafiek';
import { BehoefteTabel } from '../components/behoefte/BehoefteTabel';
import { BereikKeuze } from '../components/behoefte/BereikKeuze';
import { EENHEDEN, type Eenheid, leesBereik } from '../components/behoefte/cijfers';
import { KostenPerFte } from '../components/behoefte/KostenPerFte';
import { OpenVragen } from '../components/behoefte/OpenVragen';
import { TeamsTabel } from '../components/behoefte/TeamsTabel';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../theme/capaciteit.css';
import '../theme/behoefte.css';

/** The range and unit in the address, so a view can be shared and every source link comes back to it. */
function useBereik() {
  const [params, setParams] = useSearchParams();
  const bereik = leesBereik(params, new Date());
  const e = params.get('eenheid');
  const eenheid: Eenheid = (EENHEDEN as readonly string[]).includes(e ?? '') ? (e as Eenheid) : 'fte';
  const zet = (w: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(w)) next.set(k, v);
    setParams(next, { replace: true });
  };
  const query = `van=${bereik.van}&tot=${bereik.tot}&per=${bereik.per}`;
  return { bereik, eenheid, zet, query };
}

/** One team: the chart, the table with every figure linked to its source, the cost per FTE, the open vragen. */
export function TeamBehoeftePage() {
  const { teamId = '' } = useParams();
  const { t } = useI18n();
  const { bereik, eenheid, zet, query } = useBereik();
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const res = useResource(`behoefte:${teamId}:${query}`, () => getTeamBehoefte(teamId, bereik));
  const rij = res.data?.rij;
  return (
    <>
      <PageHeading title={t('bh.titelTeam', { team: team.data?.naam ?? '' })} preHeading={t('bh.titel')} />
      <p>{t('bh.uitleg')}</p>
      <p>
        <AppLink to={`/teams/${teamId}`}>{team.data?.naam ?? t('bh.team')}</AppLink>
        {' · '}
        <AppLink to={`/organisatie/behoefte?${query}`}>{t('bh.naarOrganisatie')}</AppLink>
      </p>
      <BereikKeuze
        key={query}
        {...bereik}
        eenheid={eenheid}
        onKies={(b) => zet(b)}
        onEenheid={(e) => zet({ eenheid: e })}
      />
      {res.error ? (
        <LoadError error={res.error} onRetry={res.reload} />
      ) : !rij ? (
        <Loading />
      ) : (
        <>
          <Section title={t('bh.grafiek')}>
            <BehoefteGrafiek cellen={rij.cellen} totaal={rij.totaal} />
          </Section>
          <Section title={t('bh.tabel', { eenheid: t(`bh.eenheid.${eenheid}`) })}>
            <BehoefteTabel cellen={rij.cellen} totaal={rij.totaal} eenheid={eenheid} testId="bh-tabel" />
            <ExportLinks href={(formaat) => teamBehoefteDownload(teamId, bereik, formaat)} />
            <KostenPerFte kosten={rij.kosten} />
          </Section>
          <OpenVragen vragen={rij.openVragen} />
        </>
      )}
    </>
  );
}

/** The organisation: its totals (chart and table), each team over the range, and the vragen without a team. */
export function OrganisatieBehoeftePage() {
  const { t } = useI18n();
  const { bereik, eenheid, zet, query } = useBereik();
  const res = useResource(`behoefte:org:${query}`, () => getOrganisatieBehoefte(bereik));
  const o = res.data;
  return (
    <>
      <PageHeading title={t('bh.titelOrganisatie')} preHeading={t('bh.titel')} />
      <p>{t('bh.uitleg')}</p>
      <BereikKeuze
        key={query}
        {...bereik}
        eenheid={eenheid}
        onKies={(b) => zet(b)}
        onEenheid={(e) => zet({ eenheid: e })}
      />
      {res.error ? (
        <LoadError error={res.error} onRetry={res.reload} />
      ) : !o ? (
        <Loading />
      ) : (
        <>
          <Section title={t('bh.grafiek')}>
            <BehoefteGrafiek cellen={o.totalen} totaal={o.totaal} />
          </Section>
          <Section title={t('bh.tabel', { eenheid: t(`bh.eenheid.${eenheid}`) })}>
            <BehoefteTabel cellen={o.totalen} totaal={o.totaal} eenheid={eenheid} testId="bh-tabel" />
            <ExportLinks href={(formaat) => organisatieBehoefteDownload(bereik, formaat)} />
            <KostenPerFte kosten={o.kosten} organisatie />
          </Section>
          <Section title={t('bh.teams')}>
            {o.teams.length === 0 && !o.zonderTeam ? (
              <p>{t('bh.alleenTotalen')}</p>
            ) : (
              <TeamsTabel teams={o.teams} zonderTeam={o.zonderTeam} eenheid={eenheid} query={query} />
            )}
          </Section>
          {o.zonderTeam && <OpenVragen vragen={o.zonderTeam.openVragen} />}
        </>
      )}
    </>
  );
}

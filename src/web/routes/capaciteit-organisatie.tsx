import { useSearchParams } from 'react-router';
import {
  type CapaciteitCel,
  getOrganisatieCapaciteit,
  type OrganisatieCapaciteit,
  organisatieCapaciteitDownload,
} from '../api/capaciteit';
import { AppLink } from '../components/AppLink';
import { MaandBereikKiezer } from '../components/capaciteit/BereikKiezer';
import { type HeatCel, type HeatKolom, Heatmap, type HeatRij } from '../components/capaciteit/Heatmap';
import { HeatmapLegenda } from '../components/capaciteit/HeatmapLegenda';
import {
  AANTAL_MAANDEN,
  jarenVan,
  maandenVanaf,
  maandVan,
  procentVan,
} from '../components/capaciteit/heatmap';
import { LoadError, Loading } from '../components/DataState';
import { alsProcent } from '../components/numbers';
import { PageHeading } from '../components/PageHeading';
import { useResource } from '../components/useResource';
import { type I18n, useI18n } from '../i18n/i18n';
import '../theme/capaciteit.css';

type Cel = Omit<CapaciteitCel, 'periode'>;

function alsHeatCel(cel: Cel, { t, formatNumber, formatPercentage }: I18n): HeatCel {
  const uur = (uren: number) => t('hm.d.uur', { uren: formatNumber(Math.round(uren)) });
  const ratio = cel.benutting ?? (cel.ingezet > 0 ? Number.POSITIVE_INFINITY : null);
  return {
    ratio,
    details: () => [
      {
        label: t('hm.d.benutting'),
        waarde:
          procentVan(ratio) !== null
            ? formatPercentage(procentVan(ratio))
            : ratio === null
              ? '–'
              : t('hm.d.zonderBeschikbaarheid'),
      },
      { label: t('hm.d.capaciteit'), waarde: uur(cel.capaciteit) },
      { label: t('hm.d.robuust'), waarde: uur(cel.ingezet - cel.ingezetWendbaar) },
      { label: t('hm.d.wendbaar'), waarde: uur(cel.ingezetWendbaar) },
      { label: t('hm.d.vrij'), waarde: uur(cel.capaciteit - cel.ingezet) },
      {
        label: t('hm.d.vraag'),
        waarde:
          cel.vraagDekking === null
            ? uur(cel.vraag)
            : `${uur(cel.vraag)} (${formatPercentage(alsProcent(cel.vraagDekking))})`,
      },
    ],
  };
}

/** The months' cells summed: the total of a team (or the organisation) over the range shown. */
function som(cellen: readonly (Cel | undefined)[]): Cel | null {
  const echt = cellen.filter((c): c is Cel => c !== undefined);
  if (echt.length === 0) return null;
  const capaciteit = echt.reduce((s, c) => s + c.capaciteit, 0);
  const ingezet = echt.reduce((s, c) => s + c.ingezet, 0);
  const vraag = echt.reduce((s, c) => s + c.vraag, 0);
  return {
    capaciteit,
    ingezet,
    vraag,
    ingezetWendbaar: echt.reduce((s, c) => s + c.ingezetWendbaar, 0),
    benutting: capaciteit > 0 ? ingezet / capaciteit : null,
    vraagDekking: capaciteit > 0 ? vraag / capaciteit : null,
  };
}

/**
 * Twelve months from `van` out of the per-year answers: the teams of every year (a team abolished
 * or founded in between has empty months), with each month's cells and the totals.
 */
function samenvoegen(jaren: OrganisatieCapaciteit[], maanden: string[]) {
  const teams = new Map<string, { naam: string; cellen: Map<string, Cel> }>();
  const totalen = new Map<string, Cel>();
  for (const jaar of jaren) {
    for (const team of jaar.teams) {
      const rij = teams.get(team.teamId) ?? { naam: team.naam, cellen: new Map() };
      for (const cel of team.cellen) rij.cellen.set(cel.periode, cel);
      teams.set(team.teamId, rij);
    }
    for (const cel of jaar.totalen) totalen.set(cel.periode, cel);
  }
  return {
    teams: [...teams.entries()]
      .map(([teamId, rij]) => ({ teamId, ...rij }))
      .filter((rij) => maanden.some((m) => rij.cellen.has(m)))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    totalen,
  };
}

/** Every basisteam × month as a utilisation heatmap from this month on, with totals and drill-down. */
export function OrganisatieCapaciteitPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [params, setParams] = useSearchParams();
  const vandaag = new Date();
  const dezeMaand = maandVan(vandaag);
  const gevraagd = params.get('van');
  // An older link with ?jaar=2026 opens at January of that year.
  const jaarParam = Number(params.get('jaar'));
  const van =
    gevraagd && /^\d{4}-(0[1-9]|1[0-2])$/.test(gevraagd)
      ? gevraagd
      : jaarParam >= 2000 && jaarParam <= 2100
        ? `${jaarParam}-01`
        : dezeMaand;
  const maanden = maandenVanaf(van, AANTAL_MAANDEN);
  const jaren = jarenVan(maanden);
  const res = useResource(`orgcap:${jaren.join(',')}`, () =>
    Promise.all(jaren.map((jaar) => getOrganisatieCapaciteit(jaar))),
  );
  const maandNaam = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const kolommen: HeatKolom[] = maanden.map((m) => ({
    sleutel: m,
    kop: maandNaam.format(new Date(`${m}-01T00:00:00Z`)),
    nu: m === dezeMaand,
  }));
  const data = res.data ? samenvoegen(res.data, maanden) : undefined;
  const rijen: HeatRij[] =
    data?.teams.map((team) => {
      const cellen = maanden.map((m) => team.cellen.get(m));
      const totaal = som(cellen);
      return {
        id: team.teamId,
        naam: team.naam,
        kop: (
          <AppLink to={`/teams/${team.teamId}/capaciteit?per=maand&periode=${van.slice(0, 4)}`}>
            {team.naam}
          </AppLink>
        ),
        cellen: cellen.map((c) => (c ? alsHeatCel(c, i18n) : null)),
        totaal: totaal ? alsHeatCel(totaal, i18n) : null,
      };
    }) ?? [];
  const downloadJaar = Number(van.slice(0, 4));
  return (
    <>
      <PageHeading title={t('org.cap.titel')} />
      <div className="wb-cap-keuzes">
        <MaandBereikKiezer
          van={van}
          vandaag={vandaag}
          onKies={(maand) => setParams({ van: maand }, { replace: true })}
        />
        <p className="wb-cap-export">
          <a className="utrecht-link" href={organisatieCapaciteitDownload(downloadJaar, 'csv')} download>
            {t('cap.exportCsv')} ({downloadJaar})
          </a>
          {' · '}
          <a className="utrecht-link" href={organisatieCapaciteitDownload(downloadJaar, 'xlsx')} download>
            {t('cap.exportXlsx')} ({downloadJaar})
          </a>
        </p>
      </div>
      <HeatmapLegenda nuLabel={t('hm.dezeMaand')} uitleg={t('hm.uitleg.org')} />
      {res.error && <LoadError error={res.error} onRetry={res.reload} />}
      {!data && !res.error && <Loading />}
      {data && (
        <Heatmap
          caption={t('org.cap.caption', { van: maanden[0] ?? '', tot: maanden[maanden.length - 1] ?? '' })}
          rijKop={t('org.cap.team')}
          kolommen={kolommen}
          rijen={rijen}
          totalen={{
            kop: t('cap.totaal'),
            cellen: maanden.map((m) => {
              const cel = data.totalen.get(m);
              return cel ? alsHeatCel(cel, i18n) : null;
            }),
          }}
          nuLabel={t('hm.dezeMaand')}
          testId="org-cap"
        />
      )}
    </>
  );
}

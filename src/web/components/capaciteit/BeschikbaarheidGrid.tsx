import type { BeschikbaarheidCel, TeamBeschikbaarheid } from '../../api/capaciteit';
import { type I18n, useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { type Detail, type HeatCel, type HeatKolom, Heatmap, type HeatRij } from './Heatmap';
import { benutting, procentVan } from './heatmap';

/** The cell of one medewerker (or the team) in one period: utilisation, with the hours as details. */
function alsHeatCel(cel: BeschikbaarheidCel, afwezigheidZichtbaar: boolean, i18n: I18n): HeatCel {
  const { t, formatNumber, formatPercentage } = i18n;
  const ingezet = cel.ingezetRobuust + cel.ingezetWendbaar;
  const ratio = benutting(ingezet, cel.beschikbaar);
  const uur = (uren: number) => t('hm.d.uur', { uren: formatNumber(uren) });
  const details = (): Detail[] => {
    const procent = procentVan(ratio);
    const lijst: Detail[] = [
      {
        label: t('hm.d.benutting'),
        waarde:
          procent !== null
            ? formatPercentage(procent)
            : ratio === null
              ? '–'
              : t('hm.d.zonderBeschikbaarheid'),
      },
      { label: t('hm.d.beschikbaar'), waarde: uur(cel.beschikbaar) },
      { label: t('hm.d.robuust'), waarde: uur(cel.ingezetRobuust) },
      { label: t('hm.d.wendbaar'), waarde: uur(cel.ingezetWendbaar) },
    ];
    // Absence only where the caller may see it (the person, the own teamleider, directie and P&O).
    if (afwezigheidZichtbaar && cel.afwezigheidUren !== null)
      lijst.push({ label: t('hm.d.afwezig'), waarde: uur(cel.afwezigheidUren) });
    lijst.push({ label: t('hm.d.vrij'), waarde: uur(cel.vrij) });
    return lijst;
  };
  return {
    ratio,
    details,
    klein:
      cel.ingezetWendbaar > 0 ? (
        <span className="wb-hm-cel__klein" data-testid="ingezet-wendbaar">
          W {formatNumber(cel.ingezetWendbaar)}
        </span>
      ) : undefined,
    data: { 'data-beschikbaar': String(cel.beschikbaar), 'data-ingezet': String(ingezet) },
  };
}

const korteDatum = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Medewerkers × periods of a team as a utilisation heatmap, with the team totals. `nu` is the key of
 * the current period (this week), which is marked and scrolled into view.
 */
export function BeschikbaarheidGrid({
  data,
  caption,
  nu,
  nuLabel,
  actie,
}: {
  data: TeamBeschikbaarheid;
  caption: string;
  nu: string | undefined;
  nuLabel: string;
  /** Entering absence from a cell, or undefined when the cells are read-only. */
  actie?: (medewerker: { medewerkerId: string; naam: string }, periode: string) => (() => void) | undefined;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const datum = korteDatum(locale);
  const kolommen: HeatKolom[] = data.perioden.map((p) => ({
    sleutel: p.sleutel,
    kop: data.per === 'week' ? p.sleutel.replace(/^\d{4}-/, '') : p.sleutel,
    sub: data.per === 'week' ? datum.format(new Date(`${p.van}T00:00:00Z`)) : undefined,
    nu: p.sleutel === nu,
  }));
  const rijen: HeatRij[] = data.medewerkers.map((m) => ({
    id: m.medewerkerId,
    naam: m.naam,
    kop: <AppLink to={`/medewerkers/${m.medewerkerId}`}>{m.naam}</AppLink>,
    cellen: m.cellen.map((cel) => alsHeatCel(cel, m.afwezigheidZichtbaar, i18n)),
    totaal: alsHeatCel(m.totaal, m.afwezigheidZichtbaar, i18n),
  }));
  return (
    <Heatmap
      caption={caption}
      rijKop={t('cap.medewerker')}
      kolommen={kolommen}
      rijen={rijen}
      totalen={{
        kop: t('cap.teamTotaal'),
        cellen: data.totalen.map((cel) => alsHeatCel(cel, data.afwezigheidZichtbaar, i18n)),
      }}
      nuLabel={nuLabel}
      testId="cap-grid"
      actie={
        actie
          ? (rij, kolom) => {
              const onClick = actie({ medewerkerId: rij.id, naam: rij.naam }, kolom.sleutel);
              return onClick
                ? { label: t('cap.afw.knop', { naam: rij.naam, week: kolom.sleutel }), onClick }
                : undefined;
            }
          : undefined
      }
    />
  );
}

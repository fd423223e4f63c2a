import { useEffect, useState } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import { getTeamBeschikbaarheid, teamBeschikbaarheidDownload } from '../api/capaciteit';
import { getTeam } from '../api/client';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { AfwezigheidDialog, type AfwezigheidDoel } from '../components/capaciteit/AfwezigheidDialog';
import { WeekBereikKiezer } from '../components/capaciteit/BereikKiezer';
import { BeschikbaarheidGrid } from '../components/capaciteit/BeschikbaarheidGrid';
import { HeatmapLegenda } from '../components/capaciteit/HeatmapLegenda';
import { isoWeekVan, maandVan, weekBereik } from '../components/capaciteit/heatmap';
import {
  bereik,
  huidigKwartaal,
  leesPer,
  PERS,
  type Per,
  periodeKeuzes,
} from '../components/capaciteit/periode';
import { LoadError, Loading } from '../components/DataState';
import { ReserveringForm } from '../components/inzet/ReserveringForm';
import { VerdeelStapForm } from '../components/inzet/VerdeelStapForm';
import { alsProcent } from '../components/numbers';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../theme/capaciteit.css';

const PER_TEKST = {
  week: 'cap.perWeek',
  maand: 'cap.perMaand',
  kwartaal: 'cap.perKwartaal',
  jaar: 'cap.perJaar',
  isojaar: 'cap.perIsojaar',
} as const satisfies Record<Per, string>;

/** The capacity of a team: medewerkers × weeks, months, quarters or years, with totals and absence entry. */
export function TeamCapaciteitPage() {
  const { teamId = '' } = useParams();
  const { t, formatNumber } = useI18n();
  const notify = useNotify();
  const mag = useMag();
  const [params, setParams] = useSearchParams();
  const vandaag = new Date();
  const jaar = vandaag.getFullYear();
  const dezeWeek = isoWeekVan(vandaag);
  const per: Per = leesPer(params.get('per'));
  // Weeks open at this week (a quarter's worth) unless a quarter or year is asked for; the other
  // breakdowns keep the quarter or year picker.
  const weken = weekBereik(
    { periode: params.get('periode'), van: params.get('van'), weken: params.get('weken') },
    vandaag,
  );
  const periode = params.get('periode') ?? huidigKwartaal();
  const query = per === 'week' ? { per, van: weken.van, tot: weken.tot } : { per, ...bereik(periode, per) };
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const grid = useResource(`bes:${teamId}:${per}:${query.van}:${query.tot}`, () =>
    getTeamBeschikbaarheid(teamId, query),
  );
  const [doel, setDoel] = useState<AfwezigheidDoel | null>(null);
  const magAfwezigheid = mag('PUT /medewerkers/{medewerkerId}/afwezigheid/{week}') && per === 'week';
  const zet = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const zetWeken = (van: string, aantal: number) => {
    const next = new URLSearchParams(params);
    next.delete('periode');
    next.set('van', van);
    next.set('weken', String(aantal));
    setParams(next, { replace: true });
  };
  const magReservering = mag('PUT /teams/{teamId}/reservering') && team.data?.mag.plannen === true;
  const { hash } = useLocation();
  const teamGeladen = team.data !== undefined;
  // A link to #reservering (from the inbox) lands on that section once it is there.
  useEffect(() => {
    if (hash !== '#reservering' || !teamGeladen) return;
    const sectie = document.getElementById('reservering');
    sectie?.scrollIntoView({ block: 'start' });
    sectie?.focus();
  }, [hash, teamGeladen]);
  const titel = t('cap.titelTeam', { team: team.data?.naam ?? '' });
  const data = grid.data;
  return (
    <>
      <PageHeading title={titel} preHeading={t('cap.titel')} />
      <p>
        <AppLink to={`/teams/${teamId}`}>{t('cap.terugNaarTeam')}</AppLink>
        {' · '}
        <AppLink
          to={`/teams/${teamId}/resultaatdoelen?periode=${periode.includes('Q') ? periode : `${jaar}-Q1`}`}
        >
          {t('rd.titel')}
        </AppLink>
      </p>
      <div className="wb-cap-keuzes">
        {per === 'week' ? (
          <WeekBereikKiezer
            van={weken.van}
            aantal={weken.aantal}
            dezeWeek={dezeWeek}
            vandaag={vandaag}
            onKies={zetWeken}
          />
        ) : (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="cap-periode">
              {t('cap.periode')}
            </label>
            <select
              id="cap-periode"
              className="utrecht-select utrecht-select--html-select"
              value={periode}
              onChange={(event) => zet('periode', event.target.value)}
            >
              {[...periodeKeuzes(jaar - 1), ...periodeKeuzes(jaar), ...periodeKeuzes(jaar + 1)].map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="utrecht-form-fieldset wb-cap-per">
          <legend className="utrecht-form-fieldset__legend">{t('cap.per')}</legend>
          {PERS.map((p) => (
            <label key={p} className="utrecht-form-label wb-cap-per__optie">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                name="cap-per"
                checked={per === p}
                onChange={() => zet('per', p)}
              />{' '}
              {t(PER_TEKST[p])}
            </label>
          ))}
        </fieldset>
        <p className="wb-cap-export">
          <a className="utrecht-link" href={teamBeschikbaarheidDownload(teamId, query, 'csv')} download>
            {t('cap.exportCsv')}
          </a>
          {' · '}
          <a className="utrecht-link" href={teamBeschikbaarheidDownload(teamId, query, 'xlsx')} download>
            {t('cap.exportXlsx')}
          </a>
        </p>
      </div>
      <HeatmapLegenda
        nuLabel={t(per === 'maand' ? 'hm.dezeMaand' : 'hm.dezeWeek')}
        uitleg={`${t('hm.uitleg.team')}${magAfwezigheid ? ` ${t('hm.uitleg.afwezigheid')}` : ''}`}
      />
      {data && data.perioden.length > 0 && (
        // "2026" means two different sets of days: say which year this view counts in, with its dates.
        <p className="wb-cap-jaartelling">
          {t(data.jaartelling === 'isojaar' ? 'cap.jaartelling.isojaar' : 'cap.jaartelling.kalenderjaar', {
            van: data.perioden[0]!.van,
            tot: data.perioden[data.perioden.length - 1]!.tot,
          })}
        </p>
      )}
      {grid.error && <LoadError error={grid.error} onRetry={grid.reload} />}
      {!data && !grid.error && <Loading />}
      {data && (
        <BeschikbaarheidGrid
          data={data}
          caption={t('cap.gridCaption', { van: query.van, tot: query.tot })}
          nu={per === 'week' ? dezeWeek : per === 'maand' ? maandVan(vandaag) : undefined}
          nuLabel={t(per === 'maand' ? 'hm.dezeMaand' : 'hm.dezeWeek')}
          actie={
            magAfwezigheid
              ? (m, week) => () => setDoel({ medewerkerId: m.medewerkerId, naam: m.naam, week })
              : undefined
          }
        />
      )}
      {magReservering && team.data && (
        <Section title={t('iz.res.titel')} anchorId="reservering">
          <ReserveringForm
            key={team.data.id}
            team={team.data}
            onReload={team.reload}
            onSaved={(r) => {
              if (team.data)
                team.setData({ ...team.data, versie: r.versie, robuustReservering: r.robuustReservering });
              notify(
                r.robuustReservering === null
                  ? t('iz.res.opgeslagenStandaard', { team: team.data?.naam ?? '' })
                  : t('iz.res.opgeslagen', {
                      team: team.data?.naam ?? '',
                      procent: formatNumber(alsProcent(r.robuustReservering, 1)),
                    }),
              );
            }}
          />
        </Section>
      )}
      {mag('PATCH /instellingen') && (
        // An organisation setting, beside the team's reservering: both decide what a verdeelvoorstel
        // may ask of this team.
        <Section title={t('iz.stap.titel')} anchorId="verdeelstap">
          <VerdeelStapForm />
        </Section>
      )}
      <AfwezigheidDialog
        doel={doel}
        onClose={() => setDoel(null)}
        onSaved={() => {
          setDoel(null);
          grid.reload();
        }}
      />
    </>
  );
}

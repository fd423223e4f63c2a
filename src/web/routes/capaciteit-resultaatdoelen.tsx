import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import {
  getPrioriteitslijn,
  getTeamBeschikbaarheid,
  getTeamInzet,
  listBegrotingsprogrammas,
  listResultaatdoelen,
  prioriteer,
} from '../api/capaciteit';
import { getTeam } from '../api/client';
import { resultaatdoelenDownload, teamInzetDownload } from '../api/export';
import { AppLink } from '../components/AppLink';
import { DoelenLijst } from '../components/capaciteit/DoelenLijst';
import { InzetInvoer } from '../components/capaciteit/InzetInvoer';
import { PrioriteitslijnView } from '../components/capaciteit/PrioriteitslijnView';
import { bereik, huidigKwartaal, periodeKeuzes, weken } from '../components/capaciteit/periode';
import { ResultaatdoelForm } from '../components/capaciteit/ResultaatdoelForm';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { afronden } from '../components/numbers';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/** A team's result goals for a quarter: priority order, the priority line, and the hours on them. */
export function ResultaatdoelenPage() {
  const { teamId = '' } = useParams();
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const [params, setParams] = useSearchParams();
  const periode = params.get('periode') ?? huidigKwartaal();
  const jaar = Number(periode.slice(0, 4)) || new Date().getFullYear();
  const bereikWeken = bereik(periode, 'week');
  const wekenLijst = weken(bereikWeken.van, bereikWeken.tot);
  const [versie, setVersie] = useState(0);
  const [aankondiging, setAankondiging] = useState('');
  const magInzet = mag('GET /teams/{teamId}/inzet');

  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const doelen = useResource(`rd:${teamId}:${periode}:${versie}`, () => listResultaatdoelen(teamId, periode));
  const lijn = useResource(`lijn:${teamId}:${periode}:${versie}`, () => getPrioriteitslijn(teamId, periode));
  const programmas = useResource(`bp:${jaar}`, () => listBegrotingsprogrammas(jaar));
  const bes = useResource(
    mag('GET /teams/{teamId}/beschikbaarheid') ? `bes-rd:${teamId}:${periode}:${versie}` : null,
    () => getTeamBeschikbaarheid(teamId, { per: 'week', ...bereikWeken }),
  );
  const inzet = useResource(magInzet ? `inzet:${teamId}:${periode}:${versie}` : null, () =>
    getTeamInzet(teamId, bereikWeken.van, bereikWeken.tot),
  );
  const verversen = () => setVersie((v) => v + 1);

  const medewerkers = (bes.data?.medewerkers ?? []).map((m) => ({
    medewerkerId: m.medewerkerId,
    naam: m.naam,
  }));
  const vrij = bes.data?.totalen.reduce((som, c) => som + c.vrij, 0);
  const lijst = [...(doelen.data?.resultaten ?? [])].sort((a, b) => a.prioriteit - b.prioriteit);
  const teamNaam = team.data?.naam ?? '';

  return (
    <>
      <PageHeading title={t('rd.titelTeam', { team: teamNaam, periode })} preHeading={t('rd.titel')} />
      <p>
        <AppLink to={`/teams/${teamId}`}>{t('cap.terugNaarTeam')}</AppLink>
        {mag('GET /teams/{teamId}/beschikbaarheid') && (
          <>
            {' · '}
            <AppLink to={`/teams/${teamId}/capaciteit?periode=${periode}`}>{t('cap.titel')}</AppLink>
          </>
        )}
      </p>
      <div className="wb-cap-keuzes">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="rd-periode-keuze">
            {t('cap.periode')}
          </label>
          <select
            id="rd-periode-keuze"
            className="utrecht-select utrecht-select--html-select"
            value={periode}
            onChange={(e) => setParams({ periode: e.target.value }, { replace: true })}
          >
            {[...periodeKeuzes(jaar - 1), ...periodeKeuzes(jaar), ...periodeKeuzes(jaar + 1)]
              .filter((p) => p.includes('Q'))
              .map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
          </select>
        </div>
        {vrij !== undefined && (
          <p className="wb-cap-vrij" data-testid="vrije-uren">
            {t('rd.vrijeUren', { uren: formatNumber(afronden(vrij, 1)) })}
          </p>
        )}
      </div>
      <div aria-live="polite" className="wb-visually-hidden" data-testid="aankondiging">
        {aankondiging}
      </div>

      <Section title={t('rd.lijst')}>
        {doelen.error && <LoadError error={doelen.error} onRetry={doelen.reload} />}
        {!doelen.data && !doelen.error && <Loading />}
        {doelen.data && lijst.length === 0 && <p>{t('rd.geen')}</p>}
        {lijst.length > 0 && (
          <>
            {mag('POST /teams/{teamId}/prioriteringen') && <p>{t('rd.uitleg')}</p>}
            <DoelenLijst
              doelen={lijst}
              magPrioriteren={mag('POST /teams/{teamId}/prioriteringen')}
              onVolgorde={async (volgorde, verplaatst, positie) => {
                const { resultaten } = await prioriteer(teamId, periode, volgorde);
                doelen.setData({ resultaten });
                setAankondiging(
                  t('rd.verplaatst', { titel: verplaatst.titel, positie, totaal: volgorde.length }),
                );
                lijn.reload();
              }}
            />
            <ExportLinks href={(formaat) => resultaatdoelenDownload(teamId, periode, formaat)} />
          </>
        )}
      </Section>

      <Section title={t('lijn.titel')}>
        {lijn.error && <LoadError error={lijn.error} onRetry={lijn.reload} />}
        {lijn.data ? <PrioriteitslijnView lijn={lijn.data} /> : !lijn.error && <Loading />}
      </Section>

      {magInzet && lijst.length > 0 && (
        <Section title={t('inzet.titel')}>
          {inzet.error && <LoadError error={inzet.error} onRetry={inzet.reload} />}
          {inzet.data && inzet.data.resultaten.length > 0 && (
            <ExportLinks
              href={(formaat) => teamInzetDownload(teamId, bereikWeken.van, bereikWeken.tot, formaat)}
            />
          )}
          {inzet.data &&
            lijst.map((doel) => (
              <Section key={doel.id} level={3} title={`${doel.prioriteit}. ${doel.titel}`}>
                <InzetInvoer
                  doel={doel}
                  medewerkers={medewerkers}
                  weken={wekenLijst}
                  inzet={inzet.data?.resultaten ?? []}
                  magWijzigen={mag('PUT /resultaatdoelen/{resultaatdoelId}/inzet/{medewerkerId}')}
                  onChanged={() => {
                    lijn.reload();
                    bes.reload();
                  }}
                />
              </Section>
            ))}
        </Section>
      )}

      {mag('POST /teams/{teamId}/resultaatdoelen') && (
        <Section title={t('rd.nieuw')}>
          <ResultaatdoelForm
            key={periode}
            teamId={teamId}
            periode={periode}
            programmas={programmas.data?.resultaten ?? []}
            medewerkers={medewerkers}
            onCreated={(doel) => {
              setAankondiging(t('rd.aangemaakt', { titel: doel.titel }));
              verversen();
            }}
          />
        </Section>
      )}
    </>
  );
}

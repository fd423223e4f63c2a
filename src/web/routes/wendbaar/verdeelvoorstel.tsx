import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../../access/sessie';
import { getVerdeelvoorstel } from '../../api/inzet';
import type { Verdeelvoorstel } from '../../api/inzet.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { TijdstipText } from '../../components/DateText';
import { VerdeelKwaliteit } from '../../components/inzet/VerdeelKwaliteit';
import { VerdeelOpen } from '../../components/inzet/VerdeelOpen';
import { VerdeelRegels } from '../../components/inzet/VerdeelRegels';
import { STANDAARD, VerdeelVoortgang, VoorstelStatus } from '../../components/inzet/VerdeelVoortgang';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useResource } from '../../components/useResource';
import { Gegevens } from '../../components/wendbaar/Gegevens';
import { useI18n } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

/** How often the page asks for the state of a proposal that is still computing. */
const POLL_MS = 1000;

/** The one sentence the live region speaks: only when the state changes, not every second. */
function statusTekst(v: Verdeelvoorstel, t: ReturnType<typeof useI18n>['t']): string {
  if (v.status === 'rekent') return t('vv.live.rekent', { periode: v.periode });
  if (v.status === 'mislukt') return t('vv.live.mislukt');
  return t('vv.live.klaar', { regels: v.resultaat?.regels.length ?? 0 });
}

function Parameters({ voorstel }: { voorstel: Verdeelvoorstel }) {
  const { t, formatNumber } = useI18n();
  const p = voorstel.parameters;
  const r = voorstel.resultaat;
  const standaard = (waarde: number) => t('vv.standaard', { waarde });
  // Once computed: the weeks it plans (never one already passed) and the step its hours come in.
  const planning = r
    ? [
        {
          label: t('vv.veld.weken'),
          waarde: (
            <>
              {t('vv.weken', { van: r.vanWeek, tot: r.totWeek, weken: r.weken })}
              {r.voorbij > 0 && (
                <>
                  {' '}
                  <span className="wb-muted">{t('vv.wekenVoorbij', { voorbij: r.voorbij })}</span>
                </>
              )}
            </>
          ),
        },
        { label: t('vv.veld.stap'), waarde: t('vv.stap', { stap: formatNumber(r.stapUren) }) },
      ]
    : [];
  return (
    <Gegevens
      items={[
        { label: t('vv.veld.periode'), waarde: voorstel.periode },
        { label: t('kolom.status'), waarde: <VoorstelStatus status={voorstel.status} /> },
        { label: t('vv.kolom.gestart'), waarde: <TijdstipText value={voorstel.aangemaaktOp} /> },
        ...planning,
        { label: t('vv.veld.maxDossiers'), waarde: p.maxDossiers ?? standaard(STANDAARD.maxDossiers) },
        { label: t('vv.veld.minimumUren'), waarde: p.minimumUren ?? standaard(STANDAARD.minimumUren) },
        {
          label: t('vv.veld.tijdslimiet'),
          waarde: p.tijdslimietSeconden ?? standaard(STANDAARD.tijdslimietSeconden),
        },
      ]}
    />
  );
}

/**
 * One verdeelvoorstel: its progress while the optimiser runs (polled every second, the change of
 * state announced), then the quality in plain words, the lines grouped by dossier with their reasons
 * to choose and turn into inzetverzoeken, and what stays open with why.
 */
export function VerdeelvoorstelPage() {
  const { verdeelvoorstelId = '' } = useParams();
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const res = useResource(`verdeel:${verdeelvoorstelId}`, () => getVerdeelvoorstel(verdeelvoorstelId));
  const { data, setData } = res;
  const [pogingen, setPogingen] = useState(0);
  const [omgezet, setOmgezet] = useState(0);
  // The weeks of the last conversion when they began later than the proposal (weeks gone meanwhile).
  const [ingekort, setIngekort] = useState<{ van: string; tot: string } | null>(null);

  // While it computes: ask again a second after every answer (a failed ask is retried too).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `pogingen` is the retry trigger
  useEffect(() => {
    if (data?.status !== 'rekent') return;
    let actief = true;
    const timer = setTimeout(() => {
      getVerdeelvoorstel(verdeelvoorstelId).then(
        (v) => actief && setData(v),
        () => actief && setPogingen((n) => n + 1),
      );
    }, POLL_MS);
    return () => {
      actief = false;
      clearTimeout(timer);
    };
  }, [data, pogingen, verdeelvoorstelId, setData]);

  if (res.error?.isNotFound) return <NotFoundContent />;
  const titel = data ? t('vv.detail.titel', { periode: data.periode }) : t('vv.detail.titelKort');
  return (
    <>
      <PageHeading title={titel} />
      <Paragraph>
        <AppLink to="/wendbaar/verdeelvoorstellen">{t('vv.terug')}</AppLink>
      </Paragraph>
      {res.error && <LoadError error={res.error} onRetry={res.reload} />}
      {!data && !res.error && <Loading />}
      <p role="status" className="wb-vv-live" data-testid="verdeel-status">
        {data ? statusTekst(data, t) : ''}
      </p>
      {data && (
        <>
          <Parameters voorstel={data} />
          {data.status === 'rekent' && <VerdeelVoortgang voorstel={data} />}
          {data.status === 'mislukt' && (
            <Alert type="error">
              <Paragraph>{data.fout ?? t('vv.live.mislukt')}</Paragraph>
              <Paragraph>
                <AppLink to="/wendbaar/verdeelvoorstellen">{t('vv.opnieuw')}</AppLink>
              </Paragraph>
            </Alert>
          )}
          {data.status === 'klaar' && data.resultaat && (
            <>
              <Section title={t('vv.kwal.titel')}>
                <VerdeelKwaliteit resultaat={data.resultaat} periode={data.periode} />
              </Section>
              {data.resultaat.regels.length > 0 && (
                <Section title={t('vv.regels.titel')} anchorId="vv-regels">
                  <Paragraph>{t('vv.regels.uitleg')}</Paragraph>
                  {mag('POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken') ? (
                    <VerdeelRegels
                      voorstelId={data.id}
                      regels={data.resultaat.regels}
                      onOmgezet={(a) => {
                        setOmgezet((n) => n + a.aangemaakt);
                        const weken = a.ingekort ? { van: a.vanWeek, tot: a.totWeek } : null;
                        setIngekort(weken);
                        notify(
                          weken
                            ? `${t('vv.omgezet', { aantal: a.aangemaakt })} ${t('vv.omgezetIngekort', weken)}`
                            : t('vv.omgezet', { aantal: a.aangemaakt }),
                        );
                      }}
                    />
                  ) : null}
                  {omgezet > 0 && (
                    <Paragraph data-testid="vv-omgezet">
                      {t('vv.omgezetTotaal', { aantal: omgezet })}{' '}
                      {ingekort && <>{t('vv.omgezetIngekort', ingekort)} </>}
                      <AppLink to="/inzetverzoeken">{t('vv.naarVerzoeken')}</AppLink>
                    </Paragraph>
                  )}
                </Section>
              )}
              <VerdeelOpen resultaat={data.resultaat} />
            </>
          )}
        </>
      )}
    </>
  );
}

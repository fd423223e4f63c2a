import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getOrganisatieFormatie } from '../api/formatie';
import { deleteWijziging, getScenario, getVergelijking, type ScenarioWijziging } from '../api/scenario';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { Opmerkingen } from '../components/scenario/Opmerkingen';
import { ScenarioGegevensForm } from '../components/scenario/ScenarioForms';
import { ScenarioStatus } from '../components/scenario/ScenarioStatus';
import { VaststellenForm } from '../components/scenario/VaststellenForm';
import { Vergelijking } from '../components/scenario/Vergelijking';
import { VoorstelPaneel } from '../components/scenario/VoorstelPaneel';
import { WijzigingenTabel } from '../components/scenario/WijzigingenTabel';
import { WijzigingForm } from '../components/scenario/WijzigingForm';
import { toProblemError, useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/scenario/scenario.css';

/**
 * The scenario editor: its data, its wijzigingen (add, remove), the comparison with the current
 * formatie, the onderbouwd voorstel, comments and adoption by the directie. Every action shows only
 * when the scenario's `mag` allows it; an adopted scenario is read-only.
 */
export function ScenarioPage() {
  const { scenarioId = '' } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const scenario = useResource(`scenario:${scenarioId}`, () => getScenario(scenarioId));
  const s = scenario.data;
  // Every change to the scenario counts a round, so the comparison is read again.
  const [ronde, setRonde] = useState(0);
  const vergelijking = useResource(s ? `scenario-vgl:${scenarioId}:${ronde}` : null, () =>
    getVergelijking(scenarioId),
  );
  const teams = useResource(s ? `scenario-teams:${s.peildatum}` : null, () =>
    getOrganisatieFormatie(s?.peildatum),
  );
  const [open, setOpen] = useState<'gegevens' | 'wijziging' | null>(null);
  const [bezig, setBezig] = useState<string | null>(null);
  const [verwijderFout, setVerwijderFout] = useState<string | null>(null);

  const herlaad = () => {
    scenario.reload();
    setRonde((r) => r + 1);
  };
  const toggle = (welk: 'gegevens' | 'wijziging') => (aan: boolean) => setOpen(aan ? welk : null);
  const teamLijst = teams.data?.teams.map((team) => ({ teamId: team.teamId, naam: team.naam })) ?? [];
  const teamNaam = (id: string | null) =>
    teamLijst.find((team) => team.teamId === id)?.naam ??
    vergelijking.data?.kolommen[0]?.teams.find((x) => x.teamId === id)?.naam ??
    '';

  const verwijder = async (w: ScenarioWijziging, nr: number) => {
    if (!s) return;
    setBezig(w.id);
    setVerwijderFout(null);
    try {
      await deleteWijziging(s.id, s.versie, w.id);
      notify(t('sc.wijziging.verwijderd', { nr }), { bij: 'scenario-wijzigingen' });
      herlaad();
    } catch (error) {
      setVerwijderFout(toProblemError(error).detail ?? toProblemError(error).title);
    } finally {
      setBezig(null);
    }
  };

  if (scenario.error && !s) return <LoadError error={scenario.error} onRetry={scenario.reload} />;
  if (!s) return <Loading />;

  return (
    <>
      <PageHeading title={s.naam} preHeading={t('sc.pagina')} />
      <p className="wb-capaciteit-links wb-scenario-links">
        <AppLink to="/organisatie/scenarios">{t('sc.naarLijst')}</AppLink>
        <AppLink to="/organisatie/formatie">{t('sc.naarFormatie')}</AppLink>
      </p>
      {s.besluit && (
        <Alert type="ok" data-testid="scenario-vastgesteld">
          <Paragraph>
            {t('sc.vastgesteld.melding', {
              datum: i18n.formatDate(s.besluit.besluitdatum),
              kenmerk: s.besluit.kenmerk,
            })}
          </Paragraph>
          {s.besluit.omschrijving && (
            <Paragraph className="wb-scenario-tekst">{s.besluit.omschrijving}</Paragraph>
          )}
        </Alert>
      )}
      {s.status === 'verworpen' && (
        <Alert type="info">
          <Paragraph>{t('sc.verworpen.melding')}</Paragraph>
        </Alert>
      )}
      <PaginaMetInhoud>
        <Section title={t('sc.gegevens')} anchorId="scenario-gegevens">
          <dl className="wb-scenario-gegevens" data-testid="scenario-gegevens">
            <dt>{t('sc.veld.peildatum')}</dt>
            <dd>
              <DateText value={s.peildatum} />
            </dd>
            <dt>{t('sc.veld.status')}</dt>
            <dd>
              <ScenarioStatus status={s.status} />
            </dd>
            {s.toelichting && (
              <>
                <dt>{t('sc.veld.toelichting')}</dt>
                <dd className="wb-scenario-tekst">{s.toelichting}</dd>
              </>
            )}
            <dt>{t('sc.veld.aangemaakt')}</dt>
            <dd>
              {t('sc.opmerking.door', {
                wie: s.aangemaaktDoor ?? '—',
                wanneer: i18n.formatDate(s.aangemaaktOp.slice(0, 10)),
              })}
            </dd>
          </dl>
          {s.mag.wijzigen && (
            <Disclosure
              label={t('sc.gegevens.wijzigen')}
              open={open === 'gegevens'}
              onToggle={toggle('gegevens')}
              appearance="secondary-action-button"
            >
              <ScenarioGegevensForm
                key={s.versie}
                scenario={s}
                onSaved={() => {
                  setOpen(null);
                  notify(t('sc.gegevens.opgeslagen'), { bij: 'scenario-gegevens' });
                  herlaad();
                }}
                onReload={herlaad}
              />
            </Disclosure>
          )}
        </Section>

        <Section title={t('sc.wijzigingen')} anchorId="scenario-wijzigingen">
          {verwijderFout && (
            <Alert type="error" role="alert">
              <Paragraph>{verwijderFout}</Paragraph>
            </Alert>
          )}
          {s.wijzigingen.length === 0 ? (
            <Paragraph>{t('sc.wijzigingen.leeg')}</Paragraph>
          ) : (
            <WijzigingenTabel
              scenario={s}
              teamNaam={teamNaam}
              bezig={bezig}
              onVerwijder={(w) => void verwijder(w, s.wijzigingen.indexOf(w) + 1)}
            />
          )}
          {s.mag.wijzigen && (
            <div className="wb-scenario-acties">
              <Disclosure
                label={t('sc.wijziging.toevoegen')}
                open={open === 'wijziging'}
                onToggle={toggle('wijziging')}
              >
                <WijzigingForm
                  scenario={s}
                  teams={teamLijst}
                  onCreated={() => {
                    notify(t('sc.wijziging.toegevoegd'), { bij: 'scenario-wijzigingen' });
                    herlaad();
                  }}
                />
              </Disclosure>
            </div>
          )}
        </Section>

        <Section title={t('sc.vergelijking')} anchorId="scenario-vergelijking">
          {vergelijking.error && <LoadError error={vergelijking.error} onRetry={vergelijking.reload} />}
          {!vergelijking.data && !vergelijking.error && <Loading />}
          {vergelijking.data && <Vergelijking v={vergelijking.data} />}
        </Section>

        <Section title={t('vs.titel')} anchorId="scenario-voorstel">
          <VoorstelPaneel key={s.id} scenario={s} onSaved={herlaad} onReload={herlaad} />
        </Section>

        <Section title={t('sc.opmerkingen')} anchorId="scenario-opmerkingen">
          <Opmerkingen
            scenario={s}
            onPlaced={() => {
              notify(t('sc.opmerking.geplaatst'), { bij: 'scenario-opmerkingen' });
              scenario.reload();
            }}
          />
        </Section>

        {s.mag.vaststellen && (
          <Section title={t('sc.vaststellen')} anchorId="scenario-vaststellen">
            <VaststellenForm
              scenario={s}
              onAdopted={() => {
                notify(t('sc.vastgesteld'));
                herlaad();
              }}
              onReload={herlaad}
            />
          </Section>
        )}
      </PaginaMetInhoud>
    </>
  );
}

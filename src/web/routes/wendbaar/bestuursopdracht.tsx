import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../../access/sessie';
import { getBestuursopdracht, stapBestuursopdracht } from '../../api/wendbaar';
import type { Bestuursopdracht } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { PageHeading } from '../../components/PageHeading';
import { PaginaMetInhoud } from '../../components/PaginaInhoud';
import { Section } from '../../components/Section';
import { useResource } from '../../components/useResource';
import { AfdrukKnop } from '../../components/wendbaar/AfdrukKnop';
import { BesluitvormingSectie } from '../../components/wendbaar/bestuursopdracht/BesluitvormingSectie';
import { GegevensSectie } from '../../components/wendbaar/bestuursopdracht/GegevensSectie';
import {
  BudgetSectie,
  DoelstellingenSectie,
  TijdlijnSectie,
  VerantwoordingSectie,
} from '../../components/wendbaar/bestuursopdracht/MandaatSecties';
import {
  OntbreektPaneel,
  useOpdrachtDoelVan,
} from '../../components/wendbaar/bestuursopdracht/OntbreektPaneel';
import { RollenSectie } from '../../components/wendbaar/bestuursopdracht/RollenSectie';
import { boSectieId, type SectieProps } from '../../components/wendbaar/bestuursopdracht/SectieForm';
import { VerkenningSectie } from '../../components/wendbaar/bestuursopdracht/VerkenningSectie';
import { Versies } from '../../components/wendbaar/bestuursopdracht/Versies';
import { Capaciteitsvragen } from '../../components/wendbaar/Capaciteitsvragen';
import { OpdrachtStatus } from '../../components/wendbaar/DossierStatus';
import { Fasebalk } from '../../components/wendbaar/Fasebalk';
import { opdrachtFase, opdrachtFasen, opdrachtStappen } from '../../components/wendbaar/levenscyclus';
import { StapPaneel } from '../../components/wendbaar/StapPaneel';
import { StappenHistorie } from '../../components/wendbaar/StappenHistorie';
import { useI18n } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

export function BestuursopdrachtPage() {
  const { bestuursopdrachtId = '' } = useParams();
  return <BestuursopdrachtContent key={bestuursopdrachtId} id={bestuursopdrachtId} />;
}

/**
 * One bestuursopdracht: its lifecycle, what is still missing before it can go to the college, the
 * steps this user may take, the working copy section by section (forms while it may be edited), the
 * people and means it asks, the submitted versions with their besluit and differences, and its history.
 */
function BestuursopdrachtContent({ id }: { id: string }) {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const doelVan = useOpdrachtDoelVan();
  const resource = useResource(`bo:${id}`, () => getBestuursopdracht(id));
  const { data: opdracht, setData } = resource;

  const haalActueel = useCallback(async () => {
    try {
      const actueel = await getBestuursopdracht(id);
      setData(actueel);
      return actueel;
    } catch {
      return null;
    }
  }, [id, setData]);

  if (resource.error?.isNotFound) return <NotFoundContent />;
  const statusLabel = (s: string) => t(`wb.bo.status.${s as Bestuursopdracht['status']}`);
  const bewerken = Boolean(opdracht?.bewerkbaar) && opdracht?.mag.wijzigen === true;
  const stappen =
    opdracht && mag('POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen')
      ? opdrachtStappen(
          opdracht.status,
          opdracht.volgendeStatussen,
          (naar) => opdracht.mag.stappen.includes(naar),
          t,
        )
      : [];
  const sectie: SectieProps | null = opdracht ? { opdracht, bewerken, onSaved: setData, haalActueel } : null;

  return (
    <>
      <PageHeading title={opdracht?.titel ?? t('wb.bo.soort')} preHeading={t('wb.bo.soort')} />
      <div className="wb-dossier-kopregel">
        <Paragraph>
          <AppLink to="/wendbaar/bestuursopdrachten">{t('wb.bo.terug')}</AppLink>
        </Paragraph>
        <AfdrukKnop />
      </div>
      {resource.error && <LoadError error={resource.error} onRetry={resource.reload} />}
      {!opdracht && !resource.error && <Loading />}
      {opdracht && sectie && (
        <PaginaMetInhoud>
          <p className="wb-status-line" data-testid="bo-status">
            {t('wb.status')}: <OpdrachtStatus status={opdracht.status} />
          </p>
          <Fasebalk
            label={t('wb.bo.fasen')}
            fasen={opdrachtFasen(opdracht.status, t)}
            huidig={opdrachtFase(opdracht.status)}
            doorlopen={new Set(opdracht.overgangen.map((o) => opdrachtFase(o.naar)))}
          />
          {(opdracht.bewerkbaar || opdracht.volgendeStatussen.includes('ter-besluitvorming')) && (
            <OntbreektPaneel ontbreekt={opdracht.ontbreektVoorIndiening} />
          )}
          {!opdracht.bewerkbaar && (
            <Alert type="info">
              <Paragraph>
                {opdracht.status === 'ter-besluitvorming'
                  ? t('wb.bo.bevroren.ter', { versie: opdracht.versies.at(-1)?.nummer ?? 1 })
                  : t('wb.bo.bevroren')}
              </Paragraph>
            </Alert>
          )}
          {stappen.length > 0 && (
            <Section title={t('wb.stap.titel')} anchorId="bo-sectie-stap">
              <StapPaneel
                stappen={stappen}
                doelVan={doelVan}
                statusLabel={statusLabel}
                onHerladen={() => void haalActueel()}
                onStap={async (naar, toelichting) => {
                  const na = await stapBestuursopdracht(opdracht.id, naar, toelichting, opdracht.versie);
                  setData(na);
                  notify(
                    naar === 'ter-besluitvorming'
                      ? t('wb.bo.ingediend', { versie: na.versies.at(-1)?.nummer ?? 1 })
                      : t('wb.bo.stapGezet', { status: statusLabel(na.status).toLowerCase() }),
                    // The buttons change: the message takes focus, in this section while it is still there.
                    { bij: 'bo-sectie-stap', focus: true },
                  );
                }}
              />
            </Section>
          )}
          <GegevensSectie {...sectie} />
          <VerkenningSectie {...sectie} />
          <DoelstellingenSectie {...sectie} />
          <TijdlijnSectie {...sectie} />
          <Section title={t('wb.bo.sectie.mensenEnMiddelen')} anchorId={boSectieId('mensenEnMiddelen')}>
            <Paragraph>{t('wb.bo.mensenEnMiddelen.uitleg')}</Paragraph>
            <Capaciteitsvragen
              soort="bestuursopdracht"
              dossierId={opdracht.id}
              vragen={opdracht.capaciteitsvragen}
              magToevoegen={
                bewerken && mag('POST /bestuursopdrachten/{bestuursopdrachtId}/capaciteitsvragen')
              }
              magWijzigen={
                bewerken &&
                mag('PATCH /capaciteitsvragen/{capaciteitsvraagId}') &&
                mag('DELETE /capaciteitsvragen/{capaciteitsvraagId}')
              }
              onChanged={haalActueel}
              level={3}
            />
            <BudgetSectie {...sectie} />
          </Section>
          <RollenSectie {...sectie} />
          <VerantwoordingSectie {...sectie} />
          <BesluitvormingSectie {...sectie} />
          <Versies
            opdracht={opdracht}
            magVerschillen={mag(
              'GET /bestuursopdrachten/{bestuursopdrachtId}/versies/{versieNummer}/verschillen',
            )}
          />
          <Section title={t('wb.historie.titel')}>
            <StappenHistorie overgangen={opdracht.overgangen} statusLabel={statusLabel} />
          </Section>
        </PaginaMetInhoud>
      )}
    </>
  );
}

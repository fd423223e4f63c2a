import { Paragraph } from '@utrecht/component-library-react';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../../access/sessie';
import { getOpgave, stapOpgave } from '../../api/wendbaar';
import type { OpgaveStatus } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { PageHeading } from '../../components/PageHeading';
import { PaginaMetInhoud } from '../../components/PaginaInhoud';
import { Section } from '../../components/Section';
import { useResource } from '../../components/useResource';
import { AfdrukKnop } from '../../components/wendbaar/AfdrukKnop';
import { Capaciteitsvragen } from '../../components/wendbaar/Capaciteitsvragen';
import { OpgaveFase } from '../../components/wendbaar/DossierStatus';
import { Fasebalk } from '../../components/wendbaar/Fasebalk';
import { opgaveFasen, opgaveStappen } from '../../components/wendbaar/levenscyclus';
import { Bevindingen } from '../../components/wendbaar/opgave/Bevindingen';
import { AanpakSectie, BeschrijvingSectie } from '../../components/wendbaar/opgave/OpgaveSecties';
import {
  type OpgaveDeelProps,
  opgaveDoelVan,
  opgaveSectieId,
} from '../../components/wendbaar/opgave/opgavePagina';
import { Rolbepaling } from '../../components/wendbaar/opgave/Rolbepaling';
import { Stakeholders } from '../../components/wendbaar/opgave/Stakeholders';
import { StapPaneel } from '../../components/wendbaar/StapPaneel';
import { StappenHistorie } from '../../components/wendbaar/StappenHistorie';
import { useI18n } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

export function OpgavePage() {
  const { opgaveId = '' } = useParams();
  return <OpgaveContent key={opgaveId} id={opgaveId} />;
}

/**
 * One opgave: its phase in the lifecycle, the steps this user may take (with what is missing for a
 * refused one), its description, the exploration (stakeholders, findings), the college's role
 * decision, strategy and approach, the capacity it asks, and every step taken.
 */
function OpgaveContent({ id }: { id: string }) {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const resource = useResource(`opgave:${id}`, () => getOpgave(id));
  const { data: opgave, setData } = resource;

  const haalActueel = useCallback(async () => {
    try {
      const actueel = await getOpgave(id);
      setData(actueel);
      return actueel;
    } catch {
      return null;
    }
  }, [id, setData]);

  if (resource.error?.isNotFound) return <NotFoundContent />;
  const statusLabel = (s: string) => t(`wb.opgave.fase.${s as OpgaveStatus}`);
  const deel: OpgaveDeelProps | null = opgave
    ? {
        opgave,
        bewerken: opgave.mag.wijzigen,
        onSaved: setData,
        haalActueel,
      }
    : null;
  const stappen =
    opgave && mag('POST /opgaven/{opgaveId}/overgangen')
      ? opgaveStappen(opgave.status, opgave.volgendeStatussen, (naar) => opgave.mag.stappen.includes(naar), t)
      : [];

  return (
    <>
      <PageHeading title={opgave?.titel ?? t('wb.opgave.soort')} preHeading={t('wb.opgave.soort')} />
      <div className="wb-dossier-kopregel">
        <Paragraph>
          <AppLink to="/wendbaar/opgaven">{t('wb.opgave.terug')}</AppLink>
        </Paragraph>
        <AfdrukKnop />
      </div>
      {resource.error && <LoadError error={resource.error} onRetry={resource.reload} />}
      {!opgave && !resource.error && <Loading />}
      {opgave && deel && (
        <PaginaMetInhoud>
          <p className="wb-status-line" data-testid="opgave-fase">
            {t('wb.fase')}: <OpgaveFase status={opgave.status} />
          </p>
          {mag('POST /evaluaties') && (
            <Paragraph>
              <AppLink
                to={`/verandering/evaluaties?opgave=${encodeURIComponent(opgave.id)}#nieuwe-evaluatie`}
              >
                {t('wb.opgave.evalueren')}
              </AppLink>
            </Paragraph>
          )}
          <Fasebalk
            label={t('wb.opgave.fasen')}
            fasen={opgaveFasen(t)}
            huidig={opgave.status}
            doorlopen={new Set(opgave.overgangen.map((o) => o.naar))}
          />
          {stappen.length > 0 && (
            <Section title={t('wb.stap.titel')} anchorId={opgaveSectieId('stap')}>
              <StapPaneel
                stappen={stappen}
                doelVan={opgaveDoelVan(t)}
                statusLabel={statusLabel}
                onHerladen={() => void haalActueel()}
                onStap={async (naar, toelichting) => {
                  const na = await stapOpgave(opgave.id, naar, toelichting, opgave.versie);
                  setData(na);
                  // The buttons change: the message takes focus, in this section while it is still there.
                  notify(t('wb.opgave.stapGezet', { fase: statusLabel(na.status).toLowerCase() }), {
                    bij: opgaveSectieId('stap'),
                    focus: true,
                  });
                }}
              />
            </Section>
          )}
          <BeschrijvingSectie {...deel} />
          <Section title={t('wb.opgave.sectie.verkenning')} anchorId={opgaveSectieId('verkenning')}>
            <Paragraph>{t('wb.opgave.verkenning.uitleg')}</Paragraph>
            <Stakeholders {...deel} />
            <Bevindingen {...deel} />
          </Section>
          <Rolbepaling {...deel} />
          <AanpakSectie {...deel} />
          <Capaciteitsvragen
            soort="opgave"
            dossierId={opgave.id}
            vragen={opgave.capaciteitsvragen}
            magToevoegen={deel.bewerken && mag('POST /opgaven/{opgaveId}/capaciteitsvragen')}
            magWijzigen={
              deel.bewerken &&
              mag('PATCH /capaciteitsvragen/{capaciteitsvraagId}') &&
              mag('DELETE /capaciteitsvragen/{capaciteitsvraagId}')
            }
            onChanged={haalActueel}
            anchorId={opgaveSectieId('capaciteit')}
          />
          <Section title={t('wb.historie.titel')}>
            <StappenHistorie overgangen={opgave.overgangen} statusLabel={statusLabel} />
          </Section>
        </PaginaMetInhoud>
      )}
    </>
  );
}

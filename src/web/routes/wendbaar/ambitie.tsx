import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../../access/sessie';
import { getAmbitie, listOpgaven, updateAmbitie } from '../../api/wendbaar';
import type { Ambitie, DossierRef } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppButtonLink, AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { Disclosure } from '../../components/Disclosure';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormKnoppen } from '../../components/FormKnoppen';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useForm } from '../../components/useForm';
import { useResource } from '../../components/useResource';
import {
  AmbitieVelden,
  ambitieInvoer,
  ambitieLabels,
  ambitieWaarden,
} from '../../components/wendbaar/ambitie/AmbitieVelden';
import { DossierStatus } from '../../components/wendbaar/DossierStatus';
import { Gegevens, Tekst } from '../../components/wendbaar/Gegevens';
import { useI18n } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

/** Change an ambitie, its progress and the opgaven that serve it (PATCH with If-Match). */
function AmbitieWijzigenForm({
  ambitie,
  haalActueel,
  onSaved,
  onCancel,
}: {
  ambitie: Ambitie;
  haalActueel(): Promise<Ambitie | null>;
  onSaved(ambitie: Ambitie): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const mag = useMag();
  const opgaven = useResource(mag('GET /opgaven') ? 'wb-opgaven-alle' : null, () => listOpgaven());
  const [waarden, setWaarden] = useState(() => ambitieWaarden(ambitie, lang));
  const form = useForm('ambitie', ambitieLabels(t, { volledig: true }));
  const submit = form.handleSubmit(async () => {
    onSaved(await updateAmbitie(ambitie.id, ambitie.versie, ambitieInvoer(waarden, t, { volledig: true })));
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        onReload={() => {
          void haalActueel().then((a) => {
            if (a) setWaarden(ambitieWaarden(a, lang));
          });
        }}
      />
      <AmbitieVelden form={form} waarden={waarden} onChange={setWaarden} opgaven={opgaven.data?.resultaten} />
      <FormKnoppen label={t('actie.wijzigingenOpslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

function Dossiers({
  soort,
  lijst,
  leeg,
}: {
  soort: 'opgave' | 'bestuursopdracht';
  lijst: DossierRef[];
  leeg: string;
}) {
  const pad = soort === 'opgave' ? '/wendbaar/opgaven' : '/wendbaar/bestuursopdrachten';
  if (lijst.length === 0) return <Paragraph>{leeg}</Paragraph>;
  return (
    <UnorderedList className="wb-dossierlijst">
      {lijst.map((d) => (
        <UnorderedListItem key={d.id}>
          <AppLink to={`${pad}/${d.id}`}>{d.titel}</AppLink> <DossierStatus soort={soort} status={d.status} />
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function AmbitiePage() {
  const { ambitieId = '' } = useParams();
  return <AmbitieContent key={ambitieId} id={ambitieId} />;
}

/** One bestuurlijke ambitie: its text and progress, the opgaven and bestuursopdrachten that work it out. */
function AmbitieContent({ id }: { id: string }) {
  const { t, formatPercentage } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const [wijzigen, setWijzigen] = useState(false);
  const resource = useResource(`ambitie:${id}`, () => getAmbitie(id));
  const { data: ambitie, setData } = resource;
  const haalActueel = useCallback(async () => {
    try {
      const a = await getAmbitie(id);
      setData(a);
      return a;
    } catch {
      return null;
    }
  }, [id, setData]);
  if (resource.error?.isNotFound) return <NotFoundContent />;
  return (
    <>
      <PageHeading title={ambitie?.titel ?? t('wb.amb.soort')} preHeading={t('wb.amb.soort')} />
      <Paragraph>
        <AppLink to="/wendbaar/ambities">{t('wb.amb.terug')}</AppLink>
      </Paragraph>
      {resource.error && <LoadError error={resource.error} onRetry={resource.reload} />}
      {!ambitie && !resource.error && <Loading />}
      {ambitie && (
        <>
          <Gegevens
            items={[
              { label: t('wb.amb.bron'), waarde: t(`wb.amb.bron.${ambitie.bron}`) },
              { label: t('wb.amb.portefeuillehouder'), waarde: ambitie.portefeuillehouder },
              { label: t('wb.amb.tekst'), waarde: <Tekst waarde={ambitie.tekst} /> },
              {
                label: t('wb.amb.voortgang'),
                waarde:
                  ambitie.voortgang === null ? null : (
                    <span className="wb-voortgang">
                      <progress max={100} value={ambitie.voortgang} aria-hidden="true" />{' '}
                      {formatPercentage(ambitie.voortgang)}
                    </span>
                  ),
              },
              {
                label: t('wb.amb.voortgangToelichting'),
                waarde: <Tekst waarde={ambitie.voortgangToelichting} />,
              },
            ]}
          />
          {mag('PATCH /bestuurlijke-ambities/{ambitieId}') && (
            <Disclosure label={t('wb.amb.wijzigen')} open={wijzigen} onToggle={setWijzigen}>
              <AmbitieWijzigenForm
                ambitie={ambitie}
                haalActueel={haalActueel}
                onCancel={() => setWijzigen(false)}
                onSaved={(a) => {
                  setData(a);
                  setWijzigen(false);
                  notify(t('wb.amb.opgeslagen', { titel: a.titel }));
                }}
              />
            </Disclosure>
          )}
          <Section
            title={t('wb.bos.titel')}
            actions={
              mag('POST /bestuursopdrachten') && (
                <AppButtonLink
                  to={`/wendbaar/bestuursopdrachten/nieuw?ambitieId=${encodeURIComponent(ambitie.id)}`}
                  appearance="secondary-action-button"
                >
                  {t('wb.amb.opdrachtMaken')}
                </AppButtonLink>
              )
            }
          >
            <Dossiers
              soort="bestuursopdracht"
              lijst={ambitie.bestuursopdrachten}
              leeg={t('wb.amb.geenOpdrachten')}
            />
          </Section>
          <Section title={t('wb.opgaven.titel')}>
            <Dossiers soort="opgave" lijst={ambitie.opgaven} leeg={t('wb.amb.geenOpgaven')} />
          </Section>
        </>
      )}
    </>
  );
}

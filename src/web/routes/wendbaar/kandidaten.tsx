import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useMag } from '../../access/sessie';
import { kandidatenDownload } from '../../api/export';
import { getKandidaten, listInzetverzoeken } from '../../api/inzet';
import type { Kandidaten } from '../../api/inzet.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { ExportLinks } from '../../components/ExportLinks';
import { DossierLink, dossierPad } from '../../components/inzet/DossierLink';
import { KandidaatKaart } from '../../components/inzet/KandidaatKaart';
import { VerzoekenTabel } from '../../components/inzet/VerzoekenTabel';
import { WekenText } from '../../components/inzet/VerzoekStatus';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useResource } from '../../components/useResource';
import { Gegevens } from '../../components/wendbaar/Gegevens';
import { useI18n } from '../../i18n/i18n';
import { NotFoundContent } from '../not-found';

function VraagGegevens({ data }: { data: Kandidaten }) {
  const { t, formatNumber } = useI18n();
  const v = data.capaciteitsvraag;
  return (
    <Gegevens
      items={[
        { label: t('iz.vraag.dossier'), waarde: <DossierLink dossier={v.dossier} /> },
        {
          label: t('kolom.expertise'),
          waarde: t('iz.vraag.expertise', { expertise: v.expertise.naam, niveau: v.minimumNiveau }),
        },
        {
          label: t('iz.vraag.periode'),
          waarde: (
            <>
              {v.periode}: <WekenText van={data.vanWeek} tot={data.totWeek} />
            </>
          ),
        },
        {
          label: t('iz.vraag.gevraagd'),
          waarde: t('iz.vraag.gevraagdWaarde', {
            uren: formatNumber(v.uren),
            perWeek: formatNumber(data.urenPerWeekGevraagd),
          }),
        },
        { label: t('iz.vraag.prioriteit'), waarde: t('iz.vraag.prioriteitWaarde', { p: data.prioriteit }) },
        { label: t('iz.vraag.team'), waarde: v.team?.naam },
      ]}
    />
  );
}

/**
 * The candidates for one capaciteitsvraag, best fit first, each with the plain explanation of the
 * ranking, free hours and the team's room, and a request form; below, the requests made for it.
 */
export function KandidatenPage() {
  const { capaciteitsvraagId = '' } = useParams();
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const res = useResource(`kandidaten:${capaciteitsvraagId}`, () => getKandidaten(capaciteitsvraagId));
  const verzoeken = useResource(`iz-vraag:${capaciteitsvraagId}`, () =>
    listInzetverzoeken({ capaciteitsvraagId, paginaGrootte: 500 }),
  );
  if (res.error?.isNotFound) return <NotFoundContent />;
  const data = res.data;
  const titel = data
    ? t('iz.kand.titel', { expertise: data.capaciteitsvraag.expertise.naam })
    : t('iz.kand.titelKort');
  const lijst = verzoeken.data?.resultaten ?? [];

  return (
    <>
      <PageHeading title={titel} preHeading={t('iz.kand.soort')} />
      {res.error && <LoadError error={res.error} onRetry={res.reload} />}
      {!data && !res.error && <Loading />}
      {data && (
        <>
          <Paragraph>
            <AppLink to={dossierPad(data.capaciteitsvraag.dossier)}>
              {t('iz.kand.terug', { dossier: data.capaciteitsvraag.dossier.titel })}
            </AppLink>
          </Paragraph>
          <VraagGegevens data={data} />
          <Section title={t('iz.kand.lijst', { aantal: data.kandidaten.length })}>
            <Paragraph>{t('iz.kand.uitleg')}</Paragraph>
            {data.uitleg && (
              <Alert type="info">
                <Paragraph data-testid="kandidaten-uitleg">{data.uitleg}</Paragraph>
              </Alert>
            )}
            {data.kandidaten.length > 0 && (
              <ol className="wb-iz-kandidaten">
                {data.kandidaten.map((k, i) => (
                  <KandidaatKaart
                    key={k.medewerker.id}
                    kandidaat={k}
                    rang={i + 1}
                    capaciteitsvraagId={data.capaciteitsvraag.id}
                    gevraagdPerWeek={data.urenPerWeekGevraagd}
                    vanWeek={data.vanWeek}
                    totWeek={data.totWeek}
                    magAanvragen={mag('POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken')}
                    onSent={(verzoek) => {
                      notify(t('iz.verstuurd', { naam: verzoek.medewerker.naam, team: verzoek.team.naam }));
                      verzoeken.reload();
                      res.reload();
                    }}
                  />
                ))}
              </ol>
            )}
            {data.kandidaten.length > 0 && (
              <ExportLinks href={(formaat) => kandidatenDownload(capaciteitsvraagId, formaat)} />
            )}
          </Section>
        </>
      )}
      <Section title={t('iz.kand.verzoeken', { aantal: lijst.length })}>
        {verzoeken.error && <LoadError error={verzoeken.error} onRetry={verzoeken.reload} />}
        {verzoeken.data && lijst.length === 0 && <Paragraph>{t('iz.kand.geenVerzoeken')}</Paragraph>}
        {lijst.length > 0 && (
          <VerzoekenTabel
            verzoeken={lijst}
            caption={t('iz.kand.verzoeken', { aantal: lijst.length })}
            metVraag={false}
            testId="vraag-verzoeken"
          />
        )}
      </Section>
    </>
  );
}

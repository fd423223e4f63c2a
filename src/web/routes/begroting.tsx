import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import { type Begrotingsprogramma, listBegrotingsprogrammas } from '../api/capaciteit';
import { begrotingsprogrammasDownload } from '../api/export';
import { useNotify } from '../app/notifications';
import { BeleidsdoelForm, ProgrammaForm } from '../components/begroting/BegrotingForms';
import { LoadError, Loading } from '../components/DataState';
import { Disclosure } from '../components/Disclosure';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/** One programme with its policy goals, and for the directie a form to add a policy goal. */
function Programma({
  programma,
  magToevoegen,
  onChanged,
}: {
  programma: Begrotingsprogramma;
  magToevoegen: boolean;
  onChanged(programma: Begrotingsprogramma): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const titelId = useId();
  const [open, setOpen] = useState(false);
  const naam = `${programma.code} ${programma.naam}`;
  return (
    <article className="wb-card wb-programma" aria-labelledby={titelId} data-testid="programma">
      <Heading level={3} id={titelId} className="wb-card__title wb-programma__titel">
        <span className="wb-programma__code">{programma.code}</span> {programma.naam}
      </Heading>
      {programma.beleidsdoelen.length === 0 ? (
        <Paragraph className="wb-muted">{t('begroting.geenBeleidsdoelen')}</Paragraph>
      ) : (
        <ul className="wb-beleidsdoelen">
          {programma.beleidsdoelen.map((b) => (
            <li key={b.id} className="wb-beleidsdoelen__item">
              <span className="wb-beleidsdoelen__naam">{b.naam}</span>
              {b.omschrijving && (
                <span className="wb-beleidsdoelen__omschrijving wb-pre-line">{b.omschrijving}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {magToevoegen && (
        <Disclosure
          label={
            <>
              {t('begroting.beleidsdoel.toevoegen')}
              <span className="wb-visually-hidden"> {t('begroting.aanProgramma', { programma: naam })}</span>
            </>
          }
          open={open}
          onToggle={setOpen}
        >
          <BeleidsdoelForm
            programma={programma}
            onAdded={(bijgewerkt, beleidsdoel) => {
              onChanged(bijgewerkt);
              notify(t('begroting.beleidsdoel.toegevoegd', { beleidsdoel, programma: naam }));
            }}
          />
        </Disclosure>
      )}
    </article>
  );
}

/** The programme budget of one year: programmes with their policy goals, which result goals serve. */
export function BegrotingPage() {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const huidig = new Date().getFullYear();
  const jaar = Number(params.get('begrotingsjaar')) || huidig;
  const jaren = [...new Set([huidig - 2, huidig - 1, huidig, huidig + 1, huidig + 2, jaar])].sort(
    (a, b) => a - b,
  );
  const programmas = useResource(`bp:${jaar}`, () => listBegrotingsprogrammas(jaar));
  const lijst = programmas.data?.resultaten ?? [];
  const magProgramma = mag('POST /begrotingsprogrammas');
  const magBeleidsdoel = mag('POST /begrotingsprogrammas/{begrotingsprogrammaId}/beleidsdoelen');

  return (
    <>
      <PageHeading title={t('begroting.titel', { jaar })} />
      <Paragraph>{t('begroting.intro')}</Paragraph>
      <div className="wb-cap-keuzes">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="begroting-jaar">
            {t('begroting.jaar')}
          </label>
          <select
            id="begroting-jaar"
            className="utrecht-select utrecht-select--html-select"
            value={jaar}
            onChange={(event) => setParams({ begrotingsjaar: event.target.value }, { replace: true })}
          >
            {jaren.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </div>
      </div>

      <Section title={t('begroting.programmas', { jaar })}>
        {programmas.error && <LoadError error={programmas.error} onRetry={programmas.reload} />}
        {!programmas.data && !programmas.error && <Loading />}
        {programmas.data && lijst.length === 0 && (
          <div data-testid="begroting-leeg">
            <Paragraph>{t('begroting.leeg', { jaar })}</Paragraph>
            <Paragraph>{magProgramma ? t('begroting.leeg.toevoegen') : t('begroting.leeg.wie')}</Paragraph>
          </div>
        )}
        {lijst.map((p) => (
          <Programma
            key={p.id}
            programma={p}
            magToevoegen={magBeleidsdoel}
            onChanged={(bijgewerkt) =>
              programmas.setData({ resultaten: lijst.map((x) => (x.id === bijgewerkt.id ? bijgewerkt : x)) })
            }
          />
        ))}
        {lijst.length > 0 && <ExportLinks href={(formaat) => begrotingsprogrammasDownload(jaar, formaat)} />}
      </Section>

      {magProgramma && (
        <Section title={t('begroting.programma.nieuw')}>
          <ProgrammaForm
            key={jaar}
            begrotingsjaar={jaar}
            onCreated={(programma) => {
              notify(
                t('begroting.programma.toegevoegd', {
                  programma: `${programma.code} ${programma.naam}`,
                  jaar: programma.begrotingsjaar,
                }),
              );
              if (programma.begrotingsjaar !== jaar) {
                setParams({ begrotingsjaar: String(programma.begrotingsjaar) }, { replace: true });
              } else {
                programmas.reload();
              }
            }}
          />
        </Section>
      )}
    </>
  );
}

import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useMag } from '../../access/sessie';
import { programmasDownload } from '../../api/export';
import { createProgramma, listProgrammas, updateProgramma } from '../../api/wendbaar';
import type { Programma } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { Disclosure } from '../../components/Disclosure';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ExportLinks } from '../../components/ExportLinks';
import { TextareaField, TextField } from '../../components/FormFields';
import { FormKnoppen } from '../../components/FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../../components/MedewerkerKiezer';
import { MedewerkerLink } from '../../components/MedewerkerLink';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useForm } from '../../components/useForm';
import { useResource } from '../../components/useResource';
import { Gegevens, Tekst } from '../../components/wendbaar/Gegevens';
import { useI18n } from '../../i18n/i18n';

/** Add a programma (without `programma`) or change one (PATCH with If-Match). */
function ProgrammaForm({
  programma,
  onSaved,
  onCancel,
  onReload,
}: {
  programma?: Programma;
  onSaved(programma: Programma): void;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const mag = useMag();
  const [naam, setNaam] = useState(programma?.naam ?? '');
  const [omschrijving, setOmschrijving] = useState(programma?.omschrijving ?? '');
  const [regisseur, setRegisseur] = useState<GekozenMedewerker | null>(
    programma?.programmaregisseur
      ? { id: programma.programmaregisseur.medewerkerId, naam: programma.programmaregisseur.naam }
      : null,
  );
  const form = useForm(programma ? `programma-${programma.id}` : 'programma-nieuw', {
    naam: t('wb.prog.naam'),
    omschrijving: t('wb.prog.omschrijving'),
    programmaregisseurMedewerkerId: t('wb.opgave.programmaregisseur'),
  });
  const submit = form.handleSubmit(async () => {
    const invoer = {
      naam: naam.trim(),
      omschrijving: omschrijving.trim() || null,
      programmaregisseurMedewerkerId: regisseur?.id ?? null,
    };
    const saved = programma
      ? await updateProgramma(programma.id, programma.versie, invoer)
      : await createProgramma(invoer);
    if (!programma) {
      setNaam('');
      setOmschrijving('');
      setRegisseur(null);
    }
    onSaved(saved);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        rows={2}
        optional
      />
      {mag('GET /medewerkers') && (
        <MedewerkerKiezer
          form={form}
          name="programmaregisseurMedewerkerId"
          value={regisseur}
          onChange={setRegisseur}
          optional
        />
      )}
      <FormKnoppen
        label={programma ? t('actie.wijzigingenOpslaan') : t('wb.prog.toevoegen')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}

function ProgrammaKaart({
  programma,
  magWijzigen,
  onSaved,
  onReload,
}: {
  programma: Programma;
  magWijzigen: boolean;
  onSaved(programma: Programma): void;
  onReload(): void;
}) {
  const { t, formatNumber } = useI18n();
  const titelId = useId();
  const [open, setOpen] = useState(false);
  const r = programma.programmaregisseur;
  return (
    <article className="wb-card" aria-labelledby={titelId} data-testid="programma">
      <Heading level={3} id={titelId} className="wb-card__title">
        {programma.naam}
      </Heading>
      <Gegevens
        items={[
          { label: t('wb.prog.omschrijving'), waarde: <Tekst waarde={programma.omschrijving} /> },
          {
            label: t('wb.opgave.programmaregisseur'),
            waarde: r && <MedewerkerLink id={r.medewerkerId} naam={r.naam} />,
          },
          {
            label: t('wb.prog.dossiers'),
            waarde: (
              <AppLink to={`/wendbaar/opgaven?programmaId=${encodeURIComponent(programma.id)}`}>
                {t('wb.prog.aantallen', {
                  opgaven: formatNumber(programma.aantalOpgaven),
                  opdrachten: formatNumber(programma.aantalBestuursopdrachten),
                })}
              </AppLink>
            ),
          },
        ]}
      />
      {magWijzigen && (
        <Disclosure
          label={
            <>
              {t('actie.wijzigen')}
              <span className="wb-visually-hidden"> {programma.naam}</span>
            </>
          }
          open={open}
          onToggle={setOpen}
        >
          <ProgrammaForm
            programma={programma}
            onReload={onReload}
            onCancel={() => setOpen(false)}
            onSaved={(p) => {
              setOpen(false);
              onSaved(p);
            }}
          />
        </Disclosure>
      )}
    </article>
  );
}

/** The programma's of the agile side with their programmaregisseur, a form to add one (directeur). */
export function ProgrammasPage() {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const { data, error, reload, setData } = useResource('wb-programmas', listProgrammas);
  const lijst = data?.resultaten ?? [];
  return (
    <>
      <PageHeading title={t('wb.prog.titel')} />
      <Paragraph>{t('wb.prog.intro')}</Paragraph>
      <Section title={t('wb.prog.lijst', { aantal: lijst.length })}>
        {error && <LoadError error={error} onRetry={reload} />}
        {!data && !error && <Loading />}
        {data && lijst.length === 0 && <Paragraph>{t('wb.prog.geen')}</Paragraph>}
        {lijst.length > 0 && <ExportLinks href={programmasDownload} />}
        {lijst.map((p) => (
          <ProgrammaKaart
            key={p.id}
            programma={p}
            magWijzigen={mag('PATCH /programmas/{programmaId}')}
            onReload={reload}
            onSaved={(saved) => {
              setData({ resultaten: lijst.map((x) => (x.id === saved.id ? saved : x)) });
              notify(t('wb.prog.opgeslagen', { naam: saved.naam }));
            }}
          />
        ))}
      </Section>
      {mag('POST /programmas') && (
        <Section title={t('wb.prog.nieuw')}>
          <ProgrammaForm
            onSaved={(p) => {
              notify(t('wb.prog.toegevoegd', { naam: p.naam }));
              reload();
            }}
          />
        </Section>
      )}
    </>
  );
}

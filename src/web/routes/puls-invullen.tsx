import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { beantwoordPulsRonde, getPulsRonde, listMijnPulsRondes } from '../api/puls';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextareaField } from '../components/FormFields';
import { FormKnoppen } from '../components/FormKnoppen';
import { RadioGroupField } from '../components/KeuzeVelden';
import { PageHeading } from '../components/PageHeading';
import { useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

const SCHAAL = ['1', '2', '3', '4', '5'] as const;

/**
 * Answering a round: one radio group (fieldset with legend, arrow keys) per question, the optional
 * open question, and one send. After sending, only the thanks: the answer itself is never shown back.
 */
export function PulsInvullenPage() {
  const { rondeId = '' } = useParams();
  const { t } = useI18n();
  const ronde = useResource(`puls-ronde:${rondeId}`, () => getPulsRonde(rondeId));
  const mijn = useResource('mijn-puls-rondes', listMijnPulsRondes);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [openAntwoord, setOpenAntwoord] = useState('');
  const [verstuurd, setVerstuurd] = useState(false);
  const r = ronde.data;
  const labels: Record<string, string> = {};
  for (const v of r?.vragen ?? []) labels[`scores.${v.code}`] = v.tekst;
  if (r?.openVraag) labels.openAntwoord = r.openVraag;
  const form = useForm('puls-invullen', labels);
  const eigen = mijn.data?.resultaten.find((x) => x.id === rondeId);
  return (
    <>
      <PageHeading title={r?.titel ?? t('puls.titel')} preHeading={t('puls.titel')} />
      {ronde.error ? (
        <LoadError error={ronde.error} onRetry={ronde.reload} />
      ) : !r || !mijn.data ? (
        <Loading />
      ) : verstuurd ? (
        <Alert type="ok">
          <Paragraph>{t('puls.bedankt')}</Paragraph>
          <Paragraph>
            <AppLink to="/">{t('home.titel')}</AppLink>
          </Paragraph>
        </Alert>
      ) : r.status !== 'open' ? (
        <Alert type="info">
          <Paragraph>{t('puls.nietOpen')}</Paragraph>
        </Alert>
      ) : eigen?.beantwoord ? (
        <Alert type="info">
          <Paragraph>{t('puls.alIngevuld')}</Paragraph>
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.handleSubmit(async () => {
            await beantwoordPulsRonde(rondeId, {
              scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])),
              openAntwoord: openAntwoord.trim() || null,
            });
            setVerstuurd(true);
          })}
        >
          <p>{t('puls.invullenUitleg')}</p>
          <ErrorSummary form={form} />
          {r.vragen.map((v) => (
            <RadioGroupField
              key={v.code}
              form={form}
              name={`scores.${v.code}`}
              value={scores[v.code] ?? ''}
              onChange={(w) => setScores({ ...scores, [v.code]: w })}
              keuzes={SCHAAL.map((s) => ({ value: s, label: `${s} – ${t(`puls.schaal.${s}`)}` }))}
            />
          ))}
          {r.openVraag && (
            <TextareaField
              form={form}
              name="openAntwoord"
              optional
              value={openAntwoord}
              onChange={setOpenAntwoord}
            />
          )}
          <FormKnoppen label={t('puls.versturen')} busy={form.busy} />
        </form>
      )}
    </>
  );
}

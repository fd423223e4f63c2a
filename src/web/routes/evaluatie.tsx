import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { type Evaluatie, getEvaluatie, stelEvaluatieVast } from '../api/evaluatie';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { EvaluatieActies } from '../components/evaluatie/EvaluatieActies';
import { EvaluatieForm } from '../components/evaluatie/EvaluatieForm';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { toProblemError, useResource } from '../components/useResource';
import { useI18n, useT } from '../i18n/i18n';

/**
 * One evaluation. A concept is edited as one document and vastgesteld after a confirmation; a
 * vastgestelde evaluation is read as it was, and only its follow-up actions' progress moves on.
 */
export function EvaluatiePage() {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const { evaluatieId = '' } = useParams();
  const res = useResource(`evaluatie-${evaluatieId}`, () => getEvaluatie(evaluatieId));
  const [bevestigen, setBevestigen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const e = res.data;
  const wijzigen = e.mag.wijzigen && mag('PATCH /evaluaties/{evaluatieId}');
  const vaststellen = e.mag.vaststellen && mag('POST /evaluaties/{evaluatieId}/vaststellingen');
  const stelVast = async () => {
    setBezig(true);
    setFout(null);
    try {
      res.setData(await stelEvaluatieVast(e.id, e.versie));
      notify(t('evaluatie.vastgesteldMelding'));
    } catch (err) {
      const p = toProblemError(err);
      setFout([p.detail ?? p.title, ...p.invalidParams.map((x) => x.reason)].join(' '));
    } finally {
      setBezig(false);
      setBevestigen(false);
    }
  };
  return (
    <>
      <p>
        <AppLink to="/verandering/evaluaties">{t('evaluatie.terug')}</AppLink>
      </p>
      <PageHeading title={e.titel} />
      <p>
        <EvaluatieOnderwerp onderwerp={e.onderwerp} /> · <DateText value={e.datum} /> ·{' '}
        <Badge tone={e.status === 'vastgesteld' ? 'safe' : 'neutral'}>
          {t(`evaluatie.status.${e.status}`)}
        </Badge>
      </p>
      {e.vastgesteld && (
        <Paragraph>
          {t('evaluatie.vastgesteldOp', {
            datum: formatDate(e.vastgesteld.op.slice(0, 10)),
            door: e.vastgesteld.door ?? '',
          })}
        </Paragraph>
      )}
      {fout && (
        <p role="alert" className="wb-inline-error">
          {fout}
        </p>
      )}
      <Section title={t('evaluatie.inhoud')}>
        {wijzigen ? (
          // Keyed by version: after a save the form starts from what the server stored.
          <EvaluatieForm
            key={e.versie}
            evaluatie={e}
            onReload={res.reload}
            onOpgeslagen={(nieuw) => {
              res.setData(nieuw);
              notify(t('evaluatie.opgeslagen'));
            }}
          />
        ) : (
          <EvaluatieLezen evaluatie={e} />
        )}
        {vaststellen && (
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={() => setBevestigen(true)}>
              {t('evaluatie.vaststellen')}
            </Button>
          </ButtonGroup>
        )}
        <ConfirmDialog
          open={bevestigen}
          title={t('evaluatie.vaststellen')}
          confirmLabel={t('evaluatie.vaststellenJa')}
          busy={bezig}
          onConfirm={stelVast}
          onCancel={() => setBevestigen(false)}
        >
          {t('evaluatie.vaststellenVraag')}
        </ConfirmDialog>
      </Section>
      <Section title={t('evaluatie.acties')}>
        <EvaluatieActies
          evaluatie={e}
          toevoegen={e.mag.actieToevoegen && mag('POST /evaluaties/{evaluatieId}/acties')}
          onGewijzigd={res.reload}
        />
      </Section>
    </>
  );
}

/**
 * What the evaluation is about, by name, linking to it for whoever may read it there: an opgave to
 * its page, a phase or theme to the programme. A phase's name already says "Fase n", the organisation
 * has no page.
 */
export function EvaluatieOnderwerp({ onderwerp: o }: { onderwerp: Evaluatie['onderwerp'] }) {
  const t = useT();
  const mag = useMag();
  const naar =
    o.id === null
      ? null
      : o.soort === 'opgave'
        ? mag('GET /opgaven/{opgaveId}')
          ? `/wendbaar/opgaven/${encodeURIComponent(o.id)}`
          : null
        : mag('GET /veranderprogramma')
          ? o.soort === 'thema'
            ? `/verandering/programma#thema-${encodeURIComponent(o.id)}`
            : '/verandering/programma'
          : null;
  const naam = naar ? <AppLink to={naar}>{o.naam}</AppLink> : o.naam;
  return (
    <span data-testid="evaluatie-onderwerp">
      {o.soort === 'thema' || o.soort === 'opgave' ? (
        <>
          {t(`evaluatie.soort.${o.soort}`)}: {naam}
        </>
      ) : (
        naam
      )}
    </span>
  );
}

function EvaluatieLezen({ evaluatie: e }: { evaluatie: Evaluatie }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('evaluatie.veld.samenvatting')}</h3>
      <p className="wb-pre-line">{e.samenvatting}</p>
      <h3>{t('evaluatie.vragen')}</h3>
      {e.vragen.length === 0 ? (
        <Paragraph>{t('evaluatie.geenVragen')}</Paragraph>
      ) : (
        <dl>
          {e.vragen.map((v) => (
            <div key={v.id}>
              <dt>{v.vraag}</dt>
              <dd className="wb-pre-line">{v.antwoord}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('evaluatie.bevindingen')}</h3>
      {e.bevindingen.length === 0 ? (
        <Paragraph>{t('evaluatie.geenBevindingen')}</Paragraph>
      ) : (
        <ul>
          {e.bevindingen.map((b) => (
            <li key={b.id}>
              <strong>{t(`evaluatie.bevinding.${b.soort}`)}:</strong>{' '}
              <span className="wb-pre-line">{b.tekst}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

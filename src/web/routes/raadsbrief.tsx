import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import {
  getRaadsbrief,
  type RaadsbriefDetail,
  stelRaadsbriefVast,
  vernieuwMomentopname,
  verzendRaadsbrief,
} from '../api/raadsbrief';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LoadError, Loading } from '../components/DataState';
import { PageHeading } from '../components/PageHeading';
import { RaadsbriefForm } from '../components/raadsbrief/RaadsbriefForm';
import { RaadsbriefVoorbeeld } from '../components/raadsbrief/RaadsbriefVoorbeeld';
import { Section } from '../components/Section';
import { toProblemError, useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

type Stap = 'vaststellen' | 'verzenden';

/**
 * One raadsbrief. A concept's sections are edited and its snapshot refreshed by the directie; the
 * college approves after a confirmation; sending is recorded after another. The generated parts
 * are previewed as the letter will cite them, and the letter downloads as DOCX and PDF.
 */
export function RaadsbriefPage() {
  const { t, locale, formatDate } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const { raadsbriefId = '' } = useParams();
  const res = useResource(`raadsbrief-${raadsbriefId}`, () => getRaadsbrief(raadsbriefId));
  const [bevestigen, setBevestigen] = useState<Stap | null>(null);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const b = res.data;
  const wijzigen = b.mag.wijzigen && mag('PATCH /raadsbrieven/{raadsbriefId}');
  const vernieuwen = b.mag.momentopnameVernieuwen && mag('POST /raadsbrieven/{raadsbriefId}/momentopnamen');
  const vaststellen = b.mag.vaststellen && mag('POST /raadsbrieven/{raadsbriefId}/vaststellingen');
  const verzenden = b.mag.verzenden && mag('POST /raadsbrieven/{raadsbriefId}/verzendingen');

  const doe = async (actie: () => Promise<RaadsbriefDetail>, melding: string) => {
    setBezig(true);
    setFout(null);
    try {
      res.setData(await actie());
      notify(melding);
    } catch (err) {
      const p = toProblemError(err);
      setFout([p.detail ?? p.title, ...p.invalidParams.map((x) => x.reason)].join(' '));
    } finally {
      setBezig(false);
      setBevestigen(null);
    }
  };
  // In Dutch time, as the letter cites it ('1 december 2026, 10:30'): the UTC date may be a day off.
  const tijdstip = (iso: string) => {
    const t = new Date(iso);
    const deel = (o: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...o, timeZone: 'Europe/Amsterdam' }).format(t);
    return `${deel({ day: 'numeric', month: 'long', year: 'numeric' })}, ${deel({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
  };

  return (
    <>
      <p>
        <AppLink to="/raadsbrieven">{t('rb.terug')}</AppLink>
      </p>
      <PageHeading title={b.onderwerp} />
      <p>
        {b.documentnummer} ·{' '}
        <Badge tone={b.status === 'concept' ? 'neutral' : 'safe'}>{t(`rb.status.${b.status}`)}</Badge>
      </p>
      {b.vastgesteld && (
        <Paragraph>
          {t('rb.vastgesteldOp', { datum: formatDate(b.vastgesteld.op), door: b.vastgesteld.door })}
        </Paragraph>
      )}
      {b.verzonden && (
        <Paragraph>
          {t('rb.verzondenOp', { datum: formatDate(b.verzonden.op), door: b.verzonden.door })}
        </Paragraph>
      )}
      {fout && (
        <p role="alert" className="wb-inline-error">
          {fout}
        </p>
      )}

      <Section title={t('rb.secties')}>
        {wijzigen ? (
          // Keyed by version: after a save the form starts from what the server stored.
          <RaadsbriefForm
            key={b.versie}
            brief={b}
            onReload={res.reload}
            onOpgeslagen={(nieuw) => {
              res.setData(nieuw);
              notify(t('rb.opgeslagen'));
            }}
          />
        ) : (
          <dl>
            {(
              [
                'aanleiding',
                'kernboodschap',
                'toelichting',
                'vervolg',
                'bijlagen',
                'portefeuillehouder',
              ] as const
            )
              .filter((s) => b[s])
              .map((s) => (
                <div key={s}>
                  <dt>{t(`rb.veld.${s}`)}</dt>
                  <dd className="wb-pre-line">{b[s]}</dd>
                </div>
              ))}
            {b.datum && (
              <div>
                <dt>{t('rb.veld.datum')}</dt>
                <dd>{formatDate(b.datum)}</dd>
              </div>
            )}
          </dl>
        )}
      </Section>

      <Section title={t('rb.voorbeeld')}>
        <p data-testid="rb-momentopname">
          {b.momentopname
            ? t('rb.momentopname.regel', {
                nummer: b.momentopname.nummer,
                tijdstip: tijdstip(b.momentopname.genomenOp),
                hash: b.momentopname.sha256.slice(0, 12),
              })
            : t('rb.momentopname.geen')}
        </p>
        {b.inhoud && <RaadsbriefVoorbeeld inhoud={b.inhoud} />}
        {vernieuwen && (
          <ButtonGroup>
            <Button
              appearance="secondary-action-button"
              busy={bezig}
              onClick={() => doe(() => vernieuwMomentopname(b.id, b.versie), t('rb.vernieuwd'))}
            >
              {t('rb.vernieuwen')}
            </Button>
          </ButtonGroup>
        )}
      </Section>

      {(vaststellen || verzenden) && (
        <Section title={t('rb.stappen')}>
          <ButtonGroup>
            {vaststellen && (
              <Button appearance="primary-action-button" onClick={() => setBevestigen('vaststellen')}>
                {t('rb.vaststellen')}
              </Button>
            )}
            {verzenden && (
              <Button appearance="primary-action-button" onClick={() => setBevestigen('verzenden')}>
                {t('rb.verzenden')}
              </Button>
            )}
          </ButtonGroup>
        </Section>
      )}
      <ConfirmDialog
        open={bevestigen !== null}
        title={bevestigen === 'verzenden' ? t('rb.verzenden') : t('rb.vaststellen')}
        confirmLabel={bevestigen === 'verzenden' ? t('rb.verzendenJa') : t('rb.vaststellenJa')}
        busy={bezig}
        onConfirm={() =>
          bevestigen === 'verzenden'
            ? doe(() => verzendRaadsbrief(b.id, b.versie), t('rb.verzondenMelding'))
            : doe(() => stelRaadsbriefVast(b.id, b.versie), t('rb.vastgesteldMelding'))
        }
        onCancel={() => setBevestigen(null)}
      >
        {bevestigen === 'verzenden' ? t('rb.verzendenVraag') : t('rb.vaststellenVraag')}
      </ConfirmDialog>

      {b.mag.downloaden && (
        <Section title={t('rb.downloads')}>
          <p>
            <a className="utrecht-link" href={b._links.docx.href} download>
              {t('rb.download.docx')}
              <span className="wb-visually-hidden">
                {' '}
                {t('rb.download.van', { nummer: b.documentnummer })}
              </span>
            </a>{' '}
            ·{' '}
            <a className="utrecht-link" href={b._links.pdf.href} download>
              {t('rb.download.pdf')}
              <span className="wb-visually-hidden">
                {' '}
                {t('rb.download.van', { nummer: b.documentnummer })}
              </span>
            </a>
          </p>
          {b.documenten.map((d) => (
            <p key={d.formaat}>
              {d.formaat.toUpperCase()}: {t('rb.download.zoalsVerzonden', { hash: d.sha256.slice(0, 12) })}
            </p>
          ))}
        </Section>
      )}
    </>
  );
}

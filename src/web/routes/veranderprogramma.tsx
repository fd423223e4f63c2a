import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { vandaag } from '../../domain/datum';
import { useMag } from '../access/sessie';
import {
  getVeranderprogramma,
  updateVeranderActie,
  type VeranderFase,
  type VeranderThema,
} from '../api/veranderprogramma';
import { Badge, type BadgeTone } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { ActieForm, FaseForm, LidForm, ThemaForm } from '../components/programma/ProgrammaForms';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

const TOON: Record<VeranderThema['stand'], BadgeTone> = {
  'op-schema': 'safe',
  achter: 'warning',
  gereed: 'neutral',
  gepauzeerd: 'inactive',
};

/**
 * The veranderprogramma: the phases as a timeline, per theme where it stands (trekker, team,
 * actions open/done/overdue, the next milestone), then each theme with its transitieteam and its
 * actions and milestones. Overdue is said in words, never by colour alone. Forms for those who may
 * (the server's `mag` and the route).
 */
export function VeranderprogrammaPage() {
  const { t } = useI18n();
  const mag = useMag();
  const res = useResource('veranderprogramma', () => getVeranderprogramma());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const p = res.data;
  return (
    <>
      <PageHeading title={t('programma.titel')} />
      <Paragraph>{t('programma.uitleg')}</Paragraph>
      <Section title={t('programma.fases')}>
        <Fases fases={p.fases} />
        {p.mag.beheren && mag('POST /verander-fases') && <FaseForm onOpgeslagen={res.reload} />}
      </Section>
      <Section title={t('programma.themas')}>
        <Overzicht themas={p.themas} />
      </Section>
      {p.themas.map((thema) => (
        <Thema key={thema.id} thema={thema} onGewijzigd={res.reload} />
      ))}
      {p.mag.beheren && mag('POST /verander-themas') && (
        <Section title={t('programma.thema.nieuw')}>
          <ThemaForm fases={p.fases} onOpgeslagen={res.reload} />
        </Section>
      )}
    </>
  );
}

function Fases({ fases }: { fases: VeranderFase[] }) {
  const { t, formatDate } = useI18n();
  if (fases.length === 0) return <Paragraph>{t('programma.geenFases')}</Paragraph>;
  return (
    <ol className="wb-fasen" data-testid="programma-fasen">
      {fases.map((f) => (
        <li key={f.id} aria-current={f.status === 'lopend' ? 'step' : undefined}>
          <strong>{t('programma.fase.kop', { nummer: f.volgnummer, naam: f.naam })}</strong>{' '}
          <Badge tone={f.status === 'lopend' ? 'active' : f.status === 'afgerond' ? 'neutral' : 'inactive'}>
            {t(`programma.fase.status.${f.status}`)}
          </Badge>
          {(f.van || f.tot) && (
            <>
              {' '}
              ({formatDate(f.van)} – {formatDate(f.tot)})
            </>
          )}
          {f.doel && <div>{f.doel}</div>}
        </li>
      ))}
    </ol>
  );
}

function Overzicht({ themas }: { themas: VeranderThema[] }) {
  const { t, formatNumber } = useI18n();
  if (themas.length === 0) return <Paragraph>{t('programma.geenThemas')}</Paragraph>;
  return (
    <Tabel caption={t('programma.themas')} testId="programma-themas">
      <thead>
        <tr>
          <th scope="col">{t('programma.kolom.thema')}</th>
          <th scope="col">{t('programma.kolom.fase')}</th>
          <th scope="col">{t('programma.kolom.trekker')}</th>
          <th scope="col">{t('programma.kolom.team')}</th>
          <th scope="col">{t('programma.kolom.stand')}</th>
          <th scope="col">{t('programma.kolom.acties')}</th>
          <th scope="col">{t('programma.kolom.mijlpaal')}</th>
        </tr>
      </thead>
      <tbody>
        {themas.map((x) => (
          <tr key={x.id}>
            <th scope="row">
              <a href={`#thema-${x.id}`}>{x.naam}</a>
            </th>
            <td>{x.fase ? x.fase.volgnummer : ''}</td>
            <td>{x.trekker?.naam ?? t('programma.geenTrekker')}</td>
            <td>
              {t('programma.team.omvang', {
                aantal: x.team.aantalLeden,
                uren: formatNumber(x.team.urenPerWeek),
              })}
            </td>
            <td>
              <Badge tone={TOON[x.stand]}>{t(`programma.stand.${x.stand}`)}</Badge>
            </td>
            <td>
              {x.telling.open} / {x.telling.gereed} / {x.telling.verlopen}
            </td>
            <td>
              {x.volgendeMijlpaal ? (
                <>
                  {x.volgendeMijlpaal.titel}, <DateText value={x.volgendeMijlpaal.datum} />
                  {x.volgendeMijlpaal.verlopen && <strong> ({t('programma.verlopen')})</strong>}
                </>
              ) : (
                t('programma.geenMijlpaal')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

function Thema({ thema: x, onGewijzigd }: { thema: VeranderThema; onGewijzigd(): void }) {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const beheren = x.mag.beheren && mag('POST /verander-themas/{themaId}/acties');
  return (
    <Section title={x.naam} anchorId={`thema-${x.id}`}>
      <Paragraph>
        <Badge tone={TOON[x.stand]}>{t(`programma.stand.${x.stand}`)}</Badge>{' '}
        {x.trekker ? t('programma.thema.trekker', { naam: x.trekker.naam }) : t('programma.geenTrekker')}
      </Paragraph>
      {x.omschrijving && <Paragraph>{x.omschrijving}</Paragraph>}
      <h3>{t('programma.thema.leden')}</h3>
      {x.leden === null ? (
        <Paragraph>
          {t('programma.thema.ledenVerborgen', {
            aantal: x.team.aantalLeden,
            uren: formatNumber(x.team.urenPerWeek),
          })}
        </Paragraph>
      ) : x.leden.length === 0 ? (
        <Paragraph>{t('programma.thema.geenLeden')}</Paragraph>
      ) : (
        <ul>
          {x.leden.map((l) => (
            <li key={l.id}>
              {t('programma.lid.regel', {
                naam: l.medewerker.naam,
                rol: l.rol,
                uren: formatNumber(l.urenPerWeek),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('programma.thema.acties')}</h3>
      <Acties thema={x} schrijven={beheren} onGewijzigd={onGewijzigd} />
      {beheren && <ActieForm themaId={x.id} themaNaam={x.naam} onOpgeslagen={onGewijzigd} />}
      {beheren && <LidForm themaId={x.id} themaNaam={x.naam} onOpgeslagen={onGewijzigd} />}
    </Section>
  );
}

function Acties({
  thema: x,
  schrijven,
  onGewijzigd,
}: {
  thema: VeranderThema;
  schrijven: boolean;
  onGewijzigd(): void;
}) {
  const { t, formatDate } = useI18n();
  const [bezig, setBezig] = useState<string | null>(null);
  const stand = useForm(`vp-stand-${x.id}`, {});
  if (x.acties.length === 0) return <Paragraph>{t('programma.thema.geenActies')}</Paragraph>;
  return (
    <>
      <ErrorSummary form={stand} onReload={onGewijzigd} />
      <Tabel caption={`${t('programma.thema.acties')}: ${x.naam}`} testId={`programma-acties-${x.id}`}>
        <thead>
          <tr>
            <th scope="col">{t('programma.actie.titel')}</th>
            <th scope="col">{t('programma.actie.soort')}</th>
            <th scope="col">{t('programma.actie.eigenaar')}</th>
            <th scope="col">{t('programma.actie.datum')}</th>
            <th scope="col">{t('programma.actie.status')}</th>
          </tr>
        </thead>
        <tbody>
          {x.acties.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.titel}</th>
              <td>{t(`programma.actie.soort.${a.soort}`)}</td>
              <td>{a.eigenaar?.naam ?? ''}</td>
              <td>{a.datum && <DateText value={a.datum} />}</td>
              <td>
                {a.status === 'gereed' ? (
                  t('programma.actie.gereed', { datum: formatDate(a.gereedOp) })
                ) : a.verlopen ? (
                  <strong>{t('programma.actie.verlopen')}</strong>
                ) : (
                  t('programma.actie.open')
                )}
                {schrijven && (
                  <>
                    {' '}
                    <Button
                      appearance="secondary-action-button"
                      busy={bezig === a.id}
                      onClick={stand.handleSubmit(async () => {
                        setBezig(a.id);
                        try {
                          await updateVeranderActie(x.id, a.id, a.versie, {
                            status: a.status === 'gereed' ? 'open' : 'gereed',
                            ...(a.status === 'open' && { gereedOp: vandaag() }),
                          });
                          onGewijzigd();
                        } finally {
                          setBezig(null);
                        }
                      })}
                    >
                      {a.status === 'gereed'
                        ? t('programma.actie.heropenen')
                        : t('programma.actie.gereedMelden')}
                      <span className="wb-visually-hidden">: {a.titel}</span>
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Tabel>
    </>
  );
}

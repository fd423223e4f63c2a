import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../access/sessie';
import { getVeranderprogramma, type VeranderThema } from '../api/veranderprogramma';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { PageHeading } from '../components/PageHeading';
import { FASEN_SECTIE, FaseLijst } from '../components/programma/FaseLijst';
import { ThemaForm } from '../components/programma/ThemaForm';
import { STAND_TOON, THEMAS_SECTIE, ThemaSectie } from '../components/programma/ThemaSectie';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/**
 * The veranderprogramma: the phases as a timeline, per theme where it stands (trekker, team,
 * actions open/done/overdue, the next milestone), then each theme with its transitieteam and its
 * actions and milestones. Overdue is said in words, never by colour alone. Changing, removing and
 * adding for those who may (the server's `mag` and the route); the forms are in
 * components/programma, one file per thing.
 */
export function VeranderprogrammaPage() {
  const { t } = useI18n();
  const mag = useMag();
  const [nieuwThema, setNieuwThema] = useState(false);
  const res = useResource('veranderprogramma', () => getVeranderprogramma());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const p = res.data;
  const beheren = p.mag.beheren && mag('POST /verander-themas');
  return (
    <>
      <PageHeading title={t('programma.titel')} />
      <Paragraph>{t('programma.uitleg')}</Paragraph>
      <Section title={t('programma.fases')} anchorId={FASEN_SECTIE}>
        <FaseLijst
          fases={p.fases}
          aanmaken={p.mag.beheren && mag('POST /verander-fases')}
          onGewijzigd={res.reload}
        />
      </Section>
      <Section title={t('programma.themas')} anchorId={THEMAS_SECTIE}>
        <Overzicht themas={p.themas} />
        {beheren && (
          <Disclosure label={t('programma.thema.nieuw')} open={nieuwThema} onToggle={setNieuwThema}>
            <ThemaForm fases={p.fases} onOpgeslagen={res.reload} />
          </Disclosure>
        )}
      </Section>
      {p.themas.map((thema) => (
        <ThemaSectie key={thema.id} thema={thema} fases={p.fases} onGewijzigd={res.reload} />
      ))}
    </>
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
              <Badge tone={STAND_TOON[x.stand]}>{t(`programma.stand.${x.stand}`)}</Badge>
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

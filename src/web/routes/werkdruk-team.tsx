import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import { teamWerkdrukDownload } from '../api/export';
import { getTeamWerkdruk, type WerkdrukDeel } from '../api/werkdruk';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { WerkdrukCel } from '../components/werkdruk/WerkdrukCel';
import { type I18n, useI18n } from '../i18n/i18n';
import '../components/werkdruk/werkdruk.css';
import { NotFoundContent } from './not-found';
import { maandLabel } from './werkdruk-organisatie';

/** A part's value (or threshold) as the reader takes it in: shares as percentages, absence as a multiple. */
function waardeTekst(i: I18n, deel: WerkdrukDeel['deel'], x: number | null): string {
  if (x === null) return '–';
  if (deel === 'capaciteit' || deel === 'vacatures') return i.formatPercentage(Math.round(x * 100));
  if (deel === 'afwezigheid') return i.t('wd.keerNormaal', { x: i.formatNumber(x, 1) });
  return i.formatNumber(x, 1);
}

/**
 * A team's werkdruk (issue 14, item 6): per month the signal and every part with its value, its
 * thresholds and its colour, so a teamleider sees why the team is amber or red. Latest month first.
 */
export function WerkdrukTeamPage() {
  const { teamId = '' } = useParams();
  const i = useI18n();
  const { t, locale } = i;
  const mag = useMag();
  const w = useResource(`werkdruk:team:${teamId}`, () => getTeamWerkdruk(teamId));
  if (w.error?.isNotFound) return <NotFoundContent />;
  const d = w.data;
  return (
    <>
      <PageHeading title={d ? t('wd.titelTeam', { team: d.naam }) : t('wd.titel')} />
      <p className="wb-capaciteit-links">
        <AppLink to={`/teams/${teamId}`}>{t('wd.naarTeam')}</AppLink>
        {mag('GET /organisatie/werkdruk') && <AppLink to="/mensen/werkdruk">{t('wd.naarHeatmap')}</AppLink>}
      </p>
      {w.error && <LoadError error={w.error} onRetry={w.reload} />}
      {!d && !w.error && <Loading />}
      {d && d.maanden.length > 0 && (
        <ExportLinks href={(formaat) => teamWerkdrukDownload(teamId, {}, formaat)} />
      )}
      {d &&
        [...d.maanden].reverse().map((m) => {
          const verhoogd = m.delen.filter((x) => m.redenen.includes(x.deel));
          return (
            <Section key={m.maand} title={maandLabel(locale, m.maand)} anchorId={`maand-${m.maand}`}>
              <div className="wb-wd-maand" data-testid="werkdruk-maand" data-maand={m.maand}>
                <Paragraph>
                  <WerkdrukCel niveau={m.niveau} />{' '}
                  {verhoogd.length > 0
                    ? t('wd.waarom', {
                        niveau: t(`wd.niveau.${m.niveau}`).toLowerCase(),
                        redenen: verhoogd
                          .map((x) => `${t(`wd.deel.${x.deel}`)} ${waardeTekst(i, x.deel, x.waarde)}`)
                          .join(', '),
                      })
                    : t('wd.nietsVerhoogd')}
                </Paragraph>
                <Tabel caption={`${t('wd.titel')} ${maandLabel(locale, m.maand)}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t('wd.deel')}</th>
                      <th scope="col">{t('wd.waarde')}</th>
                      <th scope="col">{t('wd.drempel')}</th>
                      <th scope="col">{t('wd.signaal')}</th>
                      <th scope="col">{t('wd.toelichting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.delen.map((x) => (
                      <tr key={x.deel} data-deel={x.deel}>
                        <th scope="row">{t(`wd.deel.${x.deel}`)}</th>
                        <td>{waardeTekst(i, x.deel, x.waarde)}</td>
                        <td>
                          {t('wd.drempelTekst', {
                            oranje: waardeTekst(i, x.deel, x.drempel.oranje),
                            rood: waardeTekst(i, x.deel, x.drempel.rood),
                          })}
                        </td>
                        <td>
                          <WerkdrukCel niveau={x.niveau} />
                        </td>
                        <td>{x.toelichting ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </Tabel>
              </div>
            </Section>
          );
        })}
    </>
  );
}

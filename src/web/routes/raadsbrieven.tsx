import { useNavigate } from 'react-router';
import { useMag } from '../access/sessie';
import { listRaadsbrieven } from '../api/raadsbrief';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { PageHeading } from '../components/PageHeading';
import { RaadsbriefForm } from '../components/raadsbrief/RaadsbriefForm';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';

/** The raadsbrieven: every letter with its number, subject, state and date, and a new concept. */
export function RaadsbrievenPage() {
  const t = useT();
  const mag = useMag();
  const navigate = useNavigate();
  const res = useResource('raadsbrieven', () => listRaadsbrieven());
  return (
    <>
      <PageHeading title={t('rb.titel')} />
      <p>{t('rb.uitleg')}</p>
      <Section title={t('rb.titel')}>
        {res.error ? (
          <LoadError error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading />
        ) : res.data.resultaten.length === 0 ? (
          <p>{t('rb.geen')}</p>
        ) : (
          <Tabel caption={t('rb.titel')} testId="raadsbrieven">
            <thead>
              <tr>
                <th scope="col">{t('rb.kolom.nummer')}</th>
                <th scope="col">{t('rb.kolom.onderwerp')}</th>
                <th scope="col">{t('rb.kolom.status')}</th>
                <th scope="col">{t('rb.kolom.datum')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.resultaten.map((b) => (
                <tr key={b.id}>
                  <td>{b.documentnummer}</td>
                  <th scope="row">
                    <AppLink to={`/raadsbrieven/${b.id}`}>{b.onderwerp}</AppLink>
                  </th>
                  <td>{t(`rb.status.${b.status}`)}</td>
                  <td>{b.datum && <DateText value={b.datum} />}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
      </Section>
      {res.data?.mag.aanmaken && mag('POST /raadsbrieven') && (
        <Section title={t('rb.nieuw')}>
          <RaadsbriefForm onOpgeslagen={(b) => navigate(`/raadsbrieven/${b.id}`)} />
        </Section>
      )}
    </>
  );
}

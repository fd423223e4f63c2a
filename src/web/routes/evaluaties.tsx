import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import { listEvaluaties } from '../api/evaluatie';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { NieuweEvaluatieForm } from '../components/evaluatie/NieuweEvaluatieForm';
import { SelectField } from '../components/FormFields';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { useT } from '../i18n/i18n';
import { EvaluatieOnderwerp } from './evaluatie';

const SOORTEN = ['fase', 'thema', 'organisatie', 'opgave'] as const;
type Soort = (typeof SOORTEN)[number];

/**
 * The evaluations of the change programme, the organisation and opgaven, newest first, with how
 * their follow-up actions stand; those who write them start a new one here. A link from an opgave
 * (`?opgave=<id>#nieuwe-evaluatie`) starts the new one as an evaluation of that opgave.
 */
export function EvaluatiesPage() {
  const t = useT();
  const mag = useMag();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [soort, setSoort] = useState<Soort | ''>('');
  const filter = useForm('evaluatie-filter', { onderwerp: t('evaluatie.filter') });
  const res = useResource(`evaluaties-${soort}`, () => listEvaluaties(soort ? { onderwerp: soort } : {}));
  return (
    <>
      <p>
        <AppLink to="/verandering">{t('evaluatie.terugVerandering')}</AppLink>
      </p>
      <PageHeading title={t('evaluatie.titel')} />
      <p>{t('evaluatie.uitleg')}</p>
      <SelectField
        form={filter}
        name="onderwerp"
        value={soort}
        onChange={(w) => setSoort(w as Soort | '')}
        placeholder={t('evaluatie.filter.alle')}
        options={SOORTEN.map((s) => ({ value: s, label: t(`evaluatie.soort.${s}`) }))}
      />
      <Section title={t('evaluatie.titel')}>
        {res.error ? (
          <LoadError error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading />
        ) : res.data.resultaten.length === 0 ? (
          <p>{t('evaluatie.geen')}</p>
        ) : (
          <Tabel caption={t('evaluatie.titel')} testId="evaluaties">
            <thead>
              <tr>
                <th scope="col">{t('evaluatie.kolom.titel')}</th>
                <th scope="col">{t('evaluatie.kolom.onderwerp')}</th>
                <th scope="col">{t('evaluatie.kolom.datum')}</th>
                <th scope="col">{t('evaluatie.kolom.status')}</th>
                <th scope="col">{t('evaluatie.kolom.acties')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.resultaten.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <AppLink to={`/verandering/evaluaties/${e.id}`}>{e.titel}</AppLink>
                  </th>
                  <td>
                    <EvaluatieOnderwerp onderwerp={e.onderwerp} />
                  </td>
                  <td>
                    <DateText value={e.datum} />
                  </td>
                  <td>
                    <Badge tone={e.status === 'vastgesteld' ? 'safe' : 'neutral'}>
                      {t(`evaluatie.status.${e.status}`)}
                    </Badge>
                  </td>
                  <td>
                    {t('evaluatie.acties.telling', { open: e.acties.open, gereed: e.acties.gereed })}
                    {e.acties.verlopen > 0 && (
                      <>
                        {' · '}
                        <strong>
                          {t('evaluatie.acties.verlopenTelling', { aantal: e.acties.verlopen })}
                        </strong>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
      </Section>
      {res.data?.mag.aanmaken && mag('POST /evaluaties') && (
        <Section title={t('evaluatie.nieuw')} anchorId="nieuwe-evaluatie">
          <NieuweEvaluatieForm
            opgaveId={params.get('opgave') ?? undefined}
            onOpgeslagen={(id) => navigate(`/verandering/evaluaties/${id}`)}
          />
        </Section>
      )}
    </>
  );
}

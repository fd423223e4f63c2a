import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { zoek } from '../api/client';
import { zoekresultatenDownload } from '../api/export';
import type { Zoektreffer } from '../api/types';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { useQueryState } from '../components/useQueryState';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

function Treffers({
  treffers,
  href,
  leeg,
}: {
  treffers: Zoektreffer[];
  href(id: string): string;
  leeg: string;
}) {
  if (treffers.length === 0) return <Paragraph className="wb-muted">{leeg}</Paragraph>;
  return (
    <ul className="wb-results">
      {treffers.map((treffer) => (
        <li key={treffer.id} className="wb-results__item">
          <AppLink to={href(treffer.id)} className="wb-results__link">
            {treffer.naam}
          </AppLink>
          {treffer.omschrijving && (
            <span className="wb-results__meta" lang="nl">
              {treffer.omschrijving}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ZoekenPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const query = useQueryState();
  const zoekterm = query.get('zoekterm').trim();
  const [input, setInput] = useState(zoekterm);
  useEffect(() => setInput(zoekterm), [zoekterm]);
  const { data, error, loading, reload } = useResource(zoekterm ? `zoek:${zoekterm}` : null, () =>
    zoek(zoekterm),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const term = input.trim();
    navigate(term ? `/zoeken?zoekterm=${encodeURIComponent(term)}` : '/zoeken');
  };
  const totaal = data ? data.medewerkers.length + data.teams.length + data.expertises.length : 0;

  return (
    <>
      <PageHeading title={zoekterm ? t('zoeken.titelMet', { zoekterm }) : t('zoeken.titel')} />
      <search className="wb-search-page">
        <form onSubmit={submit}>
          <FormField
            type="text"
            label={<FormLabel htmlFor="pagina-zoekterm">{t('zoeken.veld')}</FormLabel>}
            description={<span id="pagina-zoekterm-uitleg">{t('zoeken.uitleg')}</span>}
            input={
              <div className="wb-search-page__row">
                <Textbox
                  id="pagina-zoekterm"
                  type="search"
                  value={input}
                  onChange={(event) => setInput(event.target.value)}
                  aria-describedby="pagina-zoekterm-uitleg"
                />
                <Button type="submit" appearance="primary-action-button">
                  {t('zoeken.knop')}
                </Button>
              </div>
            }
          />
        </form>
      </search>
      <p className="wb-result-count" role="status">
        {zoekterm && data && !loading ? t('zoeken.aantal', { aantal: totaal, zoekterm }) : ''}
      </p>
      {error && <LoadError error={error} onRetry={reload} />}
      {zoekterm && !data && !error && <Loading />}
      {zoekterm && data && totaal > 0 && (
        <ExportLinks href={(formaat) => zoekresultatenDownload(zoekterm, formaat)} />
      )}
      {zoekterm && data && (
        <div className="wb-grid-3">
          <Section title={t('zoeken.medewerkers', { aantal: data.medewerkers.length })}>
            <Treffers
              treffers={data.medewerkers}
              href={(id) => `/medewerkers/${id}`}
              leeg={t('zoeken.geen')}
            />
          </Section>
          <Section title={t('zoeken.teams', { aantal: data.teams.length })}>
            <Treffers treffers={data.teams} href={(id) => `/teams/${id}`} leeg={t('zoeken.geen')} />
          </Section>
          <Section title={t('zoeken.expertises', { aantal: data.expertises.length })}>
            <Paragraph className="wb-muted wb-small">{t('zoeken.expertisesUitleg')}</Paragraph>
            <Treffers
              treffers={data.expertises}
              href={(id) => `/medewerkers?expertiseId=${id}`}
              leeg={t('zoeken.geen')}
            />
          </Section>
        </div>
      )}
    </>
  );
}

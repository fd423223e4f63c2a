import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { portfolioDownload } from '../../api/export';
import { getPortfolio } from '../../api/wendbaar';
import { LoadError, Loading } from '../../components/DataState';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterSelect } from '../../components/FilterFields';
import { FilterForm } from '../../components/FilterForm';
import { KeyFigures } from '../../components/KeyFigures';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { kwartalen } from '../../components/wendbaar/kwartalen';
import { MijlpalenTijdlijn } from '../../components/wendbaar/portfolio/MijlpalenTijdlijn';
import { PortfolioTabel } from '../../components/wendbaar/portfolio/PortfolioTabel';
import { useI18n } from '../../i18n/i18n';

/**
 * The agile portfolio: every opgave and bestuursopdracht with its state, owner and the hours it asks
 * per quarter, the totals, and the milestones on a timeline; the quarters are chosen in the URL.
 */
export function PortfolioPage() {
  const { t, formatNumber } = useI18n();
  const query = useQueryState();
  const jaar = new Date().getFullYear();
  const van = query.get('van', `${jaar}-Q1`);
  const tot = query.get('tot', `${jaar}-Q4`);
  const [vanInput, setVanInput] = useState(van);
  const [totInput, setTotInput] = useState(tot);
  useEffect(() => {
    setVanInput(van);
    setTotInput(tot);
  }, [van, tot]);
  const { data, error, reload } = useResource(`portfolio:${van}:${tot}`, () => getPortfolio(van, tot));
  const opties = [...new Set([...kwartalen(jaar - 2, jaar + 4), van, tot])]
    .sort()
    .map((k) => ({ value: k, label: k }));
  const aantal = (soort: string) => data?.dossiers.filter((d) => d.soort === soort).length ?? 0;

  return (
    <>
      <PageHeading title={t('wb.pf.titel')} />
      <Paragraph>{t('wb.pf.intro')}</Paragraph>
      <FilterForm title={t('wb.pf.periode')} onSubmit={() => query.update({ van: vanInput, tot: totInput })}>
        <FilterSelect
          id="pf-van"
          label={t('wb.pf.van')}
          value={vanInput}
          onChange={setVanInput}
          options={opties}
        />
        <FilterSelect
          id="pf-tot"
          label={t('wb.pf.tot')}
          value={totInput}
          onChange={setTotInput}
          options={opties}
        />
      </FilterForm>
      {error && error.invalidParams.length > 0 ? (
        // A range the server refuses (the end before the start, more than 20 quarters): say why.
        <Alert type="error" role="alert">
          <Paragraph>{error.invalidParams.map((p) => p.reason).join(' ')}</Paragraph>
        </Alert>
      ) : (
        error && <LoadError error={error} onRetry={reload} />
      )}
      {!data && !error && <Loading />}
      {data && (
        <>
          <p className="wb-result-count" role="status">
            {t('wb.pf.getoond', { van, tot })}
          </p>
          <KeyFigures
            figures={[
              { label: t('wb.opgaven.titel'), value: formatNumber(aantal('opgave')) },
              { label: t('wb.bos.titel'), value: formatNumber(aantal('bestuursopdracht')) },
              {
                label: t('wb.pf.urenTotaal'),
                value: formatNumber(data.totalen.reduce((som, x) => som + x.uren, 0)),
              },
            ]}
          />
          <Section title={t('wb.pf.vraag')}>
            {data.dossiers.length === 0 ? (
              <Paragraph>{t('wb.pf.geen')}</Paragraph>
            ) : (
              <>
                <ExportLinks href={(formaat) => portfolioDownload(van, tot, formaat)} />
                <PortfolioTabel portfolio={data} />
              </>
            )}
          </Section>
          <Section title={t('wb.pf.mijlpalen')}>
            <MijlpalenTijdlijn portfolio={data} />
          </Section>
        </>
      )}
    </>
  );
}

import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { auditCsvUrl, listAuditregels } from '../../api/toegang';
import type { AuditFilter, AuditResultaat } from '../../api/toegang.types';
import { AuditTabel } from '../../components/beheer/AuditTabel';
import { KetenControle } from '../../components/beheer/KetenControle';
import { LoadError, Loading } from '../../components/DataState';
import { FilterSelect, FilterText } from '../../components/FilterFields';
import { FilterForm, ResultCount } from '../../components/FilterForm';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { Section } from '../../components/Section';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

const PAGINA_GROOTTE = 50;
const VELDEN = ['van', 'tot', 'actie', 'resultaat', 'objectType', 'objectId'] as const;
type Veld = (typeof VELDEN)[number];

/** A date of the filter (the reader's day) as the moment it starts, in UTC. */
function beginVan(datum: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return undefined;
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(j, m - 1, d).toISOString();
}

/** "tot en met" a date: the server's `tot` is exclusive, so the start of the next day. */
function eindVan(datum: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return undefined;
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(j, m - 1, d + 1).toISOString();
}

/** Beheer: the audit log, filtered and paged through the URL, with a CSV export and a chain check. */
export function AuditPage() {
  const { t } = useI18n();
  const query = useQueryState();
  const waarden = Object.fromEntries(VELDEN.map((v) => [v, query.get(v)])) as Record<Veld, string>;
  const pagina = Math.max(1, Number(query.get('pagina', '1')) || 1);
  const [invoer, setInvoer] = useState(waarden);
  const sleutel = JSON.stringify(waarden);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sleutel` stands for the URL's filter values
  useEffect(() => setInvoer(waarden), [sleutel]);
  const zet = (veld: Veld) => (waarde: string) => setInvoer((oud) => ({ ...oud, [veld]: waarde }));

  const filter: AuditFilter = {
    van: beginVan(waarden.van),
    tot: eindVan(waarden.tot),
    actie: waarden.actie,
    resultaat: (waarden.resultaat || undefined) as AuditResultaat | undefined,
    objectType: waarden.objectType,
    objectId: waarden.objectId,
  };
  const { data, error, loading, reload } = useResource(`audit:${sleutel}:${pagina}`, () =>
    listAuditregels({ ...filter, pagina, paginaGrootte: PAGINA_GROOTTE }),
  );

  return (
    <>
      <PageHeading title={t('audit.titel')} preHeading={t('beheer.titel')} />
      <Paragraph>{t('audit.intro')}</Paragraph>
      <Section title={t('audit.keten.titel')}>
        <Paragraph className="wb-muted">{t('audit.keten.uitleg')}</Paragraph>
        <KetenControle />
      </Section>
      <FilterForm
        onSubmit={() => query.update(invoer)}
        onReset={() => query.update(Object.fromEntries(VELDEN.map((v) => [v, null])))}
      >
        <FilterText
          id="audit-van"
          label={t('audit.filter.van')}
          value={invoer.van}
          onChange={zet('van')}
          type="date"
        />
        <FilterText
          id="audit-tot"
          label={t('audit.filter.tot')}
          value={invoer.tot}
          onChange={zet('tot')}
          type="date"
        />
        <FilterText
          id="audit-actie"
          label={t('audit.filter.actie')}
          value={invoer.actie}
          onChange={zet('actie')}
        />
        <FilterSelect
          id="audit-resultaat"
          label={t('audit.filter.resultaat')}
          value={invoer.resultaat}
          onChange={zet('resultaat')}
          options={[
            { value: '', label: t('filter.alle') },
            { value: 'gelukt', label: t('audit.resultaat.gelukt') },
            { value: 'geweigerd', label: t('audit.resultaat.geweigerd') },
            { value: 'mislukt', label: t('audit.resultaat.mislukt') },
          ]}
        />
        <FilterText
          id="audit-objectType"
          label={t('audit.filter.objectType')}
          value={invoer.objectType}
          onChange={zet('objectType')}
        />
        <FilterText
          id="audit-objectId"
          label={t('audit.filter.objectId')}
          value={invoer.objectId}
          onChange={zet('objectId')}
        />
      </FilterForm>
      <div className="wb-page-actions">
        <ButtonLink href={auditCsvUrl(filter)} download="auditlog.csv" appearance="secondary-action-button">
          {t('audit.export')}
        </ButtonLink>
      </div>
      {error && <LoadError error={error} onRetry={reload} />}
      <ResultCount>{data && !loading ? t('audit.aantal', { aantal: data.aantal }) : ''}</ResultCount>
      {!data && !error && <Loading />}
      {data && (
        <div aria-busy={loading}>
          <AuditTabel regels={data.resultaten} />
          <Pagination
            pagina={data.pagina}
            paginaGrootte={data.paginaGrootte}
            aantal={data.aantal}
            hrefFor={(page) => query.hrefWith({ pagina: page })}
          />
        </div>
      )}
    </>
  );
}

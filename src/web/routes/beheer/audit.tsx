import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { auditCsvUrl, listAuditregels } from '../../api/toegang';
import type { AuditFilter, AuditResultaat } from '../../api/toegang.types';
import { AuditPersoonKiezer } from '../../components/beheer/AuditPersoonKiezer';
import { AuditTabel } from '../../components/beheer/AuditTabel';
import { KetenControle } from '../../components/beheer/KetenControle';
import { FilterSelect, FilterText } from '../../components/FilterFields';
import { FilterForm } from '../../components/FilterForm';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useFilters } from '../../components/useFilters';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

const PAGINA_GROOTTE = 50;

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
  const filters = useFilters(query, {
    van: '',
    tot: '',
    actie: '',
    resultaat: '',
    objectType: '',
    objectId: '',
    persoonId: '',
  });
  const { waarden, invoer, zet } = filters;
  const { pagina } = query;

  const filter: AuditFilter = {
    van: beginVan(waarden.van),
    tot: eindVan(waarden.tot),
    actie: waarden.actie,
    resultaat: (waarden.resultaat || undefined) as AuditResultaat | undefined,
    objectType: waarden.objectType,
    objectId: waarden.objectId,
    // Only a well-formed id is sent: the server refuses anything else, and a half-typed id is no filter.
    persoonId: /^[0-9a-f-]{36}$/i.test(waarden.persoonId) ? waarden.persoonId : undefined,
  };
  const regels = useResource(`audit:${JSON.stringify(waarden)}:${pagina}`, () =>
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
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
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
        <AuditPersoonKiezer
          id="audit-persoon"
          label={t('audit.filter.persoon')}
          waarde={waarden.persoonId}
          // Choosing or clearing a person applies at once, with whatever else was typed.
          onKies={(persoonId) =>
            query.update({
              ...Object.fromEntries(Object.entries(invoer).map(([k, v]) => [k, v.trim()])),
              persoonId,
            })
          }
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
      <LijstResultaat
        resource={regels}
        aantal={(aantal) => t('audit.aantal', { aantal })}
        leeg={t('audit.geen')}
      >
        {(resultaten) => <AuditTabel regels={resultaten} />}
      </LijstResultaat>
    </>
  );
}

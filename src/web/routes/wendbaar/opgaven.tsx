import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMag } from '../../access/sessie';
import { opgavenDownload } from '../../api/export';
import { listOpgaven, listProgrammas } from '../../api/wendbaar';
import { OPGAVE_STATUSSEN } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { Disclosure } from '../../components/Disclosure';
import { Empty } from '../../components/Empty';
import { ExportLinks } from '../../components/ExportLinks';
import { FilterSelect } from '../../components/FilterFields';
import { FilterForm } from '../../components/FilterForm';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Tabel } from '../../components/Tabel';
import { useFilters } from '../../components/useFilters';
import { useQueryState } from '../../components/useQueryState';
import { useResource } from '../../components/useResource';
import { OpgaveFase } from '../../components/wendbaar/DossierStatus';
import { OpgaveNieuwForm } from '../../components/wendbaar/opgave/OpgaveNieuwForm';
import { useI18n } from '../../i18n/i18n';

/** The opgaven, newest first, filtered by phase and programme (in the URL), and a form to signal one. */
export function OpgavenPage() {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const navigate = useNavigate();
  const query = useQueryState();
  const filters = useFilters(query, { status: '', programmaId: '' });
  const { status, programmaId } = filters.waarden;
  const [nieuw, setNieuw] = useState(false);
  const programmas = useResource('wb-programmas', listProgrammas);
  const opgaven = useResource(`opgaven:${status}:${programmaId}`, () =>
    listOpgaven({ status: OPGAVE_STATUSSEN.find((s) => s === status), programmaId }),
  );

  return (
    <>
      <PageHeading title={t('wb.opgaven.titel')} />
      <Paragraph>{t('wb.opgaven.intro')}</Paragraph>
      {mag('POST /opgaven') && (
        <div className="wb-create">
          <Disclosure
            label={t('wb.opgaven.nieuw')}
            open={nieuw}
            onToggle={setNieuw}
            appearance="primary-action-button"
          >
            <div className="wb-card">
              <OpgaveNieuwForm
                programmas={programmas.data?.resultaten ?? []}
                onCreated={(opgave) => {
                  const pad = `/wendbaar/opgaven/${opgave.id}`;
                  notify(t('wb.opgaven.aangemaakt', { titel: opgave.titel }), { path: pad });
                  navigate(pad);
                }}
              />
            </div>
          </Disclosure>
        </div>
      )}
      <FilterForm onSubmit={filters.toepassen} onReset={filters.wissen}>
        <FilterSelect
          id="opgaven-fase"
          label={t('wb.fase')}
          value={filters.invoer.status}
          onChange={filters.zet('status')}
          options={[
            { value: '', label: t('filter.alle') },
            ...OPGAVE_STATUSSEN.map((s) => ({ value: s, label: t(`wb.opgave.fase.${s}`) })),
          ]}
        />
        <FilterSelect
          id="opgaven-programma"
          label={t('wb.programma')}
          value={filters.invoer.programmaId}
          onChange={filters.zet('programmaId')}
          options={[
            { value: '', label: t('filter.alle') },
            ...(programmas.data?.resultaten ?? []).map((p) => ({ value: p.id, label: p.naam })),
          ]}
        />
      </FilterForm>
      <ExportLinks
        href={(formaat) =>
          opgavenDownload(
            { status: OPGAVE_STATUSSEN.find((s) => s === status), programmaId: programmaId || undefined },
            formaat,
          )
        }
      />
      <LijstResultaat
        resource={opgaven}
        aantal={(aantal) => t('wb.opgaven.aantal', { aantal })}
        leeg={t('wb.opgaven.geen')}
      >
        {(lijst) => (
          <Tabel caption={t('wb.opgaven.titel')} testId="opgaven">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wb.opgave.titel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.fase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.programma')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.opgave.programmaregisseur')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.rol.eigenaarschap')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('wb.urenGevraagd')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((o) => (
                <TableRow key={o.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/wendbaar/opgaven/${o.id}`}>{o.titel}</AppLink>
                  </TableHeaderCell>
                  <TableCell>
                    <OpgaveFase status={o.status} />
                  </TableCell>
                  <TableCell>{o.programma?.naam ?? <Empty />}</TableCell>
                  <TableCell>{o.programmaregisseur?.naam ?? <Empty />}</TableCell>
                  <TableCell>
                    {o.rolbepaling ? t(`wb.niveau.${o.rolbepaling.eigenaarschap}`) : <Empty />}
                  </TableCell>
                  <TableCell numericColumn>{formatNumber(o.urenGevraagd)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        )}
      </LijstResultaat>
    </>
  );
}

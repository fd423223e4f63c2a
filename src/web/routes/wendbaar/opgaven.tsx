import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMag } from '../../access/sessie';
import { listOpgaven, listProgrammas } from '../../api/wendbaar';
import { OPGAVE_STATUSSEN } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { Disclosure } from '../../components/Disclosure';
import { Empty } from '../../components/Empty';
import { FilterSelect } from '../../components/FilterFields';
import { FilterForm, ResultCount } from '../../components/FilterForm';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
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
  const status = query.get('status');
  const programmaId = query.get('programmaId');
  const [statusInput, setStatusInput] = useState(status);
  const [programmaInput, setProgrammaInput] = useState(programmaId);
  const [nieuw, setNieuw] = useState(false);
  useEffect(() => {
    setStatusInput(status);
    setProgrammaInput(programmaId);
  }, [status, programmaId]);
  const programmas = useResource('wb-programmas', listProgrammas);
  const { data, error, loading, reload } = useResource(`opgaven:${status}:${programmaId}`, () =>
    listOpgaven({ status: OPGAVE_STATUSSEN.find((s) => s === status), programmaId }),
  );
  const lijst = data?.resultaten ?? [];

  return (
    <>
      <PageHeading title={t('wb.opgaven.titel')} />
      <Paragraph>{t('wb.opgaven.intro')}</Paragraph>
      {mag('opgaven.aanmaken') && (
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
      <FilterForm
        onSubmit={() => query.update({ status: statusInput, programmaId: programmaInput })}
        onReset={() => query.update({ status: null, programmaId: null })}
      >
        <FilterSelect
          id="opgaven-fase"
          label={t('wb.fase')}
          value={statusInput}
          onChange={setStatusInput}
          options={[
            { value: '', label: t('filter.alle') },
            ...OPGAVE_STATUSSEN.map((s) => ({ value: s, label: t(`wb.opgave.fase.${s}`) })),
          ]}
        />
        <FilterSelect
          id="opgaven-programma"
          label={t('wb.programma')}
          value={programmaInput}
          onChange={setProgrammaInput}
          options={[
            { value: '', label: t('filter.alle') },
            ...(programmas.data?.resultaten ?? []).map((p) => ({ value: p.id, label: p.naam })),
          ]}
        />
      </FilterForm>
      {error && <LoadError error={error} onRetry={reload} />}
      <ResultCount>{data && !loading ? t('wb.opgaven.aantal', { aantal: lijst.length }) : ''}</ResultCount>
      {!data && !error && <Loading />}
      {data && lijst.length > 0 && (
        <TableScroll labelledBy="opgaven-caption">
          <Table className="wb-table" data-testid="opgaven">
            <caption id="opgaven-caption" className="wb-visually-hidden">
              {t('wb.opgaven.titel')}
            </caption>
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
          </Table>
        </TableScroll>
      )}
      {data && lijst.length === 0 && <Paragraph>{t('wb.opgaven.geen')}</Paragraph>}
    </>
  );
}

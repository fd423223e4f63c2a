import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMag } from '../../access/sessie';
import { createAmbitie, listAmbities } from '../../api/wendbaar';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError, Loading } from '../../components/DataState';
import { Disclosure } from '../../components/Disclosure';
import { Empty } from '../../components/Empty';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ResultCount } from '../../components/FilterForm';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../components/useForm';
import { useResource } from '../../components/useResource';
import {
  AmbitieVelden,
  ambitieInvoer,
  ambitieLabels,
  ambitieWaarden,
} from '../../components/wendbaar/ambitie/AmbitieVelden';
import { useI18n } from '../../i18n/i18n';

/** Record a bestuurlijke ambitie: title, source, portfolio holder and its text. */
function AmbitieNieuwForm() {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const [waarden, setWaarden] = useState(() => ambitieWaarden(null, lang));
  const form = useForm('ambitie-nieuw', ambitieLabels(t, { volledig: false }));
  const submit = form.handleSubmit(async () => {
    const invoer = ambitieInvoer(waarden, t, { volledig: false });
    const ambitie = await createAmbitie(invoer);
    const pad = `/wendbaar/ambities/${ambitie.id}`;
    notify(t('wb.amb.aangemaakt', { titel: ambitie.titel }), { path: pad });
    navigate(pad);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <AmbitieVelden form={form} waarden={waarden} onChange={setWaarden} />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.amb.vastleggen')}
      </Button>
    </form>
  );
}

/** The ambitions of the college with their progress and the dossiers that work them out. */
export function AmbitiesPage() {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const [nieuw, setNieuw] = useState(false);
  const { data, error, reload } = useResource('wb-ambities', listAmbities);
  const lijst = data?.resultaten ?? [];
  return (
    <>
      <PageHeading title={t('wb.amb.lijst')} />
      <Paragraph>{t('wb.amb.intro')}</Paragraph>
      {mag('ambities.aanmaken') && (
        <div className="wb-create">
          <Disclosure
            label={t('wb.amb.nieuw')}
            open={nieuw}
            onToggle={setNieuw}
            appearance="primary-action-button"
          >
            <div className="wb-card">
              <AmbitieNieuwForm />
            </div>
          </Disclosure>
        </div>
      )}
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      <ResultCount>{data ? t('wb.amb.aantal', { aantal: lijst.length }) : ''}</ResultCount>
      {data && lijst.length === 0 && <Paragraph>{t('wb.amb.geen')}</Paragraph>}
      {lijst.length > 0 && (
        <TableScroll labelledBy="ambities-caption">
          <Table className="wb-table" data-testid="ambities">
            <caption id="ambities-caption" className="wb-visually-hidden">
              {t('wb.amb.lijst')}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wb.amb.titel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.amb.bron')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wb.amb.portefeuillehouder')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('wb.amb.voortgang')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('wb.opgaven.titel')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('wb.bos.titel')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/wendbaar/ambities/${a.id}`}>{a.titel}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{t(`wb.amb.bron.${a.bron}`)}</TableCell>
                  <TableCell>{a.portefeuillehouder}</TableCell>
                  <TableCell numericColumn>
                    {a.voortgang === null ? <Empty /> : `${formatNumber(a.voortgang)}%`}
                  </TableCell>
                  <TableCell numericColumn>{formatNumber(a.opgaven.length)}</TableCell>
                  <TableCell numericColumn>{formatNumber(a.bestuursopdrachten.length)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

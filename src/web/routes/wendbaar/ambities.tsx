import {
  Button,
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
import { ambitiesDownload } from '../../api/export';
import { createAmbitie, listAmbities } from '../../api/wendbaar';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { Disclosure } from '../../components/Disclosure';
import { Empty } from '../../components/Empty';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ExportLinks } from '../../components/ExportLinks';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Tabel } from '../../components/Tabel';
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
  const { t, formatNumber, formatPercentage } = useI18n();
  const mag = useMag();
  const [nieuw, setNieuw] = useState(false);
  const ambities = useResource('wb-ambities', listAmbities);
  return (
    <>
      <PageHeading title={t('wb.amb.lijst')} />
      <Paragraph>{t('wb.amb.intro')}</Paragraph>
      {mag('POST /bestuurlijke-ambities') && (
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
      <ExportLinks href={ambitiesDownload} />
      <LijstResultaat
        resource={ambities}
        aantal={(aantal) => t('wb.amb.aantal', { aantal })}
        leeg={t('wb.amb.geen')}
      >
        {(lijst) => (
          <Tabel caption={t('wb.amb.lijst')} testId="ambities">
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
                    {a.voortgang === null ? <Empty /> : formatPercentage(a.voortgang)}
                  </TableCell>
                  <TableCell numericColumn>{formatNumber(a.opgaven.length)}</TableCell>
                  <TableCell numericColumn>{formatNumber(a.bestuursopdrachten.length)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        )}
      </LijstResultaat>
    </>
  );
}

import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useMag } from '../../access/sessie';
import { verdeelvoorstellenDownload } from '../../api/export';
import { listVerdeelvoorstellen } from '../../api/inzet';
import { AppLink } from '../../components/AppLink';
import { TijdstipText } from '../../components/DateText';
import { Empty } from '../../components/Empty';
import { ExportLinks } from '../../components/ExportLinks';
import { VerdeelStartForm } from '../../components/inzet/VerdeelStartForm';
import { VoorstelStatus } from '../../components/inzet/VerdeelVoortgang';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { Tabel } from '../../components/Tabel';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

/** Start a verdeelvoorstel for a quarter, and the earlier ones. */
export function VerdeelvoorstellenPage() {
  const { t, formatNumber } = useI18n();
  const mag = useMag();
  const navigate = useNavigate();
  const res = useResource('verdeelvoorstellen', listVerdeelvoorstellen);
  const lijst = res.data?.resultaten ?? [];
  return (
    <>
      <PageHeading title={t('vv.titel')} />
      <Paragraph>{t('vv.intro')}</Paragraph>
      {mag('POST /verdeelvoorstellen') && (
        <Section title={t('vv.nieuw')}>
          <VerdeelStartForm
            onStarted={(v) => {
              navigate(`/wendbaar/verdeelvoorstellen/${v.id}`);
            }}
          />
        </Section>
      )}
      <Section title={t('vv.eerder', { aantal: lijst.length })}>
        {lijst.length > 0 && <ExportLinks href={verdeelvoorstellenDownload} />}
        <LijstResultaat resource={res} leeg={t('vv.geenEerder')}>
          {(lijst) => (
            <Tabel caption={t('vv.eerder', { aantal: lijst.length })} testId="verdeelvoorstellen">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('vv.kolom.gestart')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('vv.veld.periode')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('kolom.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('vv.kolom.regels')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('vv.kolom.uren')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.map((v) => (
                  <TableRow key={v.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/wendbaar/verdeelvoorstellen/${v.id}`}>
                        <TijdstipText value={v.aangemaaktOp} />
                      </AppLink>
                    </TableHeaderCell>
                    <TableCell>{v.periode}</TableCell>
                    <TableCell>
                      <VoorstelStatus status={v.status} />
                    </TableCell>
                    <TableCell numericColumn>
                      {v.samenvatting ? formatNumber(v.samenvatting.regels) : <Empty />}
                    </TableCell>
                    <TableCell numericColumn>
                      {v.samenvatting ? formatNumber(v.samenvatting.urenPerWeek) : <Empty />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          )}
        </LijstResultaat>
      </Section>
    </>
  );
}

import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { salaristabellenDownload, werkgeverslastenDownload } from '../api/export';
import { getSalaristabel, listSalaristabellen, listWerkgeverslasten } from '../api/formatie';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { ExportLinks } from '../components/ExportLinks';
import { BedragForm } from '../components/formatie/BedragForm';
import { SalarisGrid } from '../components/formatie/SalarisGrid';
import { SalaristabelUpload } from '../components/formatie/SalaristabelUpload';
import { WerkgeverslastenForm, WerkgeverslastenTabel } from '../components/formatie/Werkgeverslasten';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/formatie/formatie.css';

/**
 * The salary tables (schaal × trede amounts, each valid from a date) and the werkgeverslasten the
 * loonsom is computed with. P&O and the directie load and correct them; others who work with the
 * loonsom read them.
 */
export function SalaristabellenPage() {
  const { t, formatNumber } = useI18n();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const tabellen = useResource('salaristabellen', listSalaristabellen);
  const lasten = useResource('werkgeverslasten', listWerkgeverslasten);
  const lijst = tabellen.data?.resultaten ?? [];
  // The newest table unless one is chosen: that is the one in force from its date.
  const gekozen = params.get('tabel') ?? lijst.at(-1)?.id ?? null;
  const tabel = useResource(gekozen ? `salaristabel:${gekozen}` : null, () => getSalaristabel(gekozen!));
  const [open, setOpen] = useState<'laden' | 'bedrag' | 'lasten' | null>(null);
  const toggle = (welk: NonNullable<typeof open>) => (o: boolean) => setOpen(o ? welk : null);
  const magTabellen = tabellen.data?.mag.wijzigen === true;

  return (
    <>
      <PageHeading title={t('sal.titel')} />
      <Paragraph>{t('sal.intro')}</Paragraph>
      <p>
        <AppLink to="/organisatie/formatie">{t('fm.naarOrganisatie')}</AppLink>
      </p>
      <PaginaMetInhoud>
        <Section title={t('sal.lijst')} anchorId="salaristabellen">
          {tabellen.error && <LoadError error={tabellen.error} onRetry={tabellen.reload} />}
          {!tabellen.data && !tabellen.error && <Loading />}
          {tabellen.data && lijst.length === 0 && <Paragraph>{t('sal.geen')}</Paragraph>}
          {lijst.length > 0 && <ExportLinks href={salaristabellenDownload} />}
          {lijst.length > 0 && (
            <Tabel caption={t('sal.lijst.caption')} testId="salaristabellen">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('sal.veld.naam')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('sal.veld.geldigVanaf')}</TableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('sal.kolom.schalen')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('sal.kolom.bedragen')}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...lijst].reverse().map((s) => (
                  <TableRow key={s.id}>
                    <TableHeaderCell scope="row">
                      <AppLink
                        to={`/organisatie/salaristabellen?tabel=${s.id}`}
                        aria-current={s.id === gekozen ? 'true' : undefined}
                      >
                        {s.naam}
                      </AppLink>
                    </TableHeaderCell>
                    <TableCell>
                      <DateText value={s.geldigVanaf} />
                    </TableCell>
                    <TableCell className="wb-num">{formatNumber(s.aantalSchalen)}</TableCell>
                    <TableCell className="wb-num">{formatNumber(s.aantalBedragen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Tabel>
          )}
          {magTabellen && (
            <Disclosure label={t('sal.laden.titel')} open={open === 'laden'} onToggle={toggle('laden')}>
              <SalaristabelUpload
                onLoaded={(nieuw) => {
                  setOpen(null);
                  tabellen.reload();
                  setParams({ tabel: nieuw.id }, { replace: true });
                  notify(t('sal.geladen', { naam: nieuw.naam, aantal: nieuw.bedragen.length }), {
                    bij: 'salaristabellen',
                  });
                }}
              />
            </Disclosure>
          )}
        </Section>
        {gekozen && (
          <Section
            title={tabel.data ? tabel.data.naam : t('sal.tabel')}
            inhoudLabel={t('sal.tabel')}
            anchorId="salaristabel"
          >
            {tabel.error && <LoadError error={tabel.error} onRetry={tabel.reload} />}
            {!tabel.data && !tabel.error && <Loading />}
            {tabel.data && (
              <>
                <Paragraph>
                  {t('sal.geldigVanaf')} <DateText value={tabel.data.geldigVanaf} />. {t('sal.grid.uitleg')}
                </Paragraph>
                <SalarisGrid tabel={tabel.data} />
                {tabel.data.mag.wijzigen && tabel.data.bedragen.length > 0 && (
                  <Disclosure
                    label={t('sal.bedrag.wijzigen')}
                    open={open === 'bedrag'}
                    onToggle={toggle('bedrag')}
                  >
                    <BedragForm
                      key={tabel.data.versie}
                      tabel={tabel.data}
                      onReload={tabel.reload}
                      onSaved={(bijgewerkt, schaal, trede) => {
                        setOpen(null);
                        tabel.setData(bijgewerkt);
                        notify(t('sal.bedrag.opgeslagen', { schaal, trede }), { bij: 'salaristabel' });
                      }}
                    />
                  </Disclosure>
                )}
              </>
            )}
          </Section>
        )}
        <Section title={t('wgl.titel')} anchorId="werkgeverslasten">
          {lasten.error && <LoadError error={lasten.error} onRetry={lasten.reload} />}
          {!lasten.data && !lasten.error && <Loading />}
          {lasten.data && (
            <>
              <Paragraph>{t('wgl.uitleg')}</Paragraph>
              {lasten.data.resultaten.length === 0 ? (
                <Paragraph>{t('wgl.geen')}</Paragraph>
              ) : (
                <>
                  <WerkgeverslastenTabel rijen={lasten.data.resultaten} />
                  <ExportLinks href={werkgeverslastenDownload} />
                </>
              )}
              {lasten.data.mag.wijzigen && (
                <Disclosure label={t('wgl.toevoegen')} open={open === 'lasten'} onToggle={toggle('lasten')}>
                  <WerkgeverslastenForm
                    vorige={lasten.data.resultaten.at(-1)}
                    onCreated={(w) => {
                      setOpen(null);
                      lasten.reload();
                      notify(t('wgl.toegevoegd', { datum: w.geldigVanaf }), { bij: 'werkgeverslasten' });
                    }}
                  />
                </Disclosure>
              )}
            </>
          )}
        </Section>
      </PaginaMetInhoud>
    </>
  );
}

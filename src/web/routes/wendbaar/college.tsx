import {
  Heading,
  Link,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useMag } from '../../access/sessie';
import { besluitenDownload } from '../../api/export';
import { collegevoorstelUrl, listBesluiten, listBestuursopdrachten, listVersies } from '../../api/wendbaar';
import type { BestuursopdrachtSamenvatting } from '../../api/wendbaar.types';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { LoadError } from '../../components/DataState';
import { DateText } from '../../components/DateText';
import { Empty } from '../../components/Empty';
import { ExportLinks } from '../../components/ExportLinks';
import { LijstResultaat } from '../../components/LijstResultaat';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { Tabel } from '../../components/Tabel';
import { useResource } from '../../components/useResource';
import { BesluitForm } from '../../components/wendbaar/bestuursopdracht/BesluitForm';
import { OpdrachtStatus } from '../../components/wendbaar/DossierStatus';
import { Gegevens } from '../../components/wendbaar/Gegevens';
import { useI18n } from '../../i18n/i18n';

/** One opdracht that lies before the college: what it is, its collegevoorstel and the besluit form. */
function TerBesluitvorming({
  opdracht,
  onBesloten,
}: {
  opdracht: BestuursopdrachtSamenvatting;
  onBesloten(): void;
}) {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const titelId = useId();
  const versies = useResource(`versies:${opdracht.id}:${opdracht.versie}`, () => listVersies(opdracht.id));
  const ingediend = versies.data?.resultaten.at(-1) ?? null;
  return (
    <article className="wb-card wb-college-item" aria-labelledby={titelId} data-testid="ter-besluitvorming">
      <Heading level={3} id={titelId} className="wb-card__title">
        <AppLink to={`/wendbaar/bestuursopdrachten/${opdracht.id}`}>{opdracht.titel}</AppLink>
      </Heading>
      <Gegevens
        items={[
          { label: t('wb.bo.ambitie'), waarde: opdracht.ambitie?.titel },
          { label: t('wb.bo.rollen.bestuurlijkOpdrachtgever'), waarde: opdracht.bestuurlijkOpdrachtgever },
          { label: t('wb.bo.rollen.ambtelijkOpdrachtgever'), waarde: opdracht.ambtelijkOpdrachtgever },
          {
            label: t('wb.college.ingediend'),
            waarde: ingediend && (
              <>
                {t('wb.bo.versies.nummer', { nummer: ingediend.nummer })},{' '}
                <DateText value={ingediend.ingediendOp.slice(0, 10)} />
              </>
            ),
          },
        ]}
      />
      {versies.error && <LoadError error={versies.error} onRetry={versies.reload} />}
      {ingediend && (
        <Paragraph>
          <Link href={collegevoorstelUrl(opdracht.id, ingediend.nummer)} download>
            {t('wb.college.download', { titel: opdracht.titel, nummer: ingediend.nummer })}
          </Link>
        </Paragraph>
      )}
      {/* The version to decide on comes with the opdracht itself: the form need not wait for the list. */}
      {mag('POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten') && (
        <Section title={t('wb.college.besluitTitel')} level={3}>
          <BesluitForm
            opdrachtId={opdracht.id}
            versie={opdracht.ingediendeVersie}
            onSaved={(na) => {
              notify(
                t('wb.college.besloten', {
                  titel: na.titel,
                  uitkomst: t(`wb.bo.status.${na.status}`).toLowerCase(),
                }),
              );
              onBesloten();
            }}
          />
        </Section>
      )}
    </article>
  );
}

/** What awaits the college's decision, with a besluit form for each, and the decisions taken. */
export function CollegePage() {
  const { t } = useI18n();
  const wachtend = useResource('college:wachtend', () => listBestuursopdrachten('ter-besluitvorming'));
  const besluiten = useResource('college:besluiten', listBesluiten);
  const lijst = wachtend.data?.resultaten ?? [];
  const herlaad = () => {
    wachtend.reload();
    besluiten.reload();
    document.getElementById('college-besluiten')?.focus();
  };
  return (
    <>
      <PageHeading title={t('wb.college.titel')} />
      <Paragraph>{t('wb.college.intro')}</Paragraph>
      <Section title={t('wb.college.wachtend', { aantal: lijst.length })} anchorId="college-wachtend">
        <LijstResultaat resource={wachtend} leeg={t('wb.college.niets')}>
          {(opdrachten) =>
            opdrachten.map((o) => <TerBesluitvorming key={o.id} opdracht={o} onBesloten={herlaad} />)
          }
        </LijstResultaat>
      </Section>
      <Section title={t('wb.college.besluiten')} anchorId="college-besluiten">
        <ExportLinks href={besluitenDownload} />
        <LijstResultaat resource={besluiten} leeg={t('wb.college.geenBesluiten')}>
          {(genomen) => (
            <Tabel caption={t('wb.college.besluiten')} testId="besluiten">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wb.besluit.datum')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wb.besluit.besluitnummer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wb.bo.soort')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wb.besluit.versie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wb.besluit.uitkomst')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wb.besluit.voorwaarden')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {genomen.slice(0, 25).map((b) => (
                  <TableRow key={b.id}>
                    <TableCell>
                      <DateText value={b.datum} />
                    </TableCell>
                    <TableHeaderCell scope="row">{b.besluitnummer}</TableHeaderCell>
                    <TableCell>
                      <AppLink to={`/wendbaar/bestuursopdrachten/${b.bestuursopdracht.id}`}>
                        {b.bestuursopdracht.titel}
                      </AppLink>
                    </TableCell>
                    <TableCell>{b.versie}</TableCell>
                    <TableCell>
                      <OpdrachtStatus status={b.uitkomst} />
                    </TableCell>
                    <TableCell>
                      {b.voorwaarden ? <span className="wb-pre-line">{b.voorwaarden}</span> : <Empty />}
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

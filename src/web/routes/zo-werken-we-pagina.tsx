import {
  Button,
  ButtonGroup,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useMag } from '../access/sessie';
import {
  getZoWerkenWePagina,
  getZoWerkenWeVerschil,
  listZoWerkenWeVersies,
  updateZoWerkenWePagina,
  type ZoWerkenWePagina,
  type ZoWerkenWeVerschil,
  type ZoWerkenWeVersie,
} from '../api/zo-werken-we';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { TijdstipText } from '../components/DateText';
import { SelectField } from '../components/FormFields';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { fieldId, useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { PaginaForm } from '../components/zo-werken-we/PaginaForm';
import { VerschilWeergave } from '../components/zo-werken-we/VerschilWeergave';
import { useI18n } from '../i18n/i18n';
import '../components/zo-werken-we/zo-werken-we.css';

/** One page of "Zo werken we": its current text, editing (directie, P&O), its history and a diff. */
export function ZoWerkenWePaginaPage() {
  const { t } = useI18n();
  const { paginaId = '' } = useParams();
  const pagina = useResource(`zww-${paginaId}`, () => getZoWerkenWePagina(paginaId));
  const versies = useResource(`zww-${paginaId}-versies`, () => listZoWerkenWeVersies(paginaId));
  const herlaad = () => {
    pagina.reload();
    versies.reload();
  };
  if (pagina.error) return <LoadError error={pagina.error} onRetry={pagina.reload} />;
  if (!pagina.data) return <Loading />;
  const p = pagina.data;
  return (
    <>
      <PageHeading title={p.titel} preHeading={t('zww.titel')} />
      <p>
        <AppLink to="/zo-werken-we">{t('zww.terug')}</AppLink>
      </p>
      <Inhoud pagina={p} onGewijzigd={herlaad} />
      <Section title={t('zww.geschiedenis')}>
        {versies.error ? (
          <LoadError error={versies.error} onRetry={versies.reload} />
        ) : !versies.data ? (
          <Loading />
        ) : (
          <Geschiedenis versies={versies.data.resultaten} />
        )}
      </Section>
      <Section title={t('zww.verschil')}>
        {versies.data && <Vergelijken paginaId={p.id} versies={versies.data.resultaten} />}
      </Section>
    </>
  );
}

function Inhoud({ pagina: p, onGewijzigd }: { pagina: ZoWerkenWePagina; onGewijzigd: () => void }) {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const [bewerken, setBewerken] = useState(false);
  const [bezig, setBezig] = useState(false);
  // The form replaces the text and the "Bewerken" button: opening it puts the cursor in the title,
  // closing it (cancel or save) gives the focus back to "Bewerken", so the keyboard stays in place.
  const geopend = useRef(false);
  useEffect(() => {
    if (bewerken) document.getElementById(fieldId('zww-bewerken', 'titel'))?.focus();
    else if (geopend.current) document.getElementById('zww-bewerken-knop')?.focus();
    geopend.current = bewerken;
  }, [bewerken]);
  const magWijzigen = mag('PATCH /zo-werken-we-paginas/{paginaId}');
  const archief = async (gearchiveerd: boolean) => {
    setBezig(true);
    try {
      await updateZoWerkenWePagina(p.id, p.versie, { gearchiveerd });
    } finally {
      setBezig(false);
      onGewijzigd();
    }
  };
  return (
    <>
      {p.gearchiveerd && (
        <p>
          <strong>{t('zww.gearchiveerd')}</strong>
        </p>
      )}
      <p className="wb-muted">
        {t('zww.versieInfo', {
          nummer: p.versieNummer,
          datum: formatDate(p.gewijzigdOp.slice(0, 10)),
          door: p.gewijzigdDoor ?? t('zww.onbekend'),
        })}
      </p>
      {bewerken ? (
        <Section title={t('zww.bewerken')}>
          <PaginaForm
            id="zww-bewerken"
            huidig={p}
            label={t('zww.opslaan')}
            onAnnuleren={() => setBewerken(false)}
            onOpslaan={async (invoer) => {
              await updateZoWerkenWePagina(p.id, p.versie, invoer);
              setBewerken(false);
              onGewijzigd();
            }}
          />
        </Section>
      ) : (
        // The HTML is rendered from Markdown and sanitised on the server (no raw HTML, no script,
        // only http(s), mailto and local links: src/domain/zo-werken-we-markdown.ts).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side, see above.
        <div className="wb-zww-tekst" data-testid="zww-tekst" dangerouslySetInnerHTML={{ __html: p.html }} />
      )}
      {magWijzigen && !bewerken && (p.mag.bewerken || p.mag.archiveren) && (
        <ButtonGroup>
          {p.mag.bewerken && (
            <Button
              id="zww-bewerken-knop"
              appearance="primary-action-button"
              onClick={() => setBewerken(true)}
            >
              {t('zww.bewerken')}
            </Button>
          )}
          {p.mag.archiveren && (
            <Button
              appearance="secondary-action-button"
              busy={bezig}
              onClick={() => archief(!p.gearchiveerd)}
            >
              {p.gearchiveerd ? t('zww.terughalen') : t('zww.archiveren')}
            </Button>
          )}
        </ButtonGroup>
      )}
    </>
  );
}

function Geschiedenis({ versies }: { versies: ZoWerkenWeVersie[] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('zww.geschiedenis')} testId="zww-geschiedenis">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('zww.kolom.versie')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.wanneer')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.door')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.notitie')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {versies.map((v) => (
          <TableRow key={v.nummer}>
            <TableHeaderCell scope="row">{v.nummer}</TableHeaderCell>
            <TableCell>
              <TijdstipText value={v.aangemaaktOp} />
            </TableCell>
            <TableCell>{v.auteur ?? t('zww.onbekend')}</TableCell>
            <TableCell>{v.notitie ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

/** Two versions to compare: by default the one before the current and the current one. */
function Vergelijken({ paginaId, versies }: { paginaId: string; versies: ZoWerkenWeVersie[] }) {
  const { t, formatDate } = useI18n();
  const nieuwste = versies[0]?.nummer ?? 1;
  const [van, setVan] = useState(String(Math.max(1, nieuwste - 1)));
  const [naar, setNaar] = useState(String(nieuwste));
  const [verschil, setVerschil] = useState<ZoWerkenWeVerschil | null>(null);
  const form = useForm('zww-vergelijk', { van: t('zww.van'), naar: t('zww.naar') });
  const laad = async (a: string, b: string) =>
    setVerschil(await getZoWerkenWeVerschil(paginaId, Number(a), Number(b)));
  // A new version (after an edit) moves the default comparison to it.
  useEffect(() => {
    setVan(String(Math.max(1, nieuwste - 1)));
    setNaar(String(nieuwste));
    if (nieuwste > 1) void getZoWerkenWeVerschil(paginaId, nieuwste - 1, nieuwste).then(setVerschil);
  }, [paginaId, nieuwste]);
  if (versies.length < 2) return <p>{t('zww.eenVersie')}</p>;
  const opties = versies.map((v) => ({
    value: String(v.nummer),
    label: t('zww.versieOptie', { nummer: v.nummer, datum: formatDate(v.aangemaaktOp.slice(0, 10)) }),
  }));
  return (
    <>
      <form noValidate onSubmit={form.handleSubmit(() => laad(van, naar))} className="wb-filter">
        <SelectField form={form} name="van" value={van} onChange={setVan} options={opties} />
        <SelectField form={form} name="naar" value={naar} onChange={setNaar} options={opties} />
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          {t('zww.vergelijk')}
        </Button>
      </form>
      {verschil && <VerschilWeergave verschil={verschil} />}
    </>
  );
}

import {
  Button,
  ButtonGroup,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useMag } from '../access/sessie';
import { ProblemError } from '../api/http';
import {
  createImportKoppeling,
  getProefImport,
  type ImportBestand,
  type ImportInvoer,
  type ImportProefTaak,
  type ImportRapport,
  leesAlsBase64,
  leesImportBestand,
  listImportKoppelingen,
  startProefImport,
  voerImportDoor,
} from '../api/import';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ImportRapportWeergave } from '../components/import/ImportRapportWeergave';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/import/import.css';

type Soort = ImportInvoer['soort'];

/** How often the page asks how far a dry run is. */
const POLL_MS = 400;
const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

/** A problem answer as one readable line, with every field problem in it. */
function foutTekst(e: unknown): string {
  if (e instanceof ProblemError)
    return [e.detail ?? e.title, ...e.invalidParams.map((p) => p.reason)].filter(Boolean).join(' ');
  return e instanceof Error ? e.message : String(e);
}

/**
 * Importeren (P&O, beheerder): choose a kind and a file, map the columns (suggested from the
 * headers, changed by hand, saved under a name), a dry run whose report lists the problems first,
 * then the commit. The server plans the same way for both, so the report is what the commit does.
 */
export function ImportPage() {
  const { t } = useI18n();
  const mag = useMag();
  const ids = {
    soort: useId(),
    bestand: useId(),
    peildatum: useId(),
    volledig: useId(),
    naam: useId(),
    opgeslagen: useId(),
  };
  const koppelingen = useResource('import-koppelingen', listImportKoppelingen);
  const [soort, setSoort] = useState<Soort>('medewerkers');
  const [bestand, setBestand] = useState<File | null>(null);
  const [voortgang, setVoortgang] = useState<number | null>(null);
  const [inhoud, setInhoud] = useState<string | null>(null);
  const [gelezen, setGelezen] = useState<ImportBestand | null>(null);
  const [koppeling, setKoppeling] = useState<Record<string, string>>({});
  const [peildatum, setPeildatum] = useState('');
  const [volledig, setVolledig] = useState(false);
  const [naam, setNaam] = useState('');
  const [rapport, setRapport] = useState<ImportRapport | null>(null);
  const rapportRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (rapport) rapportRef.current?.focus();
  }, [rapport]);
  const [bericht, setBericht] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  const [proefVoortgang, setProefVoortgang] = useState<ImportProefTaak['voortgang'] | null>(null);

  const stap = async (fn: () => Promise<void>) => {
    setBezig(true);
    setFout(null);
    setBericht(null);
    try {
      await fn();
    } catch (e) {
      setFout(foutTekst(e));
    } finally {
      setBezig(false);
    }
  };

  const lees = () =>
    stap(async () => {
      if (!bestand) return;
      setRapport(null);
      const b64 = await leesAlsBase64(bestand, setVoortgang);
      setInhoud(b64);
      const b = await leesImportBestand({ bestandsnaam: bestand.name, inhoud: b64, soort });
      setGelezen(b);
      setKoppeling(b.voorgesteldeKoppeling);
    });

  const invoer = (): ImportInvoer => ({
    bestandsnaam: gelezen!.bestandsnaam,
    inhoud: inhoud!,
    soort,
    koppeling,
    ...(peildatum ? { peildatum } : {}),
    volledig,
  });
  /**
   * The dry run runs on the server in the background; the page polls it and shows its phase and
   * the rows done, so a large file shows progress after the upload too.
   */
  const proef = () =>
    stap(async () => {
      setRapport(null);
      let taak = await startProefImport(invoer());
      try {
        while (taak.status === 'bezig') {
          setProefVoortgang(taak.voortgang);
          await wacht(POLL_MS);
          try {
            taak = await getProefImport(taak.id);
          } catch (e) {
            if (e instanceof ProblemError && e.status === 404) throw new Error(t('import.proefVerdwenen'));
            throw e;
          }
        }
      } finally {
        setProefVoortgang(null);
      }
      if (taak.fout)
        throw new Error([taak.fout.melding, ...taak.fout.problemen.map((p) => p.melding)].join(' '));
      setRapport(taak.rapport);
    });
  const doorvoeren = () =>
    stap(async () => {
      setRapport(await voerImportDoor(invoer()));
      setBevestigen(false);
      setBericht(t('import.doorgevoerd'));
    });
  const bewaar = () =>
    stap(async () => {
      await createImportKoppeling({ naam, soort, velden: koppeling });
      setBericht(t('import.koppelingOpgeslagen', { naam }));
      koppelingen.reload();
    });

  const eigen = (koppelingen.data?.resultaten ?? []).filter((k) => k.soort === soort);
  return (
    <>
      <PageHeading title={t('import.titel')} />
      <p>{t('import.uitleg')}</p>
      {fout && (
        <div role="alert" className="wb-import-fout" data-testid="import-fout">
          {fout}
        </div>
      )}
      {bericht && <p role="status">{bericht}</p>}
      <Section title={t('import.stap.bestand')}>
        <div className="wb-import-velden">
          <label htmlFor={ids.soort}>{t('import.soort')}</label>
          <select
            id={ids.soort}
            value={soort}
            onChange={(e) => {
              setSoort(e.target.value as Soort);
              setGelezen(null);
              setRapport(null);
            }}
          >
            <option value="medewerkers">{t('import.soort.medewerkers')}</option>
            <option value="teams">{t('import.soort.teams')}</option>
            <option value="formatieplaatsen">{t('import.soort.formatieplaatsen')}</option>
          </select>
          <label htmlFor={ids.bestand}>{t('import.bestand')}</label>
          <input
            id={ids.bestand}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setBestand(e.target.files?.[0] ?? null);
              setGelezen(null);
              setRapport(null);
              setVoortgang(null);
            }}
          />
        </div>
        {voortgang !== null && (
          <progress max={1} value={voortgang} aria-label={t('import.voortgang')}>
            {Math.round(voortgang * 100)}%
          </progress>
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" disabled={!bestand || bezig} busy={bezig} onClick={lees}>
            {t('import.lezen')}
          </Button>
        </ButtonGroup>
        {gelezen && (
          <p>
            {t('import.gelezen', {
              naam: gelezen.bestandsnaam,
              rijen: gelezen.aantalRijen,
              kolommen: gelezen.koppen.length,
            })}
          </p>
        )}
      </Section>

      {gelezen && (
        <Section title={t('import.stap.koppeling')}>
          {eigen.length > 0 && (
            <div className="wb-import-velden">
              <label htmlFor={ids.opgeslagen}>{t('import.koppelingKiezen')}</label>
              <select
                id={ids.opgeslagen}
                defaultValue=""
                onChange={(e) => {
                  const k = eigen.find((x) => x.id === e.target.value);
                  setKoppeling(k ? k.velden : gelezen.voorgesteldeKoppeling);
                }}
              >
                <option value="">{t('import.koppelingVoorgesteld')}</option>
                {eigen.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.naam}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Tabel caption={t('import.stap.koppeling')} testId="import-koppeling">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('import.kolom.veld')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.kolom')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.voorbeeld')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {gelezen.velden.map((v) => {
                const kop = koppeling[v.veld] ?? '';
                const index = gelezen.koppen.indexOf(kop);
                const id = `import-veld-${v.veld}`;
                return (
                  <TableRow key={v.veld}>
                    <TableHeaderCell scope="row">
                      <label htmlFor={id}>
                        {v.label} {v.verplicht && <span>{t('import.verplicht')}</span>}
                      </label>
                    </TableHeaderCell>
                    <TableCell>
                      <select
                        id={id}
                        value={kop}
                        onChange={(e) => setKoppeling({ ...koppeling, [v.veld]: e.target.value })}
                      >
                        <option value="">{t('import.geenKolom')}</option>
                        {gelezen.koppen.map((k) => (
                          <option key={k} value={k}>
                            {k}
                          </option>
                        ))}
                      </select>
                    </TableCell>
                    <TableCell>{index >= 0 ? (gelezen.voorbeeld[0]?.[index] ?? '') : ''}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Tabel>
          <div className="wb-import-velden">
            <label htmlFor={ids.naam}>{t('import.koppelingNaam')}</label>
            <input
              id={ids.naam}
              type="text"
              value={naam}
              onChange={(e) => setNaam(e.target.value)}
              maxLength={100}
            />
          </div>
          <ButtonGroup>
            <Button appearance="secondary-action-button" disabled={!naam.trim() || bezig} onClick={bewaar}>
              {t('import.koppelingOpslaan')}
            </Button>
          </ButtonGroup>
          <div className="wb-import-velden">
            <label htmlFor={ids.peildatum}>{t('import.peildatum')}</label>
            <input
              id={ids.peildatum}
              type="date"
              value={peildatum}
              onChange={(e) => setPeildatum(e.target.value)}
            />
            <span>
              <input
                id={ids.volledig}
                type="checkbox"
                checked={volledig}
                onChange={(e) => setVolledig(e.target.checked)}
              />{' '}
              <label htmlFor={ids.volledig}>{t('import.volledig')}</label>
            </span>
          </div>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={bezig} busy={bezig} onClick={proef}>
              {t('import.proef')}
            </Button>
          </ButtonGroup>
          {proefVoortgang && (
            <div data-testid="import-proef-voortgang">
              <p role="status">
                {t(`import.fase.${proefVoortgang.fase}`, {
                  verwerkt: proefVoortgang.verwerkt.toLocaleString('nl-NL'),
                  totaal: proefVoortgang.totaal.toLocaleString('nl-NL'),
                })}
              </p>
              <progress
                max={proefVoortgang.totaal || 1}
                value={proefVoortgang.totaal ? proefVoortgang.verwerkt : undefined}
                aria-label={t('import.proefVoortgang')}
              />
            </div>
          )}
        </Section>
      )}

      {rapport && (
        // The report replaces the button that asked for it: focus goes to the report, so a keyboard
        // or screen reader user continues there instead of at the top of the page.
        <div ref={rapportRef} tabIndex={-1} data-testid="import-rapport-doel">
          <Section title={t('import.stap.rapport')}>
            <ImportRapportWeergave rapport={rapport} />
            {!rapport.doorgevoerd &&
              rapport.problemen.length === 0 &&
              rapport.wijzigingen.length > 0 &&
              mag('POST /imports') && (
                <ButtonGroup>
                  <Button
                    appearance="primary-action-button"
                    disabled={bezig}
                    onClick={() => setBevestigen(true)}
                  >
                    {t('import.doorvoeren')}
                  </Button>
                </ButtonGroup>
              )}
            <ConfirmDialog
              open={bevestigen}
              title={t('import.doorvoeren')}
              confirmLabel={t('import.doorvoerenJa', { aantal: rapport.wijzigingen.length })}
              busy={bezig}
              onConfirm={doorvoeren}
              onCancel={() => setBevestigen(false)}
            >
              {t('import.doorvoerenBevestig')}
            </ConfirmDialog>
          </Section>
        </div>
      )}
    </>
  );
}

import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { voorstellenDownload } from '../../api/export';
import { ProblemError } from '../../api/http';
import { getOntwikkelbudgetOverzicht } from '../../api/ontwikkeling';
import type { Scenario } from '../../api/scenario';
import {
  type Karakter,
  listVoorstellen,
  maakVoorstel,
  type Ontwikkelbudget,
  updateVoorstelteksten,
  type Voorstel,
} from '../../api/voorstel';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { ErrorSummary } from '../ErrorSummary';
import { ExportLinks } from '../ExportLinks';
import { CheckboxField, SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, getalAlsTekst, parseNumberFields } from '../numbers';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';
import { useResource } from '../useResource';
import { OrganisatienaamForm } from './OrganisatienaamForm';

/** All text fields share this prefix, so the summary of "Voorstel maken" links to them too. */
const PREFIX = 'voorstel';
const VT = 'voorstelteksten';
const OB = `${VT}.ontwikkelbudget`;

interface Regel {
  sleutel: number;
  omschrijving: string;
  bedrag: string;
}

/** The problems of "Voorstel maken" named like the fields of the text form (`voorstelteksten.…`). */
function alsTekstveld(error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.invalidParams.length === 0) return error;
  return new ProblemError(error.status, {
    ...error.problem,
    invalidParams: error.invalidParams.map((p) => {
      const naam = p.name.replace(/^body[./]/, '');
      return { ...p, name: naam.startsWith(`${VT}.`) ? naam : `${VT}.${naam}` };
    }),
  });
}

/**
 * The onderbouwd voorstel of a scenario: its text sections and ontwikkelbudget (saved with the
 * scenario, If-Match), "Voorstel maken" (a frozen, numbered document), and the voorstellen made with
 * their DOCX and PDF.
 */
export function VoorstelPaneel({
  scenario,
  onSaved,
  onReload,
}: {
  scenario: Scenario;
  onSaved(): void;
  onReload(): void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const notify = useNotify();
  const mag = useMag();
  const teksten = scenario.voorstelteksten;
  const ob = teksten.ontwikkelbudget;
  const voorstellen = useResource(
    mag('GET /scenarios/{scenarioId}/voorstellen') ? `voorstellen:${scenario.id}` : null,
    () => listVoorstellen(scenario.id),
  );
  // The texts stay editable after adoption (the voorstel follows the besluit), not after rejection.
  const magWijzigen = voorstellen.data?.mag.tekstenWijzigen ?? false;
  const magMaken = voorstellen.data?.mag.maken ?? false;

  const [aanleiding, setAanleiding] = useState(teksten.aanleiding ?? '');
  const [toelichtingBehoefte, setToelichtingBehoefte] = useState(teksten.toelichtingBehoefte ?? '');
  const [risicos, setRisicos] = useState(teksten.risicos ?? '');
  const [gevraagdBesluit, setGevraagdBesluit] = useState(teksten.gevraagdBesluit ?? '');
  const [metBudget, setMetBudget] = useState(ob !== null);
  const [bedrag, setBedrag] = useState(getalAlsTekst(ob?.bedrag, lang));
  const [begrotingsjaar, setBegrotingsjaar] = useState(
    String(ob?.begrotingsjaar ?? Number(scenario.peildatum.slice(0, 4)) + 1),
  );
  const [karakter, setKarakter] = useState<Karakter | ''>(ob?.karakter ?? '');
  const [onderbouwing, setOnderbouwing] = useState(ob?.onderbouwing ?? '');
  const [regels, setRegels] = useState<Regel[]>(
    (ob?.bestedingen ?? []).map((b, i) => ({
      sleutel: i,
      omschrijving: b.omschrijving,
      bedrag: getalAlsTekst(b.bedrag, lang),
    })),
  );
  const [volgende, setVolgende] = useState(regels.length);

  const labels: Record<string, string> = {
    [`${VT}.aanleiding`]: t('vs.veld.aanleiding'),
    [`${VT}.toelichtingBehoefte`]: t('vs.veld.toelichtingBehoefte'),
    [`${VT}.risicos`]: t('vs.veld.risicos'),
    [`${VT}.gevraagdBesluit`]: t('vs.veld.gevraagdBesluit'),
  };
  if (metBudget) {
    labels[`${OB}.bedrag`] = t('vs.veld.bedrag');
    labels[`${OB}.begrotingsjaar`] = t('vs.veld.begrotingsjaar');
    labels[`${OB}.karakter`] = t('vs.veld.karakter');
    regels.forEach((_r, i) => {
      labels[`${OB}.bestedingen.${i}.omschrijving`] = t('vs.veld.besteding', { nr: i + 1 });
      labels[`${OB}.bestedingen.${i}.bedrag`] = t('vs.veld.bestedingBedrag', { nr: i + 1 });
    });
    labels[`${OB}.onderbouwing`] = t('vs.veld.onderbouwing');
  }
  const form = useForm(PREFIX, labels);
  const maakForm = useForm(PREFIX, labels);

  const opslaan = form.handleSubmit(async () => {
    const velden: Record<string, string> = {};
    if (metBudget) {
      velden[`${OB}.bedrag`] = bedrag;
      velden[`${OB}.begrotingsjaar`] = begrotingsjaar;
      regels.forEach((r, i) => {
        velden[`${OB}.bestedingen.${i}.bedrag`] = r.bedrag;
      });
    }
    const getallen = parseNumberFields(velden, t('fout.geenGetal'));
    const tekst = (s: string) => s.trim() || null;
    await updateVoorstelteksten(scenario.id, scenario.versie, {
      aanleiding: tekst(aanleiding),
      toelichtingBehoefte: tekst(toelichtingBehoefte),
      risicos: tekst(risicos),
      gevraagdBesluit: tekst(gevraagdBesluit),
      ontwikkelbudget: metBudget
        ? asEntered<Ontwikkelbudget>({
            bedrag: getallen[`${OB}.bedrag`] ?? null,
            begrotingsjaar: getallen[`${OB}.begrotingsjaar`] ?? null,
            karakter,
            bestedingen: regels.map((r, i) => ({
              omschrijving: r.omschrijving.trim(),
              bedrag: getallen[`${OB}.bestedingen.${i}.bedrag`] ?? null,
            })),
            onderbouwing: onderbouwing.trim(),
          })
        : null,
    });
    notify(t('vs.opgeslagen'));
    onSaved();
  });

  /**
   * The kadernota request the ontwikkelbudget computes (docs/ontwikkeling.md) as this section's
   * figures: the amount, the year, what it buys (planned activities and the norm for people without
   * a plan) and its basis in words. Filled into the form, not saved: the author still decides.
   */
  const overnemen = async () => {
    const jaar = Number(begrotingsjaar) - 1;
    const overzicht = await getOntwikkelbudgetOverzicht(
      Number.isInteger(jaar) ? jaar : Number(scenario.peildatum.slice(0, 4)),
    );
    const k = overzicht.kadernota;
    if (!k) {
      notify(t('vs.ontwikkelbudget.geenAanvraag'));
      return;
    }
    setBedrag(getalAlsTekst(k.bedrag, lang));
    setBegrotingsjaar(String(k.jaar));
    setOnderbouwing(k.basis);
    const nieuw: Regel[] = [
      {
        sleutel: volgende,
        omschrijving: t('vs.ontwikkelbudget.gepland'),
        bedrag: getalAlsTekst(k.gepland, lang),
      },
      {
        sleutel: volgende + 1,
        omschrijving: t('vs.ontwikkelbudget.norm'),
        bedrag: getalAlsTekst(k.aanvullend, lang),
      },
    ];
    setRegels(nieuw);
    setVolgende((n) => n + 2);
    notify(t('vs.ontwikkelbudget.overgenomen', { jaar: k.jaar }));
  };

  const maak = maakForm.handleSubmit(async () => {
    try {
      const voorstel = await maakVoorstel(scenario.id);
      notify(t('vs.gemaakt', { nummer: voorstel.documentnummer }));
      voorstellen.reload();
    } catch (error) {
      throw alsTekstveld(error);
    }
  });

  const wijzigRegel = (sleutel: number, deel: Partial<Regel>) =>
    setRegels((rs) => rs.map((r) => (r.sleutel === sleutel ? { ...r, ...deel } : r)));

  const tekstveld = (naam: string, waarde: string, zet: (s: string) => void, optioneel: boolean) =>
    magWijzigen ? (
      <TextareaField
        form={form}
        name={`${VT}.${naam}`}
        value={waarde}
        onChange={zet}
        rows={5}
        optional={optioneel}
      />
    ) : (
      <div>
        <Heading level={3}>{labels[`${VT}.${naam}`]}</Heading>
        <p className="wb-scenario-tekst">{waarde || '—'}</p>
      </div>
    );

  return (
    <div data-testid="voorstel-paneel">
      <Paragraph>{t('vs.uitleg')}</Paragraph>
      <form className="wb-form" noValidate onSubmit={opslaan} data-testid="voorstelteksten-form">
        <ErrorSummary form={form} onReload={onReload} />
        {tekstveld('aanleiding', aanleiding, setAanleiding, false)}
        {tekstveld('toelichtingBehoefte', toelichtingBehoefte, setToelichtingBehoefte, true)}
        {tekstveld('risicos', risicos, setRisicos, true)}
        {tekstveld('gevraagdBesluit', gevraagdBesluit, setGevraagdBesluit, false)}
        {magWijzigen && (
          <fieldset className="utrecht-form-fieldset wb-scenario-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('vs.ontwikkelbudget')}</legend>
            <CheckboxField
              form={form}
              name="metBudget"
              label={t('vs.ontwikkelbudget.vragen')}
              checked={metBudget}
              onChange={setMetBudget}
            />
            {metBudget && (
              <>
                {mag('GET /organisatie/ontwikkelbudget') && (
                  <Button appearance="secondary-action-button" onClick={() => void overnemen()}>
                    {t('vs.ontwikkelbudget.overnemen')}
                  </Button>
                )}
                <TextField
                  form={form}
                  name={`${OB}.bedrag`}
                  value={bedrag}
                  onChange={setBedrag}
                  size="md"
                  inputMode="decimal"
                  autoComplete="off"
                />
                <TextField
                  form={form}
                  name={`${OB}.begrotingsjaar`}
                  value={begrotingsjaar}
                  onChange={setBegrotingsjaar}
                  size="sm"
                  inputMode="numeric"
                  autoComplete="off"
                />
                <SelectField
                  form={form}
                  name={`${OB}.karakter`}
                  value={karakter}
                  onChange={(k) => setKarakter(k as Karakter)}
                  options={[
                    { value: 'incidenteel', label: t('vs.karakter.incidenteel') },
                    { value: 'structureel', label: t('vs.karakter.structureel') },
                  ]}
                  placeholder={t('sc.kies')}
                />
                <fieldset className="utrecht-form-fieldset wb-scenario-fieldset">
                  <legend className="utrecht-form-fieldset__legend">{t('vs.bestedingen')}</legend>
                  {regels.map((r, i) => (
                    <div key={r.sleutel} className="wb-scenario-regel" data-testid="besteding">
                      <TextField
                        form={form}
                        name={`${OB}.bestedingen.${i}.omschrijving`}
                        value={r.omschrijving}
                        onChange={(s) => wijzigRegel(r.sleutel, { omschrijving: s })}
                        autoComplete="off"
                      />
                      <TextField
                        form={form}
                        name={`${OB}.bestedingen.${i}.bedrag`}
                        value={r.bedrag}
                        onChange={(s) => wijzigRegel(r.sleutel, { bedrag: s })}
                        size="md"
                        inputMode="decimal"
                        autoComplete="off"
                        optional
                      />
                      <Button
                        appearance="subtle-button"
                        onClick={() => setRegels((rs) => rs.filter((x) => x.sleutel !== r.sleutel))}
                      >
                        {t('vs.besteding.verwijderen', { nr: i + 1 })}
                      </Button>
                    </div>
                  ))}
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      setRegels((rs) => [...rs, { sleutel: volgende, omschrijving: '', bedrag: '' }]);
                      setVolgende((n) => n + 1);
                    }}
                  >
                    {t('vs.besteding.toevoegen')}
                  </Button>
                </fieldset>
                <TextareaField
                  form={form}
                  name={`${OB}.onderbouwing`}
                  value={onderbouwing}
                  onChange={setOnderbouwing}
                  rows={4}
                />
              </>
            )}
          </fieldset>
        )}
        {magWijzigen && <FormKnoppen label={t('vs.opslaan')} busy={form.busy} />}
      </form>

      {magMaken && <OrganisatienaamForm />}
      {magMaken && (
        <form className="wb-form" noValidate onSubmit={maak} data-testid="voorstel-maken">
          <Heading level={3}>{t('vs.maken')}</Heading>
          <Paragraph>{t('vs.maken.uitleg')}</Paragraph>
          <ErrorSummary form={maakForm} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={maakForm.busy}>
              {t('vs.maken')}
            </Button>
          </ButtonGroup>
        </form>
      )}

      <Heading level={3}>{t('vs.lijst')}</Heading>
      {voorstellen.error &&
        (voorstellen.error.isNotFound ? (
          <Paragraph>{t('vs.nietBeschikbaar')}</Paragraph>
        ) : (
          <LoadError error={voorstellen.error} onRetry={voorstellen.reload} />
        ))}
      {voorstellen.loading && !voorstellen.data && <Loading />}
      {voorstellen.data &&
        (voorstellen.data.resultaten.length === 0 ? (
          <Paragraph>{t('vs.lijst.leeg')}</Paragraph>
        ) : (
          <>
            <VoorstellenTabel voorstellen={voorstellen.data.resultaten} />
            <ExportLinks href={(formaat) => voorstellenDownload(scenario.id, formaat)} />
          </>
        ))}
    </div>
  );
}

function VoorstellenTabel({ voorstellen }: { voorstellen: Voorstel[] }) {
  const { t, formatDate } = useI18n();
  return (
    <Tabel caption={t('vs.lijst.caption')} testId="voorstellen">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('vs.kolom.nummer')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vs.kolom.wanneer')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vs.kolom.door')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vs.kolom.sha')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vs.kolom.downloads')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {voorstellen.map((v) => (
          <TableRow key={v.id} data-testid="voorstel">
            <TableHeaderCell scope="row">{v.documentnummer}</TableHeaderCell>
            <TableCell>
              {formatDate(v.gegenereerdOp.slice(0, 10))}{' '}
              {new Date(v.gegenereerdOp).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}
            </TableCell>
            <TableCell>{v.aangemaaktDoor}</TableCell>
            <TableCell>
              <code title={v.sha256}>{v.sha256.slice(0, 12)}</code>
            </TableCell>
            <TableCell>
              <span className="wb-scenario-downloads">
                <a className="utrecht-link" href={v._links.docx.href} download>
                  {t('vs.download.docx')}
                  <span className="wb-visually-hidden">
                    {' '}
                    {t('vs.download.van', { nummer: v.documentnummer, formaat: 'Word' })}
                  </span>
                </a>{' '}
                <a className="utrecht-link" href={v._links.pdf.href} download>
                  {t('vs.download.pdf')}
                  <span className="wb-visually-hidden">
                    {' '}
                    {t('vs.download.van', { nummer: v.documentnummer, formaat: 'PDF' })}
                  </span>
                </a>
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

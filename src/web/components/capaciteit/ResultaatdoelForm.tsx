import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { type Begrotingsprogramma, createResultaatdoel, type Resultaatdoel } from '../../api/capaciteit';
import { ProblemError } from '../../api/http';
import { useI18n } from '../../i18n/i18n';

function Veld({
  id,
  label,
  fout,
  children,
  optioneel,
}: {
  id: string;
  label: ReactNode;
  fout?: string;
  children: ReactNode;
  optioneel?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={`utrecht-form-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
        {optioneel && <span className="wb-optional"> {t('veld.nietVerplicht')}</span>}
      </label>
      {fout && (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {fout}
        </p>
      )}
      {children}
    </div>
  );
}

const getal = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

/** Create a result goal; field errors from the server appear at their fields. */
export function ResultaatdoelForm({
  teamId,
  periode,
  programmas,
  medewerkers,
  onCreated,
}: {
  teamId: string;
  periode: string;
  programmas: Begrotingsprogramma[];
  medewerkers: { medewerkerId: string; naam: string }[];
  onCreated(doel: Resultaatdoel): void;
}) {
  const { t } = useI18n();
  const [titel, setTitel] = useState('');
  const [per, setPer] = useState(periode);
  const [uren, setUren] = useState('');
  const [indicator, setIndicator] = useState('');
  const [doelwaarde, setDoelwaarde] = useState('');
  const [eenheid, setEenheid] = useState('');
  const [eigenaar, setEigenaar] = useState('');
  const [gewichten, setGewichten] = useState<Record<string, string>>({});
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [algemeen, setAlgemeen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fout = (naam: string) =>
    fouten[naam] ??
    Object.entries(fouten).find(([k]) => k.startsWith(`${naam}.`) || k.startsWith(`${naam}[`))?.[1];
  const aria = (id: string, naam: string) => ({
    'aria-invalid': fout(naam) ? true : undefined,
    'aria-describedby': fout(naam) ? `${id}-fout` : undefined,
  });

  const verstuur = async () => {
    setBusy(true);
    setFouten({});
    setAlgemeen(null);
    try {
      const doel = await createResultaatdoel(teamId, {
        periode: per,
        titel,
        geschatteUren: getal(uren) ?? 0,
        beleidsdoelen: Object.entries(gewichten)
          .filter(([, g]) => g.trim() !== '')
          .map(([beleidsdoelId, g]) => ({ beleidsdoelId, gewicht: Number(g.replace(',', '.')) })),
        indicator: indicator || null,
        doelwaarde: getal(doelwaarde) ?? null,
        eenheid: eenheid || null,
        eigenaarMedewerkerId: eigenaar || null,
      });
      setTitel('');
      setUren('');
      setIndicator('');
      setDoelwaarde('');
      setEenheid('');
      setEigenaar('');
      setGewichten({});
      onCreated(doel);
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length > 0) {
        const map: Record<string, string> = {};
        for (const p of error.invalidParams) map[p.name.replace(/^body\./, '')] = p.reason;
        setFouten(map);
        setAlgemeen(t('rd.form.fouten'));
      } else {
        setAlgemeen(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const beleidsdoelen = programmas.flatMap((p) => p.beleidsdoelen.map((b) => ({ ...b, programma: p })));
  return (
    <form
      className="wb-rd-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verstuur();
      }}
    >
      {algemeen && (
        <div role="alert" className="utrecht-alert wb-melding">
          {algemeen}
        </div>
      )}
      <Veld id="rd-titel" label={t('rd.veld.titel')} fout={fout('titel')}>
        <input
          id="rd-titel"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={titel}
          onChange={(e) => setTitel(e.target.value)}
          {...aria('rd-titel', 'titel')}
        />
      </Veld>
      <Veld id="rd-periode" label={t('rd.veld.periode')} fout={fout('periode')}>
        <input
          id="rd-periode"
          className="utrecht-textbox utrecht-textbox--html-input wb-input--sm"
          value={per}
          onChange={(e) => setPer(e.target.value)}
          {...aria('rd-periode', 'periode')}
        />
      </Veld>
      <Veld id="rd-uren" label={t('rd.veld.uren')} fout={fout('geschatteUren')}>
        <input
          id="rd-uren"
          className="utrecht-textbox utrecht-textbox--html-input wb-input--sm"
          inputMode="decimal"
          value={uren}
          onChange={(e) => setUren(e.target.value)}
          {...aria('rd-uren', 'geschatteUren')}
        />
      </Veld>
      <fieldset
        className="utrecht-form-fieldset"
        aria-describedby={fout('beleidsdoelen') ? 'rd-bd-fout' : undefined}
      >
        <legend className="utrecht-form-fieldset__legend">{t('rd.veld.beleidsdoelen')}</legend>
        {fout('beleidsdoelen') && (
          <p className="utrecht-form-field-error-message" id="rd-bd-fout">
            {fout('beleidsdoelen')}
          </p>
        )}
        {beleidsdoelen.length === 0 && <p>{t('rd.geenBeleidsdoelen')}</p>}
        {beleidsdoelen.map((b) => (
          <div key={b.id} className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={`rd-bd-${b.id}`}>
              {t('rd.veld.gewicht', { naam: `${b.programma.code} ${b.naam}` })}
            </label>
            <input
              id={`rd-bd-${b.id}`}
              className="utrecht-textbox utrecht-textbox--html-input wb-input--sm"
              inputMode="decimal"
              value={gewichten[b.id] ?? ''}
              onChange={(e) => setGewichten({ ...gewichten, [b.id]: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
      <Veld id="rd-indicator" label={t('rd.veld.indicator')} fout={fout('indicator')} optioneel>
        <input
          id="rd-indicator"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={indicator}
          onChange={(e) => setIndicator(e.target.value)}
          {...aria('rd-indicator', 'indicator')}
        />
      </Veld>
      <Veld id="rd-doelwaarde" label={t('rd.veld.doelwaarde')} fout={fout('doelwaarde')} optioneel>
        <input
          id="rd-doelwaarde"
          className="utrecht-textbox utrecht-textbox--html-input wb-input--sm"
          inputMode="decimal"
          value={doelwaarde}
          onChange={(e) => setDoelwaarde(e.target.value)}
          {...aria('rd-doelwaarde', 'doelwaarde')}
        />
      </Veld>
      <Veld id="rd-eenheid" label={t('rd.veld.eenheid')} fout={fout('eenheid')} optioneel>
        <input
          id="rd-eenheid"
          className="utrecht-textbox utrecht-textbox--html-input wb-input--sm"
          value={eenheid}
          onChange={(e) => setEenheid(e.target.value)}
          {...aria('rd-eenheid', 'eenheid')}
        />
      </Veld>
      <Veld id="rd-eigenaar" label={t('rd.veld.eigenaar')} fout={fout('eigenaarMedewerkerId')} optioneel>
        <select
          id="rd-eigenaar"
          className="utrecht-select utrecht-select--html-select"
          value={eigenaar}
          onChange={(e) => setEigenaar(e.target.value)}
          {...aria('rd-eigenaar', 'eigenaarMedewerkerId')}
        >
          <option value="">{t('rd.geenEigenaar')}</option>
          {medewerkers.map((m) => (
            <option key={m.medewerkerId} value={m.medewerkerId}>
              {m.naam}
            </option>
          ))}
        </select>
      </Veld>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('rd.aanmaken')}
      </Button>
    </form>
  );
}

import {
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import type { Begrotingsprogramma, NewResultaatdoel, Resultaatdoel } from '../../api/capaciteit';
import { ProblemError } from '../../api/http';
import { type Translate, useI18n } from '../../i18n/i18n';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { getalAlsTekst, parseNumberFields } from '../numbers';
import type { FormState } from '../useForm';

/**
 * The fields of a result goal, shared by the create form (ResultaatdoelForm) and the edit form
 * (ResultaatdoelWijzigenForm): one layout, one way of showing the server's field errors, one way of
 * turning what was typed into the API body.
 */

/** What the user typed, as text (numbers are parsed only when sending). */
export interface ResultaatdoelWaarden {
  titel: string;
  periode: string;
  omschrijving: string;
  geschatteUren: string;
  indicator: string;
  doelwaarde: string;
  eenheid: string;
  eigenaarMedewerkerId: string;
  /** The weight per beleidsdoelId; an empty weight means "does not serve this policy goal". */
  gewichten: Record<string, string>;
}

export interface Medewerkerkeuze {
  medewerkerId: string;
  naam: string;
}

/** Empty fields for a new goal, or the goal's current values. */
export function resultaatdoelWaarden(doel: Resultaatdoel | null, periode: string, lang: string) {
  return {
    titel: doel?.titel ?? '',
    periode: doel?.periode ?? periode,
    omschrijving: doel?.omschrijving ?? '',
    geschatteUren: doel ? getalAlsTekst(doel.geschatteUren, lang) : '',
    indicator: doel?.indicator ?? '',
    doelwaarde: getalAlsTekst(doel?.doelwaarde, lang),
    eenheid: doel?.eenheid ?? '',
    eigenaarMedewerkerId: doel?.eigenaar?.medewerkerId ?? '',
    gewichten: Object.fromEntries(
      (doel?.beleidsdoelen ?? []).map((b) => [b.beleidsdoelId, getalAlsTekst(b.gewicht, lang)]),
    ),
  } satisfies ResultaatdoelWaarden;
}

/** The form field name of the weight of one policy goal. */
const gewichtVeld = (beleidsdoelId: string) => `gewicht.${beleidsdoelId}`;

interface BeleidsdoelKeuze {
  id: string;
  label: string;
}

/** Every policy goal of the programmes, labelled with its programme ("P1 Meer betaalbare woningen"). */
export function beleidsdoelKeuzes(programmas: Begrotingsprogramma[]): BeleidsdoelKeuze[] {
  return programmas.flatMap((p) => p.beleidsdoelen.map((b) => ({ id: b.id, label: `${p.code} ${b.naam}` })));
}

/** The labels of the fields by API name, in form order (for useForm and the error summary). */
export function resultaatdoelLabels(
  t: Translate,
  programmas: Begrotingsprogramma[],
  { metPeriode }: { metPeriode: boolean },
): Record<string, string> {
  return {
    titel: t('rd.veld.titel'),
    ...(metPeriode ? { periode: t('rd.veld.periode') } : {}),
    omschrijving: t('rd.veld.omschrijving'),
    geschatteUren: t('rd.veld.uren'),
    beleidsdoelen: t('rd.veld.beleidsdoelen'),
    ...Object.fromEntries(
      beleidsdoelKeuzes(programmas).map((b) => [gewichtVeld(b.id), t('rd.veld.gewicht', { naam: b.label })]),
    ),
    indicator: t('rd.veld.indicator'),
    doelwaarde: t('rd.veld.doelwaarde'),
    eenheid: t('rd.veld.eenheid'),
    eigenaarMedewerkerId: t('rd.veld.eigenaar'),
  };
}

/**
 * The API body for what was typed (without `periode`). A number field holding text that is not a
 * number becomes a field error before anything is sent.
 */
export function resultaatdoelInvoer(
  w: ResultaatdoelWaarden,
  t: Translate,
): Omit<NewResultaatdoel, 'periode'> & { geschatteUren: number } {
  const gewichten = Object.fromEntries(
    Object.entries(w.gewichten)
      .filter(([, g]) => g.trim() !== '')
      .map(([id, g]) => [gewichtVeld(id), g]),
  );
  const getallen = parseNumberFields<string>(
    { geschatteUren: w.geschatteUren, doelwaarde: w.doelwaarde, ...gewichten },
    t('fout.geenGetal'),
  );
  return {
    titel: w.titel.trim(),
    omschrijving: w.omschrijving.trim() || null,
    geschatteUren: getallen.geschatteUren ?? 0,
    beleidsdoelen: Object.keys(gewichten).map((veld) => ({
      beleidsdoelId: veld.slice('gewicht.'.length),
      gewicht: getallen[veld] as number,
    })),
    indicator: w.indicator.trim() || null,
    doelwaarde: getallen.doelwaarde ?? null,
    eenheid: w.eenheid.trim() || null,
    eigenaarMedewerkerId: w.eigenaarMedewerkerId || null,
  };
}

/**
 * The server names problems with one policy goal by its place in the list sent
 * (`beleidsdoelen.1.gewicht`): a weight error goes to that goal's weight field, any other to the group.
 */
export function koppelingFouten(error: unknown, verstuurd: { beleidsdoelId: string }[]): unknown {
  if (!(error instanceof ProblemError) || error.invalidParams.length === 0) return error;
  const invalidParams = error.invalidParams.map((p) => {
    const match = /^(?:body[./])?beleidsdoelen\.(\d+)(?:\.(\w+))?/.exec(p.name);
    if (!match) return p;
    const id = verstuurd[Number(match[1])]?.beleidsdoelId;
    return { ...p, name: match[2] === 'gewicht' && id ? gewichtVeld(id) : 'beleidsdoelen' };
  });
  return new ProblemError(error.status, { ...error.problem, invalidParams });
}

/** The policy goals with a weight each, as a group with its own error (e.g. "the weights add up to 0,8"). */
function Beleidsdoelen({
  form,
  programmas,
  gewichten,
  onChange,
}: {
  form: FormState;
  programmas: Begrotingsprogramma[];
  gewichten: Record<string, string>;
  onChange(gewichten: Record<string, string>): void;
}) {
  const { t } = useI18n();
  const keuzes = beleidsdoelKeuzes(programmas);
  const id = form.idFor('beleidsdoelen');
  const fout = form.errorFor('beleidsdoelen');
  const uitlegId = `${id}-omschrijving`;
  const foutId = `${id}-fout`;
  return (
    // The group carries the field id (focusable for the error summary's link).
    <fieldset
      id={id}
      tabIndex={-1}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${fout ? ' utrecht-form-fieldset--invalid utrecht-form-field--invalid' : ''}`}
      aria-describedby={[uitlegId, fout ? foutId : ''].filter(Boolean).join(' ')}
    >
      <FieldsetLegend>{form.labels.beleidsdoelen}</FieldsetLegend>
      <FormFieldDescription id={uitlegId}>
        {keuzes.length === 0 ? t('rd.geenBeleidsdoelen') : t('rd.veld.beleidsdoelen.uitleg')}
      </FormFieldDescription>
      {fout && (
        <FormFieldErrorMessage id={foutId}>
          <span className="wb-visually-hidden">{t('fout.prefix')} </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      {keuzes.map((b) => (
        <TextField
          key={b.id}
          form={form}
          name={gewichtVeld(b.id)}
          value={gewichten[b.id] ?? ''}
          onChange={(value) => onChange({ ...gewichten, [b.id]: value })}
          inputMode="decimal"
          size="sm"
          optional
        />
      ))}
    </fieldset>
  );
}

/**
 * The fields themselves. `periode` only for a new goal: a goal stays in its period (its priority
 * belongs to the period's list).
 */
export function ResultaatdoelVelden({
  form,
  waarden,
  onChange,
  programmas,
  medewerkers,
}: {
  form: FormState;
  waarden: ResultaatdoelWaarden;
  onChange(waarden: ResultaatdoelWaarden): void;
  programmas: Begrotingsprogramma[];
  medewerkers: Medewerkerkeuze[];
}) {
  const { t } = useI18n();
  const zet = (naam: Exclude<keyof ResultaatdoelWaarden, 'gewichten'>) => (value: string) =>
    onChange({ ...waarden, [naam]: value });
  return (
    <>
      <TextField form={form} name="titel" value={waarden.titel} onChange={zet('titel')} autoComplete="off" />
      {'periode' in form.labels && (
        <TextField
          form={form}
          name="periode"
          value={waarden.periode}
          onChange={zet('periode')}
          size="sm"
          autoComplete="off"
        />
      )}
      <TextareaField
        form={form}
        name="omschrijving"
        value={waarden.omschrijving}
        onChange={zet('omschrijving')}
        rows={3}
        optional
      />
      <TextField
        form={form}
        name="geschatteUren"
        value={waarden.geschatteUren}
        onChange={zet('geschatteUren')}
        inputMode="decimal"
        size="sm"
        description={t('rd.veld.uren.uitleg')}
      />
      <Beleidsdoelen
        form={form}
        programmas={programmas}
        gewichten={waarden.gewichten}
        onChange={(gewichten) => onChange({ ...waarden, gewichten })}
      />
      <TextField
        form={form}
        name="indicator"
        value={waarden.indicator}
        onChange={zet('indicator')}
        description={t('rd.veld.indicator.uitleg')}
        optional
      />
      <div className="wb-field-row">
        <TextField
          form={form}
          name="doelwaarde"
          value={waarden.doelwaarde}
          onChange={zet('doelwaarde')}
          inputMode="decimal"
          size="sm"
          optional
        />
        <TextField
          form={form}
          name="eenheid"
          value={waarden.eenheid}
          onChange={zet('eenheid')}
          size="sm"
          optional
        />
      </div>
      <SelectField
        form={form}
        name="eigenaarMedewerkerId"
        value={waarden.eigenaarMedewerkerId}
        onChange={zet('eigenaarMedewerkerId')}
        placeholder={t('rd.geenEigenaar')}
        options={medewerkers.map((m) => ({ value: m.medewerkerId, label: m.naam }))}
        optional
      />
    </>
  );
}

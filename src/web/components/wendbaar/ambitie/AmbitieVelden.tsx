import {
  AMBITIE_BRONNEN,
  type Ambitie,
  type NewAmbitie,
  type OpgaveSamenvatting,
} from '../../../api/wendbaar.types';
import { type Translate, useI18n } from '../../../i18n/i18n';
import { TextareaField, TextField } from '../../FormFields';
import { CheckboxGroupField, RadioGroupField } from '../../KeuzeVelden';
import { asEntered, getalAlsTekst, parseNumberFields } from '../../numbers';
import type { FormState } from '../../useForm';

/**
 * The fields of a bestuurlijke ambitie, shared by its create form (title, source, portfolio holder,
 * text) and its edit form, which adds the progress and the opgaven that serve it.
 */
export interface AmbitieWaarden {
  titel: string;
  bron: string;
  portefeuillehouder: string;
  tekst: string;
  voortgang: string;
  voortgangToelichting: string;
  opgaveIds: string[];
}

export function ambitieWaarden(a: Ambitie | null, lang: string): AmbitieWaarden {
  return {
    titel: a?.titel ?? '',
    bron: a?.bron ?? '',
    portefeuillehouder: a?.portefeuillehouder ?? '',
    tekst: a?.tekst ?? '',
    voortgang: getalAlsTekst(a?.voortgang, lang),
    voortgangToelichting: a?.voortgangToelichting ?? '',
    opgaveIds: a?.opgaven.map((o) => o.id) ?? [],
  };
}

export function ambitieLabels(t: Translate, { volledig }: { volledig: boolean }): Record<string, string> {
  return {
    titel: t('wb.amb.titel'),
    bron: t('wb.amb.bron'),
    portefeuillehouder: t('wb.amb.portefeuillehouder'),
    tekst: t('wb.amb.tekst'),
    ...(volledig
      ? {
          voortgang: t('wb.amb.voortgang'),
          voortgangToelichting: t('wb.amb.voortgangToelichting'),
          opgaveIds: t('wb.amb.opgaven'),
        }
      : {}),
  };
}

/**
 * The API body, for creating (the first four fields) and for editing alike; a progress that is not a
 * number becomes a field error before anything is sent, a source not chosen is the server's to refuse.
 */
export function ambitieInvoer(
  w: AmbitieWaarden,
  t: Translate,
  { volledig }: { volledig: boolean },
): NewAmbitie {
  const basis = {
    titel: w.titel.trim(),
    bron: w.bron,
    portefeuillehouder: w.portefeuillehouder.trim(),
    tekst: w.tekst.trim() || null,
  };
  if (!volledig) return asEntered<NewAmbitie>(basis);
  const { voortgang } = parseNumberFields({ voortgang: w.voortgang }, t('fout.geenGetal'));
  return asEntered<NewAmbitie>({
    ...basis,
    voortgang,
    voortgangToelichting: w.voortgangToelichting.trim() || null,
    opgaveIds: w.opgaveIds,
  });
}

export function AmbitieVelden({
  form,
  waarden,
  onChange,
  opgaven,
}: {
  form: FormState;
  waarden: AmbitieWaarden;
  onChange(waarden: AmbitieWaarden): void;
  /** The opgaven to link, for the edit form; absent in the create form. */
  opgaven?: OpgaveSamenvatting[];
}) {
  const { t } = useI18n();
  const zet = (naam: Exclude<keyof AmbitieWaarden, 'opgaveIds'>) => (value: string) =>
    onChange({ ...waarden, [naam]: value });
  return (
    <>
      <TextField form={form} name="titel" value={waarden.titel} onChange={zet('titel')} autoComplete="off" />
      <RadioGroupField
        form={form}
        name="bron"
        value={waarden.bron}
        onChange={zet('bron')}
        keuzes={AMBITIE_BRONNEN.map((b) => ({ value: b, label: t(`wb.amb.bron.${b}`) }))}
      />
      <TextField
        form={form}
        name="portefeuillehouder"
        value={waarden.portefeuillehouder}
        onChange={zet('portefeuillehouder')}
        description={t('wb.amb.portefeuillehouder.uitleg')}
        autoComplete="off"
      />
      <TextareaField
        form={form}
        name="tekst"
        value={waarden.tekst}
        onChange={zet('tekst')}
        rows={3}
        optional
      />
      {'voortgang' in form.labels && (
        <>
          <TextField
            form={form}
            name="voortgang"
            value={waarden.voortgang}
            onChange={zet('voortgang')}
            inputMode="numeric"
            size="sm"
            description={t('wb.amb.voortgang.uitleg')}
            optional
          />
          <TextareaField
            form={form}
            name="voortgangToelichting"
            value={waarden.voortgangToelichting}
            onChange={zet('voortgangToelichting')}
            rows={2}
            optional
          />
        </>
      )}
      {opgaven && opgaven.length > 0 && (
        <CheckboxGroupField
          form={form}
          name="opgaveIds"
          value={waarden.opgaveIds}
          onChange={(opgaveIds) => onChange({ ...waarden, opgaveIds })}
          description={t('wb.amb.opgaven.uitleg')}
          keuzes={opgaven.map((o) => ({ value: o.id, label: o.titel }))}
          optional
        />
      )}
    </>
  );
}

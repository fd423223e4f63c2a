import { Button, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { type Option, SelectField, TextareaField, TextField } from '../FormFields';
import type { FormState } from '../useForm';

/** One field of a row: its key in the row, its part of the API path and how it is entered. */
export interface Kolom {
  sleutel: string;
  /** The path segment in the API name (`doelstellingen.0.omschrijving`); '' for a list of texts. */
  pad?: string;
  label: string;
  soort?: 'tekst' | 'lang' | 'datum' | 'getal' | 'keuze';
  opties?: Option[];
  placeholder?: string;
  optional?: boolean;
}

export type Rij = Record<string, string>;

/** The API name of a field in row `index` (as the server names its errors). */
export function rijVeld(naam: string, index: number, kolom: Kolom): string {
  const pad = kolom.pad ?? kolom.sleutel;
  return pad ? `${naam}.${index}.${pad}` : `${naam}.${index}`;
}

/** The summary labels of every field of every row ("Mijlpaal 2, datum"), for useForm. */
export function rijLabels(
  naam: string,
  kolommen: Kolom[],
  aantal: number,
  rijNaam: (nummer: number) => string,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let i = 0; i < aantal; i++) {
    for (const k of kolommen) labels[rijVeld(naam, i, k)] = `${rijNaam(i + 1)}, ${k.label.toLowerCase()}`;
  }
  return labels;
}

/**
 * A list of rows (goals, milestones, budget lines, …) edited in a form: a group named `legend` (with
 * the list's own error, e.g. "at least one"), each row a fieldset named after its number, a button
 * to remove it and one to add a row. Adding moves focus to the new row's first field, removing to
 * the add button. The group carries the field id of the list, so a summary can link to it.
 */
export function RijenEditor({
  form,
  legend,
  naam,
  kolommen,
  rijen,
  onChange,
  rijNaam,
  toevoegenLabel,
}: {
  form: FormState;
  legend: string;
  /** The API name of the list, e.g. `mijlpalen`. */
  naam: string;
  kolommen: Kolom[];
  rijen: Rij[];
  onChange(rijen: Rij[]): void;
  rijNaam(nummer: number): string;
  toevoegenLabel: string;
}) {
  const t = useT();
  const toevoegen = useRef<HTMLButtonElement>(null);
  const [focusRij, setFocusRij] = useState<number | null>(null);

  useEffect(() => {
    if (focusRij === null) return;
    const eerste = kolommen[0];
    const id = eerste && focusRij < rijen.length ? form.idFor(rijVeld(naam, focusRij, eerste)) : null;
    (id ? document.getElementById(id) : toevoegen.current)?.focus();
    setFocusRij(null);
  }, [focusRij, rijen.length, kolommen, form, naam]);

  const zet = (index: number, sleutel: string, waarde: string) =>
    onChange(rijen.map((rij, i) => (i === index ? { ...rij, [sleutel]: waarde } : rij)));

  const id = form.idFor(naam);
  const fout = form.errorFor(naam);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`wb-rijen utrecht-form-fieldset${fout ? ' utrecht-form-fieldset--invalid utrecht-form-field--invalid' : ''}`}
      aria-describedby={fout ? `${id}-fout` : undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {fout && (
        <FormFieldErrorMessage id={`${id}-fout`}>
          <span className="wb-visually-hidden">{t('fout.prefix')} </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      {rijen.map((rij, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <fieldset key={index} className="wb-rij utrecht-form-fieldset">
          <FieldsetLegend className="wb-rij__titel">{rijNaam(index + 1)}</FieldsetLegend>
          <div className="wb-rij__velden">
            {kolommen.map((k) => {
              const veld = rijVeld(naam, index, k);
              const props = {
                form,
                name: veld,
                label: k.label,
                optional: k.optional,
                value: rij[k.sleutel] ?? '',
                onChange: (waarde: string) => zet(index, k.sleutel, waarde),
              };
              if (k.soort === 'lang') return <TextareaField key={k.sleutel} {...props} rows={2} />;
              if (k.soort === 'keuze')
                return (
                  <SelectField
                    key={k.sleutel}
                    {...props}
                    options={k.opties ?? []}
                    placeholder={k.placeholder}
                  />
                );
              return (
                <TextField
                  key={k.sleutel}
                  {...props}
                  type={k.soort === 'datum' ? 'date' : 'text'}
                  inputMode={k.soort === 'getal' ? 'decimal' : undefined}
                  size={k.soort === 'datum' || k.soort === 'getal' ? 'sm' : 'lg'}
                  autoComplete="off"
                />
              );
            })}
          </div>
          <Button
            appearance="subtle-button"
            className="wb-rij__verwijderen"
            onClick={() => {
              onChange(rijen.filter((_, i) => i !== index));
              setFocusRij(rijen.length);
            }}
          >
            {t('actie.verwijderen')}
            <span className="wb-visually-hidden"> {rijNaam(index + 1)}</span>
          </Button>
        </fieldset>
      ))}
      <Button
        ref={toevoegen}
        appearance="secondary-action-button"
        onClick={() => {
          onChange([...rijen, Object.fromEntries(kolommen.map((k) => [k.sleutel, '']))]);
          setFocusRij(rijen.length);
        }}
      >
        {toevoegenLabel}
      </Button>
    </fieldset>
  );
}

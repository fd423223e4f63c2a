import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import type { FormState } from './useForm';

/** One choice of a group, with an optional explanation after its label. */
export interface Keuze {
  value: string;
  label: string;
  uitleg?: string;
}

interface GroepProps {
  form: FormState;
  /** The API field name: errors with this `name` appear at the group. */
  name: string;
  keuzes: Keuze[];
  label?: ReactNode;
  description?: ReactNode;
  optional?: boolean;
}

/**
 * The frame of a group of radio buttons or checkboxes: a fieldset with its legend, explanation and
 * error. The first input carries the field id, so the error summary's link lands on it.
 */
function Groep({
  form,
  name,
  label,
  description,
  optional,
  children,
  radio,
}: Omit<GroepProps, 'keuzes'> & { children: (id: string, invalid: boolean) => ReactNode; radio?: boolean }) {
  const t = useT();
  const id = form.idFor(name);
  const fout = form.errorFor(name);
  const uitlegId = description ? `${id}-omschrijving` : '';
  const foutId = fout ? `${id}-fout` : '';
  return (
    <Fieldset
      invalid={Boolean(fout)}
      role={radio ? 'radiogroup' : undefined}
      aria-describedby={[uitlegId, foutId].filter(Boolean).join(' ') || undefined}
      className="wb-keuzegroep"
    >
      <FieldsetLegend>
        {label ?? form.labels[name]}
        {optional && <span className="wb-optional"> {t('veld.nietVerplicht')}</span>}
      </FieldsetLegend>
      {description && <FormFieldDescription id={uitlegId}>{description}</FormFieldDescription>}
      {fout && (
        <FormFieldErrorMessage id={foutId}>
          <span className="wb-visually-hidden">{t('fout.prefix')} </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      {children(id, Boolean(fout))}
    </Fieldset>
  );
}

function KeuzeLabel({ keuze }: { keuze: Keuze }) {
  return (
    // One element, so the label's flex layout keeps the explanation in the same line of text.
    <span>
      {keuze.label}
      {keuze.uitleg && <span className="wb-muted wb-keuze__uitleg"> – {keuze.uitleg}</span>}
    </span>
  );
}

/** Exactly one of a few choices, as radio buttons (arrow keys move between them). */
export function RadioGroupField({
  value,
  onChange,
  ...props
}: GroepProps & { value: string; onChange(value: string): void }) {
  return (
    <Groep {...props} radio>
      {(id, invalid) =>
        props.keuzes.map((keuze, index) => {
          const inputId = index === 0 ? id : `${id}-${keuze.value}`;
          const checked = value === keuze.value;
          return (
            <FormField
              key={keuze.value}
              type="radio"
              input={
                <RadioButton
                  id={inputId}
                  name={id}
                  value={keuze.value}
                  checked={checked}
                  invalid={invalid}
                  onChange={() => onChange(keuze.value)}
                />
              }
              label={
                <FormLabel htmlFor={inputId} type="radio" checked={checked}>
                  <KeuzeLabel keuze={keuze} />
                </FormLabel>
              }
            />
          );
        })
      }
    </Groep>
  );
}

/** Any number of choices, as checkboxes; the value keeps the order of the choices. */
export function CheckboxGroupField({
  value,
  onChange,
  ...props
}: GroepProps & { value: string[]; onChange(value: string[]): void }) {
  const wissel = (keuze: string, aan: boolean) =>
    onChange(
      aan
        ? props.keuzes.map((k) => k.value).filter((k) => k === keuze || value.includes(k))
        : value.filter((k) => k !== keuze),
    );
  return (
    <Groep {...props}>
      {(id, invalid) =>
        props.keuzes.map((keuze, index) => {
          const inputId = index === 0 ? id : `${id}-${keuze.value}`;
          const checked = value.includes(keuze.value);
          return (
            <FormField
              key={keuze.value}
              type="checkbox"
              input={
                <Checkbox
                  id={inputId}
                  checked={checked}
                  invalid={invalid}
                  onChange={(event) => wissel(keuze.value, event.target.checked)}
                />
              }
              label={
                <FormLabel htmlFor={inputId} type="checkbox" checked={checked}>
                  <KeuzeLabel keuze={keuze} />
                </FormLabel>
              }
            />
          );
        })
      }
    </Groep>
  );
}

import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import type { FormState } from './useForm';

interface BaseFieldProps {
  form: FormState;
  /** The API field name: errors with this `name` appear at this field. */
  name: string;
  label?: ReactNode;
  description?: ReactNode;
  /** Shows "(niet verplicht)" after the label. */
  optional?: boolean;
  className?: string;
}

function useFieldIds(form: FormState, name: string, hasDescription: boolean) {
  const id = form.idFor(name);
  const error = form.errorFor(name);
  const descriptionId = hasDescription ? `${id}-omschrijving` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, error, descriptionId, errorId, describedBy };
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  const t = useT();
  return (
    <FormLabel htmlFor={htmlFor}>
      {label}
      {optional && <span className="wb-optional"> {t('veld.nietVerplicht')}</span>}
    </FormLabel>
  );
}

interface PartsInput {
  errorId?: string;
  error?: string;
  descriptionId?: string;
  description?: ReactNode;
  errorPrefix: string;
}

function parts(props: PartsInput) {
  return {
    description: props.description ? (
      <FormFieldDescription id={props.descriptionId}>{props.description}</FormFieldDescription>
    ) : undefined,
    errorMessage: props.error ? (
      <FormFieldErrorMessage id={props.errorId}>
        <span className="wb-visually-hidden">{props.errorPrefix} </span>
        {props.error}
      </FormFieldErrorMessage>
    ) : undefined,
  };
}

export interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'date' | 'number' | 'search' | 'tel' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  /** Narrow input for short values (numbers, dates). */
  size?: 'sm' | 'md' | 'lg';
  min?: number | string;
  max?: number | string;
  step?: number | string;
  /** Id of a datalist with suggestions. */
  list?: string;
}

export function TextField(props: TextFieldProps) {
  const t = useT();
  const { form, name, label, optional, value, onChange, type = 'text', size = 'lg' } = props;
  const ids = useFieldIds(form, name, Boolean(props.description));
  const fieldParts = parts({ ...ids, description: props.description, errorPrefix: t('fout.prefix') });
  return (
    <FormField
      className={props.className}
      invalid={Boolean(ids.error)}
      type="text"
      label={<Label htmlFor={ids.id} label={label ?? form.labels[name]} optional={optional} />}
      description={fieldParts.description}
      errorMessage={fieldParts.errorMessage}
      input={
        <Textbox
          id={ids.id}
          name={name}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(ids.error)}
          aria-describedby={ids.describedBy}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          step={props.step}
          list={props.list}
          className={`wb-input-${size}`}
          lang={type === 'date' ? t('taal.code') : undefined}
        />
      }
    />
  );
}

export interface TextareaFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  rows?: number;
}

export function TextareaField(props: TextareaFieldProps) {
  const t = useT();
  const { form, name, label, optional, value, onChange } = props;
  const ids = useFieldIds(form, name, Boolean(props.description));
  const fieldParts = parts({ ...ids, description: props.description, errorPrefix: t('fout.prefix') });
  return (
    <FormField
      className={props.className}
      invalid={Boolean(ids.error)}
      type="text"
      label={<Label htmlFor={ids.id} label={label ?? form.labels[name]} optional={optional} />}
      description={fieldParts.description}
      errorMessage={fieldParts.errorMessage}
      input={
        <Textarea
          id={ids.id}
          name={name}
          value={value}
          rows={props.rows ?? 4}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(ids.error)}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  options: Option[];
  /** Text of an empty first option ("Kies een team"). */
  placeholder?: string;
}

export function SelectField(props: SelectFieldProps) {
  const t = useT();
  const { form, name, label, optional, value, onChange, options, placeholder } = props;
  const ids = useFieldIds(form, name, Boolean(props.description));
  const fieldParts = parts({ ...ids, description: props.description, errorPrefix: t('fout.prefix') });
  return (
    <FormField
      className={props.className}
      invalid={Boolean(ids.error)}
      type="text"
      label={<Label htmlFor={ids.id} label={label ?? form.labels[name]} optional={optional} />}
      description={fieldParts.description}
      errorMessage={fieldParts.errorMessage}
      input={
        <Select
          id={ids.id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(ids.error)}
          aria-describedby={ids.describedBy}
        >
          {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}

export interface CheckboxFieldProps extends BaseFieldProps {
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const t = useT();
  const { form, name, label, checked, onChange } = props;
  const ids = useFieldIds(form, name, Boolean(props.description));
  const fieldParts = parts({ ...ids, description: props.description, errorPrefix: t('fout.prefix') });
  return (
    <FormField
      className={props.className}
      invalid={Boolean(ids.error)}
      type="checkbox"
      input={
        <Checkbox
          id={ids.id}
          name={name}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          invalid={Boolean(ids.error)}
          aria-describedby={ids.describedBy}
        />
      }
      label={
        <FormLabel htmlFor={ids.id} type="checkbox" checked={checked}>
          {label ?? form.labels[name]}
        </FormLabel>
      }
      description={fieldParts.description}
      errorMessage={fieldParts.errorMessage}
    />
  );
}

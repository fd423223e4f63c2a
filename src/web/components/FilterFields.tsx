import { FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useT } from '../i18n/i18n';
import type { Option } from './FormFields';

/** A simple labelled text box for filter forms (no server errors to show). */
export function FilterText({
  id,
  label,
  value,
  onChange,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'search' | 'date';
}) {
  const t = useT();
  return (
    <FormField
      type="text"
      className="wb-filter__field"
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        <Textbox
          id={id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          lang={type === 'date' ? t('taal.code') : undefined}
        />
      }
    />
  );
}

/** A labelled select for filter forms. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: Option[];
}) {
  return (
    <FormField
      type="text"
      className="wb-filter__field"
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
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

import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { ProblemError } from '../../api/http';
import { ROLLEN, type Rol } from '../../api/toegang.types';
import { useT } from '../../i18n/i18n';
import type { FormState } from '../useForm';

/** Server errors about one role (`rollen.2`) belong to the whole group of checkboxes (`rollen`). */
export function rollenFouten(error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.invalidParams.length === 0) return error;
  const invalidParams = error.invalidParams.map((p) =>
    p.name.startsWith('rollen.') ? { ...p, name: 'rollen' } : p,
  );
  return new ProblemError(error.status, { ...error.problem, invalidParams });
}

/** The roles of an account as a group of checkboxes; roles that need a second factor say so. */
export function RollenVeld({
  form,
  value,
  onChange,
}: {
  form: FormState;
  value: Rol[];
  onChange(rollen: Rol[]): void;
}) {
  const t = useT();
  const id = form.idFor('rollen');
  const fout = form.errorFor('rollen');
  const omschrijvingId = `${id}-omschrijving`;
  const foutId = `${id}-fout`;
  const wissel = (rol: Rol, aan: boolean) =>
    onChange(aan ? ROLLEN.filter((r) => r === rol || value.includes(r)) : value.filter((r) => r !== rol));
  return (
    <Fieldset
      invalid={Boolean(fout)}
      aria-describedby={[omschrijvingId, fout ? foutId : ''].filter(Boolean).join(' ')}
      className="wb-rollen"
    >
      <FieldsetLegend>{form.labels.rollen}</FieldsetLegend>
      <FormFieldDescription id={omschrijvingId}>{t('accounts.rollen.uitleg')}</FormFieldDescription>
      {fout && (
        <FormFieldErrorMessage id={foutId}>
          <span className="wb-visually-hidden">{t('fout.prefix')} </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      {ROLLEN.map((rol, index) => {
        // The first checkbox carries the field id: the error summary links to it.
        const checkboxId = index === 0 ? id : `${id}-${rol}`;
        const checked = value.includes(rol);
        return (
          <FormField
            key={rol}
            type="checkbox"
            input={
              <Checkbox id={checkboxId} checked={checked} onChange={(e) => wissel(rol, e.target.checked)} />
            }
            label={
              <FormLabel htmlFor={checkboxId} type="checkbox" checked={checked}>
                {t(`rollen.${rol}`)}
                <span className="wb-muted"> – {t(`rollen.${rol}.uitleg`)}</span>
              </FormLabel>
            }
          />
        );
      })}
    </Fieldset>
  );
}

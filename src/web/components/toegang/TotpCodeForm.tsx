import type { FormEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import type { FormState } from '../useForm';

/**
 * The six-digit code from the authenticator app (the field `code`), as the second step of logging in
 * and to confirm setting it up. Next to the button: stop and log out.
 */
export function TotpCodeForm(props: {
  form: FormState;
  code: string;
  onCode(value: string): void;
  onSubmit(event?: FormEvent): void;
  /** "Inloggen" on the login step, "Bevestigen" when setting it up. */
  submitLabel: string;
  /** Stop and log out. */
  onCancel(): void;
}) {
  const t = useT();
  const { form } = props;
  return (
    <form onSubmit={props.onSubmit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="code"
        value={props.code}
        onChange={props.onCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        size="sm"
        description={t('totp.code.uitleg')}
      />
      <FormKnoppen
        label={props.submitLabel}
        busy={form.busy}
        onCancel={props.onCancel}
        cancelLabel={t('totp.annuleren')}
        cancelAppearance="subtle"
      />
    </form>
  );
}

import { Button } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import type { FormState } from '../useForm';

/** E-mail and password; the server checks both and names what is missing at the field. */
export function InlogForm(props: {
  form: FormState;
  eMail: string;
  wachtwoord: string;
  onEMail(value: string): void;
  onWachtwoord(value: string): void;
  onSubmit(event?: FormEvent): void;
}) {
  const t = useT();
  const { form } = props;
  return (
    <form onSubmit={props.onSubmit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="eMail"
        type="email"
        autoComplete="username"
        value={props.eMail}
        onChange={props.onEMail}
      />
      <TextField
        form={form}
        name="wachtwoord"
        type="password"
        autoComplete="current-password"
        value={props.wachtwoord}
        onChange={props.onWachtwoord}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('inloggen.knop')}
      </Button>
    </form>
  );
}

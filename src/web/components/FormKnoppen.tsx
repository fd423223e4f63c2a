import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export interface FormKnoppenProps {
  /** The submit button's text; it may end in a visually hidden part that says what it is for. */
  label: ReactNode;
  /** The form is being sent: the submit button shows that it is busy. */
  busy: boolean;
  /** Shows a cancel button (type="button", so Enter in a field still submits). */
  onCancel?: () => void;
  /** The cancel button's text; "Annuleren" unless given (the login steps: "Stoppen en uitloggen"). */
  cancelLabel?: string;
  /** 'subtle' where cancelling leaves a step of logging in rather than closing a form. */
  cancelAppearance?: 'secondary' | 'subtle';
}

/** The buttons at the end of a form: submit, and optionally cancel. */
export function FormKnoppen({
  label,
  busy,
  onCancel,
  cancelLabel,
  cancelAppearance = 'secondary',
}: FormKnoppenProps) {
  const t = useT();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {label}
      </Button>
      {onCancel && (
        <Button
          type="button"
          appearance={cancelAppearance === 'subtle' ? 'subtle-button' : 'secondary-action-button'}
          onClick={onCancel}
        >
          {cancelLabel ?? t('actie.annuleren')}
        </Button>
      )}
    </ButtonGroup>
  );
}

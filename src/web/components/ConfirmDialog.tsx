import { AlertDialog, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n';

/**
 * A modal confirmation (native `<dialog>` with showModal: focus moves in and is kept there, Escape
 * cancels, and focus returns to the button that opened it).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <AlertDialog
      ref={ref}
      type="warning"
      className="wb-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <Heading level={2} id={titleId} className="wb-card__title">
        {title}
      </Heading>
      <Paragraph>{children}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('actie.annuleren')}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}

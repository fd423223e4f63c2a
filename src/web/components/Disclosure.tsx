import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DisclosureProps {
  label: ReactNode;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
}

/**
 * A button that shows and hides a panel (aria-expanded + aria-controls). Opening moves focus to the
 * first field of the panel; closing returns focus to the button.
 */
export function Disclosure({ label, open, onToggle, children, appearance }: DisclosureProps) {
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open && !wasOpen.current) {
      panelRef.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    } else if (!open && wasOpen.current) {
      const active = document.activeElement;
      if (!active || active === document.body || panelRef.current?.contains(active) || !active.isConnected) {
        buttonRef.current?.focus();
      }
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <div className={`wb-disclosure${open ? ' wb-disclosure--open' : ''}`}>
      <Button
        ref={buttonRef}
        appearance={appearance ?? 'secondary-action-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onToggle(!open)}
        className="wb-disclosure__button"
      >
        <span className="wb-disclosure__icon" aria-hidden="true">
          {open ? '−' : '+'}
        </span>
        {label}
      </Button>
      <div id={panelId} ref={panelRef} hidden={!open} className="wb-disclosure__panel">
        {open && children}
      </div>
    </div>
  );
}

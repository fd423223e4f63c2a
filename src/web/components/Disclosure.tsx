import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

export interface DisclosureProps {
  label: ReactNode;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
}

/** A button that shows and hides a panel (aria-expanded + aria-controls). */
export function Disclosure({ label, open, onToggle, children, appearance }: DisclosureProps) {
  const panelId = useId();
  return (
    <div className={`wb-disclosure${open ? ' wb-disclosure--open' : ''}`}>
      <Button
        appearance={appearance ?? 'secondary-action-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onToggle(!open)}
      >
        <span className="wb-disclosure__icon" aria-hidden="true">
          {open ? '−' : '+'}
        </span>
        {label}
      </Button>
      <div id={panelId} hidden={!open} className="wb-disclosure__panel">
        {open && children}
      </div>
    </div>
  );
}

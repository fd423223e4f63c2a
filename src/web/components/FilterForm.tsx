import { Button, Heading } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useId } from 'react';
import { useT } from '../i18n/i18n';

/** A filter form above a list; filters apply on submit, not on every keystroke. */
export function FilterForm({
  children,
  onSubmit,
  onReset,
  title,
}: {
  children: ReactNode;
  onSubmit(): void;
  onReset?: () => void;
  title?: string;
}) {
  const t = useT();
  const headingId = useId();
  return (
    <form
      className="wb-filter"
      aria-labelledby={headingId}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Heading level={2} id={headingId} className="wb-filter__title">
        {title ?? t('filter.titel')}
      </Heading>
      <div className="wb-filter__fields">{children}</div>
      <div className="wb-filter__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('filter.toepassen')}
        </Button>
        {onReset && (
          <Button type="button" appearance="subtle-button" onClick={onReset}>
            {t('filter.wissen')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** "24 teams gevonden" — a polite status, so a new result count is announced after filtering. */
export function ResultCount({ children }: { children: ReactNode }) {
  return (
    <p className="wb-result-count" role="status">
      {children}
    </p>
  );
}

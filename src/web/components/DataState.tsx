import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ProblemError } from '../api/client';
import { useT } from '../i18n/i18n';

/** Shown while data loads; announced politely. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="wb-loading" role="status">
      <span className="wb-spinner" aria-hidden="true" />
      {label ?? t('laden.bezig')}
    </p>
  );
}

/** A failed load, with a retry button. */
export function LoadError({ error, onRetry }: { error: ProblemError; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert type="error" role="alert">
      <Heading level={2} className="wb-alert-heading">
        {error.status === 0 ? t('fout.verbinding') : t('fout.laden')}
      </Heading>
      <Paragraph>{error.detail ?? error.title}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('actie.opnieuwProberen')}
        </Button>
      )}
    </Alert>
  );
}

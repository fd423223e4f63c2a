import {
  Alert,
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n';
import type { FormState } from './useForm';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/**
 * The error summary at the top of a form: lists every problem with a link to its field and takes
 * focus after a failed submit. A 412 shows the "changed by somebody else" message with a reload
 * button (`onReload`); `conflict` replaces its general wording, e.g. for a form that reloads by itself.
 */
export function ErrorSummary({
  form,
  onReload,
  conflict,
}: {
  form: FormState;
  onReload?: () => void;
  conflict?: { titel: string; tekst: string };
}) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const visible = form.conflict || form.summary.length > 0;

  useEffect(() => {
    if (form.attempt > 0) ref.current?.focus();
  }, [form.attempt]);

  if (!visible) return null;

  if (form.conflict) {
    return (
      <section ref={ref} tabIndex={-1} className="wb-error-summary" aria-labelledby={headingId}>
        <Alert type="warning">
          <Heading level={2} id={headingId} className="wb-alert-heading">
            {conflict?.titel ?? t('fout.conflict.titel')}
          </Heading>
          <Paragraph>{conflict?.tekst ?? t('fout.conflict.tekst')}</Paragraph>
          {onReload && (
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                form.clear();
                onReload();
              }}
            >
              {t('actie.opnieuwLaden')}
            </Button>
          )}
        </Alert>
      </section>
    );
  }

  return (
    <section ref={ref} tabIndex={-1} className="wb-error-summary" aria-labelledby={headingId}>
      <Alert type="error">
        <Heading level={2} id={headingId} className="wb-alert-heading">
          {t('fout.samenvatting.titel')}
        </Heading>
        <UnorderedList>
          {form.summary.map((item) => {
            if (!item.name) return <UnorderedListItem key={item.message}>{item.message}</UnorderedListItem>;
            const id = form.idFor(item.name);
            return (
              <UnorderedListItem key={item.name}>
                <a className="utrecht-link" href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {form.labels[item.name]}: {item.message}
                </a>
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      </Alert>
    </section>
  );
}

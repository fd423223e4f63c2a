import { type FormEvent, useCallback, useMemo, useState } from 'react';
import type { ProblemError } from '../api/client';
import { toProblemError } from './useResource';

export interface FormMessage {
  /** API field name (e.g. `urenPerWeek`); absent for errors about the whole form. */
  name?: string;
  message: string;
}

export interface FormState {
  idPrefix: string;
  busy: boolean;
  /** Field errors by API field name (the `name` of `invalidParams`). */
  fieldErrors: Record<string, string>;
  /** Errors for the summary, in form order: field errors first, then other problems. */
  summary: FormMessage[];
  /** 412 Precondition Failed: somebody else changed the data first. */
  conflict: boolean;
  /** Increases on every failed submit, so the summary can take focus again. */
  attempt: number;
  labels: Record<string, string>;
  idFor(name: string): string;
  errorFor(name: string): string | undefined;
  clear(): void;
  /** Wraps an async action: clears old errors, runs it, and maps a ProblemError onto the form. */
  handleSubmit(action: () => Promise<void>): (event?: FormEvent) => Promise<void>;
}

/** The id of the field with this API name in the form with this prefix. */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * Form state for a form that the server validates. `labels` maps the API field names this form
 * shows to their visible labels, in the order of the form (used by the error summary).
 */
export function useForm(idPrefix: string, labels: Record<string, string>): FormState {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const { fieldErrors, summary } = useMemo(() => {
    const errors: Record<string, string> = {};
    const other: FormMessage[] = [];
    if (problem && !problem.isConflict) {
      for (const param of problem.invalidParams) {
        const name = param.name.replace(/^body[./]/, '');
        if (name in labels) {
          errors[name] = errors[name] ? `${errors[name]} ${param.reason}` : param.reason;
        } else {
          other.push({ message: name ? `${name}: ${param.reason}` : param.reason });
        }
      }
      if (problem.invalidParams.length === 0) {
        other.push({ message: problem.detail ?? problem.title });
      }
    }
    const ordered: FormMessage[] = Object.keys(labels)
      .filter((name) => errors[name])
      .map((name) => ({ name, message: errors[name] as string }));
    return { fieldErrors: errors, summary: [...ordered, ...other] };
  }, [problem, labels]);

  const clear = useCallback(() => setProblem(null), []);

  const handleSubmit = useCallback(
    (action: () => Promise<void>) => async (event?: FormEvent) => {
      event?.preventDefault();
      if (busy) return;
      setBusy(true);
      setProblem(null);
      try {
        await action();
      } catch (error) {
        setProblem(toProblemError(error));
        setAttempt((n) => n + 1);
      } finally {
        setBusy(false);
      }
    },
    [busy],
  );

  return {
    idPrefix,
    busy,
    fieldErrors,
    summary,
    conflict: problem?.isConflict ?? false,
    attempt,
    labels,
    idFor: (name) => fieldId(idPrefix, name),
    errorFor: (name) => fieldErrors[name],
    clear,
    handleSubmit,
  };
}

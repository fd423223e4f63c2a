import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from '../api/client';

export interface Resource<T> {
  data: T | undefined;
  error: ProblemError | undefined;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  return new ProblemError(0, { title: error instanceof Error ? error.message : String(error) });
}

/**
 * Loads data through the API client. `key` identifies what is loaded: when it changes the data is
 * loaded again. Old data stays visible while reloading.
 */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ProblemError | undefined>(undefined);
  const [loading, setLoading] = useState(key !== null);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger
  useEffect(() => {
    if (key === null) return;
    let active = true;
    setLoading(true);
    loadRef.current().then(
      (result) => {
        if (!active) return;
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!active) return;
        setError(toProblemError(failure));
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload, setData };
}

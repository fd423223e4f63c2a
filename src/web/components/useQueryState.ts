import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router';

type Changes = Record<string, string | number | null | undefined>;

function apply(params: URLSearchParams, changes: Changes, resetPage: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (resetPage && !('pagina' in changes)) next.delete('pagina');
  return next;
}

/** Filter, sort and page state of a list page, kept in the URL so it can be bookmarked and shared. */
export function useQueryState() {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const get = useCallback((key: string, fallback = '') => params.get(key) ?? fallback, [params]);
  const update = useCallback(
    (changes: Changes, resetPage = true) => setParams(apply(params, changes, resetPage)),
    [params, setParams],
  );
  const hrefWith = useCallback(
    (changes: Changes) => {
      const query = apply(params, changes, false).toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [params, pathname],
  );
  /** The page of a paged list: `?pagina=`, 1 when absent or not a page number. */
  const pagina = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  return { params, get, update, hrefWith, pagina };
}

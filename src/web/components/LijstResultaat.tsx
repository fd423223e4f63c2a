import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LoadError, Loading } from './DataState';
import { ResultCount } from './FilterForm';
import { Pagination } from './Pagination';
import { useQueryState } from './useQueryState';
import type { Resource } from './useResource';

/** A list as the API answers it; a paged one also says its page, page size and total. */
interface Lijst {
  resultaten: readonly unknown[];
  aantal?: number;
  pagina?: number;
  paginaGrootte?: number;
}

/**
 * What a list page shows below its filters: a load error with a retry, the number of results (a polite
 * status, so a new count is announced after filtering), loading, the list (or `leeg` when it has no
 * rows) marked busy while it reloads, and for a paged list the page links (`?pagina=` in the URL).
 */
export function LijstResultaat<T extends Lijst>({
  resource,
  aantal,
  leeg,
  children,
}: {
  resource: Pick<Resource<T>, 'data' | 'error' | 'loading' | 'reload'>;
  /** The result count as text ("24 teams gevonden"); without it no count is shown. */
  aantal?: (aantal: number) => string;
  /** Shown instead of the list when it has no rows; without it the list shows anyway. */
  leeg?: string;
  /** The list itself, usually a `Tabel`. */
  children(resultaten: T['resultaten'], data: T): ReactNode;
}) {
  const { data, error, loading, reload } = resource;
  const query = useQueryState();
  return (
    <>
      {error && <LoadError error={error} onRetry={reload} />}
      {aantal && (
        <ResultCount>{data && !loading ? aantal(data.aantal ?? data.resultaten.length) : ''}</ResultCount>
      )}
      {!data && !error && <Loading />}
      {data && (
        <div aria-busy={loading}>
          {leeg !== undefined && data.resultaten.length === 0 ? (
            <Paragraph>{leeg}</Paragraph>
          ) : (
            children(data.resultaten, data)
          )}
          {data.pagina !== undefined && data.paginaGrootte !== undefined && data.aantal !== undefined && (
            <Pagination
              pagina={data.pagina}
              paginaGrootte={data.paginaGrootte}
              aantal={data.aantal}
              hrefFor={(page) => query.hrefWith({ pagina: page })}
            />
          )}
        </div>
      )}
    </>
  );
}

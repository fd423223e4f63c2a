import { useId } from 'react';
import { useT } from '../i18n/i18n';
import { RouterAnchor } from './AppLink';

/** Page numbers to show: first, last, and the current page with its neighbours; null is a gap. */
export function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 1, current, current + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && page - previous > 1) result.push(null);
    result.push(page);
  }
  return result;
}

export interface PaginationProps {
  pagina: number;
  paginaGrootte: number;
  aantal: number;
  /** The link to a page, e.g. `?zoek=a&pagina=3`. */
  hrefFor(page: number): string;
}

/** Pagination as a navigation landmark with links (so pages can be bookmarked and opened). */
export function Pagination({ pagina, paginaGrootte, aantal, hrefFor }: PaginationProps) {
  const t = useT();
  const labelId = useId();
  const last = Math.max(1, Math.ceil(aantal / paginaGrootte));
  if (last <= 1) return null;
  return (
    <nav className="utrecht-pagination wb-pagination" aria-labelledby={labelId}>
      <h2 id={labelId} className="wb-visually-hidden">
        {t('paginering.label')}
      </h2>
      <p className="wb-pagination__status">{t('paginering.status', { pagina, totaal: last })}</p>
      <ul className="wb-pagination__list">
        {pagina > 1 && (
          <li>
            <RouterAnchor
              to={hrefFor(pagina - 1)}
              rel="prev"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            >
              <span aria-hidden="true">‹</span>
              {t('paginering.vorige')}
            </RouterAnchor>
          </li>
        )}
        {pageWindow(pagina, last).map((page, index) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${index}`} className="wb-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <RouterAnchor
                to={hrefFor(page)}
                className={`utrecht-pagination__page-link${page === pagina ? ' utrecht-pagination__page-link--current' : ''}`}
                aria-current={page === pagina ? 'page' : undefined}
                aria-label={t('paginering.pagina', { pagina: page })}
              >
                {page}
              </RouterAnchor>
            </li>
          ),
        )}
        {pagina < last && (
          <li>
            <RouterAnchor
              to={hrefFor(pagina + 1)}
              rel="next"
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            >
              {t('paginering.volgende')}
              <span aria-hidden="true">›</span>
            </RouterAnchor>
          </li>
        )}
      </ul>
    </nav>
  );
}

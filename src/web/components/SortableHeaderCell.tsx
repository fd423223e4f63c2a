import { TableHeaderCell } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export interface SortState {
  field: string;
  descending: boolean;
}

/** '-naam' → { field: 'naam', descending: true } */
export function parseSort(sorteer: string | null, fallback: string): SortState {
  const value = sorteer || fallback;
  return value.startsWith('-')
    ? { field: value.slice(1), descending: true }
    : { field: value, descending: false };
}

export function formatSort(sort: SortState): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

export interface SortableHeaderCellProps {
  field: string;
  sort: SortState;
  onSort(sort: SortState): void;
  children: ReactNode;
  numeric?: boolean;
}

/** A column header with a sort button; the state is exposed with aria-sort. */
export function SortableHeaderCell({ field, sort, onSort, children, numeric }: SortableHeaderCellProps) {
  const t = useT();
  const active = sort.field === field;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
  return (
    <TableHeaderCell scope="col" aria-sort={ariaSort} numericColumn={numeric} className="wb-sortable">
      <button
        type="button"
        className="wb-sort-button"
        onClick={() => onSort({ field, descending: active ? !sort.descending : false })}
      >
        {children}
        <span className="wb-sort-icon" aria-hidden="true">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
        <span className="wb-visually-hidden">
          {active ? (sort.descending ? t('sorteer.aflopend') : t('sorteer.oplopend')) : t('sorteer.niet')}
        </span>
      </button>
    </TableHeaderCell>
  );
}

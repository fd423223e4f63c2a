import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Empty } from '../Empty';

/** Read-only fields of a section: label and value, an empty value as a dash. */
export function Gegevens({ items }: { items: { label: string; waarde: ReactNode }[] }) {
  return (
    <DataList className="wb-data-list">
      {items.map((item) => (
        <DataListItem key={item.label}>
          <DataListKey>{item.label}</DataListKey>
          <DataListValue>{item.waarde ?? <Empty />}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** A longer text as typed (line breaks kept), or a dash. */
export function Tekst({ waarde }: { waarde: string | null | undefined }) {
  return waarde ? <span className="wb-pre-line">{waarde}</span> : <Empty />;
}

/** '' for null: what a text field shows. */
export const tekst = (waarde: string | null | undefined) => waarde ?? '';
/** null for an empty field: what the API stores. */
export const ofNull = (waarde: string) => waarde.trim() || null;

import { Table } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { TableScroll } from './TableScroll';

/**
 * A data table as the app shows them: in a scroll region for small screens, named by a caption that
 * only screen readers read (it also labels the region). The children are its header and body.
 */
export function Tabel({
  caption,
  className,
  testId,
  children,
}: {
  caption: ReactNode;
  /** Classes next to `wb-table`, e.g. `wb-matrix`. */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <Table className={className ? `wb-table ${className}` : 'wb-table'} data-testid={testId}>
        <caption id={captionId} className="wb-visually-hidden">
          {caption}
        </caption>
        {children}
      </Table>
    </TableScroll>
  );
}

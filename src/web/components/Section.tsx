import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

/** A titled section of a page (a region labelled by its h2). */
export function Section({
  title,
  children,
  actions,
  className,
  level = 2,
  anchorId,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
  level?: 2 | 3;
  /** An id for links to this section (e.g. from an error summary); the section can then take focus. */
  anchorId?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={`wb-section${className ? ` ${className}` : ''}`}
      id={anchorId}
      tabIndex={anchorId ? -1 : undefined}
    >
      <div className="wb-section__header">
        <Heading level={level} id={id} className="wb-section__title">
          {title}
        </Heading>
        {actions && <div className="wb-section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

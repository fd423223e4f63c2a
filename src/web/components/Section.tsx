import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

/** A titled section of a page (a region labelled by its h2). */
export function Section({
  title,
  children,
  actions,
  className,
  level = 2,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
  level?: 2 | 3;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`wb-section${className ? ` ${className}` : ''}`}>
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

import type { ReactNode } from 'react';

export interface KeyFigure {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
}

/** Key figures as a description list: the label is the term, the number its value. */
export function KeyFigures({ figures }: { figures: KeyFigure[] }) {
  return (
    <dl className="wb-key-figures">
      {figures.map((figure) => (
        <div key={figure.label} className="wb-key-figure">
          <dt className="wb-key-figure__label">{figure.label}</dt>
          <dd className="wb-key-figure__value">{figure.value}</dd>
          {figure.hint && <dd className="wb-key-figure__hint">{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}

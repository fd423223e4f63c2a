import { Heading } from '@utrecht/component-library-react';
import { createContext, type ReactNode, useContext, useId, useRef } from 'react';
import { MeldingPlek, SectieMelding, useMeldPlek } from '../app/notifications';
import { sectieIdVan, useHeeftInhoud, useInhoudItem } from './PaginaInhoud';

/** Whether a Section is inside another one (only page-level sections go in "Op deze pagina"). */
const BinnenSectie = createContext(false);

/**
 * A titled section of a page (a region labelled by its heading). It is also the place where the
 * success message of an action taken in it shows (useNotify from inside it targets it), and a
 * page-level section of a page with PaginaMetInhoud is listed in its "Op deze pagina".
 */
export function Section({
  title,
  children,
  actions,
  className,
  level = 2,
  anchorId,
  inhoudLabel,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
  level?: 2 | 3;
  /** An id for links to this section (e.g. from an error summary); the section can then take focus. */
  anchorId?: string;
  /** The section's name in "Op deze pagina" when the title is not plain text. */
  inhoudLabel?: string;
}) {
  const id = useId();
  const binnen = useContext(BinnenSectie);
  const label = inhoudLabel ?? (typeof title === 'string' ? title : undefined);
  const inInhoud = useHeeftInhoud() && !binnen && level === 2 && label !== undefined;
  const sectieId = anchorId ?? (inInhoud && label ? sectieIdVan(label) : undefined);
  const plek = sectieId ?? id;
  const ref = useRef<HTMLElement>(null);
  useMeldPlek(plek);
  useInhoudItem(inInhoud ? sectieId : undefined, label, ref);
  return (
    <section
      ref={ref}
      aria-labelledby={id}
      className={`wb-section${className ? ` ${className}` : ''}`}
      id={sectieId}
      tabIndex={sectieId ? -1 : undefined}
    >
      <div className="wb-section__header">
        <Heading level={level} id={id} className="wb-section__title">
          {title}
        </Heading>
        {actions && <div className="wb-section__actions">{actions}</div>}
      </div>
      <SectieMelding plek={plek} />
      <BinnenSectie.Provider value={true}>
        <MeldingPlek value={plek}>{children}</MeldingPlek>
      </BinnenSectie.Provider>
    </section>
  );
}

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../i18n/i18n';

interface InhoudItem {
  id: string;
  label: string;
  element: HTMLElement;
}

interface InhoudApi {
  meld(item: InhoudItem): () => void;
}

const InhoudContext = createContext<InhoudApi | null>(null);

/** Called by a page-level Section: it appears in the page's "Op deze pagina" list while mounted. */
export function useInhoudItem(
  id: string | undefined,
  label: string | undefined,
  ref: { current: HTMLElement | null },
) {
  const api = useContext(InhoudContext);
  useEffect(() => {
    const element = ref.current;
    if (!api || !id || !label || !element) return;
    return api.meld({ id, label, element });
  }, [api, id, label, ref]);
}

/** Whether a page wraps its sections in PaginaMetInhoud (a Section then needs an id to link to). */
export function useHeeftInhoud(): boolean {
  return useContext(InhoudContext) !== null;
}

/** A section id from its heading, for sections that have no fixed anchor. */
export const sectieIdVan = (label: string) =>
  `sectie-${label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Jumps to a section: scrolls it to the top, gives it focus (so Tab continues there) and sets the hash. */
function spring(id: string, gedrag: ScrollBehavior = 'auto') {
  const doel = document.getElementById(id);
  if (!doel) return;
  doel.scrollIntoView({ block: 'start', behavior: gedrag });
  doel.focus({ preventScroll: true });
}

/**
 * A long page's sections with an "Op deze pagina" list (the table-of-contents pattern of GOV.UK and
 * NL Design System): a `nav` of links to the page-level sections, in page order, marking the one
 * being read. On a wide screen it sits beside the sections and stays in view while scrolling; below
 * that it is a list above them (one line of links on a tablet, a plain list on a phone).
 * The sections themselves register (Section at level 2), so a section shown only to some users or in
 * some states is listed exactly when it is there.
 */
export function PaginaMetInhoud({ children, minimum = 3 }: { children: ReactNode; minimum?: number }) {
  const { t } = useI18n();
  const titelId = useId();
  const [items, setItems] = useState<InhoudItem[]>([]);
  const meld = useCallback((item: InhoudItem) => {
    setItems((oud) =>
      [...oud.filter((i) => i.id !== item.id), item].sort((a, b) =>
        a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      ),
    );
    return () => setItems((oud) => oud.filter((i) => i !== item));
  }, []);
  const api = useRef<InhoudApi>({ meld });

  // A reload or a shared link with #section: jump there once that section is on the page.
  const hashGedaan = useRef(false);
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hashGedaan.current || !hash || !items.some((i) => i.id === hash)) return;
    hashGedaan.current = true;
    spring(hash);
  }, [items]);

  const toon = items.length >= minimum;
  const [huidig, setHuidig] = useState<string | null>(null);
  /** The section just jumped to: it stays marked while in view, also when the page cannot scroll it up. */
  const gekozen = useRef<InhoudItem | null>(null);

  // The section being read is marked in the list (the last one whose heading has passed the top).
  useEffect(() => {
    if (!toon) return;
    let frame = 0;
    const volg = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const keuze = gekozen.current?.element.getBoundingClientRect();
        if (gekozen.current && keuze && keuze.top >= 0 && keuze.top < window.innerHeight) {
          setHuidig(gekozen.current.id);
          return;
        }
        gekozen.current = null;
        let laatste: string | null = null;
        for (const item of items) if (item.element.getBoundingClientRect().top <= 32) laatste = item.id;
        setHuidig(laatste);
      });
    };
    volg();
    window.addEventListener('scroll', volg, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', volg);
    };
  }, [toon, items]);
  return (
    <InhoudContext.Provider value={api.current}>
      <div className={toon ? 'wb-met-inhoud' : undefined}>
        {toon && (
          <nav className="wb-pagina-inhoud" aria-labelledby={titelId} data-testid="pagina-inhoud">
            <p className="wb-pagina-inhoud__titel" id={titelId}>
              {t('pagina.inhoud')}
            </p>
            <ul className="wb-pagina-inhoud__lijst">
              {items.map((item) => (
                <li key={item.id}>
                  <a
                    href={`#${item.id}`}
                    aria-current={item.id === huidig ? 'location' : undefined}
                    onClick={(event) => {
                      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                      event.preventDefault();
                      // Keep the router's state: only the hash changes, so a reload comes back here.
                      window.history.replaceState(window.history.state, '', `#${item.id}`);
                      gekozen.current = item;
                      setHuidig(item.id);
                      spring(item.id);
                    }}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className={toon ? 'wb-met-inhoud__tekst' : undefined}>{children}</div>
      </div>
    </InhoudContext.Provider>
  );
}

import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../ConfirmDialog';
import { useVerwijderen } from '../useVerwijderen';

/**
 * Changing and removing on the programme page, the same way for a phase, a theme, a member and an
 * action: a "Wijzigen" button opens the form (focus moves to its first field), closing it returns
 * focus to that button; "Verwijderen" asks in a ConfirmDialog first.
 */

/**
 * Which item is being edited; closing puts focus back on the button that opened the form. `klaar`
 * closes and reloads the list (after a save, or when the form asks to reload after a conflict).
 */
export function useBewerken<T extends { id: string }>(prefix: string, onGewijzigd: () => void) {
  const [item, setItem] = useState<T | null>(null);
  const knopId = (id: string) => `${prefix}-wijzig-${id}`;
  const sluit = () => {
    const id = item?.id;
    setItem(null);
    // After the form is gone (and the list may have been reloaded), the button is there again.
    if (id) setTimeout(() => document.getElementById(knopId(id))?.focus());
  };
  const klaar = () => {
    sluit();
    onGewijzigd();
  };
  return { item, open: setItem, sluit, klaar, knopId };
}

/** The edit form of one item: focus moves to its first field when it opens. */
export function BewerkPaneel({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, []);
  return (
    <div ref={ref} className="wb-card">
      {children}
    </div>
  );
}

/** The buttons of one item; each names the item for a screen reader (visually hidden). */
export function ItemKnoppen({
  naam,
  wijzigen,
  verwijderen,
}: {
  naam: string;
  wijzigen?: { id: string; label: string; open: boolean; onClick(): void };
  verwijderen?: { label: string; onClick(): void };
}) {
  if (!wijzigen && !verwijderen) return null;
  return (
    <ButtonGroup>
      {wijzigen && (
        <Button
          id={wijzigen.id}
          appearance="secondary-action-button"
          aria-expanded={wijzigen.open}
          onClick={wijzigen.onClick}
        >
          {wijzigen.label}
          <span className="wb-visually-hidden">: {naam}</span>
        </Button>
      )}
      {verwijderen && (
        <Button appearance="subtle-button" hint="danger" onClick={verwijderen.onClick}>
          {verwijderen.label}
          <span className="wb-visually-hidden">: {naam}</span>
        </Button>
      )}
    </ButtonGroup>
  );
}

/**
 * Remove after confirmation: `vraag(item)` opens the dialog; `dialoog` is the dialog with the
 * server's message when it refused (409 while something still hangs on it, 412). After a removal
 * the message is given and focus goes to `focusNa` (the button that opened the dialog is gone).
 */
export function useProgrammaVerwijderen<T>({
  verwijder,
  na,
  titel,
  tekst,
  melding,
  focusNa,
  bij,
}: {
  verwijder(item: T): Promise<unknown>;
  na(): void;
  titel: string;
  tekst(item: T): string;
  melding(item: T): string;
  /** The id of the element (a section with anchorId) that takes focus after the removal. */
  focusNa: string;
  /** Where the message shows (a section's id), when the section it was asked from is gone. */
  bij?: string;
}) {
  const t = useT();
  const notify = useNotify();
  const v = useVerwijderen(verwijder, (item: T) => {
    notify(melding(item), bij === undefined ? undefined : { bij });
    na();
    setTimeout(() => document.getElementById(focusNa)?.focus());
  });
  const dialoog = (
    <>
      {v.fout && (
        <Paragraph className="wb-inline-error" role="alert">
          {v.fout}
        </Paragraph>
      )}
      <ConfirmDialog
        open={v.weg !== null}
        title={titel}
        confirmLabel={t('actie.verwijderen')}
        busy={v.bezig}
        onCancel={v.annuleer}
        onConfirm={v.bevestig}
      >
        {v.weg === null ? '' : tekst(v.weg)}
      </ConfirmDialog>
    </>
  );
  return { vraag: v.vraag, dialoog };
}

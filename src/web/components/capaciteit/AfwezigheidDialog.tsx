import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { getAfwezigheid, putAfwezigheid } from '../../api/capaciteit';
import { ProblemError } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import { FormKnoppen } from '../FormKnoppen';
import { parseNumber } from '../numbers';

export interface AfwezigheidDoel {
  medewerkerId: string;
  naam: string;
  week: string;
}

/**
 * A modal (native dialog, Escape closes, focus returns to the cell) to set a week's absence. A
 * 409/412 shows the value that is now stored and lets the user try again with it.
 */
export function AfwezigheidDialog({
  doel,
  onClose,
  onSaved,
}: {
  doel: AfwezigheidDoel | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, formatNumber } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const inputId = useId();
  const [uren, setUren] = useState('');
  const [versie, setVersie] = useState<number | undefined>(undefined);
  const [melding, setMelding] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (doel && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!doel && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [doel]);

  const laad = async (d: AfwezigheidDoel) => {
    const { resultaten } = await getAfwezigheid(d.medewerkerId, d.week, d.week);
    const huidig = resultaten.find((r) => r.week === d.week);
    setUren(huidig ? String(huidig.uren) : '0');
    setVersie(huidig?.versie);
    return huidig;
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per opened cell
  useEffect(() => {
    setMelding(null);
    if (doel) void laad(doel).catch(() => setUren('0'));
  }, [doel]);

  const opslaan = async () => {
    if (!doel) return;
    // An empty field means no absence.
    const waarde = parseNumber(uren) ?? 0;
    if (!Number.isFinite(waarde) || waarde < 0) {
      setMelding(t('cap.afw.ongeldig'));
      return;
    }
    setBusy(true);
    try {
      await putAfwezigheid(doel.medewerkerId, doel.week, waarde, versie);
      onSaved();
    } catch (error) {
      if (error instanceof ProblemError && (error.status === 409 || error.status === 412)) {
        const huidig = await laad(doel).catch(() => undefined);
        setMelding(t('cap.afw.conflict', { uren: formatNumber(huidig?.uren ?? 0) }));
      } else {
        setMelding(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="utrecht-alert-dialog wb-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {doel && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void opslaan();
          }}
        >
          <Heading level={2} id={titleId} className="wb-card__title">
            {t('cap.afw.titel', { naam: doel.naam, week: doel.week })}
          </Heading>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={inputId}>
              {t('cap.afw.uren')}
            </label>
            <input
              id={inputId}
              className="utrecht-textbox utrecht-textbox--html-input"
              inputMode="decimal"
              value={uren}
              onChange={(event) => setUren(event.target.value)}
            />
          </div>
          {melding && (
            <Paragraph role="alert" className="wb-melding">
              {melding}
            </Paragraph>
          )}
          <FormKnoppen label={t('actie.opslaan')} busy={busy} onCancel={onClose} />
        </form>
      )}
    </dialog>
  );
}

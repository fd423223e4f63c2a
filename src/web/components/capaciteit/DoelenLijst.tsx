import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { Resultaatdoel } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { DoelStatus } from './DoelStatus';

/**
 * The goals in priority order, each title a link to the goal's page. Reorder with the "Omhoog"/"Omlaag" buttons, Alt+ArrowUp/Down on a
 * row, or by dragging a row; every move is announced in a live region.
 */
export function DoelenLijst({
  doelen,
  magPrioriteren,
  onVolgorde,
}: {
  doelen: Resultaatdoel[];
  magPrioriteren: boolean;
  onVolgorde(volgorde: string[], verplaatst: Resultaatdoel, positie: number): Promise<void>;
}) {
  const { t, formatNumber } = useI18n();
  const [sleep, setSleep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Where focus goes once the new order is rendered: applied in an effect when saving ends (the new
  // order is set before that), so it never races the re-render (focusing before it lands, or a
  // button disabled while focused, loses focus to <body>).
  const focusNa = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNa.current;
    if (!id || busy) return;
    focusNa.current = null;
    document.getElementById(id)?.focus();
  }, [busy]);

  const verplaats = async (van: number, naar: number, focus?: string) => {
    if (naar < 0 || naar >= doelen.length || van === naar || busy) return;
    const ids = doelen.map((d) => d.id);
    const [id] = ids.splice(van, 1);
    ids.splice(naar, 0, id as string);
    // Keep focus on the moved goal; at the top or bottom the pressed button is disabled, so use the other.
    const verplaatstId = doelen[van]?.id;
    focusNa.current = !focus
      ? null
      : naar === 0
        ? `doel-${verplaatstId}-omlaag`
        : naar === doelen.length - 1
          ? `doel-${verplaatstId}`
          : focus;
    setBusy(true);
    try {
      await onVolgorde(ids, doelen[van] as Resultaatdoel, naar + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ol className="wb-doelen">
      {doelen.map((doel, index) => (
        <li
          key={doel.id}
          className={`wb-doelen__item${sleep === doel.id ? ' wb-doelen__item--sleep' : ''}`}
          draggable={magPrioriteren}
          onDragStart={(event) => {
            setSleep(doel.id);
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', doel.id);
          }}
          onDragEnd={() => setSleep(null)}
          onDragOver={(event) => {
            if (magPrioriteren) event.preventDefault();
          }}
          onDrop={(event) => {
            event.preventDefault();
            const id = event.dataTransfer.getData('text/plain');
            const van = doelen.findIndex((d) => d.id === id);
            setSleep(null);
            if (van >= 0) void verplaats(van, index);
          }}
          onKeyDown={(event) => {
            if (!magPrioriteren || !event.altKey) return;
            if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
              event.preventDefault();
              const naar = event.key === 'ArrowUp' ? index - 1 : index + 1;
              void verplaats(index, naar, `doel-${doel.id}`);
            }
          }}
        >
          <span className="wb-doelen__titel">
            {magPrioriteren && (
              <span className="wb-doelen__greep" aria-hidden="true">
                ⋮⋮{' '}
              </span>
            )}
            <strong id={`doel-${doel.id}-titel`}>
              {doel.prioriteit}. <AppLink to={`/resultaatdoelen/${doel.id}`}>{doel.titel}</AppLink>
            </strong>{' '}
            ({t('rd.uren', { uren: formatNumber(doel.geschatteUren) })}
            {doel.beleidsdoelen.length > 0 &&
              `; ${doel.beleidsdoelen.map((b) => `${b.naam} ${b.gewicht}`).join(', ')}`}
            {doel.eigenaar && `; ${t('rd.eigenaar')}: ${doel.eigenaar.naam}`}){' '}
            <DoelStatus status={doel.status} />
          </span>
          {magPrioriteren && (
            <span className="wb-doelen__knoppen">
              <Button
                id={`doel-${doel.id}`}
                appearance="secondary-action-button"
                disabled={index === 0}
                aria-disabled={busy || undefined}
                aria-describedby={`doel-${doel.id}-titel`}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => void verplaats(index, index - 1, `doel-${doel.id}`)}
              >
                {t('rd.omhoog')}
              </Button>
              <Button
                appearance="secondary-action-button"
                disabled={index === doelen.length - 1}
                aria-disabled={busy || undefined}
                aria-describedby={`doel-${doel.id}-titel`}
                onClick={() => void verplaats(index, index + 1, `doel-${doel.id}-omlaag`)}
                id={`doel-${doel.id}-omlaag`}
              >
                {t('rd.omlaag')}
              </Button>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

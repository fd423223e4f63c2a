import type { WerkdrukNiveau } from '../../api/werkdruk';
import { useT } from '../../i18n/i18n';
import { AppLink } from '../AppLink';

/** A symbol per colour, so the signal reads without colour too (WCAG 1.4.1). */
export const SYMBOOL: Record<WerkdrukNiveau, string> = { groen: '●', oranje: '▲', rood: '■', onbekend: '○' };

/** The signal of one cell: colour, symbol and word; a link when a target is given. */
export function WerkdrukCel({
  niveau,
  naar,
  label,
}: {
  niveau: WerkdrukNiveau;
  naar?: string;
  /** The link's accessible name, naming team and month. */
  label?: string;
}) {
  const t = useT();
  const inhoud = (
    <>
      <span aria-hidden="true">{SYMBOOL[niveau]}</span>
      <span>{t(`wd.niveau.${niveau}`)}</span>
    </>
  );
  const klasse = `wb-wd-cel wb-wd-${niveau}`;
  return naar ? (
    <AppLink to={naar} className={klasse} aria-label={label} data-niveau={niveau}>
      {inhoud}
    </AppLink>
  ) : (
    <span className={klasse} data-niveau={niveau}>
      {inhoud}
    </span>
  );
}

import { useT } from '../i18n/i18n';

/** An empty value: a dash on screen, "geen" for screen readers. */
export function Empty() {
  const t = useT();
  return (
    <span className="wb-muted">
      <span aria-hidden="true">–</span>
      <span className="wb-visually-hidden">{t('algemeen.geen')}</span>
    </span>
  );
}

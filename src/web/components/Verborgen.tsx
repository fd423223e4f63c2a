import { useT } from '../i18n/i18n';

/**
 * A value the server left out because the caller's role may not see it: says so, instead of a dash
 * that would read as "empty". `kort` for table cells, where the column header gives the context.
 */
export function Verborgen({ kort = false }: { kort?: boolean }) {
  const t = useT();
  return (
    <span className="wb-verborgen">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="7" rx="1" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>{' '}
      {kort ? t('zicht.verborgenKort') : t('zicht.verborgen')}
    </span>
  );
}

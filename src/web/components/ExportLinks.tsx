import type { Bestandsformaat } from '../api/export';
import { useI18n } from '../i18n/i18n';

/** "Download CSV · Download Excel" under a list: the list's own filters, every page. */
export function ExportLinks({ href }: { href: (formaat: Bestandsformaat) => string }) {
  const { t } = useI18n();
  return (
    <p className="wb-export">
      <a className="utrecht-link" href={href('csv')} download>
        {t('export.csv')}
      </a>
      {' · '}
      <a className="utrecht-link" href={href('xlsx')} download>
        {t('export.xlsx')}
      </a>
    </p>
  );
}

import type { BehoefteRij } from '../../api/behoefte';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';

/** Where the euro come from: the average yearly cost per FTE of each year, linked to its loonsom. */
export function KostenPerFte({
  kosten,
  organisatie = false,
}: {
  kosten: BehoefteRij['kosten'];
  /** The organisation's own average (not a team's stand-in). */
  organisatie?: boolean;
}) {
  const { t, locale } = useI18n();
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return (
    <div className="wb-bh-kosten" data-testid="bh-kosten">
      <h3 className="utrecht-heading-3">{t('bh.kosten')}</h3>
      <ul>
        {kosten.map((k) => (
          <li key={k.jaar}>
            {k.perFte === null || k.bron === null ? (
              t('bh.kosten.geen', { jaar: String(k.jaar) })
            ) : (
              <AppLink to={k.href}>
                {t(
                  organisatie
                    ? 'bh.kosten.gemiddeld'
                    : k.bron === 'team'
                      ? 'bh.kosten.team'
                      : 'bh.kosten.organisatie',
                  {
                    bedrag: euro.format(k.perFte),
                    jaar: String(k.jaar),
                  },
                )}
              </AppLink>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

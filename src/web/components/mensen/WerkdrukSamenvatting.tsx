import { Paragraph } from '@utrecht/component-library-react';
import { getOrganisatieWerkdruk } from '../../api/werkdruk';
import { useI18n } from '../../i18n/i18n';
import { maandLabel } from '../../routes/werkdruk-organisatie';
import { AppLink } from '../AppLink';
import { LoadError, Loading } from '../DataState';
import { useResource } from '../useResource';

/**
 * How many teams of the organisation are red and amber in the latest month of the heatmap, with the
 * link to it. Counts only (a teamleider too sees the organisation as counts per colour).
 */
export function WerkdrukSamenvatting() {
  const { t, locale } = useI18n();
  const w = useResource('mensen:werkdruk', () => getOrganisatieWerkdruk());
  if (w.error) return <LoadError error={w.error} onRetry={w.reload} />;
  if (!w.data) return <Loading />;
  const laatste = w.data.organisatie.at(-1);
  return (
    <>
      <Paragraph data-testid="mensen-werkdruk">
        {laatste
          ? t('mensen.werkdruk.samenvatting', {
              maand: maandLabel(locale, laatste.maand),
              rood: laatste.rood,
              oranje: laatste.oranje,
              totaal: laatste.rood + laatste.oranje + laatste.groen + laatste.onbekend,
            })
          : t('mensen.werkdruk.geen')}
      </Paragraph>
      <Paragraph>
        <AppLink to="/mensen/werkdruk">{t('mensen.werkdruk.naarHeatmap')}</AppLink>
      </Paragraph>
    </>
  );
}

import type { OrVerzoek } from '../../api/or-dossier';
import { useI18n } from '../../i18n/i18n';

/** The dates the law attaches to the verzoek, in words. */
export function Termijnen({ verzoek: v }: { verzoek: OrVerzoek }) {
  const { t, formatDate } = useI18n();
  const tm = v.termijnen;
  const zinnen: string[] = [];
  if (v.status === 'ingediend' && tm.reactieUiterlijk)
    zinnen.push(t('or.tekst.reactieUiterlijk', { datum: formatDate(tm.reactieUiterlijk) }));
  if (tm.opschorting && !tm.opschorting.afgezien)
    zinnen.push(t('or.tekst.opgeschort', { datum: formatDate(tm.opschorting.uitvoerbaarVanaf) }));
  if (tm.opschorting?.afgezien) zinnen.push(t('or.tekst.afgezien'));
  if (tm.beroepUiterlijk) zinnen.push(t('or.tekst.beroep', { datum: formatDate(tm.beroepUiterlijk) }));
  if (tm.uitvoerbaar.soort === 'geen-instemming') zinnen.push(t('or.tekst.geenInstemming'));
  if (tm.nietigheidUiterlijk)
    zinnen.push(t('or.tekst.nietigheid', { datum: formatDate(tm.nietigheidUiterlijk) }));
  if (v.vervangendeToestemming)
    zinnen.push(
      t('or.tekst.vervangend', {
        datum: formatDate(v.vervangendeToestemming.datum),
        kenmerk: v.vervangendeToestemming.kenmerk,
      }),
    );
  if (tm.uitvoerbaar.soort === 'uitvoerbaar' && tm.uitvoerbaar.vanaf)
    zinnen.push(t('or.tekst.uitvoerbaar', { datum: formatDate(tm.uitvoerbaar.vanaf) }));
  if (zinnen.length === 0) return null;
  return (
    <div data-testid="or-termijnen">
      {zinnen.map((z) => (
        <p key={z}>{z}</p>
      ))}
    </div>
  );
}

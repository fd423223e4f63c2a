import { Heading } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { Inzetverzoek } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Gegevens } from '../wendbaar/Gegevens';

type Gevolgen = NonNullable<Inzetverzoek['gevolgen']>;

/** "week 2, 3 en 5" or "elke week": the weeks a warning is about, as people read them. */
function useWeken() {
  const { t } = useI18n();
  return (weken: string[], alle: number) => {
    if (weken.length === alle) return t('iz.gevolg.elkeWeek');
    const nrs = weken.map((w) => String(Number(w.slice(6))));
    const tekst =
      nrs.length === 1 ? nrs[0]! : `${nrs.slice(0, -1).join(', ')} ${t('iz.gevolg.en')} ${nrs.at(-1)}`;
    return t(nrs.length === 1 ? 'iz.gevolg.inWeek' : 'iz.gevolg.inWeken', { weken: tekst });
  };
}

/**
 * What consent would do, on the card of an open request (issue 17, "approving blind"): the person's
 * free hours in the weeks and the share of the team's capacity left for robust work, before and
 * after, against the team's minimum — with a written warning (not colour alone) when consent goes
 * beyond the free hours or below the reservering. A part the reader may not see is left out.
 */
export function VerzoekGevolgen({ verzoek }: { verzoek: Inzetverzoek }) {
  const { t, formatNumber } = useI18n();
  const titelId = useId();
  const weken = useWeken();
  const g: Gevolgen | null = verzoek.gevolgen;
  if (!g || (!g.medewerker && !g.team)) return null;
  const aantalWeken = Math.round(g.uren / g.urenPerWeek) || 1;
  const uren = (x: number) => t('iz.gevolg.uren', { uren: formatNumber(x) });
  const pct = (x: number | null) => (x === null ? '–' : `${formatNumber(Math.round(x * 100))}%`);
  const waarschuwingen = [
    ...(g.medewerker && g.medewerker.tekortWeken.length > 0
      ? [
          t('iz.gevolg.boven', {
            naam: verzoek.medewerker.naam,
            weken: weken(g.medewerker.tekortWeken, aantalWeken),
          }),
        ]
      : []),
    ...(g.team && g.team.onderReserveringWeken.length > 0
      ? [t('iz.gevolg.onder', { weken: weken(g.team.onderReserveringWeken, aantalWeken) })]
      : []),
  ];
  return (
    <section className="wb-iz-gevolgen" aria-labelledby={titelId} data-testid="verzoek-gevolgen">
      <Heading level={4} id={titelId} className="wb-iz-gevolgen__titel">
        {t(verzoek.status === 'tegenvoorstel' ? 'iz.gevolg.titelTegen' : 'iz.gevolg.titel', {
          uren: formatNumber(g.uren),
        })}
      </Heading>
      <Gegevens
        items={[
          ...(g.medewerker
            ? [
                {
                  label: t('iz.gevolg.vrij'),
                  waarde: t('iz.gevolg.voorNa', {
                    voor: uren(g.medewerker.vrij),
                    na: uren(g.medewerker.vrijNa),
                  }),
                },
              ]
            : []),
          ...(g.team
            ? [
                {
                  label: t('iz.gevolg.reservering'),
                  waarde: t('iz.gevolg.reserveringWaarde', {
                    voor: pct(g.team.robuustVoor),
                    na: pct(g.team.robuustNa),
                    minimum: pct(g.team.reservering),
                  }),
                },
              ]
            : []),
        ]}
      />
      {waarschuwingen.length > 0 && (
        <ul className="wb-iz-gevolgen__let-op">
          {waarschuwingen.map((w) => (
            <li key={w}>
              <strong>{t('iz.gevolg.letOp')}</strong> {w}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

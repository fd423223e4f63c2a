import { Paragraph } from '@utrecht/component-library-react';
import {
  deleteVeranderThemaLid,
  type VeranderThema,
  type VeranderThemaLid,
} from '../../api/veranderprogramma';
import { useI18n } from '../../i18n/i18n';
import { BewerkPaneel, ItemKnoppen, useBewerken, useProgrammaVerwijderen } from './bewerken';
import { LidForm } from './LidForm';

/**
 * A theme's transitieteam: names, roles, hours and period for those who may see names; for the OR
 * and the college only the size and the hours together. Who manages the theme (the trekker too)
 * changes a member's hours or period, or takes them out of the team: the inzet changes with it.
 */
export function LedenLijst({
  thema: x,
  beheren,
  sectieId,
  onGewijzigd,
}: {
  thema: VeranderThema;
  beheren: boolean;
  /** The theme's section: focus goes there after a member was removed. */
  sectieId: string;
  onGewijzigd(): void;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const bewerken = useBewerken<VeranderThemaLid>(`vp-lid-${x.id}`, onGewijzigd);
  const verwijderen = useProgrammaVerwijderen<VeranderThemaLid>({
    verwijder: (l) => deleteVeranderThemaLid(x.id, l.id, l.versie),
    na: onGewijzigd,
    titel: t('programma.lid.verwijderenTitel'),
    tekst: (l) =>
      t('programma.lid.verwijderenTekst', {
        naam: l.medewerker.naam,
        thema: x.naam,
        uren: formatNumber(l.urenPerWeek),
      }),
    melding: (l) => t('programma.lid.verwijderd', { naam: l.medewerker.naam }),
    focusNa: sectieId,
  });
  if (x.leden === null)
    return (
      <Paragraph>
        {t('programma.thema.ledenVerborgen', {
          aantal: x.team.aantalLeden,
          uren: formatNumber(x.team.urenPerWeek),
        })}
      </Paragraph>
    );
  if (x.leden.length === 0) return <Paragraph>{t('programma.thema.geenLeden')}</Paragraph>;
  return (
    <>
      <ul data-testid={`programma-leden-${x.id}`}>
        {x.leden.map((l) => (
          <li key={l.id}>
            {t('programma.lid.regel', {
              naam: l.medewerker.naam,
              rol: l.rol,
              uren: formatNumber(l.urenPerWeek),
            })}{' '}
            ({t('programma.lid.periode', { van: formatDate(l.van), tot: formatDate(l.tot) })})
            {beheren && (
              <ItemKnoppen
                naam={l.medewerker.naam}
                wijzigen={{
                  id: bewerken.knopId(l.id),
                  label: t('programma.lid.wijzigen'),
                  open: bewerken.item?.id === l.id,
                  onClick: () => (bewerken.item?.id === l.id ? bewerken.sluit() : bewerken.open(l)),
                }}
                verwijderen={{ label: t('programma.lid.verwijderen'), onClick: () => verwijderen.vraag(l) }}
              />
            )}
            {bewerken.item?.id === l.id && (
              <BewerkPaneel>
                <LidForm
                  themaId={x.id}
                  lid={bewerken.item}
                  onOpgeslagen={bewerken.klaar}
                  onAnnuleer={bewerken.sluit}
                  onHerladen={bewerken.klaar}
                />
              </BewerkPaneel>
            )}
          </li>
        ))}
      </ul>
      {verwijderen.dialoog}
    </>
  );
}

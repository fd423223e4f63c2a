import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { vandaag } from '../../../domain/datum';
import {
  deleteVeranderActie,
  updateVeranderActie,
  type VeranderActie,
  type VeranderThema,
} from '../../api/veranderprogramma';
import { useI18n } from '../../i18n/i18n';
import { DateText } from '../DateText';
import { ErrorSummary } from '../ErrorSummary';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';
import { ActieForm } from './ActieForm';
import { BewerkPaneel, ItemKnoppen, useBewerken, useProgrammaVerwijderen } from './bewerken';

/**
 * A theme's actions and milestones: owner, date, and open, overdue (in words, never by colour
 * alone) or done on which day. Who manages the theme marks one done (or opens it again) with one
 * click, changes it in a form below the table, or removes it after confirming.
 */
export function ActieTabel({
  thema: x,
  schrijven,
  sectieId,
  onGewijzigd,
}: {
  thema: VeranderThema;
  schrijven: boolean;
  /** The theme's section: focus goes there after an action was removed. */
  sectieId: string;
  onGewijzigd(): void;
}) {
  const { t, formatDate } = useI18n();
  const [bezig, setBezig] = useState<string | null>(null);
  const stand = useForm(`vp-stand-${x.id}`, {});
  const bewerken = useBewerken<VeranderActie>(`vp-actie-${x.id}`, onGewijzigd);
  const verwijderen = useProgrammaVerwijderen<VeranderActie>({
    verwijder: (a) => deleteVeranderActie(x.id, a.id, a.versie),
    na: onGewijzigd,
    titel: t('programma.actie.verwijderenTitel'),
    tekst: (a) => t('programma.actie.verwijderenTekst', { titel: a.titel }),
    melding: (a) => t('programma.actie.verwijderd', { titel: a.titel }),
    focusNa: sectieId,
  });
  if (x.acties.length === 0) return <Paragraph>{t('programma.thema.geenActies')}</Paragraph>;
  const wissel = (a: VeranderActie) =>
    stand.handleSubmit(async () => {
      setBezig(a.id);
      try {
        await updateVeranderActie(x.id, a.id, a.versie, {
          status: a.status === 'gereed' ? 'open' : 'gereed',
          ...(a.status === 'open' && { gereedOp: vandaag() }),
        });
        onGewijzigd();
      } finally {
        setBezig(null);
      }
    });
  return (
    <>
      <ErrorSummary form={stand} onReload={onGewijzigd} />
      <Tabel caption={`${t('programma.thema.acties')}: ${x.naam}`} testId={`programma-acties-${x.id}`}>
        <thead>
          <tr>
            <th scope="col">{t('programma.actie.titel')}</th>
            <th scope="col">{t('programma.actie.soort')}</th>
            <th scope="col">{t('programma.actie.eigenaar')}</th>
            <th scope="col">{t('programma.actie.datum')}</th>
            <th scope="col">{t('programma.actie.status')}</th>
            {schrijven && <th scope="col">{t('programma.kolom.beheer')}</th>}
          </tr>
        </thead>
        <tbody>
          {x.acties.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.titel}
                {a.toelichting && <div className="wb-muted">{a.toelichting}</div>}
              </th>
              <td>{t(`programma.actie.soort.${a.soort}`)}</td>
              <td>{a.eigenaar?.naam ?? ''}</td>
              <td>{a.datum && <DateText value={a.datum} />}</td>
              <td>
                {a.status === 'gereed' ? (
                  t('programma.actie.gereed', { datum: formatDate(a.gereedOp) })
                ) : a.verlopen ? (
                  <strong>{t('programma.actie.verlopen')}</strong>
                ) : (
                  t('programma.actie.open')
                )}
                {schrijven && (
                  <>
                    {' '}
                    <Button appearance="secondary-action-button" busy={bezig === a.id} onClick={wissel(a)}>
                      {a.status === 'gereed'
                        ? t('programma.actie.heropenen')
                        : t('programma.actie.gereedMelden')}
                      <span className="wb-visually-hidden">: {a.titel}</span>
                    </Button>
                  </>
                )}
              </td>
              {schrijven && (
                <td>
                  <ItemKnoppen
                    naam={a.titel}
                    wijzigen={{
                      id: bewerken.knopId(a.id),
                      label: t('actie.wijzigen'),
                      open: bewerken.item?.id === a.id,
                      onClick: () => (bewerken.item?.id === a.id ? bewerken.sluit() : bewerken.open(a)),
                    }}
                    verwijderen={{ label: t('actie.verwijderen'), onClick: () => verwijderen.vraag(a) }}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Tabel>
      {verwijderen.dialoog}
      {bewerken.item && (
        <BewerkPaneel key={bewerken.item.id}>
          <ActieForm
            themaId={x.id}
            actie={bewerken.item}
            onOpgeslagen={bewerken.klaar}
            onAnnuleer={bewerken.sluit}
            onHerladen={bewerken.klaar}
          />
        </BewerkPaneel>
      )}
    </>
  );
}

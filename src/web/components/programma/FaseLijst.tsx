import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { deleteVeranderFase, type VeranderFase } from '../../api/veranderprogramma';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { Disclosure } from '../Disclosure';
import { BewerkPaneel, ItemKnoppen, useBewerken, useProgrammaVerwijderen } from './bewerken';
import { FaseForm } from './FaseForm';

/** The id of the phases' section: focus goes there after a phase was removed. */
export const FASEN_SECTIE = 'programma-fasen-sectie';

/**
 * The phases as a numbered timeline (the running one is the current step), each with its period
 * and goal; for the directeur and programmaregisseur with change and remove (the server's `mag`)
 * and a form to add one.
 */
export function FaseLijst({
  fases,
  aanmaken,
  onGewijzigd,
}: {
  fases: VeranderFase[];
  aanmaken: boolean;
  onGewijzigd(): void;
}) {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const [nieuw, setNieuw] = useState(false);
  const bewerken = useBewerken<VeranderFase>('vp-fase', onGewijzigd);
  const kop = (f: VeranderFase) => t('programma.fase.kop', { nummer: f.volgnummer, naam: f.naam });
  const verwijderen = useProgrammaVerwijderen<VeranderFase>({
    verwijder: (f) => deleteVeranderFase(f.id, f.versie),
    na: onGewijzigd,
    titel: t('programma.fase.verwijderenTitel'),
    tekst: (f) => t('programma.fase.verwijderenTekst', { nummer: f.volgnummer, naam: f.naam }),
    melding: (f) => t('programma.fase.verwijderd', { nummer: f.volgnummer }),
    focusNa: FASEN_SECTIE,
  });
  const magWijzigen = (f: VeranderFase) => f.mag.wijzigen && mag('PATCH /verander-fases/{faseId}');
  const magVerwijderen = (f: VeranderFase) => f.mag.verwijderen && mag('DELETE /verander-fases/{faseId}');
  return (
    <>
      {fases.length === 0 ? (
        <Paragraph>{t('programma.geenFases')}</Paragraph>
      ) : (
        <ol className="wb-fasen" data-testid="programma-fasen">
          {fases.map((f) => (
            <li key={f.id} aria-current={f.status === 'lopend' ? 'step' : undefined}>
              <strong>{kop(f)}</strong>{' '}
              <Badge
                tone={f.status === 'lopend' ? 'active' : f.status === 'afgerond' ? 'neutral' : 'inactive'}
              >
                {t(`programma.fase.status.${f.status}`)}
              </Badge>
              {(f.van || f.tot) && (
                <>
                  {' '}
                  ({formatDate(f.van)} – {formatDate(f.tot)})
                </>
              )}
              {f.doel && <div>{f.doel}</div>}
              <ItemKnoppen
                naam={kop(f)}
                wijzigen={
                  magWijzigen(f)
                    ? {
                        id: bewerken.knopId(f.id),
                        label: t('actie.wijzigen'),
                        open: bewerken.item?.id === f.id,
                        onClick: () => (bewerken.item?.id === f.id ? bewerken.sluit() : bewerken.open(f)),
                      }
                    : undefined
                }
                verwijderen={
                  magVerwijderen(f)
                    ? { label: t('actie.verwijderen'), onClick: () => verwijderen.vraag(f) }
                    : undefined
                }
              />
              {bewerken.item?.id === f.id && (
                <BewerkPaneel>
                  <FaseForm
                    fase={bewerken.item}
                    onOpgeslagen={bewerken.klaar}
                    onAnnuleer={bewerken.sluit}
                    onHerladen={bewerken.klaar}
                  />
                </BewerkPaneel>
              )}
            </li>
          ))}
        </ol>
      )}
      {fases.some((f) => magWijzigen(f) && !f.mag.verwijderen) && (
        <Paragraph>{t('programma.fase.blijft')}</Paragraph>
      )}
      {verwijderen.dialoog}
      {aanmaken && (
        <Disclosure label={t('programma.fase.nieuw')} open={nieuw} onToggle={setNieuw}>
          <FaseForm onOpgeslagen={onGewijzigd} />
        </Disclosure>
      )}
    </>
  );
}

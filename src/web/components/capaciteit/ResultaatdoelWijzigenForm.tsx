import { useState } from 'react';
import { type Begrotingsprogramma, type Resultaatdoel, updateResultaatdoel } from '../../api/capaciteit';
import { ProblemError } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import {
  koppelingFouten,
  type Medewerkerkeuze,
  ResultaatdoelVelden,
  resultaatdoelInvoer,
  resultaatdoelLabels,
  resultaatdoelWaarden,
} from './ResultaatdoelVelden';

/**
 * Reads the goal again after a 412; answers the current goal, or null when that failed as well.
 * Shared by the forms of the goal's page, which all send `If-Match` with the goal's `versie`.
 */
export type HaalActueel = () => Promise<Resultaatdoel | null>;

/**
 * Runs a PATCH; on a 412 it loads the current goal first (so the form can show what is saved now)
 * and then lets the form show the conflict message.
 */
export async function metConflictHerladen<T>(
  actie: () => Promise<T>,
  haalActueel: HaalActueel,
  onActueel: (doel: Resultaatdoel | null) => void,
): Promise<T> {
  try {
    return await actie();
  } catch (error) {
    if (error instanceof ProblemError && error.isConflict) onActueel(await haalActueel());
    throw error;
  }
}

/**
 * Edit a result goal (PATCH with If-Match). Same fields and error display as the create form; a 412
 * loads the current values into the form and says that somebody else changed the goal.
 */
export function ResultaatdoelWijzigenForm({
  doel,
  programmas,
  medewerkers,
  haalActueel,
  onSaved,
  onCancel,
}: {
  doel: Resultaatdoel;
  programmas: Begrotingsprogramma[];
  medewerkers: Medewerkerkeuze[];
  haalActueel: HaalActueel;
  onSaved(doel: Resultaatdoel): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const [waarden, setWaarden] = useState(() => resultaatdoelWaarden(doel, doel.periode, lang));
  const [herladen, setHerladen] = useState(true);
  const form = useForm('rd-wijzigen', resultaatdoelLabels(t, programmas, { metPeriode: false }));
  // The current owner stays choosable, also when they are no longer in the team.
  const eigenaren =
    doel.eigenaar && !medewerkers.some((m) => m.medewerkerId === doel.eigenaar?.medewerkerId)
      ? [doel.eigenaar, ...medewerkers]
      : medewerkers;

  const submit = form.handleSubmit(async () => {
    const invoer = resultaatdoelInvoer(waarden, t);
    try {
      const saved = await metConflictHerladen(
        () => updateResultaatdoel(doel.id, doel.versie, invoer),
        haalActueel,
        (actueel) => {
          setHerladen(actueel !== null);
          if (actueel) setWaarden(resultaatdoelWaarden(actueel, actueel.periode, lang));
        },
      );
      onSaved(saved);
    } catch (error) {
      throw koppelingFouten(error, invoer.beleidsdoelen);
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        conflict={{
          titel: t('rd.conflict.titel'),
          tekst: herladen ? t('rd.conflict.tekst') : t('fout.conflict.tekst'),
        }}
        onReload={
          herladen
            ? undefined
            : () => {
                void haalActueel().then((actueel) => {
                  if (actueel) setWaarden(resultaatdoelWaarden(actueel, actueel.periode, lang));
                });
              }
        }
      />
      <ResultaatdoelVelden
        form={form}
        waarden={waarden}
        onChange={setWaarden}
        programmas={programmas}
        medewerkers={eigenaren}
      />
      <FormKnoppen label={t('actie.wijzigingenOpslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

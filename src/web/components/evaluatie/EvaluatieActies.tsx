import { useState } from 'react';
import { createEvaluatieActie, type Evaluatie, updateEvaluatieActie } from '../../api/evaluatie';
import { useI18n } from '../../i18n/i18n';
import { TextField } from '../FormFields';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { useForm } from '../useForm';
import { VervolgActieForm, VervolgActies } from '../VervolgActies';

/**
 * The follow-up actions of an evaluation with owner, date and progress: a button to report one done
 * (or open again) for whoever may (the owner, or those who write evaluations), and while the
 * evaluation is a concept a form to add one.
 */
export function EvaluatieActies({
  evaluatie: e,
  toevoegen,
  onGewijzigd,
}: {
  evaluatie: Evaluatie;
  /** The session may add actions (the server's `mag` and the route). */
  toevoegen: boolean;
  onGewijzigd(): void;
}) {
  const { t, formatDate } = useI18n();
  return (
    <VervolgActies
      gebied="evaluatie"
      acties={e.acties.map((a) => ({
        id: a.id,
        omschrijving: a.omschrijving,
        // null for a session that sees no names (OR, college).
        eigenaar: a.eigenaar ? a.eigenaar.naam : <em>{t('evaluatie.actie.eigenaarVerborgen')}</em>,
        datum: a.datum,
        gereed: a.status === 'gereed' ? t('evaluatie.actie.gereed', { datum: formatDate(a.gereedOp) }) : null,
        verlopen: a.verlopen,
        magWisselen: a.mag.afronden,
        wissel: () =>
          updateEvaluatieActie(e.id, a.id, a.versie, { status: a.status === 'gereed' ? 'open' : 'gereed' }),
      }))}
      onGewijzigd={onGewijzigd}
    >
      {toevoegen && <ActieForm evaluatieId={e.id} onToegevoegd={onGewijzigd} />}
    </VervolgActies>
  );
}

function ActieForm({ evaluatieId, onToegevoegd }: { evaluatieId: string; onToegevoegd(): void }) {
  const { t } = useI18n();
  const [omschrijving, setOmschrijving] = useState('');
  const [eigenaar, setEigenaar] = useState<GekozenMedewerker | null>(null);
  const [datum, setDatum] = useState('');
  const form = useForm('evaluatie-actie-nieuw', {
    omschrijving: t('evaluatie.actie.omschrijving'),
    eigenaarMedewerkerId: t('evaluatie.actie.eigenaar'),
    datum: t('evaluatie.actie.datum'),
  });
  return (
    <VervolgActieForm
      gebied="evaluatie"
      form={form}
      omschrijving={omschrijving}
      onOmschrijving={setOmschrijving}
      opslaan={async () => {
        await createEvaluatieActie(evaluatieId, {
          omschrijving,
          eigenaarMedewerkerId: eigenaar?.id ?? '',
          datum,
        });
        setOmschrijving('');
        setEigenaar(null);
        setDatum('');
        onToegevoegd();
      }}
    >
      <MedewerkerKiezer form={form} name="eigenaarMedewerkerId" value={eigenaar} onChange={setEigenaar} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
    </VervolgActieForm>
  );
}

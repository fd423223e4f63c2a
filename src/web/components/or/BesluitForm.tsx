import { useState } from 'react';
import { besluitOpOrVerzoek, type OrVerzoek } from '../../api/or-dossier';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/**
 * The directeur records the decision, when the OR was told, and whether it follows the advice. The
 * decision then replaces the form: the message in the section takes focus.
 */
export function BesluitForm({ verzoek, onGewijzigd }: { verzoek: OrVerzoek; onGewijzigd(): void }) {
  const t = useT();
  const notify = useNotify();
  const [tekst, setTekst] = useState('');
  const [datum, setDatum] = useState('');
  const [orGeinformeerdOp, setOrGeinformeerdOp] = useState('');
  const [volgtAdvies, setVolgtAdvies] = useState(true);
  const advies = verzoek.soort === 'advies';
  const form = useForm('or-besluit', {
    tekst: t('or.veld.besluitTekst'),
    datum: t('or.veld.datum'),
    orGeinformeerdOp: t('or.veld.orGeinformeerdOp'),
    ...(advies && { volgtAdvies: t('or.veld.volgtAdvies') }),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await besluitOpOrVerzoek(verzoek.id, verzoek.versie, {
          tekst,
          datum,
          ...(orGeinformeerdOp && { orGeinformeerdOp }),
          ...(advies && { volgtAdvies }),
        });
        notify(t('or.besluitVastgelegd'), { focus: true });
        onGewijzigd();
      })}
    >
      <ErrorSummary form={form} onReload={onGewijzigd} />
      <TextareaField form={form} name="tekst" value={tekst} onChange={setTekst} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <TextField
        form={form}
        name="orGeinformeerdOp"
        type="date"
        size="sm"
        optional
        value={orGeinformeerdOp}
        onChange={setOrGeinformeerdOp}
      />
      {advies && (
        <CheckboxField form={form} name="volgtAdvies" checked={volgtAdvies} onChange={setVolgtAdvies} />
      )}
      <FormKnoppen label={t('or.besluiten')} busy={form.busy} />
    </form>
  );
}

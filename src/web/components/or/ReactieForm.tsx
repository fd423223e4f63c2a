import { useState } from 'react';
import { type OrVerzoek, reageerOpOrVerzoek } from '../../api/or-dossier';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/**
 * The OR records its advice (advice request) or its consent (consent request). The answer then
 * replaces the form: the message in the section takes focus.
 */
export function ReactieForm({ verzoek, onGewijzigd }: { verzoek: OrVerzoek; onGewijzigd(): void }) {
  const t = useT();
  const notify = useNotify();
  const veld = verzoek.soort === 'instemming' ? 'instemming' : 'advies';
  const keuzes =
    veld === 'advies'
      ? (['positief', 'negatief', 'voorwaardelijk'] as const)
      : (['gegeven', 'geweigerd'] as const);
  const [uitkomst, setUitkomst] = useState<string>(keuzes[0]);
  const [tekst, setTekst] = useState('');
  const form = useForm('or-reactie', { [veld]: t(`or.veld.${veld}`), tekst: t('or.veld.tekst') });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await reageerOpOrVerzoek(verzoek.id, verzoek.versie, { [veld]: uitkomst, tekst } as never);
        notify(t('or.reactieVastgelegd'), { focus: true });
        onGewijzigd();
      })}
    >
      <ErrorSummary form={form} onReload={onGewijzigd} />
      <SelectField
        form={form}
        name={veld}
        value={uitkomst}
        onChange={setUitkomst}
        options={keuzes.map((k) => ({ value: k, label: t(`or.reactie.${k}`) }))}
      />
      <TextareaField form={form} name="tekst" value={tekst} onChange={setTekst} />
      <FormKnoppen label={t('or.reageren')} busy={form.busy} />
    </form>
  );
}

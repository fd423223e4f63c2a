import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { addLeidinggevende } from '../../api/client';
import type { Leiderschap, Team } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { todayIso, withReasons } from '../numbers';
import { useForm } from '../useForm';

/**
 * Appoints a teamleider (basisteam) or directeur (directie) from a date. The server allows one
 * teamleider per basisteam at a time and says so at the field.
 */
export function LeiderAanstellenForm({
  team,
  onSaved,
  onCancel,
}: {
  team: Team;
  onSaved(leiderschap: Leiderschap): void;
  onCancel(): void;
}) {
  const t = useT();
  const directie = team.soort === 'directie';
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const [ingangsdatum, setIngangsdatum] = useState(todayIso());
  const [gemeentesecretaris, setGemeentesecretaris] = useState(false);
  const form = useForm('leider-aanstellen', {
    medewerkerId: directie ? t('rol.directeur') : t('rol.teamleider'),
    ingangsdatum: t('veld.ingangsdatum'),
    ...(directie ? { gemeentesecretaris: t('leiding.gemeentesecretaris') } : {}),
  });
  const submit = form.handleSubmit(async () => {
    const l = await addLeidinggevende(team.id, {
      medewerkerId: medewerker?.id ?? '',
      rol: directie ? 'directeur' : 'teamleider',
      ingangsdatum,
      ...(directie ? { gemeentesecretaris } : {}),
    }).catch((error: unknown) => {
      throw withReasons(error, { medewerkerId: !medewerker && t('leiding.kiesMedewerker') });
    });
    onSaved(l);
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} />
      <Paragraph className="wb-muted">
        {directie ? t('leiding.aanstellen.uitlegDirectie') : t('leiding.aanstellen.uitleg')}
      </Paragraph>
      <MedewerkerKiezer form={form} name="medewerkerId" value={medewerker} onChange={setMedewerker} />
      <TextField
        form={form}
        name="ingangsdatum"
        type="date"
        size="sm"
        value={ingangsdatum}
        onChange={setIngangsdatum}
      />
      {directie && (
        <CheckboxField
          form={form}
          name="gemeentesecretaris"
          checked={gemeentesecretaris}
          onChange={setGemeentesecretaris}
        />
      )}
      <FormKnoppen label={t('leiding.aanstellen.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

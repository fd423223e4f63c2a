import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { addLeidinggevende } from '../../api/client';
import type { LeiderschapWijziging, Team } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { RedenField, redenVoor, useTerugwerkendeDagen } from '../medewerker/Terugwerkend';
import { todayIso, withReasons } from '../numbers';
import { useForm } from '../useForm';

/**
 * Appoints a teamleider (basisteam) or directeur (directie) from a date. The server allows one
 * teamleider per basisteam and one gemeentesecretaris at a time and says so at the field; a date far
 * back asks for a reason. Sent with If-Match of the team's versie; a 412 offers to reload.
 */
export function LeiderAanstellenForm({
  team,
  onSaved,
  onCancel,
  onReload,
}: {
  team: Team;
  onSaved(wijziging: LeiderschapWijziging): void;
  onCancel(): void;
  onReload(): void;
}) {
  const t = useT();
  const directie = team.soort === 'directie';
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const [ingangsdatum, setIngangsdatum] = useState(todayIso());
  const [gemeentesecretaris, setGemeentesecretaris] = useState(false);
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const form = useForm('leider-aanstellen', {
    medewerkerId: directie ? t('rol.directeur') : t('rol.teamleider'),
    ingangsdatum: t('veld.ingangsdatum'),
    ...(directie ? { gemeentesecretaris: t('leiding.gemeentesecretaris') } : {}),
    reden: t('terugwerkend.reden'),
  });
  const submit = form.handleSubmit(async () => {
    const l = await addLeidinggevende(team.id, team.versie, {
      medewerkerId: medewerker?.id ?? '',
      rol: directie ? 'directeur' : 'teamleider',
      ingangsdatum,
      ...(directie ? { gemeentesecretaris } : {}),
      reden: redenVoor(form, ingangsdatum, dagen, reden),
    }).catch((error: unknown) => {
      throw withReasons(error, { medewerkerId: !medewerker && t('leiding.kiesMedewerker') });
    });
    onSaved(l);
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} onReload={onReload} />
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
      <RedenField form={form} datum={ingangsdatum} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen label={t('leiding.aanstellen.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

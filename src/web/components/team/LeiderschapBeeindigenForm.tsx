import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { endLeidinggevende } from '../../api/client';
import type { Leiderschap, LeiderschapWijziging, Team } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { RedenField, redenVoor, useTerugwerkendeDagen } from '../medewerker/Terugwerkend';
import { todayIso } from '../numbers';
import { useForm } from '../useForm';

/**
 * Ends a leadership on a date (the last day); the history keeps it. A basisteam has a teamleider on
 * every date it exists, so whoever takes over is named here and appointed from the next day in the
 * same request; without one the server refuses to leave the team without a teamleider and says from
 * which date. Sent with If-Match of the team's versie; a 412 offers to reload.
 */
export function LeiderschapBeeindigenForm({
  team,
  leiderschap,
  onSaved,
  onCancel,
  onReload,
}: {
  team: Team;
  leiderschap: Leiderschap;
  onSaved(wijziging: LeiderschapWijziging): void;
  onCancel(): void;
  onReload(): void;
}) {
  const t = useT();
  const teamleider = leiderschap.rol === 'teamleider';
  const [einddatum, setEinddatum] = useState(todayIso());
  const [opvolger, setOpvolger] = useState<GekozenMedewerker | null>(null);
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const form = useForm('leiderschap-beeindigen', {
    einddatum: t('leiding.einddatum'),
    'opvolger.medewerkerId': t('leiding.opvolger'),
    reden: t('terugwerkend.reden'),
  });
  const titel = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titel.current?.focus();
  }, []);
  const submit = form.handleSubmit(async () => {
    onSaved(
      await endLeidinggevende(leiderschap.teamId, leiderschap.id, team.versie, {
        einddatum,
        ...(opvolger ? { opvolger: { medewerkerId: opvolger.id } } : {}),
        reden: redenVoor(form, einddatum, dagen, reden),
      }),
    );
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-card wb-card--subtle">
      <Heading level={3} ref={titel} tabIndex={-1} className="wb-card__title">
        {t('leiding.beeindigen.titel', { naam: leiderschap.naam })}
      </Heading>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField
        form={form}
        name="einddatum"
        type="date"
        size="sm"
        value={einddatum}
        onChange={setEinddatum}
        description={t('leiding.einddatum.uitleg')}
      />
      <Paragraph className="wb-muted">
        {teamleider ? t('leiding.opvolger.uitleg') : t('leiding.opvolger.uitlegDirectie')}
      </Paragraph>
      <MedewerkerKiezer
        form={form}
        name="opvolger.medewerkerId"
        value={opvolger}
        onChange={setOpvolger}
        optional
      />
      <RedenField form={form} datum={einddatum} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen label={t('leiding.beeindigen.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

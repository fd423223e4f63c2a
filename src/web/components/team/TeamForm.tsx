import { useState } from 'react';
import { createTeam, listTeams, updateTeam } from '../../api/client';
import type { Team, TeamSoort, Terugwerkend } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { RedenField, redenVoor, useTerugwerkendeDagen } from '../medewerker/Terugwerkend';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

export interface TeamFormProps {
  /** The team to edit; absent for a new team. */
  team?: Team;
  /** With `terugwerkend` when a change of the dissolution date changed figures already shown. */
  onSaved(team: Team & { terugwerkend?: Terugwerkend | null }): void;
  onCancel?: () => void;
  onReload?: () => void;
}

/** Create or edit a team. Errors of the server appear at the fields and in the summary. */
export function TeamForm({ team, onSaved, onCancel, onReload }: TeamFormProps) {
  const t = useT();
  const [naam, setNaam] = useState(team?.naam ?? '');
  const [soort, setSoort] = useState<string>(team?.soort ?? '');
  const [parentId, setParentId] = useState(team?.parentId ?? '');
  const [omschrijving, setOmschrijving] = useState(team?.omschrijving ?? '');
  const [opgehevenOp, setOpgehevenOp] = useState(team?.opgehevenOp ?? '');
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  // Dissolving, or undoing it, changes the team from the earlier of the old and new date.
  const ingang =
    [opgehevenOp, team?.opgehevenOp ?? '']
      .filter((d) => d !== '' && opgehevenOp !== (team?.opgehevenOp ?? ''))
      .sort()[0] ?? '';
  const teams = useResource('teams-alle', () =>
    listTeams({ paginaGrootte: 500, status: 'actief', sorteer: 'naam' }),
  );

  const labels: Record<string, string> = team
    ? {
        naam: t('veld.teamnaam'),
        parentId: t('veld.bovenliggendTeam'),
        omschrijving: t('veld.omschrijving'),
        opgehevenOp: t('veld.opgehevenOp'),
        reden: t('terugwerkend.reden'),
      }
    : {
        naam: t('veld.teamnaam'),
        soort: t('veld.soort'),
        parentId: t('veld.bovenliggendTeam'),
        omschrijving: t('veld.omschrijving'),
      };
  const form = useForm(team ? 'team-wijzigen' : 'team-nieuw', labels);

  const parentOptions = (teams.data?.resultaten ?? [])
    .filter((candidate) => candidate.id !== team?.id)
    .map((candidate) => ({ value: candidate.id, label: candidate.naam }));

  const submit = form.handleSubmit(async () => {
    const saved = team
      ? await updateTeam(team.id, team.versie, {
          naam: naam.trim(),
          parentId: parentId || null,
          omschrijving: omschrijving.trim() || null,
          opgehevenOp: opgehevenOp || null,
          reden: redenVoor(form, ingang, dagen, reden),
        })
      : await createTeam({
          naam: naam.trim(),
          soort: soort as TeamSoort,
          parentId: parentId || null,
          omschrijving: omschrijving.trim() || null,
        });
    onSaved(saved);
  });

  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      {!team && (
        <SelectField
          form={form}
          name="soort"
          value={soort}
          onChange={setSoort}
          placeholder={t('veld.kies')}
          options={[
            { value: 'basisteam', label: t('soort.basisteam') },
            { value: 'directie', label: t('soort.directie') },
          ]}
          description={t('veld.soort.uitleg')}
        />
      )}
      <SelectField
        form={form}
        name="parentId"
        value={parentId}
        onChange={setParentId}
        placeholder={t('veld.geenBovenliggendTeam')}
        options={parentOptions}
        optional
      />
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        optional
      />
      {team && (
        <TextField
          form={form}
          name="opgehevenOp"
          type="date"
          size="sm"
          value={opgehevenOp}
          onChange={setOpgehevenOp}
          optional
          description={t('veld.opgehevenOp.uitleg')}
        />
      )}
      {team && <RedenField form={form} datum={ingang} dagen={dagen} value={reden} onChange={setReden} />}
      <FormKnoppen
        label={team ? t('actie.wijzigingenOpslaan') : t('teamNieuw.opslaan')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}

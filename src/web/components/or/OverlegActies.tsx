import { useState } from 'react';
import { vandaag } from '../../../domain/datum';
import { createOrOverlegActie, type OrOverleg, updateOrOverlegActie } from '../../api/or-dossier';
import { useI18n, useT } from '../../i18n/i18n';
import { TextField } from '../FormFields';
import { useForm } from '../useForm';
import { VervolgActieForm, VervolgActies } from '../VervolgActies';

/**
 * The actions agreed in a meeting, each with its owner (free text: the OR or a department may own
 * one) and due date, tracked to done: marked done today, or opened again.
 */
export function OverlegActies({
  overleg: o,
  schrijven,
  onGewijzigd,
}: {
  overleg: OrOverleg;
  /** The session may keep the actions (the server's `mag` and the route). */
  schrijven: boolean;
  onGewijzigd(): void;
}) {
  const { t, formatDate } = useI18n();
  return (
    <VervolgActies
      gebied="or"
      acties={o.acties.map((a) => ({
        id: a.id,
        omschrijving: a.omschrijving,
        eigenaar: a.eigenaar,
        datum: a.deadline,
        gereed: a.afgerondOp ? t('or.actie.afgerondOp', { datum: formatDate(a.afgerondOp) }) : null,
        verlopen: a.verlopen,
        magWisselen: schrijven,
        wissel: () =>
          updateOrOverlegActie(o.id, a.id, a.versie, { afgerondOp: a.afgerondOp ? null : vandaag() }),
      }))}
      onGewijzigd={onGewijzigd}
    >
      {schrijven && <ActieForm overlegId={o.id} onToegevoegd={onGewijzigd} />}
    </VervolgActies>
  );
}

function ActieForm({ overlegId, onToegevoegd }: { overlegId: string; onToegevoegd(): void }) {
  const t = useT();
  const [omschrijving, setOmschrijving] = useState('');
  const [eigenaar, setEigenaar] = useState('');
  const [deadline, setDeadline] = useState('');
  const form = useForm('or-actie-nieuw', {
    omschrijving: t('or.actie.omschrijving'),
    eigenaar: t('or.actie.eigenaar'),
    deadline: t('or.actie.datum'),
  });
  return (
    <VervolgActieForm
      gebied="or"
      form={form}
      omschrijving={omschrijving}
      onOmschrijving={setOmschrijving}
      opslaan={async () => {
        await createOrOverlegActie(overlegId, { omschrijving, eigenaar, deadline: deadline || null });
        setOmschrijving('');
        setEigenaar('');
        setDeadline('');
        onToegevoegd();
      }}
    >
      <TextField form={form} name="eigenaar" size="md" value={eigenaar} onChange={setEigenaar} />
      <TextField
        form={form}
        name="deadline"
        type="date"
        size="sm"
        optional
        value={deadline}
        onChange={setDeadline}
      />
    </VervolgActieForm>
  );
}

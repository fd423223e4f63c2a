import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { vandaag } from '../../../domain/datum';
import { createOrOverlegActie, type OrOverleg, updateOrOverlegActie } from '../../api/or-dossier';
import { useT } from '../../i18n/i18n';
import { DateText } from '../DateText';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';

/**
 * The actions agreed in a meeting, each with its owner and due date, tracked to done: a table with
 * a button to mark one done (today) or open again, and a form to add one.
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
  const t = useT();
  const [bezig, setBezig] = useState<string | null>(null);
  const stand = useForm('or-actie-stand', {});
  return (
    <>
      {o.acties.length === 0 ? (
        <Paragraph>{t('or.overleg.geenActies')}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={stand} onReload={onGewijzigd} />
          <Tabel caption={t('or.acties')} testId="or-overleg-acties">
            <thead>
              <tr>
                <th scope="col">{t('or.actie.omschrijving')}</th>
                <th scope="col">{t('or.actie.eigenaar')}</th>
                <th scope="col">{t('or.actie.deadlineVeld')}</th>
                <th scope="col">{t('or.actie.status')}</th>
              </tr>
            </thead>
            <tbody>
              {o.acties.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.omschrijving}</th>
                  <td>{a.eigenaar}</td>
                  <td>{a.deadline && <DateText value={a.deadline} />}</td>
                  <td>
                    {a.afgerondOp ? (
                      <>
                        {t('or.actie.afgerond')} (<DateText value={a.afgerondOp} />)
                      </>
                    ) : a.verlopen ? (
                      <strong>{t('or.actie.verlopen')}</strong>
                    ) : (
                      t('or.actie.open')
                    )}
                    {schrijven && (
                      <>
                        {' '}
                        <Button
                          appearance="secondary-action-button"
                          busy={bezig === a.id}
                          onClick={stand.handleSubmit(async () => {
                            setBezig(a.id);
                            try {
                              await updateOrOverlegActie(o.id, a.id, a.versie, {
                                afgerondOp: a.afgerondOp ? null : vandaag(),
                              });
                              onGewijzigd();
                            } finally {
                              setBezig(null);
                            }
                          })}
                        >
                          {a.afgerondOp ? t('or.actie.heropenen') : t('or.actie.afronden')}
                          <span className="wb-visually-hidden">: {a.omschrijving}</span>
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        </>
      )}
      {schrijven && <ActieForm overlegId={o.id} onToegevoegd={onGewijzigd} />}
    </>
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
    deadline: t('or.actie.deadlineVeld'),
  });
  return (
    <form
      noValidate
      aria-labelledby="or-actie-nieuw-kop"
      onSubmit={form.handleSubmit(async () => {
        await createOrOverlegActie(overlegId, { omschrijving, eigenaar, deadline: deadline || null });
        setOmschrijving('');
        setEigenaar('');
        setDeadline('');
        onToegevoegd();
      })}
    >
      <h3 id="or-actie-nieuw-kop">{t('or.actie.nieuw')}</h3>
      <ErrorSummary form={form} />
      <TextField form={form} name="omschrijving" value={omschrijving} onChange={setOmschrijving} />
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
      <FormKnoppen label={t('or.actie.toevoegen')} busy={form.busy} />
    </form>
  );
}

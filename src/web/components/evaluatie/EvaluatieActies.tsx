import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createEvaluatieActie, type Evaluatie, updateEvaluatieActie } from '../../api/evaluatie';
import { useI18n } from '../../i18n/i18n';
import { DateText } from '../DateText';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';

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
  const [bezig, setBezig] = useState<string | null>(null);
  const stand = useForm('evaluatie-actie-stand', {});
  return (
    <>
      {e.acties.length === 0 ? (
        <Paragraph>{t('evaluatie.geenActies')}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={stand} onReload={onGewijzigd} />
          <Tabel caption={t('evaluatie.acties')} testId="evaluatie-acties">
            <thead>
              <tr>
                <th scope="col">{t('evaluatie.actie.omschrijving')}</th>
                <th scope="col">{t('evaluatie.actie.eigenaar')}</th>
                <th scope="col">{t('evaluatie.actie.datum')}</th>
                <th scope="col">{t('evaluatie.actie.status')}</th>
              </tr>
            </thead>
            <tbody>
              {e.acties.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.omschrijving}</th>
                  <td>{a.eigenaar ? a.eigenaar.naam : <em>{t('evaluatie.actie.eigenaarVerborgen')}</em>}</td>
                  <td>
                    <DateText value={a.datum} />
                  </td>
                  <td>
                    {a.status === 'gereed' ? (
                      t('evaluatie.actie.gereed', { datum: formatDate(a.gereedOp) })
                    ) : a.verlopen ? (
                      <strong>{t('evaluatie.actie.verlopen')}</strong>
                    ) : (
                      t('evaluatie.actie.open')
                    )}
                    {a.mag.afronden && (
                      <>
                        {' '}
                        <Button
                          appearance="secondary-action-button"
                          busy={bezig === a.id}
                          onClick={stand.handleSubmit(async () => {
                            setBezig(a.id);
                            try {
                              await updateEvaluatieActie(e.id, a.id, a.versie, {
                                status: a.status === 'gereed' ? 'open' : 'gereed',
                              });
                              onGewijzigd();
                            } finally {
                              setBezig(null);
                            }
                          })}
                        >
                          {a.status === 'gereed'
                            ? t('evaluatie.actie.heropenen')
                            : t('evaluatie.actie.afronden')}
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
      {toevoegen && <ActieForm evaluatieId={e.id} onToegevoegd={onGewijzigd} />}
    </>
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
    <form
      noValidate
      aria-labelledby="evaluatie-actie-nieuw-kop"
      onSubmit={form.handleSubmit(async () => {
        await createEvaluatieActie(evaluatieId, {
          omschrijving,
          eigenaarMedewerkerId: eigenaar?.id ?? '',
          datum,
        });
        setOmschrijving('');
        setEigenaar(null);
        setDatum('');
        onToegevoegd();
      })}
    >
      <h3 id="evaluatie-actie-nieuw-kop">{t('evaluatie.actie.nieuw')}</h3>
      <ErrorSummary form={form} />
      <TextField form={form} name="omschrijving" value={omschrijving} onChange={setOmschrijving} />
      <MedewerkerKiezer form={form} name="eigenaarMedewerkerId" value={eigenaar} onChange={setEigenaar} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <FormKnoppen label={t('evaluatie.actie.toevoegen')} busy={form.busy} />
    </form>
  );
}

import { Button, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/i18n';
import { DateText } from './DateText';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './FormFields';
import { FormKnoppen } from './FormKnoppen';
import { Tabel } from './Tabel';
import { type FormState, useForm } from './useForm';

/**
 * The areas with follow-up actions. Each has the texts `<gebied>.acties` (the caption),
 * `<gebied>.geenActies` and `<gebied>.actie.*` in its dictionary; the compiler checks they exist.
 */
export type ActieGebied = 'evaluatie' | 'or';

/** One follow-up action as the table shows it; how it is stored stays with the area. */
export interface VervolgActie {
  id: string;
  omschrijving: string;
  eigenaar: ReactNode;
  datum: string | null;
  /** What the state column says once it is done (with the date); null while it is open. */
  gereed: ReactNode | null;
  verlopen: boolean;
  /** The session may mark it done or open it again. */
  magWisselen: boolean;
  /** Saves the other state: done when open, open again when done. */
  wissel(): Promise<unknown>;
}

/**
 * Follow-up actions with owner, date and state, tracked to done: a table with a button on each row
 * to mark it done or open it again (whoever may), and below it the area's form to add one. Shared by
 * the evaluations and the OR meetings, which differ only in how an action is stored and who owns it.
 */
export function VervolgActies({
  gebied,
  acties,
  onGewijzigd,
  children,
}: {
  gebied: ActieGebied;
  acties: readonly VervolgActie[];
  onGewijzigd(): void;
  /** The form to add an action, when the session may. */
  children?: ReactNode;
}) {
  const t = useT();
  const [bezig, setBezig] = useState<string | null>(null);
  const stand = useForm(`${gebied}-actie-stand`, {});
  return (
    <>
      {acties.length === 0 ? (
        <Paragraph>{t(`${gebied}.geenActies`)}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={stand} onReload={onGewijzigd} />
          <Tabel caption={t(`${gebied}.acties`)} testId={`${gebied}-acties`}>
            <thead>
              <tr>
                <th scope="col">{t(`${gebied}.actie.omschrijving`)}</th>
                <th scope="col">{t(`${gebied}.actie.eigenaar`)}</th>
                <th scope="col">{t(`${gebied}.actie.datum`)}</th>
                <th scope="col">{t(`${gebied}.actie.status`)}</th>
              </tr>
            </thead>
            <tbody>
              {acties.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.omschrijving}</th>
                  <td>{a.eigenaar}</td>
                  <td>{a.datum && <DateText value={a.datum} />}</td>
                  <td>
                    {a.gereed ??
                      (a.verlopen ? (
                        <strong>{t(`${gebied}.actie.verlopen`)}</strong>
                      ) : (
                        t(`${gebied}.actie.open`)
                      ))}
                    {a.magWisselen && (
                      <>
                        {' '}
                        <Button
                          appearance="secondary-action-button"
                          busy={bezig === a.id}
                          onClick={stand.handleSubmit(async () => {
                            setBezig(a.id);
                            try {
                              await a.wissel();
                              onGewijzigd();
                            } finally {
                              setBezig(null);
                            }
                          })}
                        >
                          {a.gereed ? t(`${gebied}.actie.heropenen`) : t(`${gebied}.actie.afronden`)}
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
      {children}
    </>
  );
}

/**
 * The frame of a form adding an action: heading, error summary, the description, the area's own
 * owner and date fields, and the button.
 */
export function VervolgActieForm({
  gebied,
  form,
  omschrijving,
  onOmschrijving,
  opslaan,
  children,
}: {
  gebied: ActieGebied;
  /** The area's form state, `omschrijving` labelled first. */
  form: FormState;
  omschrijving: string;
  onOmschrijving(v: string): void;
  /** Stores the action (the form shows the server's problems) and empties the fields. */
  opslaan(): Promise<void>;
  /** The owner and date fields. */
  children: ReactNode;
}) {
  const t = useT();
  const kop = `${gebied}-actie-nieuw-kop`;
  return (
    <form noValidate aria-labelledby={kop} onSubmit={form.handleSubmit(opslaan)}>
      <h3 id={kop}>{t(`${gebied}.actie.nieuw`)}</h3>
      <ErrorSummary form={form} />
      <TextField form={form} name="omschrijving" value={omschrijving} onChange={onOmschrijving} />
      {children}
      <FormKnoppen label={t(`${gebied}.actie.toevoegen`)} busy={form.busy} />
    </form>
  );
}

import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createOpmerking, type Scenario } from '../../api/scenario';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/** The comments on a scenario, oldest first, and a form to add one (when the answer allows it). */
export function Opmerkingen({ scenario, onPlaced }: { scenario: Scenario; onPlaced(): void }) {
  const { t, formatDate } = useI18n();
  const [tekst, setTekst] = useState('');
  const form = useForm(`opmerking-${scenario.id}`, { tekst: t('sc.veld.opmerking') });
  const submit = form.handleSubmit(async () => {
    await createOpmerking(scenario.id, tekst.trim());
    setTekst('');
    onPlaced();
  });
  return (
    <>
      {scenario.opmerkingen.length === 0 ? (
        <Paragraph>{t('sc.opmerkingen.leeg')}</Paragraph>
      ) : (
        <ol className="wb-scenario-opmerkingen" data-testid="scenario-opmerkingen">
          {scenario.opmerkingen.map((o) => (
            <li key={o.id}>
              <p className="wb-muted">
                {t('sc.opmerking.door', {
                  wie: o.auteur,
                  wanneer: `${formatDate(o.geplaatstOp.slice(0, 10))} ${o.geplaatstOp.slice(11, 16)}`,
                })}
              </p>
              <p className="wb-scenario-tekst">{o.tekst}</p>
            </li>
          ))}
        </ol>
      )}
      {scenario.mag.opmerkingMaken && (
        <form className="wb-form" noValidate onSubmit={submit} data-testid="opmerking-form">
          <ErrorSummary form={form} />
          <TextareaField form={form} name="tekst" value={tekst} onChange={setTekst} rows={3} />
          <FormKnoppen label={t('sc.opmerking.plaatsen')} busy={form.busy} />
        </form>
      )}
    </>
  );
}

import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../../access/sessie';
import { addBevinding } from '../../../api/wendbaar';
import { useNotify } from '../../../app/notifications';
import { useT } from '../../../i18n/i18n';
import { DateText } from '../../DateText';
import { Disclosure } from '../../Disclosure';
import { ErrorSummary } from '../../ErrorSummary';
import { TextareaField, TextField } from '../../FormFields';
import { todayIso } from '../../numbers';
import { Section } from '../../Section';
import { useForm } from '../../useForm';
import { type OpgaveDeelProps, opgaveSectieId } from './opgavePagina';

/** Record a finding of the exploration, dated (today unless given). */
function BevindingForm({ opgaveId, onAdded }: { opgaveId: string; onAdded: OpgaveDeelProps['onSaved'] }) {
  const t = useT();
  const [datum, setDatum] = useState(todayIso());
  const [tekst, setTekst] = useState('');
  const form = useForm('bevinding', { datum: t('wb.bevinding.datum'), tekst: t('wb.bevinding.tekst') });
  const submit = form.handleSubmit(async () => {
    const opgave = await addBevinding(opgaveId, { datum, tekst: tekst.trim() });
    setTekst('');
    onAdded(opgave);
    document.getElementById(form.idFor('tekst'))?.focus();
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="datum" type="date" value={datum} onChange={setDatum} size="sm" />
      <TextareaField form={form} name="tekst" value={tekst} onChange={setTekst} rows={3} />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.bevinding.toevoegen')}
      </Button>
    </form>
  );
}

/** The findings of the exploration, newest first, and a form to add one. */
export function Bevindingen({ opgave, bewerken, onSaved }: OpgaveDeelProps) {
  const t = useT();
  const mag = useMag();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <Section title={t('wb.opgave.bevindingen')} level={3} anchorId={opgaveSectieId('bevindingen')}>
      {opgave.bevindingen.length === 0 ? (
        <Paragraph>{t('wb.bevinding.geen')}</Paragraph>
      ) : (
        <ul className="wb-bevindingen" data-testid="bevindingen">
          {opgave.bevindingen.map((b) => (
            <li key={b.id} className="wb-bevindingen__item">
              <span className="wb-bevindingen__datum">
                <DateText value={b.datum} />
              </span>
              <span className="wb-pre-line">{b.tekst}</span>
            </li>
          ))}
        </ul>
      )}
      {bewerken && mag('opgaven.bevindingToevoegen') && (
        <Disclosure label={t('wb.bevinding.nieuw')} open={open} onToggle={setOpen}>
          <BevindingForm
            opgaveId={opgave.id}
            onAdded={(o) => {
              onSaved(o);
              notify(t('wb.bevinding.toegevoegd'));
            }}
          />
        </Disclosure>
      )}
    </Section>
  );
}

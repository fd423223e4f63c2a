import { Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { endLeidinggevende } from '../../api/client';
import type { Leiderschap } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { todayIso } from '../numbers';
import { useForm } from '../useForm';

/** Ends a leadership on a date (the last day); the history keeps it. */
export function LeiderschapBeeindigenForm({
  leiderschap,
  onSaved,
  onCancel,
}: {
  leiderschap: Leiderschap;
  onSaved(leiderschap: Leiderschap): void;
  onCancel(): void;
}) {
  const t = useT();
  const [einddatum, setEinddatum] = useState(todayIso());
  const form = useForm('leiderschap-beeindigen', { einddatum: t('leiding.einddatum') });
  const titel = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titel.current?.focus();
  }, []);
  const submit = form.handleSubmit(async () => {
    onSaved(await endLeidinggevende(leiderschap.teamId, leiderschap.id, einddatum));
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-card wb-card--subtle">
      <Heading level={3} ref={titel} tabIndex={-1} className="wb-card__title">
        {t('leiding.beeindigen.titel', { naam: leiderschap.naam })}
      </Heading>
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="einddatum"
        type="date"
        size="sm"
        value={einddatum}
        onChange={setEinddatum}
        description={t('leiding.einddatum.uitleg')}
      />
      <FormKnoppen label={t('leiding.beeindigen.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

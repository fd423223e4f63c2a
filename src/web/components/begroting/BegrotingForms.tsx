import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { addBeleidsdoel, type Begrotingsprogramma, createBegrotingsprogramma } from '../../api/capaciteit';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { parseNumberFields } from '../numbers';
import { useForm } from '../useForm';

/** Add a programme of the programme budget: its year, code and name. */
export function ProgrammaForm({
  begrotingsjaar,
  onCreated,
}: {
  begrotingsjaar: number;
  onCreated(programma: Begrotingsprogramma): void;
}) {
  const t = useT();
  const [jaar, setJaar] = useState(String(begrotingsjaar));
  const [code, setCode] = useState('');
  const [naam, setNaam] = useState('');
  const form = useForm('bp-nieuw', {
    begrotingsjaar: t('begroting.veld.jaar'),
    code: t('begroting.veld.code'),
    naam: t('begroting.veld.naam'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ begrotingsjaar: jaar }, t('fout.geenGetal'));
    const programma = await createBegrotingsprogramma({
      begrotingsjaar: getallen.begrotingsjaar as number,
      code: code.trim(),
      naam: naam.trim(),
    });
    setCode('');
    setNaam('');
    onCreated(programma);
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="begrotingsjaar"
        value={jaar}
        onChange={setJaar}
        inputMode="numeric"
        size="sm"
        autoComplete="off"
      />
      <TextField
        form={form}
        name="code"
        value={code}
        onChange={setCode}
        size="sm"
        autoComplete="off"
        description={t('begroting.veld.code.uitleg')}
      />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('begroting.programma.toevoegen')}
      </Button>
    </form>
  );
}

/** Add a policy goal to one programme. */
export function BeleidsdoelForm({
  programma,
  onAdded,
}: {
  programma: Begrotingsprogramma;
  onAdded(programma: Begrotingsprogramma, naam: string): void;
}) {
  const t = useT();
  const [naam, setNaam] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const form = useForm(`bd-${programma.id}`, {
    naam: t('begroting.veld.beleidsdoel'),
    omschrijving: t('veld.omschrijving'),
  });

  const submit = form.handleSubmit(async () => {
    const bijgewerkt = await addBeleidsdoel(programma.id, {
      naam: naam.trim(),
      omschrijving: omschrijving.trim() || null,
    });
    setNaam('');
    setOmschrijving('');
    onAdded(bijgewerkt, naam.trim());
    // Ready for the next one.
    document.getElementById(form.idFor('naam'))?.focus();
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <TextareaField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        rows={3}
        optional
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('begroting.beleidsdoel.opslaan')}
      </Button>
    </form>
  );
}

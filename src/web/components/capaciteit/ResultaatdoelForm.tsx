import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Begrotingsprogramma, createResultaatdoel, type Resultaatdoel } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { useForm } from '../useForm';
import {
  koppelingFouten,
  type Medewerkerkeuze,
  ResultaatdoelVelden,
  resultaatdoelInvoer,
  resultaatdoelLabels,
  resultaatdoelWaarden,
} from './ResultaatdoelVelden';

/** Create a result goal; field errors from the server appear at their fields and in the summary. */
export function ResultaatdoelForm({
  teamId,
  periode,
  programmas,
  medewerkers,
  onCreated,
}: {
  teamId: string;
  periode: string;
  programmas: Begrotingsprogramma[];
  medewerkers: Medewerkerkeuze[];
  onCreated(doel: Resultaatdoel): void;
}) {
  const { t, lang } = useI18n();
  const [waarden, setWaarden] = useState(() => resultaatdoelWaarden(null, periode, lang));
  const form = useForm('rd', resultaatdoelLabels(t, programmas, { metPeriode: true }));

  const submit = form.handleSubmit(async () => {
    const invoer = resultaatdoelInvoer(waarden, t);
    try {
      const doel = await createResultaatdoel(teamId, { ...invoer, periode: waarden.periode.trim() });
      setWaarden({ ...resultaatdoelWaarden(null, periode, lang), periode: waarden.periode });
      onCreated(doel);
    } catch (error) {
      throw koppelingFouten(error, invoer.beleidsdoelen);
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <ResultaatdoelVelden
        form={form}
        waarden={waarden}
        onChange={setWaarden}
        programmas={programmas}
        medewerkers={medewerkers}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('rd.aanmaken')}
      </Button>
    </form>
  );
}

import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { listMedewerkers } from '../api/client';
import type { Medewerker } from '../api/types';
import { useT } from '../i18n/i18n';
import type { FormState } from './useForm';
import { toProblemError } from './useResource';

export interface GekozenMedewerker {
  id: string;
  naam: string;
}

const omschrijving = (m: Medewerker) => [m.functie, m.team?.naam].filter(Boolean).join(', ');

/**
 * Picks a medewerker by searching /medewerkers: type part of a name, press Enter or "Zoeken", choose
 * from at most ten results. Works without a pointer; the result count is announced.
 */
export function MedewerkerKiezer({
  form,
  name,
  value,
  onChange,
  optional,
}: {
  form: FormState;
  /** The API field name (for errors), e.g. `medewerkerId`. */
  name: string;
  value: GekozenMedewerker | null;
  onChange(value: GekozenMedewerker | null): void;
  optional?: boolean;
}) {
  const t = useT();
  const id = form.idFor(name);
  const fout = form.errorFor(name);
  const [zoek, setZoek] = useState('');
  const [resultaten, setResultaten] = useState<Medewerker[] | null>(null);
  const [status, setStatus] = useState('');
  const [bezig, setBezig] = useState(false);
  const zoekRef = useRef<HTMLInputElement>(null);
  const foutId = `${id}-fout`;
  const uitlegId = `${id}-omschrijving`;

  const zoeken = async () => {
    if (!zoek.trim()) return;
    setBezig(true);
    try {
      const lijst = await listMedewerkers({ zoek: zoek.trim(), paginaGrootte: 10, sorteer: 'achternaam' });
      setResultaten(lijst.resultaten);
      setStatus(t('kiezer.aantal', { aantal: lijst.aantal }));
    } catch (error) {
      setResultaten([]);
      setStatus(toProblemError(error).detail ?? toProblemError(error).title);
    } finally {
      setBezig(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      zoeken();
    }
  };

  return (
    <Fieldset invalid={Boolean(fout)} className="wb-kiezer">
      <FieldsetLegend>
        {form.labels[name]}
        {optional && <span className="wb-optional"> {t('veld.nietVerplicht')}</span>}
      </FieldsetLegend>
      {fout && (
        <FormFieldErrorMessage id={foutId}>
          <span className="wb-visually-hidden">{t('fout.prefix')} </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      {value ? (
        <div className="wb-kiezer__gekozen">
          <Paragraph>
            {t('kiezer.gekozen')} <strong>{value.naam}</strong>
          </Paragraph>
          <Button
            id={id}
            appearance="secondary-action-button"
            onClick={() => {
              onChange(null);
              setTimeout(() => zoekRef.current?.focus());
            }}
          >
            {t('kiezer.anders')}
          </Button>
        </div>
      ) : (
        <>
          <FormLabel htmlFor={id}>{t('kiezer.zoek')}</FormLabel>
          <FormFieldDescription id={uitlegId}>{t('kiezer.zoek.uitleg')}</FormFieldDescription>
          <div className="wb-kiezer__zoek">
            <Textbox
              id={id}
              ref={zoekRef}
              type="search"
              value={zoek}
              invalid={Boolean(fout)}
              aria-describedby={[uitlegId, fout ? foutId : ''].filter(Boolean).join(' ')}
              onChange={(event) => setZoek(event.target.value)}
              onKeyDown={onKeyDown}
              autoComplete="off"
              className="wb-input-md"
            />
            <Button appearance="secondary-action-button" onClick={zoeken} busy={bezig}>
              {t('zoeken.knop')}
            </Button>
          </div>
          <p className="wb-result-count" role="status">
            {status}
          </p>
          {resultaten && resultaten.length > 0 && (
            <ul className="wb-kiezer__lijst">
              {resultaten.map((m) => (
                <li key={m.id} className="wb-kiezer__item">
                  <span>
                    <strong>{m.naam}</strong>
                    <span className="wb-muted"> {omschrijving(m)}</span>
                  </span>
                  <Button
                    appearance="subtle-button"
                    onClick={() => {
                      onChange({ id: m.id, naam: m.naam });
                      setResultaten(null);
                      setStatus('');
                      // The chosen button disappears: keep focus in the field.
                      setTimeout(() => document.getElementById(id)?.focus());
                    }}
                  >
                    {t('kiezer.kies')}
                    <span className="wb-visually-hidden"> {m.naam}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Fieldset>
  );
}

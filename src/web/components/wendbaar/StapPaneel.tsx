import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ProblemError } from '../../api/http';
import { useT } from '../../i18n/i18n';
import { toProblemError } from '../useResource';
import { type DoelVan, OntbreektLijst } from './OntbreektLijst';

export interface StapKeuze<S extends string> {
  naar: S;
  label: string;
  /** The step forward: a primary button; steps back or aside are secondary. */
  primair?: boolean;
}

/** Why a step was refused, with what to do: the missing items, the allowed steps, or a reload. */
function StapFout({
  fout,
  poging,
  doelVan,
  statusLabel,
  onHerladen,
}: {
  fout: ProblemError;
  poging: number;
  doelVan: DoelVan;
  statusLabel(status: string): string;
  onHerladen(): void;
}) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const titelId = useId();
  useEffect(() => {
    if (poging > 0) ref.current?.focus();
  }, [poging]);
  const toegestaan = (fout.problem as { toegestaneStatussen?: string[] }).toegestaneStatussen;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="wb-error-summary"
      aria-labelledby={titelId}
      data-testid="stap-fout"
    >
      <Alert type={fout.isConflict ? 'warning' : 'error'}>
        <Heading level={3} id={titelId} className="wb-alert-heading">
          {fout.isConflict
            ? t('fout.conflict.titel')
            : fout.invalidParams.length > 0
              ? t('wb.stap.ontbreekt')
              : t('wb.stap.nietMogelijk')}
        </Heading>
        {fout.isConflict ? (
          <>
            <Paragraph>{t('wb.stap.conflict')}</Paragraph>
            <Button appearance="secondary-action-button" onClick={onHerladen}>
              {t('actie.opnieuwLaden')}
            </Button>
          </>
        ) : fout.invalidParams.length > 0 ? (
          <OntbreektLijst
            items={fout.invalidParams.map((p) => ({
              veld: p.name.replace(/^body[./]/, ''),
              melding: p.reason,
            }))}
            doelVan={doelVan}
          />
        ) : (
          <>
            <Paragraph>{fout.detail ?? fout.title}</Paragraph>
            {toegestaan && toegestaan.length > 0 && (
              <Paragraph>
                {t('wb.stap.welMogelijk', { stappen: toegestaan.map(statusLabel).join(', ') })}
              </Paragraph>
            )}
          </>
        )}
      </Alert>
    </section>
  );
}

/**
 * The next steps of a dossier the user may take, as buttons, with an optional explanation that is
 * kept in the history. A refused step shows why (every missing item links to its field) and takes
 * focus.
 */
export function StapPaneel<S extends string>({
  stappen,
  onStap,
  doelVan,
  statusLabel,
  onHerladen,
}: {
  stappen: StapKeuze<S>[];
  /** Takes the step; resolves once the dossier shows its new state. */
  onStap(naar: S, toelichting: string | null): Promise<void>;
  doelVan: DoelVan;
  statusLabel(status: string): string;
  onHerladen(): void;
}) {
  const t = useT();
  const toelichtingId = useId();
  const [toelichting, setToelichting] = useState('');
  const [bezig, setBezig] = useState<S | null>(null);
  const [fout, setFout] = useState<ProblemError | null>(null);
  const [poging, setPoging] = useState(0);

  const zet = async (naar: S) => {
    if (bezig) return;
    setBezig(naar);
    setFout(null);
    try {
      await onStap(naar, toelichting.trim() || null);
      setToelichting('');
    } catch (error) {
      setFout(toProblemError(error));
      setPoging((n) => n + 1);
    } finally {
      setBezig(null);
    }
  };

  const doel: DoelVan = (veld) =>
    veld === 'toelichting'
      ? { label: t('wb.stap.toelichting'), veldId: toelichtingId, sectieId: toelichtingId }
      : doelVan(veld);

  return (
    <div className="wb-stappen" data-testid="stappen">
      {fout && (
        <StapFout
          fout={fout}
          poging={poging}
          doelVan={doel}
          statusLabel={statusLabel}
          onHerladen={() => {
            setFout(null);
            onHerladen();
          }}
        />
      )}
      <FormField
        type="text"
        label={
          <FormLabel htmlFor={toelichtingId}>
            {t('wb.stap.toelichting')}
            <span className="wb-optional"> {t('veld.nietVerplicht')}</span>
          </FormLabel>
        }
        input={
          <Textarea
            id={toelichtingId}
            rows={2}
            value={toelichting}
            onChange={(event) => setToelichting(event.target.value)}
          />
        }
      />
      <ButtonGroup>
        {stappen.map((stap) => (
          <Button
            key={stap.naar}
            appearance={stap.primair ? 'primary-action-button' : 'secondary-action-button'}
            busy={bezig === stap.naar}
            onClick={() => zet(stap.naar)}
          >
            {stap.label}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}

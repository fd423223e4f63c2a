import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { ProblemError } from '../../api/http';
import { vraagInzetAan } from '../../api/inzet';
import type { Inzetverzoek, Kandidaat } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { afronden, getalAlsTekst, parseNumberFields } from '../numbers';
import { useForm } from '../useForm';
import { WeekBereikVelden, weekBereikLabels } from './WeekBereikVelden';

/** A 409 about the team's reservering (the only conflict the asker may override), by its problem type. */
const isReserveringConflict = (error: unknown): error is ProblemError =>
  error instanceof ProblemError && error.problem.type === 'urn:wendbaar:probleem:teamreservering';

/** Hours a week to ask first: what the vraag asks a week, at most what the person can give. */
export function voorgesteldeUren(gevraagd: number, inzetbaar: number): number {
  const uren = inzetbaar > 0 ? Math.min(gevraagd, inzetbaar) : gevraagd;
  return afronden(uren, 1);
}

/**
 * Ask the teamleider of a candidate's team for hours on a capaciteitsvraag. A request past the team's
 * reservering is refused (409) with the server's explanation; the asker may then override it
 * explicitly, with a reason that is kept on the request.
 */
export function VerzoekForm({
  capaciteitsvraagId,
  kandidaat,
  gevraagdPerWeek,
  vanWeek,
  totWeek,
  onSent,
}: {
  capaciteitsvraagId: string;
  kandidaat: Kandidaat;
  gevraagdPerWeek: number;
  vanWeek: string;
  totWeek: string;
  onSent(verzoek: Inzetverzoek): void;
}) {
  const { t, lang } = useI18n();
  const id = kandidaat.medewerker.id;
  const [uren, setUren] = useState(
    getalAlsTekst(voorgesteldeUren(gevraagdPerWeek, kandidaat.inzetbaarPerWeek), lang),
  );
  const [van, setVan] = useState(vanWeek);
  const [tot, setTot] = useState(totWeek);
  const [toelichting, setToelichting] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const [overschrijden, setOverschrijden] = useState(false);
  const [reden, setReden] = useState('');
  const conflictId = useId();
  const form = useForm(`iz-${id}`, {
    urenPerWeek: t('iz.veld.urenPerWeek'),
    ...weekBereikLabels(t),
    toelichting: t('iz.veld.toelichting'),
    overschrijdReservering: t('iz.veld.overschrijden'),
    overschrijdingReden: t('iz.veld.overschrijdingReden'),
    medewerkerId: t('kolom.medewerker'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ urenPerWeek: uren }, t('fout.geenGetal'));
    try {
      const verzoek = await vraagInzetAan(capaciteitsvraagId, {
        medewerkerId: id,
        urenPerWeek: getallen.urenPerWeek ?? 0,
        vanWeek: van.trim(),
        totWeek: tot.trim(),
        toelichting: toelichting.trim() || null,
        ...(conflict && overschrijden
          ? { overschrijdReservering: true, overschrijdingReden: reden.trim() || null }
          : {}),
      });
      onSent(verzoek);
    } catch (error) {
      if (isReserveringConflict(error)) {
        setConflict(error.detail ?? error.title);
        // The explanation below the fields says it; the summary then only points there.
        throw new ProblemError(409, {
          title: t('iz.reservering.titel'),
          detail: t('iz.reservering.zieOnder'),
        });
      }
      throw error;
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <div className="wb-field-row">
        <TextField
          form={form}
          name="urenPerWeek"
          value={uren}
          onChange={setUren}
          inputMode="decimal"
          size="sm"
          autoComplete="off"
          description={t('iz.veld.urenPerWeek.uitleg', {
            inzetbaar: getalAlsTekst(kandidaat.inzetbaarPerWeek, lang),
          })}
        />
        <WeekBereikVelden form={form} van={van} tot={tot} onVan={setVan} onTot={setTot} />
      </div>
      <TextareaField
        form={form}
        name="toelichting"
        value={toelichting}
        onChange={setToelichting}
        rows={2}
        optional
      />
      {conflict && (
        <section className="wb-iz-conflict" aria-labelledby={conflictId} data-testid="reservering-conflict">
          <Alert type="warning">
            <Heading level={4} id={conflictId} className="wb-alert-heading">
              {t('iz.reservering.titel')}
            </Heading>
            <Paragraph>{conflict}</Paragraph>
          </Alert>
          <CheckboxField
            form={form}
            name="overschrijdReservering"
            checked={overschrijden}
            onChange={setOverschrijden}
            description={t('iz.veld.overschrijden.uitleg')}
          />
          {overschrijden && (
            <TextareaField
              form={form}
              name="overschrijdingReden"
              value={reden}
              onChange={setReden}
              rows={2}
              description={t('iz.veld.overschrijdingReden.uitleg')}
            />
          )}
        </section>
      )}
      <FormKnoppen
        label={
          <>
            {t('iz.versturen')}
            <span className="wb-visually-hidden"> {kandidaat.medewerker.naam}</span>
          </>
        }
        busy={form.busy}
      />
    </form>
  );
}

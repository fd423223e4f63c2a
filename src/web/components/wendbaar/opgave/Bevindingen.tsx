import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useMag } from '../../../access/sessie';
import { addBevinding, removeBevinding, updateBevinding } from '../../../api/wendbaar';
import type { Opgave } from '../../../api/wendbaar.types';
import { useNotify } from '../../../app/notifications';
import { useI18n, useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../ConfirmDialog';
import { DateText } from '../../DateText';
import { Disclosure } from '../../Disclosure';
import { ErrorSummary } from '../../ErrorSummary';
import { TextareaField, TextField } from '../../FormFields';
import { FormKnoppen } from '../../FormKnoppen';
import { todayIso } from '../../numbers';
import { Section } from '../../Section';
import { useForm } from '../../useForm';
import { useVerwijderen } from '../../useVerwijderen';
import { type OpgaveDeelProps, opgaveSectieId } from './opgavePagina';

type Bevinding = Opgave['bevindingen'][number];

/**
 * Record a finding of the exploration, dated (today unless given), or correct one: with `bevinding`
 * the form starts from it and saves a correction.
 */
function BevindingForm({
  opgave,
  bevinding,
  onSaved,
  onCancel,
}: {
  opgave: Pick<Opgave, 'id' | 'versie'>;
  bevinding?: Bevinding;
  onSaved: OpgaveDeelProps['onSaved'];
  onCancel?: () => void;
}) {
  const t = useT();
  const [datum, setDatum] = useState(bevinding?.datum ?? todayIso());
  const [tekst, setTekst] = useState(bevinding?.tekst ?? '');
  const form = useForm(bevinding ? `bevinding-${bevinding.id}` : 'bevinding', {
    datum: t('wb.bevinding.datum'),
    tekst: t('wb.bevinding.tekst'),
  });
  // Editing replaces the button that opened it: focus goes to the text, not back to the page's top.
  const tekstId = form.idFor('tekst');
  const bewerkt = bevinding?.id;
  useEffect(() => {
    if (bewerkt) document.getElementById(tekstId)?.focus();
  }, [bewerkt, tekstId]);
  const submit = form.handleSubmit(async () => {
    if (bevinding) {
      onSaved(await updateBevinding(opgave, bevinding.id, { datum, tekst: tekst.trim() }));
      return;
    }
    const na = await addBevinding(opgave.id, { datum, tekst: tekst.trim() });
    setTekst('');
    onSaved(na);
    document.getElementById(form.idFor('tekst'))?.focus();
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="datum" type="date" value={datum} onChange={setDatum} size="sm" />
      <TextareaField form={form} name="tekst" value={tekst} onChange={setTekst} rows={3} />
      <FormKnoppen
        label={bevinding ? t('actie.opslaan') : t('wb.bevinding.toevoegen')}
        busy={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The findings of the exploration, newest first, each to correct or remove, and a form to add one. */
export function Bevindingen({ opgave, bewerken, onSaved, haalActueel }: OpgaveDeelProps) {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const sectieId = opgaveSectieId('bevindingen');
  const melden = useNotify();
  // The message shows in this subsection, beside the list and form that were used.
  const notify = (tekst: string) => melden(tekst, { bij: sectieId });
  const [open, setOpen] = useState(false);
  const [inBewerking, setInBewerking] = useState<string | null>(null);
  const verwijderen = useVerwijderen(
    (b: Bevinding) => removeBevinding(opgave.id, b.id),
    async () => {
      notify(t('wb.bevinding.verwijderd'));
      await haalActueel();
      document.getElementById(sectieId)?.focus();
    },
  );
  const magWijzigen = bewerken && mag('PATCH /opgaven/{opgaveId}/bevindingen/{bevindingId}');
  const magVerwijderen = bewerken && mag('DELETE /opgaven/{opgaveId}/bevindingen/{bevindingId}');
  const wijzigKnop = (b: Bevinding) => `bevinding-wijzig-${b.id}`;
  return (
    <Section title={t('wb.opgave.bevindingen')} level={3} anchorId={sectieId}>
      {opgave.bevindingen.length === 0 ? (
        <Paragraph>{t('wb.bevinding.geen')}</Paragraph>
      ) : (
        <ul className="wb-bevindingen" data-testid="bevindingen">
          {opgave.bevindingen.map((b) => (
            <li key={b.id} className="wb-bevindingen__item">
              {inBewerking !== b.id && (
                <span className="wb-bevindingen__datum">
                  <DateText value={b.datum} />
                </span>
              )}
              {inBewerking === b.id ? (
                <BevindingForm
                  opgave={opgave}
                  bevinding={b}
                  onSaved={(o) => {
                    setInBewerking(null);
                    onSaved(o);
                    notify(t('wb.bevinding.gewijzigd'));
                    setTimeout(() => document.getElementById(wijzigKnop(b))?.focus());
                  }}
                  onCancel={() => {
                    setInBewerking(null);
                    setTimeout(() => document.getElementById(wijzigKnop(b))?.focus());
                  }}
                />
              ) : (
                <span className="wb-pre-line">{b.tekst}</span>
              )}
              {inBewerking !== b.id && (magWijzigen || magVerwijderen) && (
                <ButtonGroup>
                  {magWijzigen && (
                    <Button
                      id={wijzigKnop(b)}
                      appearance="subtle-button"
                      onClick={() => setInBewerking(b.id)}
                    >
                      {t('actie.wijzigen')}
                      <span className="wb-visually-hidden">
                        {' '}
                        {t('wb.bevinding.wijzigenVan', { datum: formatDate(b.datum) })}
                      </span>
                    </Button>
                  )}
                  {magVerwijderen && (
                    <Button appearance="subtle-button" hint="danger" onClick={() => verwijderen.vraag(b)}>
                      {t('actie.verwijderen')}
                      <span className="wb-visually-hidden">
                        {' '}
                        {t('wb.bevinding.wijzigenVan', { datum: formatDate(b.datum) })}
                      </span>
                    </Button>
                  )}
                </ButtonGroup>
              )}
            </li>
          ))}
        </ul>
      )}
      {verwijderen.fout && (
        <Paragraph className="wb-inline-error" role="alert">
          {verwijderen.fout}
        </Paragraph>
      )}
      {bewerken && mag('POST /opgaven/{opgaveId}/bevindingen') && (
        <Disclosure label={t('wb.bevinding.nieuw')} open={open} onToggle={setOpen}>
          <BevindingForm
            opgave={opgave}
            onSaved={(o) => {
              onSaved(o);
              notify(t('wb.bevinding.toegevoegd'));
            }}
          />
        </Disclosure>
      )}
      <ConfirmDialog
        open={verwijderen.weg !== null}
        title={t('wb.bevinding.verwijderenTitel')}
        confirmLabel={t('actie.verwijderen')}
        busy={verwijderen.bezig}
        onCancel={verwijderen.annuleer}
        onConfirm={verwijderen.bevestig}
      >
        {verwijderen.weg
          ? t('wb.bevinding.verwijderenTekst', { datum: formatDate(verwijderen.weg.datum) })
          : ''}
      </ConfirmDialog>
    </Section>
  );
}

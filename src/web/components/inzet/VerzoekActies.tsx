import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { aanvaard, stelTegenvoor, stemIn, trekIn, wijsAf } from '../../api/inzet';
import type { Inzetverzoek } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Disclosure } from '../Disclosure';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { getalAlsTekst, parseNumberFields } from '../numbers';
import { useForm } from '../useForm';
import { WeekBereikVelden, weekBereikLabels } from './WeekBereikVelden';

export interface ActieProps {
  verzoek: Inzetverzoek;
  /** The request as the server now has it, and the success message. */
  onDone(verzoek: Inzetverzoek, melding: string): void;
  /** Reload the list (after a 412: somebody else acted first). */
  onReload(): void;
}

function AfwijsForm({ verzoek, onDone, onReload }: ActieProps) {
  const { t } = useI18n();
  const [reden, setReden] = useState('');
  const form = useForm(`iz-af-${verzoek.id}`, { reden: t('iz.veld.redenAfwijzing') });
  const submit = form.handleSubmit(async () => {
    const na = await wijsAf(verzoek, reden.trim());
    onDone(na, t('iz.afgewezenMelding', { naam: na.medewerker.naam }));
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <TextareaField form={form} name="reden" value={reden} onChange={setReden} rows={2} />
      <Button type="submit" appearance="primary-action-button" hint="danger" busy={form.busy}>
        {t('iz.afwijzen')}
      </Button>
    </form>
  );
}

function TegenvoorstelForm({ verzoek, onDone, onReload }: ActieProps) {
  const { t, lang } = useI18n();
  const [uren, setUren] = useState(getalAlsTekst(verzoek.urenPerWeek, lang));
  const [van, setVan] = useState(verzoek.vanWeek);
  const [tot, setTot] = useState(verzoek.totWeek);
  const [reden, setReden] = useState('');
  const form = useForm(`iz-tegen-${verzoek.id}`, {
    urenPerWeek: t('iz.veld.urenPerWeek'),
    ...weekBereikLabels(t),
    reden: t('iz.veld.redenTegenvoorstel'),
  });
  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ urenPerWeek: uren }, t('fout.geenGetal'));
    const na = await stelTegenvoor(verzoek, {
      urenPerWeek: getallen.urenPerWeek ?? 0,
      vanWeek: van.trim(),
      totWeek: tot.trim(),
      reden: reden.trim() || null,
    });
    onDone(na, t('iz.tegenvoorstelMelding', { naam: na.medewerker.naam }));
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <div className="wb-field-row">
        <TextField
          form={form}
          name="urenPerWeek"
          value={uren}
          onChange={setUren}
          inputMode="decimal"
          size="sm"
          autoComplete="off"
        />
        <WeekBereikVelden form={form} van={van} tot={tot} onVan={setVan} onTot={setTot} />
      </div>
      <TextareaField form={form} name="reden" value={reden} onChange={setReden} rows={2} optional />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('iz.tegenvoorstelSturen')}
      </Button>
    </form>
  );
}

/** A step without input (instemmen, aanvaarden, intrekken): one button, errors in a summary. */
function StapKnop({
  verzoek,
  label,
  melding,
  doe,
  onDone,
  onReload,
  primair,
}: ActieProps & {
  label: string;
  melding: (v: Inzetverzoek) => string;
  doe: (v: Inzetverzoek) => Promise<Inzetverzoek>;
  primair?: boolean;
}) {
  const form = useForm(`iz-stap-${verzoek.id}-${label}`, {});
  const submit = form.handleSubmit(async () => {
    const na = await doe(verzoek);
    onDone(na, melding(na));
  });
  return (
    <form className="wb-iz-stap" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <Button
        type="submit"
        appearance={primair ? 'primary-action-button' : 'secondary-action-button'}
        busy={form.busy}
      >
        {label}
        <span className="wb-visually-hidden"> {verzoek.medewerker.naam}</span>
      </Button>
    </form>
  );
}

/** The teamleider's decision on an open request: consent, decline with a reason, or propose other hours. */
export function BeslisActies(props: ActieProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'af' | 'tegen' | null>(null);
  const naam = <span className="wb-visually-hidden"> {props.verzoek.medewerker.naam}</span>;
  return (
    <div className="wb-iz-acties">
      <StapKnop
        {...props}
        primair
        label={t('iz.instemmen')}
        melding={(v) => t('iz.ingestemdMelding', { naam: v.medewerker.naam })}
        doe={stemIn}
      />
      <div className="wb-iz-acties__meer">
        <Disclosure
          label={
            <>
              {t('iz.afwijzen')}
              {naam}
            </>
          }
          open={open === 'af'}
          onToggle={(o) => setOpen(o ? 'af' : null)}
        >
          <AfwijsForm {...props} />
        </Disclosure>
        <Disclosure
          label={
            <>
              {t('iz.tegenvoorstel')}
              {naam}
            </>
          }
          open={open === 'tegen'}
          onToggle={(o) => setOpen(o ? 'tegen' : null)}
        >
          <TegenvoorstelForm {...props} />
        </Disclosure>
      </div>
    </div>
  );
}

/** The asker's steps: accept a counter-proposal, or withdraw the request. */
export function AanvragerActies(props: ActieProps) {
  const { t } = useI18n();
  return (
    <div className="wb-iz-acties">
      {props.verzoek.status === 'tegenvoorstel' && (
        <StapKnop
          {...props}
          primair
          label={t('iz.aanvaarden')}
          melding={(v) => t('iz.aanvaardMelding', { naam: v.medewerker.naam })}
          doe={aanvaard}
        />
      )}
      <StapKnop
        {...props}
        label={t('iz.intrekken')}
        melding={(v) => t('iz.ingetrokkenMelding', { naam: v.medewerker.naam })}
        doe={trekIn}
      />
    </div>
  );
}

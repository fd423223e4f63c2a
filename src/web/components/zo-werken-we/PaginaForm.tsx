import { useState } from 'react';
import type { ZoWerkenWePagina } from '../../api/zo-werken-we';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

export interface PaginaInvoer {
  titel: string;
  samenvatting: string | null;
  tekst: string;
  notitie: string | null;
}

/** A page's title, summary and Markdown text, and the note on what changed: one new version. */
export function PaginaForm({
  id,
  huidig,
  label,
  onOpslaan,
  onAnnuleren,
}: {
  id: string;
  huidig?: ZoWerkenWePagina;
  label: string;
  onOpslaan(invoer: PaginaInvoer): Promise<void>;
  onAnnuleren?: () => void;
}) {
  const t = useT();
  const [titel, setTitel] = useState(huidig?.titel ?? '');
  const [samenvatting, setSamenvatting] = useState(huidig?.samenvatting ?? '');
  const [tekst, setTekst] = useState(huidig?.tekst ?? '');
  const [notitie, setNotitie] = useState('');
  const form = useForm(id, {
    titel: t('zww.veld.titel'),
    samenvatting: t('zww.veld.samenvatting'),
    tekst: t('zww.veld.tekst'),
    notitie: t('zww.veld.notitie'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await onOpslaan({
          titel,
          samenvatting: samenvatting.trim() || null,
          tekst,
          notitie: notitie.trim() || null,
        });
        setNotitie('');
        if (!huidig) {
          setTitel('');
          setSamenvatting('');
          setTekst('');
        }
      })}
    >
      <ErrorSummary form={form} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <TextField form={form} name="samenvatting" optional value={samenvatting} onChange={setSamenvatting} />
      <TextareaField
        form={form}
        name="tekst"
        value={tekst}
        onChange={setTekst}
        rows={14}
        description={t('zww.veld.tekstUitleg')}
      />
      <TextField form={form} name="notitie" optional value={notitie} onChange={setNotitie} />
      <FormKnoppen label={label} busy={form.busy} onCancel={onAnnuleren} />
    </form>
  );
}

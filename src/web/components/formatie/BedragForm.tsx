import { useState } from 'react';
import { type Salaristabel, wijzigSalarisbedrag } from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, getalAlsTekst, parseNumberFields } from '../numbers';
import { useForm } from '../useForm';
import { schaalVolgorde } from './SalarisGrid';

/** Replaces one amount of a salary table (PATCH with the version read: If-Match). */
export function BedragForm({
  tabel,
  onSaved,
  onReload,
}: {
  tabel: Salaristabel;
  onSaved(tabel: Salaristabel, schaal: string, trede: number): void;
  onReload(): void;
}) {
  const { t, lang } = useI18n();
  const schalen = [...new Set(tabel.bedragen.map((b) => b.schaal))].sort(schaalVolgorde);
  const treden = [...new Set(tabel.bedragen.map((b) => b.trede))].sort((a, b) => a - b);
  const [schaal, setSchaal] = useState(schalen[0] ?? '');
  const [trede, setTrede] = useState(String(treden[0] ?? 0));
  const huidig = (s: string, tr: string) =>
    tabel.bedragen.find((b) => b.schaal === s && String(b.trede) === tr)?.bedrag;
  const [bedrag, setBedrag] = useState(getalAlsTekst(huidig(schaal, trede), lang));
  const form = useForm(`bedrag-${tabel.id}`, {
    schaal: t('sal.kolom.schaal'),
    trede: t('sal.veld.trede'),
    bedrag: t('sal.veld.bedrag'),
  });
  const kies = (s: string, tr: string) => {
    setSchaal(s);
    setTrede(tr);
    setBedrag(getalAlsTekst(huidig(s, tr), lang));
  };

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ bedrag }, t('fout.geenGetal'));
    const bijgewerkt = await wijzigSalarisbedrag(
      tabel.id,
      tabel.versie,
      asEntered<{ schaal: string; trede: number; bedrag: number }>({
        schaal,
        trede: Number(trede),
        bedrag: getallen.bedrag,
      }),
    );
    onSaved(bijgewerkt, schaal, Number(trede));
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="bedrag-form">
      <ErrorSummary form={form} onReload={onReload} />
      <SelectField
        form={form}
        name="schaal"
        value={schaal}
        onChange={(s) => kies(s, trede)}
        options={schalen.map((s) => ({ value: s, label: s }))}
      />
      <SelectField
        form={form}
        name="trede"
        value={trede}
        onChange={(tr) => kies(schaal, tr)}
        options={treden.map((tr) => ({ value: String(tr), label: String(tr) }))}
      />
      <TextField
        form={form}
        name="bedrag"
        value={bedrag}
        onChange={setBedrag}
        size="md"
        inputMode="decimal"
        autoComplete="off"
        description={t('sal.veld.bedrag.uitleg')}
      />
      <FormKnoppen label={t('sal.bedrag.opslaan')} busy={form.busy} />
    </form>
  );
}

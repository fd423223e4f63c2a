import { type ReactNode, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import type { FormState } from '../useForm';

/** What the programme's forms share: their entered values, the period fields, the form frame. */

/** The values of a form as entered (strings), with one setter per field. */
export function useWaarden<T extends Record<string, string>>(begin: () => T) {
  const [waarden, setWaarden] = useState(begin);
  const zet = (veld: keyof T) => (waarde: string) => setWaarden((w) => ({ ...w, [veld]: waarde }));
  return { waarden, zet, herstel: () => setWaarden(begin()) };
}

/** A number as entered (a decimal comma too); empty goes as null, so the server names the field. */
export const alsGetal = (x: string): number =>
  x.trim() === '' ? (null as unknown as number) : Number(x.trim().replace(',', '.'));

/** The period of a phase or a membership: from and until, as dates. */
export function PeriodeVelden({
  form,
  van,
  tot,
  onVan,
  onTot,
  optional,
}: {
  form: FormState;
  van: string;
  tot: string;
  onVan(x: string): void;
  onTot(x: string): void;
  optional?: boolean;
}) {
  return (
    <>
      <TextField
        form={form}
        name="van"
        type="date"
        size="sm"
        optional={optional}
        value={van}
        onChange={onVan}
      />
      <TextField
        form={form}
        name="tot"
        type="date"
        size="sm"
        optional={optional}
        value={tot}
        onChange={onTot}
      />
    </>
  );
}

/**
 * The frame of every programme form: the error summary (a 412 offers to reload), the fields, and
 * save with, when editing, cancel. `kop` labels the form (a heading with its id).
 */
export function ProgrammaFormulier({
  form,
  kop,
  knop,
  onSubmit,
  onAnnuleer,
  onHerladen,
  children,
}: {
  form: FormState;
  /** The form's heading: level 3 directly in a page section, 4 under a subheading. */
  kop?: { id: string; tekst: ReactNode; niveau: 3 | 4 };
  knop: ReactNode;
  onSubmit(): Promise<void>;
  onAnnuleer?(): void;
  onHerladen?(): void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form noValidate aria-labelledby={kop?.id} onSubmit={form.handleSubmit(onSubmit)}>
      {kop?.niveau === 3 && <h3 id={kop.id}>{kop.tekst}</h3>}
      {kop?.niveau === 4 && <h4 id={kop.id}>{kop.tekst}</h4>}
      <ErrorSummary form={form} onReload={onHerladen} />
      {children}
      <FormKnoppen label={knop} busy={form.busy} onCancel={onAnnuleer} cancelLabel={t('actie.annuleren')} />
    </form>
  );
}

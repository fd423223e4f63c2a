import { isVerTerug, STANDAARD_TERUGWERKENDE_DAGEN } from '../../../domain/terugwerkend';
import { getInstellingen } from '../../api/inzet';
import type { Terugwerkend } from '../../api/types';
import { type I18n, useI18n } from '../../i18n/i18n';
import { TextareaField } from '../FormFields';
import { todayIso } from '../numbers';
import type { FormState } from '../useForm';
import { useResource } from '../useResource';

/**
 * Changing the past is deliberate: a date further back than the organisation's setting
 * (`terugwerkendeDagen`) asks for a reason, and the answer's `terugwerkend` says which periods'
 * figures changed. The server decides; the field shows when it will ask, or when it did.
 */
export function useTerugwerkendeDagen(): number {
  const instellingen = useResource('instellingen', getInstellingen);
  return instellingen.data?.terugwerkendeDagen ?? STANDAARD_TERUGWERKENDE_DAGEN;
}

/** Whether the reason field shows for this date: beyond the limit, or the server asked for it. */
export function redenNodig(form: FormState, datum: string, dagen: number): boolean {
  return Boolean(form.errorFor('reden')) || (datum !== '' && isVerTerug(datum, todayIso(), dagen));
}

export function RedenField(props: {
  form: FormState;
  datum: string;
  dagen: number;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  if (!redenNodig(props.form, props.datum, props.dagen)) return null;
  return (
    <TextareaField
      form={props.form}
      name="reden"
      value={props.value}
      onChange={props.onChange}
      rows={2}
      description={t('terugwerkend.reden.uitleg', { dagen: props.dagen })}
    />
  );
}

/** The reason to send: only when the field shows and holds text. */
export function redenVoor(form: FormState, datum: string, dagen: number, reden: string): string | undefined {
  return redenNodig(form, datum, dagen) && reden.trim() ? reden.trim() : undefined;
}

/** The sentence for the success message, or '' when no past figure changed. */
export function terugwerkendMelding(t: I18n['t'], terugwerkend: Terugwerkend | null | undefined): string {
  if (!terugwerkend) return '';
  return ` ${t('terugwerkend.gewijzigd', {
    aantal: terugwerkend.maanden.length,
    van: terugwerkend.maanden[0] ?? '',
    tot: terugwerkend.maanden.at(-1) ?? '',
    weekVan: terugwerkend.weken.van,
    weekTot: terugwerkend.weken.tot,
  })}`;
}

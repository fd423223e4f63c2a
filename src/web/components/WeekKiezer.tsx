import { useI18n } from '../i18n/i18n';
import { SelectField, type SelectFieldProps } from './FormFields';
import { weekOpties } from './weeklijst';

/**
 * An ISO week picked from a list, not typed (issue 17, item 6): a native select, so it works in every
 * browser (`<input type="week">` does not exist in Firefox and Safari), by keyboard (arrows, typing
 * "week 5" jumps there) and with a screen reader, which reads each week as "week 5 · 1 – 7 feb 2027".
 * The value is the ISO week the API takes ('2027-W05'); the server's error shows at the field.
 */
export function WeekKiezer({
  weken,
  ...props
}: Omit<SelectFieldProps, 'options' | 'placeholder'> & {
  /** The weeks to offer, in order (see weeklijst.ts). */
  weken: readonly string[];
}) {
  const { lang } = useI18n();
  return (
    <SelectField
      {...props}
      className={['wb-weekkiezer', props.className].filter(Boolean).join(' ')}
      options={weekOpties(weken, lang)}
    />
  );
}

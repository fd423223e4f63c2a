import { FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * The date the figures hold on. A plain date field: the page reloads its figures as soon as the
 * field holds a whole date, so there is no separate button to reach.
 */
export function PeildatumKiezer({ value, onChange }: { value: string; onChange(datum: string): void }) {
  const t = useT();
  const id = useId();
  const uitlegId = useId();
  return (
    <div className="utrecht-form-field wb-fm-peildatum">
      <FormLabel htmlFor={id}>{t('fm.peildatum')}</FormLabel>
      <p id={uitlegId} className="utrecht-form-field-description">
        {t('fm.peildatum.uitleg')}
      </p>
      <Textbox
        id={id}
        type="date"
        defaultValue={value}
        lang={t('taal.code')}
        aria-describedby={uitlegId}
        className="wb-input-sm"
        onChange={(event) => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onChange(event.target.value);
        }}
      />
    </div>
  );
}

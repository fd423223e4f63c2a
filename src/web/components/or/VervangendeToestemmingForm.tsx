import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { legVervangendeToestemmingVast, type OrVerzoek } from '../../api/or-dossier';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';

/**
 * The directeur records the kantonrechter's replacement permission (art. 27 lid 4 WOR) on a consent
 * request the OR refused: the date and reference of the ruling. The server decides when this is
 * possible (`mag.vervangendeToestemming`); from then on the decision is uitvoerbaar. The section
 * goes with the form, so the message shows at the top of the page, by the dates, and takes focus.
 */
export function VervangendeToestemmingForm({
  verzoek,
  onGewijzigd,
}: {
  verzoek: OrVerzoek;
  onGewijzigd(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const [datum, setDatum] = useState('');
  const [kenmerk, setKenmerk] = useState('');
  const form = useForm('or-vervangend', {
    datum: t('or.vervangend.datum'),
    kenmerk: t('or.vervangend.kenmerk'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await legVervangendeToestemmingVast(verzoek.id, verzoek.versie, { datum, kenmerk });
        notify(t('or.vervangend.vastgelegd'), { bij: null, focus: true });
        onGewijzigd();
      })}
    >
      <Paragraph>{t('or.vervangend.uitleg')}</Paragraph>
      <ErrorSummary form={form} onReload={onGewijzigd} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <TextField form={form} name="kenmerk" size="md" value={kenmerk} onChange={setKenmerk} />
      <FormKnoppen label={t('or.vervangend.vastleggen')} busy={form.busy} />
    </form>
  );
}

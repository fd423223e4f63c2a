import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { getInstellingen, zetInstellingen } from '../../api/inzet';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/**
 * The name the onderbouwd voorstel prints (the setting organisatienaam), beside the button that
 * freezes one: whoever makes the document sees what it will say, and the directie (who may change
 * settings) can set it here instead of through the API. Saved with If-Match of the settings' versie.
 */
export function OrganisatienaamForm() {
  const { t } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const instellingen = useResource('instellingen', getInstellingen);
  const [naam, setNaam] = useState<string | null>(null);
  const form = useForm('organisatienaam', { organisatienaam: t('vs.org.label') });
  const huidig = instellingen.data;

  if (instellingen.error) return <LoadError error={instellingen.error} onRetry={instellingen.reload} />;
  if (!huidig) return <Loading />;
  const getoond = huidig.organisatienaam ?? t('vs.org.standaard');
  if (!mag('PATCH /instellingen')) {
    return <Paragraph data-testid="organisatienaam">{t('vs.org.opDocument', { naam: getoond })}</Paragraph>;
  }

  const submit = form.handleSubmit(async () => {
    const opgeslagen = await zetInstellingen(huidig.versie, {
      organisatienaam: naam ?? huidig.organisatienaam ?? '',
    });
    instellingen.setData(opgeslagen);
    setNaam(null);
    notify(t('vs.org.opgeslagen', { naam: opgeslagen.organisatienaam ?? '' }));
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="organisatienaam-form">
      <ErrorSummary form={form} onReload={instellingen.reload} />
      <TextField
        form={form}
        name="organisatienaam"
        value={naam ?? huidig.organisatienaam ?? ''}
        onChange={setNaam}
        description={t('vs.org.uitleg')}
        autoComplete="organization"
      />
      <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
        {t('vs.org.opslaan')}
      </Button>
    </form>
  );
}

import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createBestuursopdracht, listAmbities, listProgrammas } from '../../api/wendbaar';
import { useNotify } from '../../app/notifications';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/FormFields';
import { PageHeading } from '../../components/PageHeading';
import { useForm } from '../../components/useForm';
import { useResource } from '../../components/useResource';
import { useI18n } from '../../i18n/i18n';

/**
 * Begin a bestuursopdracht (as a concept): its title, the bestuurlijke ambitie it works out (given
 * with `?ambitieId=` when opened from an ambitie) and its programme. The rest follows on its page.
 */
export function BestuursopdrachtNieuwPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ambities = useResource('wb-ambities', listAmbities);
  const programmas = useResource('wb-programmas', listProgrammas);
  const [titel, setTitel] = useState('');
  const [ambitieId, setAmbitieId] = useState(params.get('ambitieId') ?? '');
  const [programmaId, setProgrammaId] = useState('');
  const form = useForm('bo-nieuw', {
    titel: t('wb.bo.titel'),
    ambitieId: t('wb.bo.ambitie'),
    programmaId: t('wb.programma'),
  });
  const ambitie = ambities.data?.resultaten.find((a) => a.id === ambitieId);

  const submit = form.handleSubmit(async () => {
    const opdracht = await createBestuursopdracht({
      titel: titel.trim(),
      ambitieId: ambitieId || null,
      programmaId: programmaId || null,
    });
    const pad = `/wendbaar/bestuursopdrachten/${opdracht.id}`;
    notify(t('wb.bos.aangemaakt', { titel: opdracht.titel }), { path: pad });
    navigate(pad);
  });

  return (
    <>
      <PageHeading title={t('wb.bos.nieuw')} />
      <Paragraph>{t('wb.bos.nieuw.intro')}</Paragraph>
      {ambitie && (
        <Paragraph>
          {t('wb.bos.nieuw.vanAmbitie')}{' '}
          <AppLink to={`/wendbaar/ambities/${ambitie.id}`}>{ambitie.titel}</AppLink>
        </Paragraph>
      )}
      <form className="wb-form" noValidate onSubmit={submit}>
        <ErrorSummary form={form} />
        <TextField form={form} name="titel" value={titel} onChange={setTitel} autoComplete="off" />
        <SelectField
          form={form}
          name="ambitieId"
          value={ambitieId}
          onChange={setAmbitieId}
          options={(ambities.data?.resultaten ?? []).map((a) => ({ value: a.id, label: a.titel }))}
          placeholder={t('wb.bo.geenAmbitie')}
          optional
        />
        <SelectField
          form={form}
          name="programmaId"
          value={programmaId}
          onChange={setProgrammaId}
          options={(programmas.data?.resultaten ?? []).map((p) => ({ value: p.id, label: p.naam }))}
          placeholder={t('wb.geenProgramma')}
          optional
        />
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('wb.bos.beginnen')}
        </Button>
      </form>
    </>
  );
}

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { NaarInloggen } from '../../access/guards';
import { useSessie } from '../../access/sessie';
import { naStap, veiligTerug } from '../../access/stappen';
import { ProblemError } from '../../api/http';
import { changePassword } from '../../api/toegang';
import { useNotify } from '../../app/notifications';
import { Loading } from '../../components/DataState';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormFields';
import { FormKnoppen } from '../../components/FormKnoppen';
import { PageHeading } from '../../components/PageHeading';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/i18n';

/**
 * Changing one's own password: required after a one-time password from the beheerder, and always
 * possible from the account menu.
 */
export function WachtwoordWijzigenPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useNotify();
  const [params] = useSearchParams();
  const terug = params.get('terug');
  const { sessie, laden, vernieuw, uitloggen } = useSessie();
  const [huidig, setHuidig] = useState('');
  const [nieuw, setNieuw] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const form = useForm('wachtwoord', {
    huidigWachtwoord: t('wachtwoord.huidig'),
    nieuwWachtwoord: t('wachtwoord.nieuw'),
    herhaling: t('wachtwoord.herhaling'),
  });

  const submit = form.handleSubmit(async () => {
    if (nieuw !== herhaling) {
      throw new ProblemError(400, {
        title: t('wachtwoord.nietGelijk'),
        invalidParams: [{ name: 'herhaling', code: 'ongelijk', reason: t('wachtwoord.nietGelijk') }],
      });
    }
    await changePassword(huidig, nieuw);
    const bijgewerkt = await vernieuw();
    if (!bijgewerkt) return;
    const doel = naStap(bijgewerkt, terug);
    notify(t('wachtwoord.gewijzigd'), { path: doel.split('?')[0] });
    navigate(doel, { replace: true });
  });

  if (laden) return <Loading />;
  if (!sessie) return <NaarInloggen terug={null} />;
  const verplicht = sessie.wachtwoordWijzigen;

  return (
    <div className="wb-login">
      <PageHeading title={t('wachtwoord.titel')} />
      {verplicht && (
        <Alert type="info">
          <Paragraph>{t('wachtwoord.verplicht')}</Paragraph>
        </Alert>
      )}
      <div className="wb-card wb-login__card">
        <form onSubmit={submit} noValidate className="wb-form">
          <ErrorSummary form={form} />
          <TextField
            form={form}
            name="huidigWachtwoord"
            type="password"
            autoComplete="current-password"
            value={huidig}
            onChange={setHuidig}
            description={verplicht ? t('wachtwoord.huidig.eenmalig') : undefined}
          />
          <TextField
            form={form}
            name="nieuwWachtwoord"
            type="password"
            autoComplete="new-password"
            value={nieuw}
            onChange={setNieuw}
            description={t('wachtwoord.nieuw.uitleg')}
          />
          <TextField
            form={form}
            name="herhaling"
            type="password"
            autoComplete="new-password"
            value={herhaling}
            onChange={setHerhaling}
          />
          <FormKnoppen
            label={t('wachtwoord.knop')}
            busy={form.busy}
            onCancel={verplicht ? () => uitloggen() : () => navigate(veiligTerug(terug))}
            cancelLabel={verplicht ? t('totp.annuleren') : undefined}
            cancelAppearance="subtle"
          />
        </form>
      </div>
    </div>
  );
}

import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createAccount } from '../../api/toegang';
import type { Account, Rol } from '../../api/toegang.types';
import { AppLink } from '../../components/AppLink';
import { EenmaligWachtwoord } from '../../components/beheer/EenmaligWachtwoord';
import { RollenVeld, rollenFouten } from '../../components/beheer/RollenVeld';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormFields';
import { FormKnoppen } from '../../components/FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../../components/MedewerkerKiezer';
import { PageHeading } from '../../components/PageHeading';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/i18n';

/** Beheer: a new account with roles; the server answers a one-time password, shown once. */
export function AccountNieuwPage() {
  const t = useT();
  const [eMail, setEMail] = useState('');
  const [naam, setNaam] = useState('');
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const [rollen, setRollen] = useState<Rol[]>([]);
  const [aangemaakt, setAangemaakt] = useState<{ account: Account; tijdelijkWachtwoord: string } | null>(
    null,
  );
  const form = useForm('account-nieuw', {
    eMail: t('veld.eMail'),
    naam: t('veld.naam'),
    medewerkerId: t('accounts.medewerker'),
    rollen: t('accounts.rollen'),
  });

  const submit = form.handleSubmit(async () => {
    try {
      const resultaat = await createAccount({
        eMail: eMail.trim(),
        naam: naam.trim(),
        medewerkerId: medewerker?.id ?? null,
        rollen,
      });
      setAangemaakt(resultaat);
    } catch (error) {
      throw rollenFouten(error);
    }
  });

  if (aangemaakt) {
    return (
      <>
        <PageHeading title={t('accounts.nieuw')} preHeading={t('beheer.titel')} />
        <EenmaligWachtwoord wachtwoord={aangemaakt.tijdelijkWachtwoord} naam={aangemaakt.account.naam} />
        <Paragraph>
          <AppLink to={`/beheer/accounts/${aangemaakt.account.id}`}>
            {t('accounts.naarAccount', { naam: aangemaakt.account.naam })}
          </AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to="/beheer/accounts">{t('accounts.terug')}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('accounts.nieuw')} preHeading={t('beheer.titel')} />
      <Paragraph>{t('accounts.nieuw.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="wb-form wb-card">
        <ErrorSummary form={form} />
        <TextField
          form={form}
          name="eMail"
          type="email"
          autoComplete="off"
          value={eMail}
          onChange={setEMail}
        />
        <TextField form={form} name="naam" autoComplete="off" value={naam} onChange={setNaam} />
        <MedewerkerKiezer
          form={form}
          name="medewerkerId"
          value={medewerker}
          onChange={(gekozen) => {
            setMedewerker(gekozen);
            if (gekozen && !naam.trim()) setNaam(gekozen.naam);
          }}
          optional
        />
        <RollenVeld form={form} value={rollen} onChange={setRollen} />
        <FormKnoppen label={t('accounts.nieuw.opslaan')} busy={form.busy} />
        <Paragraph>
          <AppLink to="/beheer/accounts">{t('accounts.terug')}</AppLink>
        </Paragraph>
      </form>
    </>
  );
}

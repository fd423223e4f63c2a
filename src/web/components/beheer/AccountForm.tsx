import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { updateAccount } from '../../api/toegang';
import type { Account, Rol } from '../../api/toegang.types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { CheckboxField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { RollenVeld, rollenFouten } from './RollenVeld';

/**
 * Name, roles and blocking of an account (PATCH with If-Match). The server ends the account's
 * sessions when it gets fewer rights. Roles and blocking show only where the account's `mag` allows
 * them: one's own are changed by another beheerder, and a field the server would refuse is no help.
 */
export function AccountForm({
  account,
  onSaved,
  onCancel,
  onReload,
}: {
  account: Account;
  onSaved(account: Account): void;
  onCancel(): void;
  onReload(): void;
}) {
  const t = useT();
  const [naam, setNaam] = useState(account.naam);
  const [rollen, setRollen] = useState<Rol[]>(account.rollen);
  const [geblokkeerd, setGeblokkeerd] = useState(!account.actief);
  const form = useForm('account-wijzigen', {
    naam: t('veld.naam'),
    rollen: t('accounts.rollen'),
    actief: t('accounts.blokkeren'),
  });
  const { rollenWijzigen, blokkeren } = account.mag;
  const submit = form.handleSubmit(async () => {
    try {
      onSaved(
        await updateAccount(account.id, account.versie, {
          naam: naam.trim(),
          ...(rollenWijzigen ? { rollen } : {}),
          ...(blokkeren ? { actief: !geblokkeerd } : {}),
        }),
      );
    } catch (error) {
      throw rollenFouten(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      {rollenWijzigen && <RollenVeld form={form} value={rollen} onChange={setRollen} />}
      {blokkeren && (
        <CheckboxField
          form={form}
          name="actief"
          checked={geblokkeerd}
          onChange={setGeblokkeerd}
          description={t('accounts.blokkeren.uitleg')}
        />
      )}
      {(!rollenWijzigen || !blokkeren) && <Paragraph>{t('accounts.eigenAccount')}</Paragraph>}
      <FormKnoppen label={t('actie.wijzigingenOpslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

// The administration area (accounts, audit log): one chunk, loaded on first use.
export { AccountPage } from '../../routes/beheer/account';
export { AccountNieuwPage } from '../../routes/beheer/account-nieuw';
export { AccountsPage } from '../../routes/beheer/accounts';
export { AuditPage } from '../../routes/beheer/audit';
export { GegevensbeheerPage } from '../../routes/beheer/gegevens';

import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { getInlogmethoden, listDemoAccounts } from '../../api/toegang';
import { useT } from '../../i18n/i18n';
import { useResource } from '../useResource';

/**
 * Demo mode only: the current TOTP code of a demo account (the server publishes it at
 * /demo-accounts, because the demo secret is public anyway).
 */
export function useDemoCode(eMail: string) {
  const methoden = useResource('inlogmethoden', getInlogmethoden);
  const demo = methoden.data?.demo === true;
  const accounts = useResource(demo ? 'demo-accounts' : null, listDemoAccounts);
  const [vers, setVers] = useState<string | null>(null);
  const code = vers ?? accounts.data?.resultaten.find((a) => a.eMail === eMail)?.totpCode ?? null;

  /** Asks for the code again (a code is valid for 30 seconds and can be used only once). */
  const ververs = useCallback(async () => {
    const lijst = await listDemoAccounts().catch(() => null);
    const nieuw = lijst?.resultaten.find((a) => a.eMail === eMail)?.totpCode ?? null;
    setVers(nieuw);
    return nieuw;
  }, [eMail]);

  return { beschikbaar: demo && code !== null, code, ververs };
}

export function DemoCode({
  code,
  bezig,
  onInvullen,
}: {
  code: string | null;
  bezig: boolean;
  onInvullen(): void;
}) {
  const t = useT();
  return (
    <Alert type="info" className="wb-demo-code">
      <Paragraph>
        {t('totp.demo.uitleg')} <code className="wb-code">{code}</code>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onInvullen} disabled={bezig}>
        {t('totp.demo.invullen')}
      </Button>
    </Alert>
  );
}

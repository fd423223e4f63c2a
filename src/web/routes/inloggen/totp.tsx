import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSessie } from '../../access/sessie';
import { naStap, PAD } from '../../access/stappen';
import { verifyTotp } from '../../api/toegang';
import type { Sessie } from '../../api/toegang.types';
import { PageHeading } from '../../components/PageHeading';
import { DemoCode, useDemoCode } from '../../components/toegang/DemoCode';
import { StapPagina } from '../../components/toegang/StapPagina';
import { TotpCodeForm } from '../../components/toegang/TotpCodeForm';
import { useForm } from '../../components/useForm';
import { useT } from '../../i18n/i18n';
import type { DemoState } from './inloggen';

/** The second step of logging in: the six-digit code from the authenticator app. */
export function TotpPage() {
  return (
    <StapPagina pad={PAD.totp}>{(sessie, terug) => <TotpForm sessie={sessie} terug={terug} />}</StapPagina>
  );
}

function TotpForm({ sessie, terug }: { sessie: Sessie; terug: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { zetSessie, uitloggen } = useSessie();
  const [code, setCode] = useState('');
  const form = useForm('totp', { code: t('totp.code') });
  const demo = useDemoCode(sessie.account.eMail);
  const automatisch = useRef((location.state as DemoState | null)?.demo === true);

  const controleer = (waarde: string) =>
    form.handleSubmit(async () => {
      const nieuw = await verifyTotp(waarde);
      zetSessie(nieuw);
      navigate(naStap(nieuw, terug), { replace: true });
    });

  const vulDemoCodeIn = async () => {
    const vers = await demo.ververs();
    if (!vers) return;
    setCode(vers);
    await controleer(vers)();
  };

  // Arriving from "Inloggen als …" on the login page: enter the demo code straight away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the demo code is known
  useEffect(() => {
    if (automatisch.current && demo.beschikbaar) {
      automatisch.current = false;
      vulDemoCodeIn();
    }
  }, [demo.beschikbaar]);

  return (
    <div className="wb-login">
      <PageHeading title={t('totp.titel')} />
      <Paragraph>{t('totp.uitleg')}</Paragraph>
      {demo.beschikbaar && <DemoCode code={demo.code} onInvullen={vulDemoCodeIn} bezig={form.busy} />}
      <div className="wb-card wb-login__card">
        <TotpCodeForm
          form={form}
          code={code}
          onCode={setCode}
          onSubmit={controleer(code)}
          submitLabel={t('totp.knop')}
          onCancel={() => uitloggen()}
        />
      </div>
    </div>
  );
}

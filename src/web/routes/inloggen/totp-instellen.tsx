import { Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSessie } from '../../access/sessie';
import { naStap, PAD } from '../../access/stappen';
import type { ProblemError } from '../../api/http';
import { confirmTotp, startTotp } from '../../api/toegang';
import type { Sessie, TotpVoorstel } from '../../api/toegang.types';
import { LoadError, Loading } from '../../components/DataState';
import { PageHeading } from '../../components/PageHeading';
import { QrCode } from '../../components/toegang/QrCode';
import { StapPagina } from '../../components/toegang/StapPagina';
import { TotpCodeForm } from '../../components/toegang/TotpCodeForm';
import { useForm } from '../../components/useForm';
import { toProblemError } from '../../components/useResource';
import { useT } from '../../i18n/i18n';

/** 'JBSWY3DPEHPK3PXP' → 'JBSW Y3DP EHPK 3PXP': easier to type over. */
export const inGroepen = (geheim: string) => geheim.replace(/(.{4})(?=.)/g, '$1 ');

/** Setting up the second factor: a new key for the authenticator app, confirmed with a first code. */
export function TotpInstellenPage() {
  return (
    <StapPagina pad={PAD.totpInstellen}>
      {(sessie, terug) => <TotpInstellen sessie={sessie} terug={terug} />}
    </StapPagina>
  );
}

function TotpInstellen({ sessie, terug }: { sessie: Sessie; terug: string | null }) {
  const t = useT();
  const navigate = useNavigate();
  const { zetSessie, uitloggen } = useSessie();
  const [voorstel, setVoorstel] = useState<TotpVoorstel | null>(null);
  const [fout, setFout] = useState<ProblemError | null>(null);
  const [code, setCode] = useState('');
  const form = useForm('totp-instellen', { code: t('totp.code') });
  const gestart = useRef(false);

  const start = () => {
    setFout(null);
    startTotp().then(setVoorstel, (error: unknown) => setFout(toProblemError(error)));
  };
  // One new key per visit (a ref, so React's development double effect does not ask for two).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per page
  useEffect(() => {
    if (gestart.current) return;
    gestart.current = true;
    start();
  }, []);

  const bevestig = form.handleSubmit(async () => {
    const nieuw = await confirmTotp(code);
    zetSessie(nieuw);
    navigate(naStap(nieuw, terug), { replace: true });
  });

  return (
    <div className="wb-login wb-login--breed">
      <PageHeading title={t('totpInstellen.titel')} />
      <Paragraph>{t('totpInstellen.intro')}</Paragraph>
      {fout && <LoadError error={fout} onRetry={start} />}
      {!voorstel && !fout && <Loading />}
      {voorstel && (
        <div className="wb-card wb-login__card">
          <OrderedList className="wb-stappen">
            <OrderedListItem>
              <Heading level={2} className="wb-stappen__titel">
                {t('totpInstellen.stap1')}
              </Heading>
              <Paragraph>{t('totpInstellen.stap1.uitleg')}</Paragraph>
            </OrderedListItem>
            <OrderedListItem>
              <Heading level={2} className="wb-stappen__titel">
                {t('totpInstellen.stap2')}
              </Heading>
              <div className="wb-totp-sleutel">
                <QrCode
                  value={voorstel.otpauthUri}
                  label={t('totpInstellen.qr', { eMail: sessie.account.eMail })}
                />
                <div>
                  <Paragraph>{t('totpInstellen.sleutel.uitleg')}</Paragraph>
                  <p className="wb-totp-sleutel__geheim">
                    <span className="wb-visually-hidden">{t('totpInstellen.sleutel')}: </span>
                    <code className="wb-code" data-testid="totp-geheim">
                      {inGroepen(voorstel.geheim)}
                    </code>
                  </p>
                  <Paragraph className="wb-muted">{t('totpInstellen.uri')}</Paragraph>
                  <p className="wb-totp-sleutel__uri">
                    <code className="wb-code">{voorstel.otpauthUri}</code>
                  </p>
                </div>
              </div>
            </OrderedListItem>
            <OrderedListItem>
              <Heading level={2} className="wb-stappen__titel">
                {t('totpInstellen.stap3')}
              </Heading>
              <TotpCodeForm
                form={form}
                code={code}
                onCode={setCode}
                onSubmit={bevestig}
                submitLabel={t('totpInstellen.knop')}
                onCancel={() => uitloggen()}
              />
            </OrderedListItem>
          </OrderedList>
        </div>
      )}
    </div>
  );
}

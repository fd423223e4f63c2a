import { Alert, ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { type InlogReden, useSessie } from '../../access/sessie';
import { naStap, veiligTerug, volledigIngelogd } from '../../access/stappen';
import { ProblemError } from '../../api/http';
import { getInlogmethoden, login } from '../../api/toegang';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/DataState';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { DemoAccounts } from '../../components/toegang/DemoAccounts';
import { InlogForm } from '../../components/toegang/InlogForm';
import { useForm } from '../../components/useForm';
import { useResource } from '../../components/useResource';
import { type MessageKey, useI18n } from '../../i18n/i18n';

/** Why the municipality's login (OIDC) did not work: `?fout=` from the server's callback. */
const OIDC_FOUT: Record<string, MessageKey> = {
  'onbekend-account': 'inloggen.oidcFout.onbekendAccount',
  geweigerd: 'inloggen.oidcFout.geweigerd',
  verlopen: 'inloggen.oidcFout.verlopen',
  fout: 'inloggen.oidcFout.fout',
};

const REDEN_TEKST: Record<InlogReden, MessageKey> = {
  uitgelogd: 'inloggen.uitgelogd',
  overalUitgelogd: 'inloggen.overalUitgelogd',
  verlopen: 'inloggen.verlopen',
};

/** Navigation state from the demo buttons: the TOTP page then fills in the demo code itself. */
export interface DemoState {
  demo?: boolean;
}

/**
 * Logging in: e-mail and password, the municipality's own login (OIDC) when configured, and in demo
 * mode a table of demo accounts per role. Afterwards the next step of the session, or `?terug=`.
 */
export function InloggenPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const terug = params.get('terug');
  const oidcFout = params.get('fout');
  const { sessie, zetSessie, reden: sessieReden } = useSessie();
  const methoden = useResource('inlogmethoden', getInlogmethoden);
  const reden = (location.state as { reden?: InlogReden | null } | null)?.reden ?? sessieReden;
  const [eMail, setEMail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const form = useForm('inloggen', { eMail: t('veld.eMail'), wachtwoord: t('inloggen.wachtwoord') });

  const inloggen = (mail: string, geheim: string, demo = false) =>
    form.handleSubmit(async () => {
      try {
        const nieuw = await login(mail, geheim);
        zetSessie(nieuw);
        navigate(naStap(nieuw, terug), { state: { demo } satisfies DemoState });
      } catch (error) {
        if (error instanceof ProblemError && error.status === 429) {
          const minuten = Math.max(1, Math.ceil((error.retryAfter ?? 900) / 60));
          throw new ProblemError(429, { title: t('inloggen.teVaak', { minuten }), status: 429 });
        }
        throw error;
      }
    });

  return (
    <div className="wb-login">
      <PageHeading title={t('inloggen.titel')} />
      {reden && (
        <Alert type={reden === 'verlopen' ? 'warning' : 'ok'} role="status">
          <Paragraph>{t(REDEN_TEKST[reden])}</Paragraph>
        </Alert>
      )}
      {oidcFout && (
        <Alert type="error" role="alert">
          <Paragraph>{t(OIDC_FOUT[oidcFout] ?? 'inloggen.oidcFout.fout')}</Paragraph>
        </Alert>
      )}
      {volledigIngelogd(sessie) && (
        <Paragraph>
          {t('inloggen.alIngelogd', { naam: sessie.account.naam })}{' '}
          <AppLink to={veiligTerug(terug)}>{t('inloggen.verder')}</AppLink>
        </Paragraph>
      )}
      <div className="wb-card wb-login__card">
        <InlogForm
          form={form}
          eMail={eMail}
          wachtwoord={wachtwoord}
          onEMail={setEMail}
          onWachtwoord={setWachtwoord}
          onSubmit={inloggen(eMail, wachtwoord)}
        />
      </div>
      {methoden.data?.oidc && (
        <Section title={t('inloggen.oidc.titel')}>
          <Paragraph>{t('inloggen.oidc.uitleg', { naam: methoden.data.oidc.naam })}</Paragraph>
          <ButtonLink
            href={
              terug
                ? `${methoden.data.oidc.startUrl}?terug=${encodeURIComponent(veiligTerug(terug))}`
                : methoden.data.oidc.startUrl
            }
            appearance="secondary-action-button"
          >
            {t('inloggen.oidc.knop', { naam: methoden.data.oidc.naam })}
          </ButtonLink>
        </Section>
      )}
      {methoden.loading && !methoden.data && <Loading />}
      {methoden.data?.demo && (
        <DemoAccounts
          busy={form.busy}
          onKies={(account) => {
            setEMail(account.eMail);
            setWachtwoord(account.wachtwoord);
            inloggen(account.eMail, account.wachtwoord, true)();
          }}
        />
      )}
    </div>
  );
}

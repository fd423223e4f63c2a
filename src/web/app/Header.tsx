import { Button, FormLabel, PageHeader, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMag, useSessie } from '../access/sessie';
import { volledigIngelogd } from '../access/stappen';
import { ROLLEN } from '../api/toegang.types';
import { RouterAnchor } from '../components/AppLink';
import { AccountMenu } from '../components/toegang/AccountMenu';
import { useI18n } from '../i18n/i18n';
import { MainNav } from './MainNav';

function Logo() {
  return (
    <svg
      className="wb-logo__mark"
      viewBox="0 0 40 40"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="40" height="40" rx="6" fill="#ffffff" />
      <path d="M7 11h5l3.5 14L19 11h4l3.5 14L30 11h5l-6.5 19h-4.5L20 17l-4 13h-4.5z" fill="#0f4c81" />
      <rect x="7" y="32" width="26" height="3" fill="#f0a500" />
    </svg>
  );
}

function HeaderSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/zoeken' ? (params.get('zoekterm') ?? '') : '';
  const [zoekterm, setZoekterm] = useState(current);
  useEffect(() => setZoekterm(current), [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const term = zoekterm.trim();
    navigate(term ? `/zoeken?zoekterm=${encodeURIComponent(term)}` : '/zoeken');
  };

  return (
    <search className="wb-header-search">
      <form onSubmit={submit} className="wb-header-search__form">
        <FormLabel htmlFor="kop-zoekterm" className="wb-visually-hidden">
          {t('zoeken.veld')}
        </FormLabel>
        <Textbox
          id="kop-zoekterm"
          type="search"
          name="zoekterm"
          value={zoekterm}
          onChange={(event) => setZoekterm(event.target.value)}
          placeholder={t('zoeken.placeholder')}
          autoComplete="off"
          className="wb-header-search__input"
        />
        <Button type="submit" appearance="secondary-action-button" className="wb-header-search__button">
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          {/* On a phone only the magnifier shows; the name stays for screen readers and voice control. */}
          <span className="wb-header-search__knoptekst">{t('zoeken.knop')}</span>
        </Button>
      </form>
    </search>
  );
}

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      className="wb-language-switch wb-header-button"
      lang={other}
      onClick={() => setLang(other)}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path
          d="M2 10h16M10 2c2.5 2.2 3.6 5 3.6 8s-1.1 5.8-3.6 8c-2.5-2.2-3.6-5-3.6-8S7.5 4.2 10 2z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {t('taal.wissel.tekst')}
    </Button>
  );
}

/** Who is logged in (name and roles), the account menu, and "Uitloggen". */
function HeaderAccount() {
  const { t } = useI18n();
  const { sessie, uitloggen } = useSessie();
  if (!sessie) return null;
  // The most specific role first: "P&O, Medewerker".
  const rollen = [...sessie.account.rollen]
    .sort((a, b) => ROLLEN.indexOf(b) - ROLLEN.indexOf(a))
    .map((rol) => t(`rollen.${rol}`))
    .join(', ');
  return (
    <div className="wb-header-account">
      <div className="wb-header-account__inner">
        <p className="wb-header-account__wie">
          {t('account.ingelogdAls')}{' '}
          <strong className="wb-header-account__naam">{sessie.account.naam}</strong>
          {rollen && <span className="wb-header-account__rollen"> ({rollen})</span>}
        </p>
        {volledigIngelogd(sessie) && <AccountMenu />}
        <Button appearance="subtle-button" className="wb-header-button" onClick={() => uitloggen()}>
          {t('account.uitloggen')}
        </Button>
      </div>
    </div>
  );
}

export function Header() {
  const { t } = useI18n();
  const { sessie } = useSessie();
  const mag = useMag();
  const compleet = volledigIngelogd(sessie);
  return (
    <PageHeader className="wb-header">
      <HeaderAccount />
      <div className="wb-header__bar">
        <RouterAnchor to="/" className="wb-logo">
          <Logo />
          <span className="wb-logo__text">
            <span className="wb-logo__name">{t('app.naam')}</span>
            <span className="wb-logo__tagline">{t('app.tagline')}</span>
          </span>
        </RouterAnchor>
        <div className="wb-header__tools">
          {compleet && mag('GET /zoekresultaten') && <HeaderSearch />}
          <LanguageSwitch />
        </div>
      </div>
      {compleet && <MainNav />}
    </PageHeader>
  );
}

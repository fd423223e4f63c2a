import { Document, PageContent, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/DataState';
import { useI18n, useT } from '../i18n/i18n';
import { Header } from './Header';
import { NotificationProvider, NotificationRegion } from './notifications';

function SkipLink({ targetId }: { targetId: string }) {
  const t = useT();
  return (
    <a
      href={`#${targetId}`}
      className="utrecht-skip-link utrecht-skip-link--visible-on-focus wb-skip-link"
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
        target.scrollIntoView();
      }}
    >
      {t('app.naarHoofdinhoud')}
    </a>
  );
}

/** The page's title without the application's name: "Warmtenet Oost" of "Warmtenet Oost | Wendbaar". */
const paginaTitel = () => document.title.replace(/ \| [^|]*$/, '');

/**
 * The heading of a printed page: the page title and the date it was printed (issue 17, item 8).
 * Only the print stylesheet shows it; on screen the page's own h1 says where you are. It follows
 * document.title, which each page sets.
 */
function PrintKop() {
  const { t, formatDate } = useI18n();
  const [titel, setTitel] = useState(paginaTitel);
  const [vandaag, setVandaag] = useState(() => new Date().toISOString().slice(0, 10));
  useEffect(() => {
    const volg = () => {
      setTitel(paginaTitel());
      setVandaag(new Date().toISOString().slice(0, 10));
    };
    const kop = document.querySelector('head');
    const observer = new MutationObserver(volg);
    if (kop) observer.observe(kop, { childList: true, subtree: true, characterData: true });
    window.addEventListener('beforeprint', volg);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', volg);
    };
  }, []);
  return (
    <div className="wb-print-kop" aria-hidden="true">
      <span className="wb-print-kop__titel">{titel}</span>
      <span className="wb-print-kop__datum">{t('app.afgedruktOp', { datum: formatDate(vandaag) })}</span>
    </div>
  );
}

function Footer() {
  const t = useT();
  return (
    <PageFooter className="wb-footer">
      <div className="utrecht-page-footer__content wb-footer__content">
        <div>
          <Paragraph className="wb-footer__name">{t('app.naam')}</Paragraph>
          <Paragraph>{t('footer.omschrijving')}</Paragraph>
        </div>
        <ul className="wb-footer__links">
          <li>
            <a className="utrecht-link" href="/api/v1/docs">
              {t('footer.apiDocumentatie')}
            </a>
          </li>
          <li>{t('footer.licentie')}</li>
        </ul>
      </div>
    </PageFooter>
  );
}

/** The page frame: skip link, header with menu, search and language switch, main, footer. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  return (
    <NotificationProvider>
      <Document className="wb-document">
        <SkipLink targetId="hoofdinhoud" />
        <PrintKop />
        <Header />
        <main id="hoofdinhoud" ref={mainRef} tabIndex={-1} className="wb-main">
          <PageContent className="wb-page-content">
            <NotificationRegion />
            {/* Pages outside the first one load per area (router.tsx); meanwhile a status says so. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </PageContent>
        </main>
        <Footer />
      </Document>
    </NotificationProvider>
  );
}

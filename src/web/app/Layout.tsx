import { Document, PageContent, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useRef } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/DataState';
import { useT } from '../i18n/i18n';
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

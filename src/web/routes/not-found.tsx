import { Document, Heading, Paragraph } from '@utrecht/component-library-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AppLink } from '../components/AppLink';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/i18n';

/** "Pagina niet gevonden", inside the layout (also used for an unknown team or medewerker). */
export function NotFoundContent() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('nietGevonden.titel')} />
      <Paragraph>{t('nietGevonden.tekst')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('nietGevonden.home')}</AppLink>
      </Paragraph>
    </>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}

/** Shown when rendering a route fails unexpectedly (outside the normal layout). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Document className="wb-document wb-route-error">
      <main className="wb-main wb-page-content">
        <Heading level={1}>{t('fout.onverwacht.titel')}</Heading>
        <Paragraph>{t('fout.onverwacht.tekst')}</Paragraph>
        <pre className="wb-error-detail">{message}</pre>
        <Paragraph>
          <a className="utrecht-link" href="/">
            {t('nietGevonden.home')}
          </a>
        </Paragraph>
      </main>
    </Document>
  );
}

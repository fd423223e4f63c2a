import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n';

/**
 * Remembers for which path the h1 last took focus. On the first load focus stays at the top of the
 * document (so the skip link comes first); after every client-side navigation to another path the new
 * page's h1 receives focus, so screen reader users hear where they are.
 */
const routeFocus = { path: null as string | null };

export interface PageHeadingProps {
  /** Used for the h1 (unless children are given) and the document title. */
  title: string;
  children?: ReactNode;
  /** Small text above the heading, e.g. the kind of page ("Team"). */
  preHeading?: ReactNode;
}

/** The page's h1: sets document.title and takes focus after a route change. */
export function PageHeading({ title, children, preHeading }: PageHeadingProps) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} | ${t('app.naam')}`;
  }, [title, t]);

  useEffect(() => {
    if (routeFocus.path === null) {
      routeFocus.path = pathname;
      return;
    }
    if (routeFocus.path !== pathname) {
      routeFocus.path = pathname;
      ref.current?.focus();
    }
  }, [pathname]);

  return (
    <div className="wb-page-heading">
      {preHeading && <p className="wb-pre-heading">{preHeading}</p>}
      <Heading level={1} ref={ref} tabIndex={-1} className="wb-h1">
        {children ?? title}
      </Heading>
    </div>
  );
}

import { ButtonLink, type ButtonLinkProps, Link, type LinkProps } from '@utrecht/component-library-react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  to: string;
}

/** A Utrecht Link that navigates inside the single-page app. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) handleClick(event);
      }}
    />
  );
}

export interface AppButtonLinkProps extends Omit<ButtonLinkProps, 'href'> {
  to: string;
}

/** A link that looks like a button (for navigation, e.g. "Nieuwe medewerker"). */
export function AppButtonLink({ to, onClick, ...rest }: AppButtonLinkProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) handleClick(event);
      }}
    />
  );
}

export interface RouterAnchorProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

/** A plain anchor (own classes) that navigates inside the app, e.g. pagination links. */
export function RouterAnchor({ to, onClick, children, ...rest }: RouterAnchorProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) handleClick(event);
      }}
    >
      {children}
    </a>
  );
}

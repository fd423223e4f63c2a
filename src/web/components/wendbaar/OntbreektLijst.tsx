import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';

/** Where a missing thing is filled in: its field, or else the section it belongs to. */
export interface Doel {
  label: string;
  /** Id of the field (present while the form is shown). */
  veldId: string;
  /** Id of the section, the fallback when the field is not on the page. */
  sectieId: string;
}

export type DoelVan = (veld: string) => Doel;

function ga(event: MouseEvent<HTMLAnchorElement>, doel: Doel) {
  const element = document.getElementById(doel.veldId) ?? document.getElementById(doel.sectieId);
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/**
 * What a dossier still lacks (the server's `ontbreektVoorIndiening`, or the 400 of a step): one
 * link per item to the field, or to its section when the field is not on the page.
 */
export function OntbreektLijst({
  items,
  doelVan,
}: {
  items: { veld: string; melding: string }[];
  doelVan: DoelVan;
}) {
  return (
    <UnorderedList>
      {items.map((item) => {
        const doel = doelVan(item.veld);
        return (
          <UnorderedListItem key={`${item.veld}-${item.melding}`}>
            <a className="utrecht-link" href={`#${doel.veldId}`} onClick={(event) => ga(event, doel)}>
              {doel.label}: {item.melding}
            </a>
          </UnorderedListItem>
        );
      })}
    </UnorderedList>
  );
}

import { StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'active' | 'inactive' | 'warning' | 'danger' | 'safe';

/** A status shown as text in a badge; the colour only supports the text. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <StatusBadge status={tone}>{children}</StatusBadge>;
}

import type { ResultaatdoelStatus } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';

const TOON: Record<ResultaatdoelStatus, BadgeTone> = {
  gepland: 'neutral',
  actief: 'active',
  behaald: 'safe',
  'niet-behaald': 'danger',
  vervallen: 'inactive',
};

/** A result goal's status as text in a badge (the colour only supports the text). */
export function DoelStatus({ status }: { status: ResultaatdoelStatus }) {
  const { t } = useI18n();
  return <Badge tone={TOON[status]}>{t(`rd.status.${status}`)}</Badge>;
}

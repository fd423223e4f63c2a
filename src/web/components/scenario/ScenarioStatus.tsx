import type { Scenario } from '../../api/scenario';
import { useT } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';

const TOON: Record<Scenario['status'], BadgeTone> = {
  concept: 'neutral',
  voorgesteld: 'active',
  vastgesteld: 'safe',
  verworpen: 'inactive',
};

/** The status of a scenario in words (the colour only supports them). */
export function ScenarioStatus({ status }: { status: Scenario['status'] }) {
  const t = useT();
  return <Badge tone={TOON[status]}>{t(`sc.status.${status}`)}</Badge>;
}

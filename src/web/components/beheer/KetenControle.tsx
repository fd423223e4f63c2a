import {
  Alert,
  Button,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { verifyAuditlog } from '../../api/toegang';
import type { AuditVerificatie } from '../../api/toegang.types';
import { useI18n } from '../../i18n/i18n';
import { toProblemError } from '../useResource';

/** "Controleer de keten": recomputes the hash chain of the audit log on the server. */
export function KetenControle() {
  const { t, formatNumber } = useI18n();
  const [bezig, setBezig] = useState(false);
  const [uitkomst, setUitkomst] = useState<AuditVerificatie | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const controleer = async () => {
    setBezig(true);
    setFout(null);
    setUitkomst(null);
    try {
      setUitkomst(await verifyAuditlog());
    } catch (error) {
      const problem = toProblemError(error);
      setFout(problem.detail ?? problem.title);
    } finally {
      setBezig(false);
    }
  };

  return (
    <div className="wb-keten">
      <Button appearance="secondary-action-button" onClick={controleer} busy={bezig}>
        {t('audit.keten.knop')}
      </Button>
      <div role="status" className="wb-keten__uitkomst">
        {fout && <p className="wb-inline-error">{fout}</p>}
        {uitkomst?.intact && (
          <Alert type="ok">
            <Paragraph>{t('audit.keten.intact', { aantal: formatNumber(uitkomst.gecontroleerd) })}</Paragraph>
          </Alert>
        )}
        {uitkomst && !uitkomst.intact && (
          <Alert type="error">
            <Heading level={3} className="wb-alert-heading">
              {t('audit.keten.gebroken', { aantal: uitkomst.fouten.length })}
            </Heading>
            <UnorderedList>
              {uitkomst.fouten.map((f) => (
                <UnorderedListItem key={`${f.id}-${f.soort}`}>
                  {t('audit.keten.regel', { id: f.id })}: {f.melding}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
      </div>
    </div>
  );
}

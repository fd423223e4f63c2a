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
  const { t, formatNumber, locale } = useI18n();
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
        {uitkomst && <AnkerRegel uitkomst={uitkomst} locale={locale} />}
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

/** The latest anchor outside the database the check compared with, or why there is none. */
function AnkerRegel({ uitkomst, locale }: { uitkomst: AuditVerificatie; locale: string }) {
  const { t, formatNumber } = useI18n();
  const anker = uitkomst.anker;
  return (
    <Paragraph className="wb-keten__anker">
      {anker
        ? t('audit.keten.anker', {
            tijdstip: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(
              new Date(anker.tijdstip),
            ),
            id: anker.laatsteId ?? '–',
            aantal: formatNumber(anker.aantal),
          })
        : t(uitkomst.ankerIngesteld ? 'audit.keten.nogGeenAnker' : 'audit.keten.geenAnker')}{' '}
      {!uitkomst.gesleuteld && t('audit.keten.zonderSleutel')}
    </Paragraph>
  );
}

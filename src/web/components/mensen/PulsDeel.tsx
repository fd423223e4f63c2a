import { Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../../access/sessie';
import { listMijnPulsRondes, listPulsRondes } from '../../api/puls';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Loading } from '../DataState';
import { useResource } from '../useResource';

/**
 * The pulse on the hub: for everyone the open round to answer (or thanks for having answered), and
 * for who reads results the latest closed round's results and all rounds.
 */
export function PulsDeel() {
  const { t } = useI18n();
  const mag = useMag();
  const mijn = useResource('mensen:mijn-puls', listMijnPulsRondes);
  const rondes = useResource(mag('GET /puls-rondes') ? 'mensen:puls-rondes' : null, listPulsRondes);
  const open = mijn.data?.resultaten.filter((r) => r.kanInvullen || r.beantwoord) ?? [];
  // The rounds come newest first; the first closed one whose results this user may read.
  const laatste = rondes.data?.resultaten.find((r) => r.status === 'gesloten' && r.mag.resultatenZien);
  return (
    <div data-testid="mensen-puls">
      {!mijn.data && !mijn.error && <Loading />}
      {mijn.data && open.length === 0 && <Paragraph>{t('mensen.puls.geenOpen')}</Paragraph>}
      {open.map((r) =>
        r.kanInvullen ? (
          <Paragraph key={r.id}>
            {t('mensen.puls.open', { titel: r.titel })}{' '}
            <AppLink to={`/mensen/puls/${r.id}/invullen`}>
              {t('mensen.puls.invullen')} <span className="wb-visually-hidden">{r.titel}</span>
            </AppLink>
          </Paragraph>
        ) : (
          <Paragraph key={r.id}>{t('mensen.puls.beantwoord', { titel: r.titel })}</Paragraph>
        ),
      )}
      {laatste && (
        <Paragraph>
          <AppLink to={`/mensen/puls/${laatste.id}`}>
            {t('mensen.puls.laatste', { titel: laatste.titel })}
          </AppLink>
        </Paragraph>
      )}
      {mag('GET /puls-rondes') && (
        <Paragraph>
          <AppLink to="/mensen/puls">{t('mensen.puls.rondes')}</AppLink>
        </Paragraph>
      )}
      <Paragraph className="wb-muted">{t('mensen.puls.anoniem')}</Paragraph>
    </div>
  );
}

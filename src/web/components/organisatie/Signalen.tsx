import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useMag } from '../../access/sessie';
import type { Organisatie } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge } from '../Badge';
import { DateText } from '../DateText';
import { MedewerkerLink } from '../MedewerkerLink';

type Signalen = Organisatie['signalen'];
type Werk = NonNullable<Signalen['inzetNaEinde'][number]['inzet'][number]['werk']>;

/** One dated line: from when (with "already now" when it runs today) to when, and what. */
function Regel({
  vanaf,
  tot,
  peildatum,
  openEinde,
  children,
}: {
  vanaf: string;
  tot: string | null;
  peildatum: string;
  openEinde: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li className="wb-timeline__item">
      <span className="wb-timeline__date">
        {t('signaal.vanaf')} <DateText value={vanaf} /> {tot ? t('signaal.totEnMet') : '·'}{' '}
        {tot ? <DateText value={tot} /> : openEinde}
        {vanaf <= peildatum && (
          <>
            {' '}
            <Badge tone="danger">{t('signaal.nu')}</Badge>
          </>
        )}
      </span>
      <span className="wb-timeline__body">{children}</span>
    </li>
  );
}

/** A kind of signal: a heading with the count, the named items, and how many are not shown. */
function Soort({
  titel,
  aantal,
  getoond,
  children,
}: {
  titel: string;
  aantal: number;
  getoond: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (aantal === 0) return null;
  return (
    <>
      <Heading level={3} className="wb-alert-heading">
        {titel}
      </Heading>
      {getoond > 0 && <ul className="wb-timeline">{children}</ul>}
      {getoond === 0 ? (
        <Paragraph>{t('signaal.nietGetoondAlle', { aantal })}</Paragraph>
      ) : (
        aantal > getoond && <Paragraph>{t('signaal.nietGetoond', { aantal: aantal - getoond })}</Paragraph>
      )}
    </>
  );
}

const WERK_PAD: Record<Werk['soort'], { pad: string; route: Parameters<ReturnType<typeof useMag>>[0] }> = {
  resultaatdoel: { pad: '/resultaatdoelen/', route: 'GET /resultaatdoelen/{resultaatdoelId}' },
  opgave: { pad: '/wendbaar/opgaven/', route: 'GET /opgaven/{opgaveId}' },
  bestuursopdracht: {
    pad: '/wendbaar/bestuursopdrachten/',
    route: 'GET /bestuursopdrachten/{bestuursopdrachtId}',
  },
};

function WerkNaam({ werk }: { werk: Werk | null }) {
  const { t } = useI18n();
  const mag = useMag();
  if (!werk) return <>{t('signaal.inzet.onbekendWerk')}</>;
  const { pad, route } = WERK_PAD[werk.soort];
  return mag(route) ? <AppLink to={`${pad}${werk.id}`}>{werk.titel}</AppLink> : werk.titel;
}

/**
 * The overview's signals, today's and those ahead within the horizon, per kind and dated, each
 * linking to the team or the person. Names appear only where the caller's role may see them; the
 * counts cover everyone.
 */
export function Signalen({ signalen, peildatum }: { signalen: Signalen; peildatum: string }) {
  const { t, formatNumber, formatDate } = useI18n();
  const { leiderschapsgaten, lidmaatschapsgaten, inzetNaEinde } = signalen;
  const horizon = (
    <Paragraph className="wb-muted">
      {t('signaal.horizon', { datum: formatDate(signalen.horizon.tot) })}
    </Paragraph>
  );
  if (
    leiderschapsgaten.length === 0 &&
    signalen.aantalLidmaatschapsgaten === 0 &&
    signalen.aantalInzetNaEinde === 0
  ) {
    return (
      <>
        {horizon}
        <Alert type="ok">
          <Paragraph>{t('signaal.geen')}</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      {horizon}
      <Alert type="warning">
        <Soort
          titel={t('signaal.leiding.titel', { aantal: leiderschapsgaten.length })}
          aantal={leiderschapsgaten.length}
          getoond={leiderschapsgaten.length}
        >
          {leiderschapsgaten.map((gat) => (
            <Regel
              key={`${gat.teamId}-${gat.vanaf}`}
              vanaf={gat.vanaf}
              tot={gat.tot}
              peildatum={peildatum}
              openEinde={t('signaal.leiding.geenOpvolger')}
            >
              <AppLink to={`/teams/${gat.teamId}`}>{gat.teamnaam}</AppLink>
              {gat.vertrekkendeTeamleiders.length > 0 && (
                <span className="wb-muted">
                  {' '}
                  {t('signaal.leiding.vertrekt')}{' '}
                  {gat.vertrekkendeTeamleiders.map((l, i) => (
                    <span key={l.medewerkerId}>
                      {i > 0 && ', '}
                      <MedewerkerLink id={l.medewerkerId} naam={l.naam} />
                    </span>
                  ))}
                </span>
              )}
            </Regel>
          ))}
        </Soort>
        <Soort
          titel={t('signaal.lid.titel', { aantal: signalen.aantalLidmaatschapsgaten })}
          aantal={signalen.aantalLidmaatschapsgaten}
          getoond={lidmaatschapsgaten.length}
        >
          {lidmaatschapsgaten.map((gat) => (
            <Regel
              key={`${gat.medewerkerId}-${gat.vanaf}`}
              vanaf={gat.vanaf}
              tot={gat.tot}
              peildatum={peildatum}
              openEinde={t('signaal.geenEinde')}
            >
              <MedewerkerLink id={gat.medewerkerId} naam={gat.naam} />
              {gat.vorigTeam && (
                <span className="wb-muted">
                  {' '}
                  ({t('signaal.lid.was')}{' '}
                  <AppLink to={`/teams/${gat.vorigTeam.id}`}>{gat.vorigTeam.naam}</AppLink>)
                </span>
              )}
            </Regel>
          ))}
        </Soort>
        <Soort
          titel={t('signaal.inzet.titel', { aantal: signalen.aantalInzetNaEinde })}
          aantal={signalen.aantalInzetNaEinde}
          getoond={inzetNaEinde.length}
        >
          {inzetNaEinde.map((s) => (
            <li key={`${s.medewerkerId}-${s.soort}-${s.einddatum}`} className="wb-timeline__item">
              <span className="wb-timeline__date">
                {t(s.soort === 'uitDienst' ? 'signaal.inzet.uitDienst' : 'signaal.inzet.contracturen', {
                  datum: formatDate(s.einddatum),
                })}
                {s.einddatum < peildatum && (
                  <>
                    {' '}
                    <Badge tone="danger">{t('signaal.nu')}</Badge>
                  </>
                )}
              </span>
              <div className="wb-timeline__body">
                <MedewerkerLink id={s.medewerkerId} naam={s.naam} />{' '}
                <span className="wb-muted">{t('signaal.inzet.daarna', { uren: formatNumber(s.uren) })}</span>
                <ul>
                  {s.inzet.map((i) => (
                    <li key={`${i.werk?.id ?? 'x'}-${i.van}`}>
                      <WerkNaam werk={i.werk} /> (
                      {t(i.soort === 'robuust' ? 'signaal.inzet.robuust' : 'signaal.inzet.wendbaar')}),{' '}
                      <DateText value={i.van} /> {t('signaal.totEnMet')} <DateText value={i.tot} />:{' '}
                      {t('signaal.inzet.run', {
                        uren: formatNumber(i.uren),
                        perWeek: formatNumber(i.urenPerWeek),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </Soort>
      </Alert>
    </>
  );
}

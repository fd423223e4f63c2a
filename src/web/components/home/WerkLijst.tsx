import { Paragraph } from '@utrecht/component-library-react';
import type { MijnWerk, WerkItem } from '../../api/home';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Badge, type BadgeTone } from '../Badge';
import { DateText } from '../DateText';
import { KeyFigures } from '../KeyFigures';

const SOORTEN = [
  'inzetverzoek',
  'besluit',
  'dossierstap',
  'signaal',
] as const satisfies readonly WerkItem['soort'][];
const TELLING: Record<WerkItem['soort'], keyof MijnWerk['tellingen']> = {
  inzetverzoek: 'inzetverzoeken',
  besluit: 'besluiten',
  dossierstap: 'dossierstappen',
  signaal: 'signalen',
};
const TOON: Record<WerkItem['soort'], BadgeTone> = {
  inzetverzoek: 'active',
  besluit: 'warning',
  dossierstap: 'neutral',
  signaal: 'danger',
};

/** The counts per kind, as key figures: only the kinds the caller can have. */
export function WerkTellingen({ tellingen }: { tellingen: MijnWerk['tellingen'] }) {
  const { t, formatNumber } = useI18n();
  return (
    <KeyFigures
      figures={SOORTEN.map((soort) => ({
        label: t(`home.soort.${soort}` as MessageKey),
        value: formatNumber(tellingen[TELLING[soort]]),
      }))}
    />
  );
}

/** What needs the caller now, the most urgent first; each item a link to where it is handled. */
export function WerkLijst({ items }: { items: WerkItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <Paragraph>{t('home.nu.geen')}</Paragraph>;
  return (
    <ul className="wb-werklijst" data-testid="werklijst">
      {items.map((item) => (
        <li key={item.id} className="wb-werklijst__item">
          <div className="wb-werklijst__kop">
            <Badge tone={TOON[item.soort]}>{t(`home.badge.${item.soort}` as MessageKey)}</Badge>{' '}
            <AppLink to={item.pad} className="wb-werklijst__titel">
              <span lang="nl">{item.titel}</span>
            </AppLink>
          </div>
          {item.toelichting && (
            <p className="wb-werklijst__toelichting wb-muted" lang="nl">
              {item.toelichting}
            </p>
          )}
          {(item.vervaldatum || item.sinds) && (
            <p className="wb-werklijst__datum">
              {item.vervaldatum ? (
                <>
                  {t(item.soort === 'signaal' ? 'home.vanaf' : 'home.uiterlijk')}{' '}
                  <DateText value={item.vervaldatum} />
                </>
              ) : (
                <>
                  {t('home.sinds')} <DateText value={item.sinds} />
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

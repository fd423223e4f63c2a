import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { MedewerkerDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { DateText, FteText } from '../DateText';
import { Empty } from '../Empty';
import { MedewerkerLink } from '../MedewerkerLink';
import { todayIso } from '../numbers';
import { Verborgen } from '../Verborgen';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export function MedewerkerGegevens({ medewerker: m }: { medewerker: MedewerkerDetail }) {
  const { t, formatNumber } = useI18n();
  const today = todayIso();
  const leiding = m.leidinggevende.filter((l) => !l.einddatum || l.einddatum >= today);
  const eigenRollen = leiding.filter((l) => l.medewerkerId === m.id);
  // Fields the caller's role may not see come as null: say so rather than show them as empty.
  const volledig = m.zicht === 'volledig';
  const uren = m.zicht !== 'basis';
  const leidinggevenden = leiding.filter((l) => l.medewerkerId !== m.id);
  return (
    <DataList className="wb-data-list">
      <Item label={t('veld.personeelsnummer')}>{m.personeelsnummer}</Item>
      <Item label={t('veld.eMail')}>
        <a className="utrecht-link" href={`mailto:${m.eMail}`}>
          {m.eMail}
        </a>
      </Item>
      <Item label={t('veld.functie')}>{m.functie}</Item>
      <Item label={t('veld.schaalTrede')}>
        {volledig ? (
          t('medewerker.schaalTrede', { schaal: m.schaal ?? '', trede: m.trede ?? '' })
        ) : (
          <Verborgen />
        )}
      </Item>
      <Item label={t('veld.team')}>
        {m.team ? <AppLink to={`/teams/${m.team.id}`}>{m.team.naam}</AppLink> : <Empty />}
      </Item>
      {leidinggevenden.length > 0 && (
        <Item label={t('veld.leidinggevende')}>
          {leidinggevenden.map((l, index) => (
            <span key={l.id}>
              {index > 0 && ', '}
              <MedewerkerLink id={l.medewerkerId} naam={l.naam} />
            </span>
          ))}
        </Item>
      )}
      {eigenRollen.length > 0 && (
        <Item label={t('veld.leidinggevendeVan')}>
          {eigenRollen.map((l, index) => (
            <span key={l.id}>
              {index > 0 && ', '}
              {t(`rol.${l.rol}`)} <AppLink to={`/teams/${l.teamId}`}>{l.teamNaam}</AppLink>
              {l.gemeentesecretaris && ` (${t('rol.gemeentesecretaris')})`}
            </span>
          ))}
        </Item>
      )}
      <Item label={t('veld.urenPerWeek')}>
        {uren ? m.urenPerWeek === null ? <Empty /> : formatNumber(m.urenPerWeek) : <Verborgen />}
      </Item>
      <Item label={t('veld.fte')}>
        {uren ? m.fte === null ? <Empty /> : <FteText value={m.fte} /> : <Verborgen />}
      </Item>
      <Item label={t('veld.inDienst')}>{volledig ? <DateText value={m.inDienst} /> : <Verborgen />}</Item>
      <Item label={t('veld.uitDienst')}>
        {!volledig ? <Verborgen /> : m.uitDienst ? <DateText value={m.uitDienst} /> : <Empty />}
      </Item>
    </DataList>
  );
}

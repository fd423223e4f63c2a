import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { getLeidinggevenden } from '../../api/client';
import type { Leiderschap, Team } from '../../api/types';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { DateText } from '../DateText';
import { Disclosure } from '../Disclosure';
import { MedewerkerLink } from '../MedewerkerLink';
import { terugwerkendMelding } from '../medewerker/Terugwerkend';
import { todayIso } from '../numbers';
import { Tabel } from '../Tabel';
import { useResource } from '../useResource';
import { LeiderAanstellenForm } from './LeiderAanstellenForm';
import { LeiderschapBeeindigenForm } from './LeiderschapBeeindigenForm';

/**
 * The leaders of a team with their history. Directie and P&O appoint a teamleider (or directeur)
 * and end a leadership on a date, naming who takes over from the next day. Every change is sent
 * with the team's versie (If-Match) and raises it, so the team is reloaded after each.
 */
export function Leidinggevenden({ team, onChanged }: { team: Team; onChanged(): void }) {
  const { t, formatDate } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const { data, error, reload } = useResource(`leidinggevenden:${team.id}`, () =>
    getLeidinggevenden(team.id),
  );
  const [aanstellen, setAanstellen] = useState(false);
  const [beeindigen, setBeeindigen] = useState<Leiderschap | null>(null);
  const magAanstellen = mag('POST /teams/{teamId}/leidinggevenden');
  const magBeeindigen = mag('PATCH /teams/{teamId}/leidinggevenden/{leiderschapId}');
  const lopend = (l: Leiderschap) => !l.einddatum || l.einddatum >= todayIso();
  const gewijzigd = (bericht: string) => {
    reload();
    onChanged();
    notify(bericht);
  };

  return (
    <>
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && data.resultaten.length === 0 && <Paragraph>{t('team.leiding.geen')}</Paragraph>}
      {data && data.resultaten.length > 0 && (
        <Tabel caption={t('team.leiding.titel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('kolom.naam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.rol')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.van')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('kolom.totEnMet')}</TableHeaderCell>
              {magBeeindigen && (
                <TableHeaderCell scope="col">
                  <span className="wb-visually-hidden">{t('kolom.acties')}</span>
                </TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.resultaten.map((l) => (
              <TableRow key={l.id}>
                <TableHeaderCell scope="row">
                  <MedewerkerLink id={l.medewerkerId} naam={l.naam} />
                </TableHeaderCell>
                <TableCell>
                  {t(`rol.${l.rol}`)}
                  {l.gemeentesecretaris && `, ${t('rol.gemeentesecretaris')}`}
                </TableCell>
                <TableCell>
                  <DateText value={l.ingangsdatum} />
                </TableCell>
                <TableCell>{l.einddatum ? <DateText value={l.einddatum} /> : t('algemeen.heden')}</TableCell>
                {magBeeindigen && (
                  <TableCell>
                    {lopend(l) && (
                      <Button appearance="subtle-button" onClick={() => setBeeindigen(l)}>
                        {t('leiding.beeindigen')}
                        <span className="wb-visually-hidden"> {l.naam}</span>
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {beeindigen && (
        <LeiderschapBeeindigenForm
          key={beeindigen.id}
          team={team}
          leiderschap={beeindigen}
          onCancel={() => setBeeindigen(null)}
          onReload={onChanged}
          onSaved={(l) => {
            setBeeindigen(null);
            const einde = t('leiding.beeindigd', { naam: l.naam, datum: formatDate(l.einddatum) });
            const opvolger = l.opvolger
              ? ` ${t('leiding.opgevolgd', { naam: l.opvolger.naam, datum: formatDate(l.opvolger.ingangsdatum) })}`
              : '';
            gewijzigd(`${einde}${opvolger}${terugwerkendMelding(t, l.terugwerkend)}`);
          }}
        />
      )}
      {magAanstellen && (
        <Disclosure
          label={team.soort === 'directie' ? t('leiding.aanstellen.directeur') : t('leiding.aanstellen')}
          open={aanstellen}
          onToggle={setAanstellen}
        >
          <LeiderAanstellenForm
            team={team}
            onCancel={() => setAanstellen(false)}
            onReload={onChanged}
            onSaved={(l) => {
              setAanstellen(false);
              gewijzigd(
                `${t('leiding.aangesteld', { naam: l.naam, datum: formatDate(l.ingangsdatum) })}${terugwerkendMelding(t, l.terugwerkend)}`,
              );
            }}
          />
        </Disclosure>
      )}
    </>
  );
}

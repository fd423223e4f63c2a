import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { VerdeelResultaat } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../Section';
import { Tabel } from '../Tabel';
import { DossierLink } from './DossierLink';

/**
 * What the proposal leaves open: the demand per expertise nobody fills, each capaciteitsvraag with
 * what binds it (no expertise, no free hours, the reservering, the dossier limit) in plain words, and
 * the vragen it skipped with why. Whether anything is open follows the answer's `stand`, as the
 * summary above does: only a partly assigned proposal shows open demand.
 */
export function VerdeelOpen({ resultaat }: { resultaat: VerdeelResultaat }) {
  const { t, formatNumber } = useI18n();
  const overgeslagen = new Map<string, number>();
  for (const o of resultaat.overgeslagen) overgeslagen.set(o.reden, (overgeslagen.get(o.reden) ?? 0) + 1);
  return (
    <>
      <Section title={t('vv.open.titel')}>
        {resultaat.stand.soort !== 'deels-verdeeld' ? (
          <Paragraph>{t(`vv.open.${resultaat.stand.soort}`)}</Paragraph>
        ) : (
          <Tabel caption={t('vv.open.titel')} testId="onvervuld">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('kolom.expertise')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('vv.open.uren')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {resultaat.onvervuld.map((o) => (
                <TableRow key={o.expertise.id}>
                  <TableHeaderCell scope="row">{o.expertise.naam}</TableHeaderCell>
                  <TableCell numericColumn>{formatNumber(o.urenPerWeek)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        )}
      </Section>
      <Section title={t('vv.knel.titel', { aantal: resultaat.knelpunten.length })}>
        {resultaat.knelpunten.length === 0 ? (
          <Paragraph>{t('vv.knel.geen')}</Paragraph>
        ) : (
          <UnorderedList className="wb-vv-knelpunten" data-testid="knelpunten">
            {resultaat.knelpunten.map((k) => (
              <UnorderedListItem key={k.capaciteitsvraag.id}>
                <strong>
                  <DossierLink dossier={k.capaciteitsvraag.dossier} />
                  {' – '}
                  {k.capaciteitsvraag.expertise}
                </strong>
                {': '}
                {t('vv.knel.open', { uren: formatNumber(k.openPerWeek) })} {k.uitleg}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {overgeslagen.size > 0 && (
          <>
            <Paragraph>{t('vv.overgeslagen')}</Paragraph>
            <UnorderedList data-testid="overgeslagen">
              {[...overgeslagen].map(([reden, aantal]) => (
                <UnorderedListItem key={reden}>
                  {t('vv.overgeslagenRegel', { aantal, reden })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </Section>
    </>
  );
}

import {
  Button,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Scenario, ScenarioWijziging } from '../../api/scenario';
import { type I18n, useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { euro } from '../formatie/bedrag';
import { Tabel } from '../Tabel';

/** One line that says what a wijziging does, with the names of its teams and places. */
export function beschrijf(
  i18n: I18n,
  w: ScenarioWijziging,
  teamNaam: (id: string | null) => string,
  plaatsNaam: (id: string | null) => string,
): string {
  const { t, formatFte } = i18n;
  const delen: string[] = [];
  switch (w.soort) {
    case 'plaats-toevoegen':
      return t('sc.wat.toevoegen', {
        functie: w.functieNaam ?? '',
        schaal: w.salarisschaal ?? '',
        fte: formatFte(w.fte),
        team: teamNaam(w.teamId),
      });
    case 'budget-wijzigen':
      return t('sc.wat.budget', {
        team: teamNaam(w.teamId),
        jaar: w.jaar ?? '',
        bedrag: euro(i18n, w.bedrag),
      });
    default:
      delen.push(t('sc.wat.plaats', { plaats: plaatsNaam(w.formatieplaatsId) }));
      if (w.soort === 'plaats-verplaatsen') delen.push(t('sc.wat.naarTeam', { team: teamNaam(w.teamId) }));
      if (w.soort === 'plaats-herschalen' && w.salarisschaal)
        delen.push(t('sc.wat.schaal', { schaal: w.salarisschaal }));
      if (w.soort === 'plaats-herschalen' && w.fte !== null)
        delen.push(t('sc.wat.fte', { fte: formatFte(w.fte) }));
      return delen.join(', ');
  }
}

/** The scenario's wijzigingen in order, what is wrong with each now, and a remove button each. */
export function WijzigingenTabel({
  scenario,
  teamNaam,
  onVerwijder,
  bezig,
}: {
  scenario: Scenario;
  teamNaam(id: string | null): string;
  onVerwijder(w: ScenarioWijziging): void;
  bezig: string | null;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const plaatsNaam = (id: string | null) => {
    const eigen = scenario.wijzigingen.find((w) => w.id === id);
    return eigen ? `${eigen.functieNaam ?? ''} ${t('sc.uitScenario')}` : (id ?? '').slice(0, 8);
  };
  const magWijzigen = scenario.mag.wijzigen;
  return (
    <Tabel caption={t('sc.wijzigingen.caption')} testId="scenario-wijzigingen">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col" numericColumn>
            {t('sc.kolom.nr')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('sc.kolom.soort')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('sc.kolom.wat')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('sc.kolom.vanaf')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('sc.kolom.problemen')}</TableHeaderCell>
          {magWijzigen && <TableHeaderCell scope="col">{t('sc.kolom.acties')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {scenario.wijzigingen.map((w, i) => (
          <TableRow key={w.id} data-testid="scenario-wijziging">
            <TableCell className="wb-num">{i + 1}</TableCell>
            <TableHeaderCell scope="row">{t(`sc.soort.${w.soort}`)}</TableHeaderCell>
            <TableCell>{beschrijf(i18n, w, teamNaam, plaatsNaam)}</TableCell>
            <TableCell>{w.ingangsdatum ? formatDate(w.ingangsdatum) : w.jaar}</TableCell>
            <TableCell>
              {w.problemen.length === 0 ? (
                <Badge tone="safe">{t('sc.geenProblemen')}</Badge>
              ) : (
                <UnorderedList>
                  {w.problemen.map((p) => (
                    <UnorderedListItem key={`${p.veld}-${p.code}`}>{p.melding}</UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </TableCell>
            {magWijzigen && (
              <TableCell>
                <Button appearance="subtle-button" busy={bezig === w.id} onClick={() => onVerwijder(w)}>
                  {t('sc.wijziging.verwijderen')}
                  <span className="wb-visually-hidden">
                    {' '}
                    {t('sc.wijziging.verwijderen.wat', { nr: i + 1 })}
                  </span>
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

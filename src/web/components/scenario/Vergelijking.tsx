import {
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import type { ScenarioVergelijking, VergelijkingKolom } from '../../api/scenario';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { Disclosure } from '../Disclosure';
import { euro } from '../formatie/bedrag';
import { Ruimte } from '../formatie/LoonsomJaren';
import { Tabel } from '../Tabel';

type Cijfers = VergelijkingKolom['totaal'];

/** "+1,00" / "−2,50": a difference always shows its sign. */
function metTeken(tekst: string, waarde: number) {
  return waarde > 0 ? `+${tekst}` : tekst;
}

/** The column headers: the current formatie first, then each scenario by name. */
function Koppen({ kolommen }: { kolommen: VergelijkingKolom[] }) {
  const { t } = useI18n();
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{t('sc.kolom.wat')}</TableHeaderCell>
        {kolommen.map((k) => (
          <TableHeaderCell key={k.scenarioId ?? 'huidig'} scope="col" numericColumn>
            {k.soort === 'huidig' ? t('sc.kolom.huidig') : k.naam}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}

function Rij({
  label,
  kolommen,
  cel,
  testId,
}: {
  label: string;
  kolommen: VergelijkingKolom[];
  cel(k: VergelijkingKolom, i: number): ReactNode;
  testId?: string;
}) {
  return (
    <TableRow data-testid={testId}>
      <TableHeaderCell scope="row">{label}</TableHeaderCell>
      {kolommen.map((k, i) => (
        <TableCell key={k.scenarioId ?? 'huidig'} className="wb-num">
          {cel(k, i)}
        </TableCell>
      ))}
    </TableRow>
  );
}

/**
 * The current formatie and one or more scenario's side by side: one table for the FTE on the
 * comparison's date, one per year for the loonsom against budget, and (when the answer has teams)
 * the same per team behind a disclosure, so the page stays short.
 */
export function Vergelijking({ v }: { v: ScenarioVergelijking }) {
  const i18n = useI18n();
  const { t, formatFte, formatDate } = i18n;
  const [perTeamOpen, setPerTeamOpen] = useState(false);
  const { kolommen, jaren } = v;
  const datum = formatDate(v.datum);
  const fteRij = (
    label: MessageKey,
    veld: keyof Pick<Cijfers, 'formatieFte' | 'bezettingFte' | 'vacatureFte' | 'boventalligFte'>,
  ) => (
    <Rij label={t(label)} kolommen={kolommen} cel={(k) => formatFte(k.totaal[veld])} testId={`vgl-${veld}`} />
  );
  const teamIds = kolommen[0]?.teams.map((team) => team.teamId) ?? [];
  // A gap says shortage or room in words, not by its sign alone.
  const tekortTekst = (x: number | null) =>
    x === null
      ? '—'
      : x > 0
        ? t('sc.tekort.tekort', { fte: formatFte(x) })
        : x < 0
          ? t('sc.tekort.ruimte', { fte: formatFte(-x) })
          : formatFte(0);

  return (
    <div className="wb-scenario-vergelijking" data-testid="scenario-vergelijking">
      <Paragraph>{t('sc.vergelijking.uitleg', { datum })}</Paragraph>
      {kolommen
        .filter((k) => k.problemen.length > 0)
        .map((k) => (
          <Paragraph key={k.scenarioId} className="wb-scenario-let-op">
            {t('sc.vergelijking.problemen', { naam: k.naam, aantal: k.problemen.length })}
          </Paragraph>
        ))}
      <Heading level={3}>{t('sc.vergelijking.formatie', { datum })}</Heading>
      <Tabel caption={t('sc.vergelijking.formatie.caption', { datum })} testId="vergelijking-formatie">
        <Koppen kolommen={kolommen} />
        <TableBody>
          {fteRij('sc.rij.formatie', 'formatieFte')}
          {fteRij('sc.rij.bezetting', 'bezettingFte')}
          {fteRij('sc.rij.vacature', 'vacatureFte')}
          {fteRij('sc.rij.boventallig', 'boventalligFte')}
          <Rij
            label={t('sc.rij.verschilFormatie')}
            kolommen={kolommen}
            cel={(k) =>
              k.verschil ? metTeken(formatFte(k.verschil.formatieFte), k.verschil.formatieFte) : ''
            }
            testId="vgl-verschil-formatie"
          />
          <Rij
            label={t('sc.rij.verschilVacature')}
            kolommen={kolommen}
            cel={(k) =>
              k.verschil ? metTeken(formatFte(k.verschil.vacatureFte), k.verschil.vacatureFte) : ''
            }
          />
          <Rij
            label={t('sc.rij.tekort')}
            kolommen={kolommen}
            cel={(k) => tekortTekst(k.totaal.capaciteitstekortFte)}
            testId="vgl-tekort"
          />
          <Rij
            label={t('sc.rij.verschilTekort')}
            kolommen={kolommen}
            cel={(k) =>
              k.verschil
                ? metTeken(formatFte(k.verschil.capaciteitstekortFte), k.verschil.capaciteitstekortFte)
                : ''
            }
            testId="vgl-verschil-tekort"
          />
        </TableBody>
      </Tabel>
      {jaren.map((jaar, j) => (
        <div key={jaar}>
          <Heading level={3}>{t('sc.vergelijking.jaar', { jaar })}</Heading>
          <Tabel
            caption={t('sc.vergelijking.jaar.caption', { jaar })}
            testId={`vergelijking-loonsom-${jaar}`}
          >
            <Koppen kolommen={kolommen} />
            <TableBody>
              <Rij
                label={t('sc.rij.loonsom')}
                kolommen={kolommen}
                cel={(k) => euro(i18n, k.totaal.loonsom[j]?.totaal)}
              />
              <Rij
                label={t('sc.rij.vacatures')}
                kolommen={kolommen}
                cel={(k) => euro(i18n, k.totaal.loonsom[j]?.vacatures)}
              />
              <Rij
                label={t('sc.rij.budget')}
                kolommen={kolommen}
                cel={(k) => {
                  const budget = k.totaal.loonsom[j]?.budget;
                  return budget === null || budget === undefined ? t('sc.geenBudget') : euro(i18n, budget);
                }}
              />
              <Rij
                label={t('sc.rij.ruimte')}
                kolommen={kolommen}
                cel={(k) => <Ruimte ruimte={k.totaal.loonsom[j]?.ruimte ?? null} />}
              />
              <Rij
                label={t('sc.rij.verschil')}
                kolommen={kolommen}
                cel={(k) => {
                  const verschil = k.verschil?.loonsom.find((l) => l.jaar === jaar)?.totaal;
                  return verschil === undefined ? '' : metTeken(euro(i18n, verschil), verschil);
                }}
              />
            </TableBody>
          </Tabel>
        </div>
      ))}
      {teamIds.length > 0 && (
        <div className="wb-scenario-perteam">
          <Heading level={3}>{t('sc.vergelijking.perTeam')}</Heading>
          <Disclosure
            label={t('sc.vergelijking.perTeam.toon')}
            open={perTeamOpen}
            onToggle={setPerTeamOpen}
            appearance="secondary-action-button"
          >
            {teamIds.map((teamId) => {
              const rijen = kolommen.map((k) => k.teams.find((team) => team.teamId === teamId));
              const naam = rijen.find(Boolean)?.naam ?? teamId;
              const cel = (f: (c: Cijfers) => ReactNode) => (_k: VergelijkingKolom, i: number) => {
                const c = rijen[i];
                return c ? f(c) : '';
              };
              return (
                <div key={teamId}>
                  <Heading level={4}>{naam}</Heading>
                  <Tabel
                    caption={t('sc.vergelijking.team.caption', { team: naam, datum })}
                    testId="vergelijking-team"
                  >
                    <Koppen kolommen={kolommen} />
                    <TableBody>
                      <Rij
                        label={t('sc.rij.formatie')}
                        kolommen={kolommen}
                        cel={cel((c) => formatFte(c.formatieFte))}
                      />
                      <Rij
                        label={t('sc.rij.bezetting')}
                        kolommen={kolommen}
                        cel={cel((c) => formatFte(c.bezettingFte))}
                      />
                      <Rij
                        label={t('sc.rij.vacature')}
                        kolommen={kolommen}
                        cel={cel((c) => formatFte(c.vacatureFte))}
                      />
                      <Rij
                        label={t('sc.rij.tekort')}
                        kolommen={kolommen}
                        cel={cel((c) => tekortTekst(c.capaciteitstekortFte))}
                      />
                      {jaren.map((jaar, j) => (
                        <Rij
                          key={`l${jaar}`}
                          label={t('sc.rij.loonsomJaar', { jaar })}
                          kolommen={kolommen}
                          cel={cel((c) => euro(i18n, c.loonsom[j]?.totaal))}
                        />
                      ))}
                      {jaren.map((jaar, j) => (
                        <Rij
                          key={`r${jaar}`}
                          label={t('sc.rij.ruimteJaar', { jaar })}
                          kolommen={kolommen}
                          cel={cel((c) => <Ruimte ruimte={c.loonsom[j]?.ruimte ?? null} />)}
                        />
                      ))}
                    </TableBody>
                  </Tabel>
                </div>
              );
            })}
          </Disclosure>
        </div>
      )}
    </div>
  );
}

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
import { getVerschillen } from '../../../api/wendbaar';
import type { Bestuursopdracht, Verschil } from '../../../api/wendbaar.types';
import { type MessageKey, type Translate, useI18n } from '../../../i18n/i18n';
import { LoadError, Loading } from '../../DataState';
import { Empty } from '../../Empty';
import { FilterSelect } from '../../FilterFields';
import { ResultCount } from '../../FilterForm';
import { Section } from '../../Section';
import { Tabel } from '../../Tabel';
import { useResource } from '../../useResource';

/** Names of the parts of a version, for a readable path ("Mijlpalen 2 › Datum"). */
const DEEL: Record<string, MessageKey> = {
  titel: 'wb.bo.titel',
  ambitie: 'wb.bo.ambitie',
  programma: 'wb.programma',
  verkenning: 'wb.bo.sectie.verkenning',
  doel: 'wb.bo.verkenning.doel',
  wens: 'wb.bo.verkenning.wens',
  probleemEnOorzaak: 'wb.bo.verkenning.probleemEnOorzaak',
  beeldVanSucces: 'wb.bo.verkenning.beeldVanSucces',
  gewensteAanpak: 'wb.bo.verkenning.gewensteAanpak',
  collegeleden: 'wb.bo.verkenning.collegeleden',
  doelstellingen: 'wb.bo.sectie.doelstellingen',
  indicator: 'wb.bo.doelstelling.indicator',
  mijlpalen: 'wb.bo.sectie.mijlpalen',
  datum: 'wb.bo.mijlpaal.datum',
  budget: 'wb.bo.sectie.budget',
  begrotingsprogrammaId: 'wb.bo.budget.programma',
  bedrag: 'wb.bo.budget.bedrag',
  rollen: 'wb.bo.sectie.rollen',
  bestuurlijkOpdrachtgever: 'wb.bo.rollen.bestuurlijkOpdrachtgever',
  ambtelijkOpdrachtgever: 'wb.bo.rollen.ambtelijkOpdrachtgever',
  opdrachtnemer: 'wb.bo.rollen.opdrachtnemer',
  teams: 'wb.bo.rollen.teams',
  verantwoording: 'wb.bo.sectie.verantwoording',
  moment: 'wb.bo.verantwoording.moment',
  besluitvormingsproces: 'wb.bo.sectie.besluitvormingsproces',
  capaciteitsvragen: 'wb.cv.titel',
  expertise: 'kolom.expertise',
  minimumNiveau: 'wb.cv.niveau',
  team: 'kolom.team',
  periode: 'wb.cv.periode',
  uren: 'kolom.uren',
  omschrijving: 'kolom.omschrijving',
  toelichting: 'wb.cv.toelichting',
  naam: 'kolom.naam',
};

/** `mijlpalen[1].datum` → "Mijlpalen 2 › Datum"; unknown parts keep their name. */
export function padLabel(pad: string, t: Translate): string {
  return pad
    .split('.')
    .map((deel) => {
      const match = /^(\w+)(?:\[(\d+)\])?$/.exec(deel);
      if (!match) return deel;
      const sleutel = DEEL[match[1] as string];
      const naam = sleutel ? t(sleutel) : (match[1] as string);
      return match[2] === undefined ? naam : `${naam} ${Number(match[2]) + 1}`;
    })
    .join(' › ');
}

function Waarde({ waarde }: { waarde: Verschil['oud'] }) {
  const { t, formatNumber } = useI18n();
  if (waarde === null || waarde === '') return <Empty />;
  if (typeof waarde === 'number') return <>{formatNumber(waarde)}</>;
  if (typeof waarde === 'boolean') return <>{waarde ? t('algemeen.ja') : t('algemeen.nee')}</>;
  return <span className="wb-pre-line">{waarde}</span>;
}

/** What changed between two submitted versions, or between a version and the working copy. */
export function Verschillen({ opdracht }: { opdracht: Bestuursopdracht }) {
  const { t } = useI18n();
  const nummers = opdracht.versies.map((v) => v.nummer);
  const laatste = nummers.at(-1) ?? 1;
  const [van, setVan] = useState(String(nummers.length > 1 ? (nummers.at(-2) ?? laatste) : laatste));
  const [met, setMet] = useState(nummers.length > 1 ? String(laatste) : 'concept');
  const [vraag, setVraag] = useState<{ van: number; met: number | 'concept' } | null>(null);
  const resultaat = useResource(
    vraag ? `verschil:${opdracht.id}:${vraag.van}:${vraag.met}:${opdracht.versie}` : null,
    () => getVerschillen(opdracht.id, vraag?.van ?? laatste, vraag?.met ?? 'concept'),
  );
  const versieLabel = (n: number | 'concept') =>
    n === 'concept' ? t('wb.bo.verschillen.werkversie') : t('wb.bo.versies.nummer', { nummer: n });
  const opties = [
    ...nummers.map((n) => ({ value: String(n), label: versieLabel(n) })),
    { value: 'concept', label: versieLabel('concept') },
  ];
  return (
    <Section title={t('wb.bo.verschillen.titel')} level={3}>
      <form
        className="wb-filter wb-verschillen"
        onSubmit={(event) => {
          event.preventDefault();
          setVraag({ van: Number(van), met: met === 'concept' ? 'concept' : Number(met) });
        }}
      >
        <div className="wb-filter__fields">
          <FilterSelect
            id="verschil-van"
            label={t('wb.bo.verschillen.van')}
            value={van}
            onChange={setVan}
            options={opties.filter((o) => o.value !== 'concept')}
          />
          <FilterSelect
            id="verschil-met"
            label={t('wb.bo.verschillen.met')}
            value={met}
            onChange={setMet}
            options={opties}
          />
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t('wb.bo.verschillen.tonen')}
        </Button>
      </form>
      {resultaat.error && <LoadError error={resultaat.error} onRetry={resultaat.reload} />}
      <ResultCount>
        {vraag && resultaat.data && !resultaat.loading
          ? t('wb.bo.verschillen.aantal', {
              aantal: resultaat.data.verschillen.length,
              van: versieLabel(resultaat.data.van),
              met: versieLabel(resultaat.data.naar),
            })
          : ''}
      </ResultCount>
      {vraag && !resultaat.data && !resultaat.error && <Loading />}
      {vraag && resultaat.data && resultaat.data.verschillen.length === 0 && (
        <Paragraph>{t('wb.bo.verschillen.geen')}</Paragraph>
      )}
      {vraag && resultaat.data && resultaat.data.verschillen.length > 0 && (
        <Tabel
          caption={t('wb.bo.verschillen.caption', {
            van: versieLabel(resultaat.data.van),
            met: versieLabel(resultaat.data.naar),
          })}
          testId="verschillen"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('wb.bo.verschillen.veld')}</TableHeaderCell>
              <TableHeaderCell scope="col">{versieLabel(resultaat.data.van)}</TableHeaderCell>
              <TableHeaderCell scope="col">{versieLabel(resultaat.data.naar)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {resultaat.data.verschillen.map((v) => (
              <TableRow key={v.veld}>
                <TableHeaderCell scope="row">{padLabel(v.veld, t)}</TableHeaderCell>
                <TableCell>
                  <Waarde waarde={v.oud} />
                </TableCell>
                <TableCell>
                  <Waarde waarde={v.nieuw} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
    </Section>
  );
}

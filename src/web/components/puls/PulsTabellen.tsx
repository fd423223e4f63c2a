import type { PulsGroep, PulsResultaten, PulsTrend } from '../../api/puls';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { Tabel } from '../Tabel';

/** A question's short name where it is a standard one, else its code. */
export function useVraagNaam() {
  const { t } = useI18n();
  return (code: string) =>
    ['werkdruk', 'energie', 'steun', 'plezier'].includes(code) ? t(`puls.vraag.${code}` as MessageKey) : code;
}

const cijfer = (g: PulsGroep | null | undefined, code: string) =>
  g?.scores.find((s) => s.code === code)?.gemiddelde?.toLocaleString('nl-NL', { minimumFractionDigits: 1 }) ??
  '–';

/** Organisation, every team the caller may see, and "overig": one row each, a column per question. */
export function PulsUitslagTabel({ uitslag }: { uitslag: PulsResultaten }) {
  const { t } = useI18n();
  const naam = useVraagNaam();
  const codes = uitslag.vragen.map((v) => v.code);
  const rijen: { sleutel: string; label: string; groep: PulsGroep }[] = [
    ...(uitslag.organisatie
      ? [{ sleutel: 'org', label: t('puls.organisatie'), groep: uitslag.organisatie }]
      : []),
    ...uitslag.teams.map((x) => ({ sleutel: x.teamId, label: x.teamNaam, groep: x })),
    ...(uitslag.overig
      ? [
          {
            sleutel: 'overig',
            label: t('puls.overig', { aantal: String(uitslag.overig.aantalTeams) }),
            groep: uitslag.overig,
          },
        ]
      : []),
  ];
  return (
    <Tabel caption={t('puls.teams')} testId="puls-uitslag">
      <thead>
        <tr>
          <th scope="col">{t('puls.team')}</th>
          <th scope="col" className="wb-num">
            {t('puls.aantal')}
          </th>
          {codes.map((c) => (
            <th key={c} scope="col" className="wb-num">
              {naam(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rijen.map((r) => (
          <tr key={r.sleutel}>
            <th scope="row">{r.label}</th>
            <td className="wb-num">{r.groep.aantal}</td>
            {codes.map((c) => (
              <td key={c} className="wb-num">
                {cijfer(r.groep, c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

/** One question across the closed rounds: the organisation and each team, a column per round. */
export function PulsTrendTabel({ trend, code }: { trend: PulsTrend; code: string }) {
  const { t } = useI18n();
  const naam = useVraagNaam();
  return (
    <Tabel caption={`${t('puls.trend')}: ${naam(code)}`} testId="puls-trend">
      <thead>
        <tr>
          <th scope="col">{t('puls.team')}</th>
          {trend.rondes.map((r) => (
            <th key={r.id} scope="col" className="wb-num">
              {r.titel}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('puls.organisatie')}</th>
          {trend.organisatie.map((g, i) => (
            <td key={trend.rondes[i]!.id} className="wb-num">
              {cijfer(g, code)}
            </td>
          ))}
        </tr>
        {trend.teams.map((team) => (
          <tr key={team.teamId}>
            <th scope="row">{team.teamNaam}</th>
            {team.reeks.map((g, i) => (
              <td key={trend.rondes[i]!.id} className="wb-num">
                {cijfer(g, code)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

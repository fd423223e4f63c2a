import { listBegrotingsprogrammas } from '../../../api/capaciteit';
import { PC_MOMENTEN } from '../../../api/wendbaar.types';
import { useI18n } from '../../../i18n/i18n';
import { DateText } from '../../DateText';
import { formatEuro, getalAlsTekst, parseNumber, parseNumberFields } from '../../numbers';
import { useResource } from '../../useResource';
import { ofNull } from '../Gegevens';
import type { Kolom, Rij } from '../RijenEditor';
import { LijstSectie } from './LijstSectie';
import type { SectieProps } from './SectieForm';

/** The goals of the mandate, each with an optional indicator. */
export function DoelstellingenSectie(props: SectieProps) {
  const { t } = useI18n();
  const kolommen: Kolom[] = [
    { sleutel: 'omschrijving', label: t('wb.bo.doelstelling.omschrijving'), soort: 'lang' },
    { sleutel: 'indicator', label: t('wb.bo.doelstelling.indicator'), optional: true },
  ];
  return (
    <LijstSectie
      {...props}
      sectie="doelstellingen"
      naam="doelstellingen"
      titel={t('wb.bo.sectie.doelstellingen')}
      kolommen={kolommen}
      rijNaam={(n) => t('wb.bo.doelstelling', { nummer: n })}
      toevoegenLabel={t('wb.bo.doelstelling.toevoegen')}
      leeg={t('wb.bo.doelstellingen.geen')}
      uit={(o) =>
        o.doelstellingen.map((d) => ({ omschrijving: d.omschrijving, indicator: d.indicator ?? '' }))
      }
      naarPatch={(rijen) => ({
        doelstellingen: rijen.map((r) => ({
          omschrijving: (r.omschrijving ?? '').trim(),
          indicator: ofNull(r.indicator ?? ''),
        })),
      })}
    />
  );
}

/** The timeline: milestones with a date (they also appear on the portfolio's timeline). */
export function TijdlijnSectie(props: SectieProps) {
  const { t } = useI18n();
  const kolommen: Kolom[] = [
    { sleutel: 'titel', label: t('wb.bo.mijlpaal.titel') },
    { sleutel: 'datum', label: t('wb.bo.mijlpaal.datum'), soort: 'datum' },
  ];
  return (
    <LijstSectie
      {...props}
      sectie="mijlpalen"
      naam="mijlpalen"
      titel={t('wb.bo.sectie.mijlpalen')}
      kolommen={kolommen}
      rijNaam={(n) => t('wb.bo.mijlpaal', { nummer: n })}
      toevoegenLabel={t('wb.bo.mijlpaal.toevoegen')}
      leeg={t('wb.bo.mijlpalen.geen')}
      uit={(o) => o.mijlpalen.map((m) => ({ titel: m.titel, datum: m.datum }))}
      naarPatch={(rijen) => ({
        mijlpalen: rijen.map((r) => ({ titel: (r.titel ?? '').trim(), datum: r.datum ?? '' })),
      })}
      toon={(sleutel, waarde) => (sleutel === 'datum' ? <DateText value={waarde} /> : waarde)}
    />
  );
}

/** The moments of the planning and control cycle at which the mandate is accounted for. */
export function VerantwoordingSectie(props: SectieProps) {
  const { t } = useI18n();
  const momenten = PC_MOMENTEN.map((m) => ({ value: m, label: t(`wb.bo.moment.${m}`) }));
  const kolommen: Kolom[] = [
    {
      sleutel: 'moment',
      label: t('wb.bo.verantwoording.moment'),
      soort: 'keuze',
      opties: momenten,
      placeholder: t('veld.kies'),
    },
    { sleutel: 'omschrijving', label: t('wb.bo.verantwoording.omschrijving') },
  ];
  return (
    <LijstSectie
      {...props}
      sectie="verantwoording"
      naam="verantwoording"
      titel={t('wb.bo.sectie.verantwoording')}
      uitleg={t('wb.bo.verantwoording.uitleg')}
      kolommen={kolommen}
      rijNaam={(n) => t('wb.bo.verantwoordingsmoment', { nummer: n })}
      toevoegenLabel={t('wb.bo.verantwoording.toevoegen')}
      leeg={t('wb.bo.verantwoording.geen')}
      uit={(o) => o.verantwoording.map((v) => ({ moment: v.moment, omschrijving: v.omschrijving }))}
      naarPatch={(rijen) => ({
        verantwoording: rijen.map((r) => ({
          moment: r.moment as (typeof PC_MOMENTEN)[number],
          omschrijving: (r.omschrijving ?? '').trim(),
        })),
      })}
      toon={(sleutel, waarde) =>
        sleutel === 'moment' ? (momenten.find((m) => m.value === waarde)?.label ?? waarde) : waarde
      }
    />
  );
}

/** The money: an amount per programme of the programme budget, with an explanation. */
export function BudgetSectie(props: SectieProps) {
  const { t, lang, locale } = useI18n();
  const programmas = useResource('wb-begrotingsprogrammas', () => listBegrotingsprogrammas());
  const opties = (programmas.data?.resultaten ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} ${p.naam} (${p.begrotingsjaar})`,
  }));
  const kolommen: Kolom[] = [
    {
      sleutel: 'begrotingsprogrammaId',
      label: t('wb.bo.budget.programma'),
      soort: 'keuze',
      opties,
      placeholder: t('veld.kies'),
    },
    { sleutel: 'bedrag', label: t('wb.bo.budget.bedrag'), soort: 'getal' },
    { sleutel: 'toelichting', label: t('wb.bo.budget.toelichting'), optional: true },
  ];
  const naam = (n: number) => `budget.${n}.bedrag`;
  return (
    <LijstSectie
      {...props}
      level={3}
      sectie="budget"
      naam="budget"
      titel={t('wb.bo.sectie.budget')}
      kolommen={kolommen}
      rijNaam={(n) => t('wb.bo.budgetregel', { nummer: n })}
      toevoegenLabel={t('wb.bo.budget.toevoegen')}
      leeg={t('wb.bo.budget.geen')}
      uit={(o) =>
        o.budget.map((b) => ({
          begrotingsprogrammaId: b.begrotingsprogrammaId,
          bedrag: getalAlsTekst(b.bedrag, lang),
          toelichting: b.toelichting ?? '',
        }))
      }
      naarPatch={(rijen: Rij[]) => {
        const bedragen = parseNumberFields(
          Object.fromEntries(rijen.map((r, i) => [naam(i), r.bedrag ?? ''])),
          t('fout.geenGetal'),
        );
        return {
          budget: rijen.map((r, i) => ({
            begrotingsprogrammaId: r.begrotingsprogrammaId ?? '',
            bedrag: bedragen[naam(i)] ?? Number.NaN,
            toelichting: ofNull(r.toelichting ?? ''),
          })),
        };
      }}
      toon={(sleutel, waarde) => {
        if (sleutel === 'begrotingsprogrammaId') return opties.find((o) => o.value === waarde)?.label ?? '…';
        if (sleutel === 'bedrag') {
          const bedrag = parseNumber(waarde);
          return bedrag === null || Number.isNaN(bedrag) ? waarde : formatEuro(locale, bedrag);
        }
        return waarde;
      }}
    />
  );
}

import type { Gesprekken } from '../contract/gesprek';
import type { Inzet } from '../contract/inzet';
import type { Kandidaten } from '../contract/inzetverzoek';
import type { TeamLoonsom } from '../contract/loonsom';
import type { PulsRondes, PulsTrend } from '../contract/puls';
import type { ScenarioVergelijking } from '../contract/scenario';
import type { VoorstelLijst } from '../contract/voorstel';
import type { TeamWerkdruk } from '../contract/werkdruk';
import type { Tabel } from './tabel-export';

/**
 * The files of the last lists without one (issue 16, item 2): pulsmetingen, the puls trend, a
 * team's werkdruk, a medewerker's gesprekken, a scenario's voorstellen, the scenario comparison, a
 * team's inzet and loonsom, the kandidaten of a capaciteitsvraag. Each is the JSON answer for the
 * same caller and filters, flattened to rows; the writer (tabel-export.ts) neutralises formulas.
 */

const euro = '#,##0.00';

export const pulsRondesTabel = (l: PulsRondes): Tabel<PulsRondes['resultaten'][number]> => ({
  titel: 'Pulsmetingen',
  kolommen: [
    { kop: 'Titel', waarde: (r) => r.titel, breedte: 40 },
    { kop: 'Status', waarde: (r) => r.status },
    { kop: 'Vragen', waarde: (r) => r.vragen.map((v) => v.tekst).join(' | '), breedte: 60 },
    { kop: 'Open vraag', waarde: (r) => r.openVraag, breedte: 40 },
    { kop: 'Geopend op', waarde: (r) => r.geopendOp, datum: true },
    { kop: 'Gesloten op', waarde: (r) => r.geslotenOp, datum: true },
    // Null below five answers, as in the JSON: a small count could point at a person.
    { kop: 'Antwoorden', waarde: (r) => r.aantalAntwoorden },
  ],
  rijen: l.resultaten,
});

type Trendrij = {
  groep: string;
  ronde: PulsTrend['rondes'][number];
  cijfers: NonNullable<PulsTrend['organisatie'][number]>;
};

/**
 * One row per group and closed round that the JSON shows (organisation, then teams); a cell the
 * JSON leaves out (fewer than five answers) is no row at all, so the file holds only groups of five.
 */
export const pulsTrendTabel = (t: PulsTrend): Tabel<Trendrij> => {
  const groepen = [
    { groep: 'Organisatie', reeks: t.organisatie },
    ...t.teams.map((x) => ({ groep: x.teamNaam, reeks: x.reeks })),
  ];
  return {
    titel: 'Puls trend',
    kolommen: [
      { kop: 'Groep', waarde: (r) => r.groep, breedte: 32 },
      { kop: 'Ronde', waarde: (r) => r.ronde.titel, breedte: 32 },
      { kop: 'Gesloten op', waarde: (r) => r.ronde.geslotenOp, datum: true },
      { kop: 'Antwoorden', waarde: (r) => r.cijfers.aantal },
      ...t.vragen.map((code) => ({
        kop: code,
        waarde: (r: Trendrij) => r.cijfers.scores.find((s) => s.code === code)?.gemiddelde ?? null,
        formaat: '0.0',
      })),
    ],
    rijen: groepen.flatMap((g) =>
      t.rondes.flatMap((ronde, i): Trendrij[] => {
        const cijfers = g.reeks[i];
        return cijfers ? [{ groep: g.groep, ronde, cijfers }] : [];
      }),
    ),
  };
};

type Werkdrukrij = {
  maand: TeamWerkdruk['maanden'][number];
  deel: TeamWerkdruk['maanden'][number]['delen'][number];
};

/** One row per month and part: the value, its thresholds and colour, and the month's signal. */
export const teamWerkdrukTabel = (w: TeamWerkdruk): Tabel<Werkdrukrij> => ({
  titel: `Werkdruk ${w.naam}`,
  kolommen: [
    { kop: 'Maand', waarde: (r) => r.maand.maand },
    { kop: 'Signaal', waarde: (r) => r.maand.niveau },
    { kop: 'Deel', waarde: (r) => r.deel.deel, breedte: 16 },
    { kop: 'Waarde', waarde: (r) => r.deel.waarde, formaat: '0.00' },
    { kop: 'Drempel oranje', waarde: (r) => r.deel.drempel.oranje, formaat: '0.00' },
    { kop: 'Drempel rood', waarde: (r) => r.deel.drempel.rood, formaat: '0.00' },
    { kop: 'Niveau deel', waarde: (r) => r.deel.niveau },
  ],
  rijen: w.maanden.flatMap((maand) => maand.delen.map((deel) => ({ maand, deel }))),
});

/** One row per conversation; its actions in one cell. The medewerker's own notes stay on screen. */
export const gesprekkenTabel = (g: Gesprekken): Tabel<Gesprekken['resultaten'][number]> => ({
  titel: `Gesprekken ${g.resultaten[0]?.medewerker.naam ?? ''}`.trim(),
  kolommen: [
    { kop: 'Medewerker', waarde: (r) => r.medewerker.naam, breedte: 28 },
    { kop: 'Datum', waarde: (r) => r.datum, datum: true },
    { kop: 'Gesprek', waarde: (r) => r.soortNaam, breedte: 24 },
    { kop: 'Status', waarde: (r) => r.status },
    { kop: 'Team', waarde: (r) => r.team?.naam ?? null, breedte: 28 },
    { kop: 'Leidinggevende', waarde: (r) => r.leidinggevende?.naam ?? null, breedte: 28 },
    { kop: 'Deelnemers', waarde: (r) => r.deelnemers, breedte: 32 },
    { kop: 'Verslag', waarde: (r) => r.verslag, breedte: 60 },
    {
      kop: 'Acties',
      waarde: (r) =>
        r.acties
          .map(
            (a) =>
              `${a.omschrijving} (${a.eigenaar}${a.deadline ? `, ${a.deadline}` : ''}${a.afgerondOp ? ', afgerond' : ''})`,
          )
          .join('; '),
      breedte: 60,
    },
  ],
  rijen: g.resultaten,
});

export const voorstellenTabel = (v: VoorstelLijst): Tabel<VoorstelLijst['resultaten'][number]> => ({
  titel: 'Voorstellen',
  kolommen: [
    { kop: 'Documentnummer', waarde: (r) => r.documentnummer, breedte: 18 },
    { kop: 'Gegenereerd op', waarde: (r) => r.gegenereerdOp, breedte: 26 },
    { kop: 'Aangemaakt door', waarde: (r) => r.aangemaaktDoor, breedte: 28 },
    { kop: 'SHA-256', waarde: (r) => r.sha256, breedte: 66 },
  ],
  rijen: v.resultaten,
});

type Kolom = ScenarioVergelijking['kolommen'][number];
type Cijfers = Kolom['totaal'];
type Vergelijkrij = { kolom: Kolom; team: string; cijfers: Cijfers };

/**
 * One row per column (huidig, each scenario) and team, then the column's total; the loonsom per
 * year as columns. The college gets no team rows, as in the JSON.
 */
export const scenarioVergelijkingTabel = (v: ScenarioVergelijking): Tabel<Vergelijkrij> => ({
  titel: `Scenariovergelijking ${v.datum}`,
  kolommen: [
    { kop: 'Kolom', waarde: (r) => r.kolom.naam, breedte: 32 },
    { kop: 'Status', waarde: (r) => r.kolom.status ?? r.kolom.soort },
    { kop: 'Team', waarde: (r) => r.team, breedte: 32 },
    { kop: 'Formatie (fte)', waarde: (r) => r.cijfers.formatieFte, formaat: '0.00' },
    { kop: 'Bezetting (fte)', waarde: (r) => r.cijfers.bezettingFte, formaat: '0.00' },
    { kop: 'Vacatures (fte)', waarde: (r) => r.cijfers.vacatureFte, formaat: '0.00' },
    { kop: 'Boventallig (fte)', waarde: (r) => r.cijfers.boventalligFte, formaat: '0.00' },
    { kop: 'Capaciteitstekort (fte)', waarde: (r) => r.cijfers.capaciteitstekortFte, formaat: '0.00' },
    ...v.jaren.map((jaar) => ({
      kop: `Loonsom ${jaar} (euro)`,
      waarde: (r: Vergelijkrij) => r.cijfers.loonsom.find((l) => l.jaar === jaar)?.totaal ?? null,
      formaat: euro,
      breedte: 18,
    })),
  ],
  rijen: v.kolommen.flatMap((kolom): Vergelijkrij[] => [
    ...kolom.teams.map((t) => ({ kolom, team: t.naam, cijfers: t })),
    { kolom, team: 'Totaal', cijfers: kolom.totaal },
  ]),
});

/** Names for the ids of a team's inzet (src/services/inzet-export.service.ts). */
export interface InzetNamen {
  team: string;
  medewerkers: ReadonlyMap<string, { naam: string; personeelsnummer: string }>;
  doelen: ReadonlyMap<string, { titel: string; periode: string }>;
}

type Inzetrij = {
  medewerker: string;
  personeelsnummer: string;
  doel: string;
  periode: string;
  reeks: Inzet['reeksen'][number];
};

/**
 * One row per planned series, by medewerker, goal and week. The JSON names people and goals by id
 * (the page joins the names from the team's lists); the file is read by people, so it names them:
 * the team, the medewerker with their personeelsnummer (the key a spreadsheet user matches on with
 * the HR system's files) and the resultaatdoel with its period. No internal ids.
 */
export const teamInzetTabel = (
  van: string,
  tot: string,
  rijen: Inzet[],
  namen: InzetNamen,
): Tabel<Inzetrij> => ({
  titel: `Inzet ${namen.team} ${van} ${tot}`,
  kolommen: [
    { kop: 'Team', waarde: () => namen.team, breedte: 24 },
    { kop: 'Medewerker', waarde: (r) => r.medewerker, breedte: 28 },
    { kop: 'Personeelsnummer', waarde: (r) => r.personeelsnummer, breedte: 16 },
    { kop: 'Resultaatdoel', waarde: (r) => r.doel, breedte: 36 },
    { kop: 'Periode', waarde: (r) => r.periode, breedte: 10 },
    { kop: 'Van', waarde: (r) => r.reeks.van, datum: true },
    { kop: 'Tot', waarde: (r) => r.reeks.tot, datum: true },
    { kop: 'Uren per week', waarde: (r) => r.reeks.urenPerWeek, formaat: '0.00' },
  ],
  rijen: rijen
    .flatMap((inzet) => {
      const m = namen.medewerkers.get(inzet.medewerkerId);
      const d = namen.doelen.get(inzet.resultaatdoelId);
      return inzet.reeksen.map((reeks) => ({
        medewerker: m?.naam ?? '',
        personeelsnummer: m?.personeelsnummer ?? '',
        doel: d?.titel ?? '',
        periode: d?.periode ?? '',
        reeks,
      }));
    })
    .sort(
      (a, b) =>
        a.medewerker.localeCompare(b.medewerker, 'nl') ||
        a.doel.localeCompare(b.doel, 'nl') ||
        a.reeks.van.localeCompare(b.reeks.van),
    ),
});

type Loonsomrij = {
  plaats: string;
  medewerker: string | null;
  jaar: number;
  bezetting: number | null;
  vacatures: number | null;
  totaal: number | null;
};

/**
 * Per formatieplaats and year; then (only where the JSON has them: P&O and directie) per
 * medewerker; then the team's total with its budget.
 */
export const teamLoonsomTabel = (l: TeamLoonsom): Tabel<Loonsomrij & { budget?: number | null }> => {
  const plaatsen = new Map(
    l.formatieplaatsen.map((p) => [p.id, `${p.functie} (${p.salarisschaal}, ${p.fte} fte)`]),
  );
  return {
    titel: `Loonsom team ${l.jaar}-${l.jaar + l.jaren.length - 1}`,
    kolommen: [
      { kop: 'Formatieplaats', waarde: (r) => r.plaats, breedte: 40 },
      { kop: 'Medewerker', waarde: (r) => r.medewerker, breedte: 28 },
      { kop: 'Jaar', waarde: (r) => r.jaar, formaat: '0' },
      { kop: 'Bezetting (euro)', waarde: (r) => r.bezetting, formaat: euro, breedte: 16 },
      { kop: 'Vacatures (euro)', waarde: (r) => r.vacatures, formaat: euro, breedte: 16 },
      { kop: 'Loonsom (euro)', waarde: (r) => r.totaal, formaat: euro, breedte: 16 },
      { kop: 'Budget (euro)', waarde: (r) => r.budget ?? null, formaat: euro, breedte: 16 },
    ],
    rijen: [
      ...l.formatieplaatsen.flatMap((p) =>
        p.jaren.map((j) => ({
          plaats: plaatsen.get(p.id)!,
          medewerker: null,
          jaar: j.jaar,
          bezetting: j.bezetting,
          vacatures: j.vacatures,
          totaal: j.totaal,
        })),
      ),
      ...(l.medewerkers ?? []).flatMap((m) =>
        m.jaren.map((j) => ({
          plaats: plaatsen.get(m.formatieplaatsId) ?? '',
          medewerker: m.medewerker.naam,
          jaar: j.jaar,
          bezetting: null,
          vacatures: null,
          totaal: j.totaal,
        })),
      ),
      ...l.jaren.map((j) => ({
        plaats: 'Totaal team',
        medewerker: null,
        jaar: j.jaar,
        bezetting: j.bezetting,
        vacatures: j.vacatures,
        totaal: j.totaal,
        budget: j.budget,
      })),
    ],
  };
};

export const kandidatenTabel = (k: Kandidaten): Tabel<Kandidaten['kandidaten'][number]> => ({
  titel: `Kandidaten ${k.capaciteitsvraag.expertise.naam} ${k.vanWeek} ${k.totWeek}`,
  kolommen: [
    { kop: 'Medewerker', waarde: (r) => r.medewerker.naam, breedte: 28 },
    { kop: 'Functie', waarde: (r) => r.medewerker.functie, breedte: 28 },
    { kop: 'Team', waarde: (r) => r.team.naam, breedte: 28 },
    { kop: 'Niveau', waarde: (r) => r.niveau },
    { kop: 'Ambitie', waarde: (r) => (r.ambitie ? 'ja' : 'nee') },
    { kop: 'Vrij per week', waarde: (r) => r.vrijPerWeek, formaat: '0.00' },
    { kop: 'Gemiddeld vrij per week', waarde: (r) => r.gemiddeldVrijPerWeek, formaat: '0.00' },
    { kop: 'Inzetbaar per week', waarde: (r) => r.inzetbaarPerWeek, formaat: '0.00' },
    { kop: 'Lopende dossiers', waarde: (r) => r.aantalDossiers },
    { kop: 'Al op dit dossier', waarde: (r) => (r.alOpDossier ? 'ja' : 'nee') },
    { kop: 'Passendheid', waarde: (r) => r.passendheid, formaat: '0.00' },
    { kop: 'Score', waarde: (r) => r.score, formaat: '0.00' },
    { kop: 'Uitleg', waarde: (r) => r.uitleg, breedte: 60 },
  ],
  rijen: k.kandidaten,
});

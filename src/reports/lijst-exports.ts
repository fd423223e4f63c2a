import type { Begrotingsprogramma } from '../contract/begroting';
import type { BehoefteCelView, BehoefteRij } from '../contract/behoefte';
import type { VerlopenActie } from '../contract/gesprek';
import type { Salaristabellen, WerkgeverslastenLijst } from '../contract/loonsom';
import type { Ontwikkelplannen } from '../contract/ontwikkeling';
import type { Resultaatdoel } from '../contract/resultaatdoel';
import type { ScenarioLijst } from '../contract/scenario';
import type { Teamlid } from '../contract/team';
import type { Tabel } from './tabel-export';

/**
 * The files of the lists that had none (issue 16, item 2): each one the rows of the list's JSON
 * answer for the same caller and filters, as a flat table with names, not ids. The writer
 * (tabel-export.ts) neutralises anything that would start a formula.
 */

const euro = '#,##0.00';

export const teamledenTabel = (rijen: Teamlid[], peildatum: string | undefined): Tabel<Teamlid> => ({
  titel: `Teamleden ${peildatum ?? ''}`.trim(),
  kolommen: [
    { kop: 'Naam', waarde: (r) => r.naam, breedte: 32 },
    { kop: 'Functie', waarde: (r) => r.functie, breedte: 28 },
    { kop: 'Uren per week', waarde: (r) => r.urenPerWeek, formaat: '0.00' },
    { kop: 'Fte', waarde: (r) => r.fte, formaat: '0.00' },
    { kop: 'Ingangsdatum', waarde: (r) => r.ingangsdatum, datum: true },
    { kop: 'Einddatum', waarde: (r) => r.einddatum, datum: true },
  ],
  rijen,
});

export const resultaatdoelenTabel = (rijen: Resultaatdoel[]): Tabel<Resultaatdoel> => ({
  titel: `Resultaatdoelen ${rijen[0]?.periode ?? ''}`.trim(),
  kolommen: [
    { kop: 'Periode', waarde: (r) => r.periode },
    { kop: 'Prioriteit', waarde: (r) => r.prioriteit },
    { kop: 'Titel', waarde: (r) => r.titel, breedte: 40 },
    { kop: 'Status', waarde: (r) => r.status },
    { kop: 'Eigenaar', waarde: (r) => r.eigenaar?.naam ?? null, breedte: 28 },
    { kop: 'Geschatte uren', waarde: (r) => r.geschatteUren, formaat: '0.0' },
    { kop: 'Indicator', waarde: (r) => r.indicator, breedte: 28 },
    { kop: 'Doelwaarde', waarde: (r) => r.doelwaarde },
    { kop: 'Eenheid', waarde: (r) => r.eenheid },
    { kop: 'Laatste voortgang', waarde: (r) => r.laatsteVoortgang?.datum ?? null, datum: true },
    { kop: 'Laatste waarde', waarde: (r) => r.laatsteVoortgang?.waarde ?? null },
    {
      kop: 'Beleidsdoelen',
      waarde: (r) => r.beleidsdoelen.map((b) => b.naam).join(', '),
      breedte: 40,
    },
    { kop: 'Omschrijving', waarde: (r) => r.omschrijving, breedte: 50 },
  ],
  rijen,
});

type Plan = Ontwikkelplannen['resultaten'][number];
type Doelrij = { plan: Plan; doel: Plan['doelen'][number] | null };

/** One row per doel; a plan without doelen still shows, as one row with empty doel columns. */
export const ontwikkelplannenTabel = (p: Ontwikkelplannen): Tabel<Doelrij> => ({
  titel: `Ontwikkelplannen ${p.jaar}`,
  kolommen: [
    { kop: 'Jaar', waarde: (r) => r.plan.jaar },
    { kop: 'Soort plan', waarde: (r) => r.plan.soort },
    { kop: 'Medewerker', waarde: (r) => r.plan.medewerkerNaam, breedte: 28 },
    { kop: 'Team', waarde: (r) => r.plan.teamNaam, breedte: 28 },
    { kop: 'Doel', waarde: (r) => r.doel?.omschrijving ?? null, breedte: 50 },
    { kop: 'Thema', waarde: (r) => r.doel?.themaNaam ?? null, breedte: 24 },
    { kop: 'Status', waarde: (r) => r.doel?.status ?? null },
    {
      kop: 'Activiteiten',
      waarde: (r) => (r.doel ? r.plan.activiteiten.filter((a) => a.doelId === r.doel!.id).length : null),
    },
  ],
  rijen: p.resultaten.flatMap((plan): Doelrij[] =>
    plan.doelen.length > 0 ? plan.doelen.map((doel) => ({ plan, doel })) : [{ plan, doel: null }],
  ),
});

export const verlopenActiesTabel = (rijen: VerlopenActie[]): Tabel<VerlopenActie> => ({
  titel: 'Verlopen gesprekacties',
  kolommen: [
    { kop: 'Medewerker', waarde: (r) => r.medewerker.naam, breedte: 28 },
    { kop: 'Gesprek', waarde: (r) => r.soortNaam, breedte: 24 },
    { kop: 'Gesprekdatum', waarde: (r) => r.gesprekDatum, datum: true },
    { kop: 'Actie', waarde: (r) => r.actie.omschrijving, breedte: 50 },
    { kop: 'Deadline', waarde: (r) => r.actie.deadline, datum: true },
    { kop: 'Dagen verlopen', waarde: (r) => r.dagenVerlopen },
  ],
  rijen,
});

export const scenariosTabel = (l: ScenarioLijst): Tabel<ScenarioLijst['resultaten'][number]> => ({
  titel: "Scenario's",
  kolommen: [
    { kop: 'Naam', waarde: (r) => r.naam, breedte: 40 },
    { kop: 'Peildatum', waarde: (r) => r.peildatum, datum: true },
    { kop: 'Status', waarde: (r) => r.status },
    { kop: 'Wijzigingen', waarde: (r) => r.aantalWijzigingen },
  ],
  rijen: l.resultaten,
});

type Beleidsdoelrij = { p: Begrotingsprogramma; doel: Begrotingsprogramma['beleidsdoelen'][number] | null };

/** One row per beleidsdoel; a programme without doelen still shows. */
export const begrotingsprogrammasTabel = (
  rijen: Begrotingsprogramma[],
  jaar: number | undefined,
): Tabel<Beleidsdoelrij> => ({
  titel: `Begrotingsprogrammas ${jaar ?? ''}`.trim(),
  kolommen: [
    { kop: 'Begrotingsjaar', waarde: (r) => r.p.begrotingsjaar },
    { kop: 'Code', waarde: (r) => r.p.code },
    { kop: 'Programma', waarde: (r) => r.p.naam, breedte: 36 },
    { kop: 'Beleidsdoel', waarde: (r) => r.doel?.naam ?? null, breedte: 40 },
    { kop: 'Omschrijving', waarde: (r) => r.doel?.omschrijving ?? null, breedte: 50 },
  ],
  rijen: rijen.flatMap((p): Beleidsdoelrij[] =>
    p.beleidsdoelen.length > 0 ? p.beleidsdoelen.map((doel) => ({ p, doel })) : [{ p, doel: null }],
  ),
});

export const salaristabellenTabel = (s: Salaristabellen): Tabel<Salaristabellen['resultaten'][number]> => ({
  titel: 'Salaristabellen',
  kolommen: [
    { kop: 'Naam', waarde: (r) => r.naam, breedte: 40 },
    { kop: 'Geldig vanaf', waarde: (r) => r.geldigVanaf, datum: true },
    { kop: 'Schalen', waarde: (r) => r.aantalSchalen },
    { kop: 'Bedragen', waarde: (r) => r.aantalBedragen },
  ],
  rijen: s.resultaten,
});

export const werkgeverslastenTabel = (
  w: WerkgeverslastenLijst,
): Tabel<WerkgeverslastenLijst['resultaten'][number]> => ({
  titel: 'Werkgeverslasten',
  kolommen: [
    { kop: 'Geldig vanaf', waarde: (r) => r.geldigVanaf, datum: true },
    { kop: 'IKB (%)', waarde: (r) => r.ikbPercentage, formaat: '0.00' },
    { kop: 'Pensioen (%)', waarde: (r) => r.pensioenPercentage, formaat: '0.00' },
    { kop: 'Sociale premies (%)', waarde: (r) => r.socialePremiesPercentage, formaat: '0.00' },
    { kop: 'Opslag per fte (euro)', waarde: (r) => r.opslagPerFte, formaat: euro },
    { kop: 'Loonstijging (%)', waarde: (r) => r.loonstijgingPercentage, formaat: '0.00' },
    { kop: 'Vacaturetrede', waarde: (r) => r.vacatureTrede },
  ],
  rijen: w.resultaten,
});

type Behoefterij = { groep: string; cel: BehoefteCelView };

/** One row per group and period (and its totaal), in hours, fte and euro as the JSON has them. */
export const behoefteTabel = (
  titel: string,
  groepen: { groep: string; cellen: BehoefteCelView[]; totaal: BehoefteCelView }[],
): Tabel<Behoefterij> => ({
  titel,
  kolommen: [
    { kop: 'Team', waarde: (r) => r.groep, breedte: 32 },
    { kop: 'Periode', waarde: (r) => r.cel.periode },
    { kop: 'Resultaatdoelen (uren)', waarde: (r) => r.cel.uren.resultaatdoelen, formaat: '0.0' },
    { kop: 'Inzet (uren)', waarde: (r) => r.cel.uren.inzet, formaat: '0.0' },
    { kop: 'Capaciteitsvragen (uren)', waarde: (r) => r.cel.uren.capaciteitsvragen, formaat: '0.0' },
    { kop: 'Vraag (uren)', waarde: (r) => r.cel.uren.vraag, formaat: '0.0' },
    { kop: 'Beschikbaar (uren)', waarde: (r) => r.cel.uren.beschikbaar, formaat: '0.0' },
    { kop: 'Tekort (uren)', waarde: (r) => r.cel.uren.tekort, formaat: '0.0' },
    { kop: 'Vraag (fte)', waarde: (r) => r.cel.fte.vraag, formaat: '0.00' },
    { kop: 'Beschikbaar (fte)', waarde: (r) => r.cel.fte.beschikbaar, formaat: '0.00' },
    { kop: 'Tekort (fte)', waarde: (r) => r.cel.fte.tekort, formaat: '0.00' },
    { kop: 'Tekort (euro)', waarde: (r) => r.cel.euro?.tekort ?? null, formaat: euro },
  ],
  rijen: groepen.flatMap((g) => [...g.cellen, g.totaal].map((cel) => ({ groep: g.groep, cel }))),
});

export const behoefteGroep = (r: BehoefteRij, zonderTeam = 'Zonder team') => ({
  groep: r.team?.naam ?? zonderTeam,
  cellen: r.cellen,
  totaal: r.totaal,
});

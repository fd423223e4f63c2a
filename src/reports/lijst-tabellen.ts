import type { Account } from '../contract/account';
import type { Ambitie } from '../contract/ambitie';
import type { BestuursopdrachtSamenvatting } from '../contract/bestuursopdracht';
import type { Expertise } from '../contract/expertise';
import type { FormatieVerloop, OrganisatieFormatie, TeamFormatie } from '../contract/formatie';
import type { OrganisatieLoonsom } from '../contract/loonsom';
import type { OpgaveSamenvatting } from '../contract/opgave';
import type { Zoekresultaten } from '../contract/organisatie';
import type { Programma } from '../contract/programma';
import type { Team } from '../contract/team';
import type { VerdeelvoorstelSamenvatting } from '../contract/verdeelvoorstel';
import { ROL_NAAM } from '../domain/rol';
import type { Tabel } from './tabel-export';

/**
 * The lists as files (issue 17, item 8): each table takes the rows exactly as the JSON list answers
 * them to this caller, so reach and hidden fields are the list's own. Names instead of ids, dates
 * as dates, hours and shares with a number format; one row per row of the list.
 */

const namen = (lijst: readonly { naam: string }[]) => lijst.map((x) => x.naam).join(', ') || null;
const titels = (lijst: readonly { titel: string }[]) => lijst.map((x) => x.titel).join(', ') || null;
const jaNee = (b: boolean) => (b ? 'ja' : 'nee');

type TeamRij = Omit<Team, '_links'>;

export function teamTabel(rijen: TeamRij[]): Tabel<TeamRij> {
  return {
    titel: 'Teams',
    kolommen: [
      { kop: 'Naam', waarde: (t) => t.naam, breedte: 32 },
      { kop: 'Soort', waarde: (t) => t.soort },
      { kop: 'Valt onder', waarde: (t) => t.parentNaam, breedte: 28 },
      {
        kop: 'Leidinggevenden',
        waarde: (t) => namen(t.leidinggevenden.filter((l) => !l.einddatum)),
        breedte: 32,
      },
      { kop: 'Aantal medewerkers', waarde: (t) => t.aantalMedewerkers, formaat: '0' },
      { kop: 'FTE', waarde: (t) => t.fte, formaat: '0.00' },
      { kop: 'Niet-productief aandeel', waarde: (t) => t.nietProductiefAandeel, formaat: '0%' },
      { kop: 'Reservering robuust werk', waarde: (t) => t.robuustReservering, formaat: '0%' },
      { kop: 'Opgeheven op', waarde: (t) => t.opgehevenOp, datum: true },
      { kop: 'Omschrijving', waarde: (t) => t.omschrijving, breedte: 40 },
    ],
    rijen,
  };
}

type ExpertiseRij = Omit<Expertise, '_links'>;

export function expertiseTabel(rijen: ExpertiseRij[]): Tabel<ExpertiseRij> {
  return {
    titel: 'Expertises',
    kolommen: [
      { kop: 'Naam', waarde: (e) => e.naam, breedte: 32 },
      { kop: 'Categorie', waarde: (e) => e.categorie, breedte: 24 },
      { kop: 'Aantal medewerkers', waarde: (e) => e.aantalMedewerkers, formaat: '0' },
      { kop: 'Vervallen', waarde: (e) => jaNee(e.vervallen) },
      { kop: 'Omschrijving', waarde: (e) => e.omschrijving, breedte: 40 },
    ],
    rijen,
  };
}

export function opgaveTabel(rijen: OpgaveSamenvatting[]): Tabel<OpgaveSamenvatting> {
  return {
    titel: 'Opgaven',
    kolommen: [
      { kop: 'Titel', waarde: (o) => o.titel, breedte: 40 },
      { kop: 'Fase', waarde: (o) => o.status },
      { kop: 'Programma', waarde: (o) => o.programma?.naam ?? null, breedte: 28 },
      { kop: 'Programmaregisseur', waarde: (o) => o.programmaregisseur?.naam ?? null, breedte: 24 },
      { kop: 'Eigenaarschap', waarde: (o) => o.rolbepaling?.eigenaarschap ?? null },
      { kop: 'Overheidsrol', waarde: (o) => o.rolbepaling?.overheidsrolPrimair ?? null },
      { kop: 'Rolbepaling', waarde: (o) => o.rolbepaling?.status ?? null },
      { kop: 'Collegebesluit', waarde: (o) => o.rolbepaling?.datum ?? null, datum: true },
      { kop: 'Uren gevraagd', waarde: (o) => o.urenGevraagd, formaat: '0.00' },
      { kop: 'Omschrijving', waarde: (o) => o.omschrijving, breedte: 40 },
    ],
    rijen,
  };
}

export function bestuursopdrachtTabel(
  rijen: BestuursopdrachtSamenvatting[],
): Tabel<BestuursopdrachtSamenvatting> {
  return {
    titel: 'Bestuursopdrachten',
    kolommen: [
      { kop: 'Titel', waarde: (b) => b.titel, breedte: 40 },
      { kop: 'Status', waarde: (b) => b.status },
      { kop: 'Ambitie', waarde: (b) => b.ambitie?.titel ?? null, breedte: 32 },
      { kop: 'Programma', waarde: (b) => b.programma?.naam ?? null, breedte: 28 },
      { kop: 'Bestuurlijk opdrachtgever', waarde: (b) => b.bestuurlijkOpdrachtgever, breedte: 24 },
      { kop: 'Ambtelijk opdrachtgever', waarde: (b) => b.ambtelijkOpdrachtgever, breedte: 24 },
      { kop: 'Ingediende versie', waarde: (b) => b.ingediendeVersie, formaat: '0' },
      {
        kop: 'Volgende mijlpaal',
        waarde: (b) => [...b.mijlpalen].sort((x, y) => x.datum.localeCompare(y.datum))[0]?.datum ?? null,
        datum: true,
      },
      { kop: 'Mijlpalen', waarde: (b) => titels(b.mijlpalen), breedte: 40 },
    ],
    rijen,
  };
}

export function ambitieTabel(rijen: Ambitie[]): Tabel<Ambitie> {
  return {
    titel: 'Bestuurlijke ambities',
    kolommen: [
      { kop: 'Titel', waarde: (a) => a.titel, breedte: 40 },
      { kop: 'Bron', waarde: (a) => a.bron },
      { kop: 'Portefeuillehouder', waarde: (a) => a.portefeuillehouder, breedte: 24 },
      // Stored as a whole percentage; the cell holds the fraction so the format shows 40%.
      {
        kop: 'Voortgang',
        waarde: (a) => (a.voortgang === null ? null : a.voortgang / 100),
        formaat: '0%',
      },
      { kop: 'Toelichting voortgang', waarde: (a) => a.voortgangToelichting, breedte: 40 },
      { kop: 'Opgaven', waarde: (a) => titels(a.opgaven), breedte: 40 },
      { kop: 'Bestuursopdrachten', waarde: (a) => titels(a.bestuursopdrachten), breedte: 40 },
    ],
    rijen,
  };
}

export function programmaTabel(rijen: Programma[]): Tabel<Programma> {
  return {
    titel: "Programma's",
    kolommen: [
      { kop: 'Naam', waarde: (p) => p.naam, breedte: 32 },
      { kop: 'Programmaregisseur', waarde: (p) => p.programmaregisseur?.naam ?? null, breedte: 24 },
      { kop: 'Aantal opgaven', waarde: (p) => p.aantalOpgaven, formaat: '0' },
      { kop: 'Aantal bestuursopdrachten', waarde: (p) => p.aantalBestuursopdrachten, formaat: '0' },
      { kop: 'Omschrijving', waarde: (p) => p.omschrijving, breedte: 40 },
    ],
    rijen,
  };
}

export function accountTabel(rijen: Account[]): Tabel<Account> {
  return {
    titel: 'Accounts',
    kolommen: [
      { kop: 'Naam', waarde: (a) => a.naam, breedte: 28 },
      { kop: 'E-mail', waarde: (a) => a.eMail, breedte: 30 },
      { kop: 'Rollen', waarde: (a) => a.rollen.map((r) => ROL_NAAM[r]).join(', '), breedte: 32 },
      { kop: 'Actief', waarde: (a) => jaNee(a.actief) },
      { kop: 'Tweestapsverificatie', waarde: (a) => jaNee(a.totpIngesteld) },
      { kop: 'Gekoppeld aan medewerker', waarde: (a) => jaNee(a.medewerkerId !== null) },
    ],
    rijen,
  };
}

export function verdeelvoorstelTabel(
  rijen: VerdeelvoorstelSamenvatting[],
): Tabel<VerdeelvoorstelSamenvatting> {
  return {
    titel: 'Verdeelvoorstellen',
    kolommen: [
      { kop: 'Periode', waarde: (v) => v.periode },
      { kop: 'Status', waarde: (v) => v.status },
      { kop: 'Aangemaakt op', waarde: (v) => v.aangemaaktOp, datum: true },
      { kop: 'Klaar op', waarde: (v) => v.klaarOp, datum: true },
      { kop: 'Regels', waarde: (v) => v.samenvatting?.regels ?? null, formaat: '0' },
      { kop: 'Uren per week', waarde: (v) => v.samenvatting?.urenPerWeek ?? null, formaat: '0.00' },
      { kop: 'Doelwaarde', waarde: (v) => v.samenvatting?.doelwaarde ?? null, formaat: '0.00' },
      { kop: 'Gap', waarde: (v) => v.samenvatting?.gap ?? null, formaat: '0.0%' },
      { kop: 'Fout', waarde: (v) => v.fout, breedte: 40 },
    ],
    rijen,
  };
}

export interface ZoekRij {
  soort: 'Medewerker' | 'Team' | 'Expertise';
  naam: string;
  omschrijving: string | null;
}

/** The search's three groups in one sheet, each hit with its kind. */
export function zoekTabel(zoekterm: string, t: Zoekresultaten): Tabel<ZoekRij> {
  const rij = (soort: ZoekRij['soort']) => (x: { naam: string; omschrijving: string | null }) => ({
    soort,
    naam: x.naam,
    omschrijving: x.omschrijving,
  });
  return {
    titel: `Zoeken ${zoekterm}`,
    kolommen: [
      { kop: 'Soort', waarde: (r) => r.soort },
      { kop: 'Naam', waarde: (r) => r.naam, breedte: 32 },
      { kop: 'Omschrijving', waarde: (r) => r.omschrijving, breedte: 40 },
    ],
    rijen: [
      ...t.medewerkers.map(rij('Medewerker')),
      ...t.teams.map(rij('Team')),
      ...t.expertises.map(rij('Expertise')),
    ],
  };
}

// --- formatie and loonsom (issue 13, item 8) ------------------------------------------------------

type Formatieplaats = TeamFormatie['formatieplaatsen'][number];
const FINANCIERING = { regulier: 'Regulier budget', programma: 'Programma', subsidie: 'Subsidie' } as const;

/** A team's formatieplaatsen on the peildatum, one row per place, with who fills it by name. */
export function teamFormatieTabel(teamNaam: string, f: TeamFormatie): Tabel<Formatieplaats> {
  return {
    titel: `Formatie ${teamNaam} ${f.peildatum}`,
    kolommen: [
      { kop: 'Functie', waarde: (p) => p.functie.naam, breedte: 32 },
      { kop: 'Functiefamilie', waarde: (p) => p.functie.functiefamilie, breedte: 20 },
      { kop: 'Functieniveau', waarde: (p) => p.functie.niveau },
      { kop: 'Salarisschaal', waarde: (p) => p.salarisschaal },
      { kop: 'Soort', waarde: (p) => p.soort },
      { kop: 'Financiering', waarde: (p) => FINANCIERING[p.financiering.soort] },
      {
        kop: 'Programma of subsidie',
        waarde: (p) => p.financiering.programma?.naam ?? p.financiering.subsidie,
        breedte: 28,
      },
      { kop: 'Ingangsdatum', waarde: (p) => p.ingangsdatum, datum: true },
      { kop: 'Einddatum', waarde: (p) => p.einddatum, datum: true },
      { kop: 'Formatie fte', waarde: (p) => p.formatieFte, formaat: '0.00##' },
      { kop: 'Bezetting fte', waarde: (p) => p.bezettingFte, formaat: '0.00##' },
      { kop: 'Vacature fte', waarde: (p) => p.vacatureFte, formaat: '0.00##' },
      { kop: 'Vacature sinds', waarde: (p) => p.vacatureSinds, datum: true },
      { kop: 'Boventallig fte', waarde: (p) => p.boventalligFte, formaat: '0.00##' },
      {
        kop: 'Vervuld door',
        waarde: (p) => p.plaatsingen.map((x) => `${x.medewerker.naam} (${x.fte})`).join(', ') || null,
        breedte: 40,
      },
    ],
    rijen: f.formatieplaatsen,
  };
}

type FormatieTeamRij = OrganisatieFormatie['teams'][number];

/** The formatie per team on the peildatum, with the organisation's total as the last row. */
export function organisatieFormatieTabel(f: OrganisatieFormatie): Tabel<FormatieTeamRij> {
  return {
    titel: `Formatie per team ${f.peildatum}`,
    kolommen: [
      { kop: 'Team', waarde: (t) => t.naam, breedte: 32 },
      { kop: 'Formatie fte', waarde: (t) => t.formatieFte, formaat: '0.00##' },
      { kop: 'Bezetting fte', waarde: (t) => t.bezettingFte, formaat: '0.00##' },
      { kop: 'Vacature fte', waarde: (t) => t.vacatureFte, formaat: '0.00##' },
      { kop: 'Boventallig fte', waarde: (t) => t.boventalligFte, formaat: '0.00##' },
    ],
    rijen: [...f.teams, { teamId: '', naam: 'Totaal organisatie', ...f.totaal }],
  };
}

interface VerloopRij {
  team: string;
  maand: FormatieVerloop['maanden'][number];
}

/** The formatie over time: one row per team and month (a pivot table takes it), then the organisation's. */
export function formatieVerloopTabel(v: FormatieVerloop): Tabel<VerloopRij> {
  return {
    titel: `Formatie per maand ${v.van} tot en met ${v.tot}`,
    kolommen: [
      { kop: 'Team', waarde: (r) => r.team, breedte: 32 },
      { kop: 'Maand', waarde: (r) => r.maand.maand, breedte: 10 },
      { kop: 'Formatie fte', waarde: (r) => r.maand.formatieFte, formaat: '0.00##' },
      { kop: 'Bezetting fte', waarde: (r) => r.maand.bezettingFte, formaat: '0.00##' },
      { kop: 'Vacature fte', waarde: (r) => r.maand.vacatureFte, formaat: '0.00##' },
      { kop: 'Boventallig fte', waarde: (r) => r.maand.boventalligFte, formaat: '0.00##' },
    ],
    rijen: [
      ...v.teams.flatMap((t) => t.maanden.map((maand) => ({ team: t.naam, maand }))),
      ...v.maanden.map((maand) => ({ team: 'Totaal organisatie', maand })),
    ],
  };
}

interface LoonsomRij {
  team: string;
  jaar: OrganisatieLoonsom['jaren'][number];
}

/** The loonsom per team × year (one row each, so a pivot table can take it), then the organisation's. */
export function organisatieLoonsomTabel(l: OrganisatieLoonsom): Tabel<LoonsomRij> {
  const euro = '#,##0.00';
  return {
    titel: `Loonsom per team ${l.jaar}-${l.jaar + l.jaren.length - 1}`,
    kolommen: [
      { kop: 'Team', waarde: (r) => r.team, breedte: 32 },
      { kop: 'Jaar', waarde: (r) => r.jaar.jaar, formaat: '0' },
      { kop: 'Bezetting (euro)', waarde: (r) => r.jaar.bezetting, formaat: euro, breedte: 16 },
      { kop: 'Vacatures (euro)', waarde: (r) => r.jaar.vacatures, formaat: euro, breedte: 16 },
      { kop: 'Loonsom (euro)', waarde: (r) => r.jaar.totaal, formaat: euro, breedte: 16 },
      { kop: 'Budget (euro)', waarde: (r) => r.jaar.budget, formaat: euro, breedte: 16 },
      { kop: 'Ruimte (euro)', waarde: (r) => r.jaar.ruimte, formaat: euro, breedte: 16 },
      {
        kop: 'Ruimte of overschrijding',
        waarde: (r) => (r.jaar.ruimte === null ? null : r.jaar.ruimte < 0 ? 'overschrijding' : 'ruimte'),
      },
    ],
    rijen: [
      ...l.teams.flatMap((t) => t.jaren.map((jaar) => ({ team: t.naam, jaar }))),
      ...l.jaren.map((jaar) => ({ team: 'Totaal organisatie', jaar })),
    ],
  };
}

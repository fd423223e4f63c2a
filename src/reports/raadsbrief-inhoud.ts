import { createHash } from 'node:crypto';
import {
  dossierStatusWoord,
  faseStatusWoord,
  maandWoord,
  metHoofdletter,
  themaStandWoord,
} from '../domain/raadsbrief-woorden';
import { alineas, type Blok, canoniekeJson, datumNl, fte, tijdstipNl } from './onderbouwd-voorstel-inhoud';

/**
 * The raadsbrief (issue 15, item 5): what the letter holds, as the blocks of the onderbouwd voorstel
 * (onderbouwd-voorstel-inhoud.ts), which the DOCX (raadsbrief-docx.ts) and the PDF (raadsbrief-pdf.ts)
 * renderers draw, so both formats carry the same text and tables. Only formatting here: the figures
 * were computed when the snapshot was taken (src/services/raadsbrief-momentopname.ts), and nothing
 * here reads the clock or locale data, so the same snapshot and sections give the same document.
 *
 * The letter follows the structure a griffie expects: the gemeente's header, the addressee (de
 * gemeenteraad), date, documentnummer and onderwerp, then aanleiding, kernboodschap, toelichting,
 * the figures (each table with its source: the snapshot's number, time and hash), vervolg,
 * bijlagen, and the closing with the portefeuillehouder on behalf of the college.
 */

/** The generated parts, frozen in `raadsbrief_momentopname.inhoud`. Aggregates only: no one is named. */
export interface RaadsbriefMomentopnameInhoud {
  /** The gemeente's name (setting organisatienaam) when the snapshot was taken. */
  organisatie: string;
  /** The day the figures are about (ISO). */
  peildatum: string;
  organisatieInCijfers: {
    aantalTeams: number;
    aantalBasisteams: number;
    aantalMedewerkers: number;
    fte: number;
    /** Per basisteam, with its capacity use over the year so far (null: no capacity). */
    teams: { naam: string; medewerkers: number; fte: number; benutting: number | null }[];
    /** The organisation's capacity use this calendar year. */
    capaciteit: { jaar: number; capaciteitUren: number; ingezetUren: number; benutting: number | null };
  };
  /** The werkdruk signal of the last complete month; null when no signal could be computed. */
  werkdruk: {
    maand: string;
    groen: number;
    oranje: number;
    rood: number;
    onbekend: number;
    /** Teams whose signal is red or orange that month. */
    teamsRood: string[];
    teamsOranje: string[];
  } | null;
  portfolio: {
    jaar: number;
    dossiers: {
      soort: 'opgave' | 'bestuursopdracht';
      titel: string;
      status: string;
      programma: string | null;
      uren: number;
    }[];
  };
  /** The change programme's progress; null while the programme is not part of the system. */
  veranderprogramma: {
    fasen: { volgnummer: number; naam: string; status: string }[];
    themas: {
      naam: string;
      stand: string;
      open: number;
      gereed: number;
      verlopen: number;
      volgendeMijlpaal: { titel: string; datum: string } | null;
    }[];
  } | null;
  /** The formatie on the peildatum; null when no formatieplaatsen are recorded. */
  formatie: { formatieFte: number; bezettingFte: number; vacatureFte: number; boventalligFte: number } | null;
}

/** What the document is made from: the letter's sections and its snapshot, nothing else. */
export interface RaadsbriefDocumentInvoer {
  documentnummer: string;
  onderwerp: string;
  aanleiding: string;
  kernboodschap: string;
  toelichting: string;
  vervolg: string;
  bijlagen: string;
  portefeuillehouder: string;
  /** ISO date of the letter (null while a concept has none: printed as such). */
  datum: string | null;
  /** The college's approval (null while a concept). */
  vastgesteld: { op: string; door: string } | null;
  momentopname: {
    nummer: string;
    /** ISO timestamp: also the document's metadata time, so the bytes are fixed by the snapshot. */
    genomenOp: string;
    sha256: string;
    inhoud: RaadsbriefMomentopnameInhoud;
  };
}

/** The sha256 (hex) of the snapshot's canonical JSON (keys sorted): printed under every table. */
export function momentopnameHash(inhoud: RaadsbriefMomentopnameInhoud): string {
  return createHash('sha256').update(canoniekeJson(inhoud), 'utf8').digest('hex');
}

/** The sha256 of a stored document's bytes. */
export const bestandHash = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const procent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const uren = (x: number) => fte(x).replace(/,\d\d$/, '');

// The snapshot keeps codes ('in-uitvoering', 'op-schema', '2026-11'); the letter says them in words
// (src/domain/raadsbrief-woorden.ts), a table cell with a capital first.
const cel = metHoofdletter;

export interface RaadsbriefInhoudBlokken {
  titel: string;
  /** The two footer lines of every page; the page number follows the first. */
  voet: [string, string];
  blokken: Blok[];
}

/** The letter as blocks: pure, from the sections and the snapshot only. */
export function raadsbriefInhoud(b: RaadsbriefDocumentInvoer): RaadsbriefInhoudBlokken {
  const m = b.momentopname;
  const i = m.inhoud;
  const bron = `Bron: momentopname ${m.nummer} van ${tijdstipNl(m.genomenOp)}, hash ${m.sha256.slice(0, 12)}`;
  const bronBlok: Blok = { soort: 'alinea', tekst: bron, klein: true };
  const tekst = (t: string): Blok[] => alineas(t).map((a) => ({ soort: 'alinea', tekst: a }));
  const sectie = (kop: string, t: string): Blok[] =>
    alineas(t).length === 0 ? [] : [{ soort: 'kop', niveau: 1, tekst: kop }, ...tekst(t)];

  const c = i.organisatieInCijfers;
  const cijfers: Blok[] = [
    { soort: 'kop', niveau: 1, tekst: 'De organisatie in cijfers' },
    {
      soort: 'alinea',
      tekst: `Op ${datumNl(i.peildatum)} telt de organisatie ${c.aantalMedewerkers} medewerkers (${fte(c.fte)} fte) in ${c.aantalTeams} teams, waarvan ${c.aantalBasisteams} basisteams. In ${c.capaciteit.jaar} is ${procent(c.capaciteit.benutting)} van de beschikbare capaciteit ingezet (${uren(c.capaciteit.ingezetUren)} van ${uren(c.capaciteit.capaciteitUren)} uur).`,
    },
    {
      soort: 'tabel',
      koppen: ['Team', 'Medewerkers', 'Fte', `Benutting ${c.capaciteit.jaar}`],
      rijen: [
        ...c.teams.map((t) => [t.naam, String(t.medewerkers), fte(t.fte), procent(t.benutting)]),
        ['Organisatie', String(c.aantalMedewerkers), fte(c.fte), procent(c.capaciteit.benutting)],
      ],
      uitlijning: ['links', 'rechts', 'rechts', 'rechts'],
      breedtes: [5, 2, 2, 2],
      totaalrij: true,
    },
    bronBlok,
  ];

  const werkdruk: Blok[] = i.werkdruk
    ? [
        { soort: 'kop', niveau: 2, tekst: `Werkdruk in ${maandWoord(i.werkdruk.maand)}` },
        {
          soort: 'tabel',
          koppen: ['Signaal', 'Teams', 'Welke'],
          rijen: [
            ['Rood', String(i.werkdruk.rood), i.werkdruk.teamsRood.join(', ') || '—'],
            ['Oranje', String(i.werkdruk.oranje), i.werkdruk.teamsOranje.join(', ') || '—'],
            ['Groen', String(i.werkdruk.groen), ''],
            ['Onbekend', String(i.werkdruk.onbekend), ''],
          ],
          uitlijning: ['links', 'rechts', 'links'],
          breedtes: [2, 1, 6],
          totaalrij: false,
        },
        bronBlok,
      ]
    : [];

  const formatie: Blok[] = i.formatie
    ? [
        { soort: 'kop', niveau: 2, tekst: 'Formatie' },
        {
          soort: 'tabel',
          koppen: ['Formatie (fte)', 'Bezetting (fte)', 'Vacatures (fte)', 'Boventallig (fte)'],
          rijen: [
            [
              fte(i.formatie.formatieFte),
              fte(i.formatie.bezettingFte),
              fte(i.formatie.vacatureFte),
              fte(i.formatie.boventalligFte),
            ],
          ],
          uitlijning: ['rechts', 'rechts', 'rechts', 'rechts'],
          breedtes: [1, 1, 1, 1],
          totaalrij: false,
        },
        bronBlok,
      ]
    : [];

  const portfolio: Blok[] = [
    { soort: 'kop', niveau: 1, tekst: `Opgaven en bestuursopdrachten ${i.portfolio.jaar}` },
    i.portfolio.dossiers.length === 0
      ? { soort: 'alinea', tekst: 'Er lopen geen opgaven of bestuursopdrachten.' }
      : {
          soort: 'tabel',
          koppen: ['Soort', 'Titel', 'Programma', 'Status', 'Uren'],
          rijen: i.portfolio.dossiers.map((d) => [
            d.soort === 'opgave' ? 'Opgave' : 'Bestuursopdracht',
            d.titel,
            d.programma ?? '—',
            cel(dossierStatusWoord(d.soort, d.status)),
            uren(d.uren),
          ]),
          uitlijning: ['links', 'links', 'links', 'links', 'rechts'],
          breedtes: [2, 5, 3, 2, 1.2],
          totaalrij: false,
        },
    bronBlok,
  ];

  const v = i.veranderprogramma;
  const programma: Blok[] = v
    ? [
        { soort: 'kop', niveau: 1, tekst: 'Voortgang van het veranderprogramma' },
        {
          soort: 'tabel',
          koppen: ['Fase', 'Naam', 'Status'],
          rijen: v.fasen.map((f) => [String(f.volgnummer), f.naam, cel(faseStatusWoord(f.status))]),
          uitlijning: ['rechts', 'links', 'links'],
          breedtes: [1, 6, 2],
          totaalrij: false,
        },
        {
          soort: 'tabel',
          koppen: ['Thema', 'Stand', 'Open', 'Gereed', 'Te laat', 'Volgende mijlpaal'],
          rijen: v.themas.map((t) => [
            t.naam,
            cel(themaStandWoord(t.stand)),
            String(t.open),
            String(t.gereed),
            String(t.verlopen),
            t.volgendeMijlpaal ? `${t.volgendeMijlpaal.titel} (${datumNl(t.volgendeMijlpaal.datum)})` : '—',
          ]),
          uitlijning: ['links', 'links', 'rechts', 'rechts', 'rechts', 'links'],
          breedtes: [4, 2, 1.2, 1.2, 1.2, 5],
          totaalrij: false,
        },
        bronBlok,
      ]
    : [];

  const blokken: Blok[] = [
    { soort: 'titel', tekst: i.organisatie, ondertitel: 'Raadsinformatiebrief' },
    { soort: 'veld', label: 'Aan', waarde: 'de gemeenteraad' },
    { soort: 'veld', label: 'Datum', waarde: b.datum ? datumNl(b.datum) : 'nog niet bepaald (concept)' },
    { soort: 'veld', label: 'Documentnummer', waarde: b.documentnummer },
    { soort: 'veld', label: 'Onderwerp', waarde: b.onderwerp },
    ...(b.portefeuillehouder
      ? [{ soort: 'veld', label: 'Portefeuillehouder', waarde: b.portefeuillehouder } as const]
      : []),
    { soort: 'alinea', tekst: 'Geachte leden van de raad,' },
    ...sectie('Aanleiding', b.aanleiding),
    ...sectie('Kernboodschap', b.kernboodschap),
    ...sectie('Toelichting', b.toelichting),
    ...cijfers,
    ...werkdruk,
    ...formatie,
    ...portfolio,
    ...programma,
    ...sectie('Vervolg', b.vervolg),
    ...sectie('Bijlagen', b.bijlagen),
    { soort: 'alinea', tekst: 'Met vriendelijke groet,' },
    {
      soort: 'alinea',
      tekst: `Het college van burgemeester en wethouders van ${i.organisatie.replace(/^Gemeente\s+/i, '') || i.organisatie},${b.portefeuillehouder ? `\nnamens deze, ${b.portefeuillehouder}` : ''}`,
    },
    ...(b.vastgesteld
      ? [
          {
            soort: 'alinea',
            tekst: `Vastgesteld door het college op ${datumNl(b.vastgesteld.op)}.`,
            klein: true,
          } as const,
        ]
      : [
          { soort: 'alinea', tekst: 'Concept: nog niet vastgesteld door het college.', klein: true } as const,
        ]),
  ];

  return {
    titel: `Raadsinformatiebrief ${b.documentnummer}: ${b.onderwerp}`,
    voet: [`${i.organisatie} · ${b.documentnummer}`, bron],
    blokken,
  };
}

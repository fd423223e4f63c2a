import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * A bestuursopdracht as the collegevoorstel the college of B&W reads: every field of the version it
 * decides on, in the order of the mandate, with the version's hash so the paper and the frozen version
 * in Wendbaar can be matched. Names of teams and programmes are resolved by the caller.
 */
export interface CollegevoorstelInvoer {
  titel: string;
  versie: { nummer: number; ingediendOp: string; sha256: string } | null;
  status: string;
  ambitie: string | null;
  programma: string | null;
  verkenning: {
    doel: string | null;
    wens: string | null;
    probleemEnOorzaak: string | null;
    beeldVanSucces: string | null;
    gewensteAanpak: string | null;
    collegeleden: string[];
  };
  doelstellingen: { omschrijving: string; indicator: string | null }[];
  mijlpalen: { titel: string; datum: string }[];
  capaciteitsvragen: {
    expertise: string;
    minimumNiveau: number;
    team: string | null;
    periode: string;
    uren: number;
    toelichting: string | null;
  }[];
  budget: { begrotingsprogramma: string; bedrag: number; toelichting: string | null }[];
  rollen: {
    bestuurlijkOpdrachtgever: string | null;
    ambtelijkOpdrachtgever: string | null;
    opdrachtnemer: string | null;
    teams: { team: string; rol: string }[];
  };
  verantwoording: { moment: string; omschrijving: string }[];
  besluitvormingsproces: string | null;
  besluit: {
    uitkomst: string;
    besluitnummer: string;
    datum: string;
    voorwaarden: string | null;
  } | null;
}

const PC_LABEL: Record<string, string> = {
  kadernota: 'Kadernota',
  programmabegroting: 'Programmabegroting',
  bestuursrapportage: 'Bestuursrapportage',
  jaarstukken: 'Jaarstukken',
  raadsinformatiebrief: 'Raadsinformatiebrief',
  anders: 'Anders',
};

const UITKOMST_LABEL: Record<string, string> = {
  vastgesteld: 'Vastgesteld',
  'gewijzigd-vastgesteld': 'Gewijzigd vastgesteld',
  aangehouden: 'Aangehouden',
  afgewezen: 'Afgewezen',
};

const datumNl = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const euro = (n: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(n);
const uren = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);
const ofStreep = (x: string | null | undefined) => (x && x.trim() !== '' ? x : '—');

const kop = (
  tekst: string,
  niveau: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ heading: niveau, spacing: { before: 240, after: 120 }, children: [new TextRun(tekst)] });
const alinea = (tekst: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(tekst)] });
const veld = (label: string, waarde: string | null) =>
  new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(ofStreep(waarde))],
  });
const opsomming = (tekst: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(tekst)] });

const RAND = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
function tabel(koppen: string[], rijen: string[][]): Table {
  const cel = (tekst: string, vet = false) =>
    new TableCell({
      borders: { top: RAND, bottom: RAND, left: RAND, right: RAND },
      children: [new Paragraph({ children: [new TextRun({ text: tekst, bold: vet })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: koppen.map((k) => cel(k, true)) }),
      ...rijen.map((r) => new TableRow({ children: r.map((x) => cel(x)) })),
    ],
  });
}

export function collegevoorstelDocument(v: CollegevoorstelInvoer): Document {
  const leeg = (lijst: unknown[], tekst: string) => (lijst.length === 0 ? [alinea(tekst)] : []);
  const inhoud: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Collegevoorstel: ${v.titel}`)] }),
    veld('Bestuursopdracht', v.titel),
    veld(
      'Versie',
      v.versie
        ? `${v.versie.nummer}, ingediend op ${datumNl(v.versie.ingediendOp)}`
        : 'concept (nog niet ingediend)',
    ),
    ...(v.versie ? [veld('Kenmerk (SHA-256)', v.versie.sha256)] : []),
    veld('Status', v.status),
    veld('Bestuurlijke ambitie', v.ambitie),
    veld('Programma', v.programma),

    kop('1. Verkenning met het college'),
    veld('Doel', v.verkenning.doel),
    veld('Wens', v.verkenning.wens),
    veld('Probleem en oorzaak', v.verkenning.probleemEnOorzaak),
    veld('Beeld van succes', v.verkenning.beeldVanSucces),
    veld('Gewenste aanpak', v.verkenning.gewensteAanpak),
    veld('Verkend met', v.verkenning.collegeleden.join(', ')),

    kop('2. Doelstellingen'),
    ...leeg(v.doelstellingen, 'Geen doelstellingen vastgelegd.'),
    ...v.doelstellingen.map((d) =>
      opsomming(d.indicator ? `${d.omschrijving} (indicator: ${d.indicator})` : d.omschrijving),
    ),

    kop('3. Tijdlijn en mijlpalen'),
    ...leeg(v.mijlpalen, 'Geen mijlpalen vastgelegd.'),
    ...(v.mijlpalen.length > 0
      ? [
          tabel(
            ['Datum', 'Mijlpaal'],
            v.mijlpalen.map((m) => [datumNl(m.datum), m.titel]),
          ),
        ]
      : []),

    kop('4. Mensen en middelen'),
    kop('Capaciteit', HeadingLevel.HEADING_2),
    ...leeg(v.capaciteitsvragen, 'Geen capaciteitsvraag.'),
    ...(v.capaciteitsvragen.length > 0
      ? [
          tabel(
            ['Expertise', 'Minimaal niveau', 'Team', 'Periode', 'Uren', 'Toelichting'],
            v.capaciteitsvragen.map((c) => [
              c.expertise,
              String(c.minimumNiveau),
              ofStreep(c.team),
              c.periode,
              uren(c.uren),
              ofStreep(c.toelichting),
            ]),
          ),
        ]
      : []),
    kop('Budget', HeadingLevel.HEADING_2),
    ...leeg(v.budget, 'Geen budget gevraagd.'),
    ...(v.budget.length > 0
      ? [
          tabel(
            ['Begrotingsprogramma', 'Bedrag', 'Toelichting'],
            v.budget.map((b) => [b.begrotingsprogramma, euro(b.bedrag), ofStreep(b.toelichting)]),
          ),
        ]
      : []),

    kop('5. Rol- en taakverdeling'),
    veld('Bestuurlijk opdrachtgever', v.rollen.bestuurlijkOpdrachtgever),
    veld('Ambtelijk opdrachtgever', v.rollen.ambtelijkOpdrachtgever),
    veld('Opdrachtnemer', v.rollen.opdrachtnemer),
    ...(v.rollen.teams.length > 0
      ? [
          tabel(
            ['Betrokken team', 'Rol'],
            v.rollen.teams.map((t) => [t.team, t.rol]),
          ),
        ]
      : [alinea('Geen betrokken teams vastgelegd.')]),

    kop('6. Verantwoording'),
    ...leeg(v.verantwoording, 'Geen verantwoordingsmomenten vastgelegd.'),
    ...v.verantwoording.map((r) => opsomming(`${PC_LABEL[r.moment] ?? r.moment}: ${r.omschrijving}`)),

    kop('7. Besluitvormingsproces'),
    alinea(ofStreep(v.besluitvormingsproces)),

    kop('8. Besluit'),
    ...(v.besluit
      ? [
          veld('Uitkomst', UITKOMST_LABEL[v.besluit.uitkomst] ?? v.besluit.uitkomst),
          veld('Besluitnummer', v.besluit.besluitnummer),
          veld('Datum', datumNl(v.besluit.datum)),
          veld('Voorwaarden', v.besluit.voorwaarden),
        ]
      : [alinea('Het college wordt voorgesteld deze bestuursopdracht vast te stellen.')]),
  ];
  return new Document({
    creator: 'Wendbaar',
    title: `Collegevoorstel: ${v.titel}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: {}, children: inhoud }],
  });
}

export async function collegevoorstelDocx(v: CollegevoorstelInvoer): Promise<Buffer> {
  return Packer.toBuffer(collegevoorstelDocument(v));
}

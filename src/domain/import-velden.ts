/**
 * Wendbaar's fields an import file's columns can be mapped to, and the suggestion of that mapping
 * from the file's header names. HR and payroll systems (AFAS Profit, Visma|Raet Youforce, Beaufort)
 * each name their export columns their own way, in Dutch or English, with dots, underscores and
 * abbreviations ("Persnr", "Pers.nr.", "Roepnaam", "Datum in dienst", "Arbeidsduur per week"); the
 * synonyms below cover the usual ones, so a first file needs few columns mapped by hand.
 */
export const IMPORT_SOORTEN = ['medewerkers', 'teams', 'formatieplaatsen'] as const;
export type ImportSoort = (typeof IMPORT_SOORTEN)[number];

export const MEDEWERKER_VELDEN = [
  'personeelsnummer',
  'voornaam',
  'tussenvoegsel',
  'achternaam',
  'e_mail',
  'functie',
  'schaal',
  'trede',
  'in_dienst',
  'uit_dienst',
  'team',
  'contracturen',
  'leidinggevende_van',
] as const;
export const TEAM_VELDEN = ['naam', 'soort', 'bovenliggend_team', 'omschrijving'] as const;
/**
 * A formatieplaats (src/domain/formatie.ts) as HR or finance keep it: per team a function, its
 * scale and its size in FTE. Team, functie and schaal together are the key on which a later file
 * finds the same place again (src/domain/import-formatie.ts).
 */
export const FORMATIEPLAATS_VELDEN = ['team', 'functie', 'schaal', 'fte', 'van', 'tot'] as const;

export type MedewerkerVeld = (typeof MEDEWERKER_VELDEN)[number];
export type TeamVeld = (typeof TEAM_VELDEN)[number];
export type FormatieplaatsVeld = (typeof FORMATIEPLAATS_VELDEN)[number];
export type ImportVeld = MedewerkerVeld | TeamVeld | FormatieplaatsVeld;

export interface VeldBeschrijving {
  veld: ImportVeld;
  /** Dutch label as a user sees it in the mapping screen and in messages. */
  label: string;
  verplicht: boolean;
}

export const VELDEN: Record<ImportSoort, readonly VeldBeschrijving[]> = {
  medewerkers: [
    { veld: 'personeelsnummer', label: 'Personeelsnummer', verplicht: true },
    { veld: 'voornaam', label: 'Voornaam', verplicht: false },
    { veld: 'tussenvoegsel', label: 'Tussenvoegsel', verplicht: false },
    { veld: 'achternaam', label: 'Achternaam', verplicht: false },
    { veld: 'e_mail', label: 'E-mailadres', verplicht: false },
    { veld: 'functie', label: 'Functie', verplicht: false },
    { veld: 'schaal', label: 'Schaal', verplicht: false },
    { veld: 'trede', label: 'Trede', verplicht: false },
    { veld: 'in_dienst', label: 'Datum in dienst', verplicht: false },
    { veld: 'uit_dienst', label: 'Datum uit dienst', verplicht: false },
    { veld: 'team', label: 'Team', verplicht: false },
    { veld: 'contracturen', label: 'Contracturen per week', verplicht: false },
    { veld: 'leidinggevende_van', label: 'Leidinggevende van team', verplicht: false },
  ],
  teams: [
    { veld: 'naam', label: 'Naam', verplicht: true },
    { veld: 'soort', label: 'Soort (basisteam of directie)', verplicht: false },
    { veld: 'bovenliggend_team', label: 'Bovenliggend team', verplicht: false },
    { veld: 'omschrijving', label: 'Omschrijving', verplicht: false },
  ],
  formatieplaatsen: [
    { veld: 'team', label: 'Team', verplicht: true },
    { veld: 'functie', label: 'Functie', verplicht: true },
    { veld: 'schaal', label: 'Salarisschaal', verplicht: true },
    { veld: 'fte', label: 'Omvang in fte', verplicht: true },
    { veld: 'van', label: 'Ingangsdatum (van)', verplicht: false },
    { veld: 'tot', label: 'Einddatum (tot en met)', verplicht: false },
  ],
};

/** Field -> the file's header text, as the user mapped it (or as suggested). */
export type Koppeling = Partial<Record<ImportVeld, string>>;

/**
 * Header names per field, best first: where a file has two candidates (AFAS "Voornamen" and
 * "Roepnaam"), the earlier synonym wins. Written readably; compared after normaliseKop.
 */
const SYNONIEMEN: Record<ImportSoort, Partial<Record<ImportVeld, readonly string[]>>> = {
  medewerkers: {
    personeelsnummer: [
      'personeelsnummer',
      'persnr',
      'pers nr',
      'personeelsnr',
      'personeels nr',
      'medewerkernummer',
      'medewerkernr',
      'mdw nr',
      'medewerker nummer',
      'werknemernummer',
      'werknemersnummer',
      'werknemernr',
      'registratienummer',
      'employee number',
      'employee id',
      'employee no',
      'emp no',
      'staff number',
      'personnel number',
      // AFAS names the employee's code just "Medewerker"; last, so a real number column wins.
      'medewerker',
      'werknemer',
    ],
    voornaam: [
      'roepnaam',
      'voornaam',
      'voornaam roepnaam',
      'first name',
      'firstname',
      'given name',
      'voornamen',
    ],
    tussenvoegsel: [
      'tussenvoegsel',
      'tussenvoegsels',
      'voorvoegsel',
      'voorvoegsels',
      'voorv',
      'tussenv',
      'prefix',
      'infix',
      'name prefix',
    ],
    achternaam: [
      'achternaam',
      'geboortenaam',
      'geslachtsnaam',
      'last name',
      'lastname',
      'surname',
      'family name',
      'naam',
    ],
    e_mail: [
      'e-mail',
      'e-mailadres',
      'e-mail werk',
      'e-mailadres werk',
      'zakelijk e-mailadres',
      'e-mail zakelijk',
      'werk e-mail',
      'email work',
      'work email',
      'business email',
      'mail',
      'mailadres',
    ],
    functie: [
      'functie',
      'functienaam',
      'functie omschrijving',
      'functieomschrijving',
      'omschrijving functie',
      'job title',
      'job',
      'position',
      'title',
    ],
    schaal: [
      'schaal',
      'salarisschaal',
      'functieschaal',
      'salaris schaal',
      'scale',
      'salary scale',
      'grade',
      'pay grade',
    ],
    trede: ['trede', 'salaristrede', 'periodiek', 'step', 'salary step'],
    in_dienst: [
      'datum in dienst',
      'in dienst',
      'indiensttreding',
      'datum indiensttreding',
      'in dienst per',
      'begindatum dienstverband',
      'begin dienstverband',
      'ingangsdatum dienstverband',
      'startdatum dienstverband',
      'start dienstverband',
      'hire date',
      'date of hire',
      'start date',
      'employment start date',
      'startdatum',
      'begindatum',
    ],
    uit_dienst: [
      'datum uit dienst',
      'uit dienst',
      'uitdiensttreding',
      'datum uitdiensttreding',
      'uit dienst per',
      'einddatum dienstverband',
      'einde dienstverband',
      'termination date',
      'end date',
      'leave date',
      'employment end date',
      'einddatum',
    ],
    team: [
      'team',
      'teamnaam',
      'team naam',
      'afdeling',
      'afdelingsnaam',
      'naam afdeling',
      'organisatorische eenheid',
      'organisatie eenheid',
      'org eenheid',
      'oe',
      'department',
      'unit',
      'organisational unit',
      'organizational unit',
    ],
    contracturen: [
      'contracturen',
      'contract uren',
      'uren per week',
      'contracturen per week',
      'arbeidsduur',
      'arbeidsduur per week',
      'uren pw',
      'uren p w',
      'weekuren',
      'aantal uren',
      'aantal uren per week',
      'uren',
      'hours per week',
      'contract hours',
      'weekly hours',
      'hours',
    ],
    leidinggevende_van: [
      'leidinggevende van',
      'leidinggevende van team',
      'leidinggevende van afdeling',
      'leidt team',
      'leidt',
      'teamleider van',
      'manager van',
      'manager of',
      'manages',
      'head of',
    ],
  },
  teams: {
    naam: [
      'naam',
      'teamnaam',
      'team naam',
      'team',
      'afdelingsnaam',
      'naam afdeling',
      'afdeling',
      'organisatorische eenheid',
      'naam organisatorische eenheid',
      'organisatie eenheid',
      'oe',
      'name',
      'team name',
      'department',
      'unit',
    ],
    soort: ['soort', 'soort team', 'teamsoort', 'type', 'team type', 'kind'],
    bovenliggend_team: [
      'bovenliggend team',
      'bovenliggende afdeling',
      'bovenliggende eenheid',
      'bovenliggend',
      'valt onder',
      'hoort bij',
      'hoofdafdeling',
      'directie',
      'parent',
      'parent team',
      'parent department',
      'parent unit',
    ],
    omschrijving: ['omschrijving', 'beschrijving', 'toelichting', 'description', 'opmerking'],
  },
  formatieplaatsen: {
    team: [
      'team',
      'teamnaam',
      'team naam',
      'afdeling',
      'afdelingsnaam',
      'naam afdeling',
      'organisatorische eenheid',
      'organisatie eenheid',
      'org eenheid',
      'oe',
      'department',
      'unit',
    ],
    functie: [
      'functie',
      'functienaam',
      'functie naam',
      'functieomschrijving',
      'functie omschrijving',
      'omschrijving functie',
      'formatieplaats',
      'job title',
      'position',
      'job',
    ],
    schaal: [
      'schaal',
      'salarisschaal',
      'functieschaal',
      'salaris schaal',
      'max schaal',
      'scale',
      'salary scale',
      'grade',
      'pay grade',
    ],
    fte: [
      'fte',
      'aantal fte',
      'omvang fte',
      'fte formatie',
      'formatie fte',
      'begrote fte',
      'fte begroot',
      'formatie',
      'omvang',
      'fte budget',
      'budgeted fte',
    ],
    van: [
      'van',
      'ingangsdatum',
      'datum ingang',
      'geldig vanaf',
      'vanaf',
      'begindatum',
      'startdatum',
      'valid from',
      'start date',
      'effective date',
    ],
    tot: [
      'tot',
      'tot en met',
      'einddatum',
      'datum einde',
      'geldig tot',
      'geldig tot en met',
      'end date',
      'valid until',
      'valid to',
    ],
  },
};

/**
 * A header name as compared: lower case, accents off, and everything but letters and digits
 * dropped, so "Pers.nr.", "pers_nr", "PERS NR" and "Persnr" are one name, as are "E-mail" and "Email".
 */
export function normaliseKop(kop: string): string {
  return kop
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The suggested mapping of a file's header names to Wendbaar's fields: each field gets the header
 * matching its best synonym, each header at most one field. Candidates are handed out best first
 * (by synonym rank, then field order), so one header matching two fields goes where it fits best.
 */
export function stelKoppelingVoor(soort: ImportSoort, koppen: string[]): Koppeling {
  const velden = VELDEN[soort].map((v) => v.veld);
  const kandidaten: { veld: ImportVeld; kop: string; rang: number; veldIndex: number; kopIndex: number }[] =
    [];
  const genormaliseerd = koppen.map(normaliseKop);
  velden.forEach((veld, veldIndex) => {
    const lijst = (SYNONIEMEN[soort][veld] ?? []).map(normaliseKop);
    genormaliseerd.forEach((n, kopIndex) => {
      if (n === '') return;
      const rang = lijst.indexOf(n);
      if (rang >= 0) kandidaten.push({ veld, kop: koppen[kopIndex] as string, rang, veldIndex, kopIndex });
    });
  });
  kandidaten.sort((a, b) => a.rang - b.rang || a.veldIndex - b.veldIndex || a.kopIndex - b.kopIndex);
  const koppeling: Koppeling = {};
  const gebruikt = new Set<number>();
  for (const k of kandidaten) {
    if (koppeling[k.veld] !== undefined || gebruikt.has(k.kopIndex)) continue;
    koppeling[k.veld] = k.kop;
    gebruikt.add(k.kopIndex);
  }
  return koppeling;
}

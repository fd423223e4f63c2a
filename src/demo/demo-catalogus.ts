/**
 * The fixed ingredients of the demo municipality: basisteams with their functies and Cao Gemeenten
 * schalen, and the expertise catalogue. Kept apart from the generator so the generator reads as
 * an algorithm and this file as the organisation it draws from.
 */

export type ExpertiseCategorie =
  | 'Juridisch'
  | 'Ruimte'
  | 'Sociaal'
  | 'Financieel'
  | 'Digitaal'
  | 'Projectmatig werken'
  | 'Communicatie'
  | 'Data';

export interface FunctieSjabloon {
  functie: string;
  schaal: readonly [min: number, max: number];
  /** Relative share of this functie within its team. */
  gewicht: number;
}

export interface BasisteamSjabloon {
  naam: string;
  omschrijving: string;
  /** Relative team size: a buitendienst is larger than a communicatieteam. */
  gewicht: number;
  functies: readonly FunctieSjabloon[];
  /** Expertise categories staff of this team usually have. */
  categorieen: readonly ExpertiseCategorie[];
}

const f = (functie: string, min: number, max: number, gewicht = 1): FunctieSjabloon => ({
  functie,
  schaal: [min, max],
  gewicht,
});

/**
 * The 21 basisteams, ordered so that neighbours make a sensible pair for one teamleider (the
 * generator gives teamleider i the teams 2i and 2i+1, and the last teamleider the odd one out).
 */
export const basisteamSjablonen: readonly BasisteamSjabloon[] = [
  {
    naam: 'Publiekszaken',
    omschrijving: 'Burgerzaken, reisdocumenten, rijbewijzen en de basisregistratie personen.',
    gewicht: 1.3,
    functies: [
      f('Medewerker burgerzaken', 7, 8, 3),
      f('Specialist burgerzaken', 9, 9),
      f('Medewerker basisregistratie personen', 8, 8),
    ],
    categorieen: ['Juridisch', 'Communicatie', 'Digitaal'],
  },
  {
    naam: 'Klantcontactcentrum',
    omschrijving: 'Telefoon, balie, chat en e-mail: het eerste contact van inwoners en ondernemers.',
    gewicht: 1,
    functies: [
      f('Klantcontactmedewerker', 6, 7, 4),
      f('Senior klantcontactmedewerker', 8, 8),
      f('Coördinator klantcontact', 9, 9, 0.5),
    ],
    categorieen: ['Communicatie', 'Digitaal', 'Sociaal'],
  },
  {
    naam: 'Vergunningen',
    omschrijving: 'Omgevingsvergunningen, evenementen, APV- en bijzondere wetten vergunningen.',
    gewicht: 1.1,
    functies: [
      f('Vergunningverlener', 8, 10, 3),
      f('Adviseur omgevingsrecht', 10, 11),
      f('Juridisch medewerker', 8, 9),
    ],
    categorieen: ['Juridisch', 'Ruimte'],
  },
  {
    naam: 'Toezicht en Handhaving',
    omschrijving: 'Toezicht op bouwen, milieu en openbare orde, en handhaving waar nodig.',
    gewicht: 1.1,
    functies: [f('Toezichthouder', 8, 9, 3), f('Boa', 7, 8, 2), f('Jurist handhaving', 10, 11)],
    categorieen: ['Juridisch', 'Ruimte'],
  },
  {
    naam: 'Ruimtelijke Ontwikkeling',
    omschrijving: 'Omgevingsvisie, omgevingsplan en ruimtelijke initiatieven.',
    gewicht: 1,
    functies: [
      f('Beleidsmedewerker ruimtelijke ordening', 10, 11, 2),
      f('Stedenbouwkundige', 11, 11),
      f('Projectleider', 11, 12),
      f('Adviseur Omgevingswet', 11, 11),
    ],
    categorieen: ['Ruimte', 'Projectmatig werken', 'Juridisch'],
  },
  {
    naam: 'Wonen en Economie',
    omschrijving: 'Woningbouwprogramma, huisvesting, bedrijven en recreatie.',
    gewicht: 0.6,
    functies: [
      f('Beleidsmedewerker wonen', 10, 11),
      f('Beleidsmedewerker economie', 10, 11),
      f('Accountmanager bedrijven', 10, 10),
    ],
    categorieen: ['Ruimte', 'Sociaal', 'Communicatie'],
  },
  {
    naam: 'Sociaal Domein Toegang',
    omschrijving: 'Toegang tot Wmo, jeugdhulp en ondersteuning voor inwoners.',
    gewicht: 1.4,
    functies: [f('Consulent Wmo', 9, 9, 2), f('Jeugdconsulent', 9, 10, 2), f('Medewerker toegang', 8, 8)],
    categorieen: ['Sociaal', 'Juridisch'],
  },
  {
    naam: 'Werk en Inkomen',
    omschrijving: 'Participatiewet, uitkeringen, re-integratie en schuldhulpverlening.',
    gewicht: 1.3,
    functies: [
      f('Klantmanager werk en inkomen', 9, 9, 2),
      f('Inkomensconsulent', 8, 9, 2),
      f('Werkcoach', 9, 9),
      f('Schuldhulpverlener', 9, 9),
    ],
    categorieen: ['Sociaal', 'Financieel'],
  },
  {
    naam: 'Jeugd en Onderwijs',
    omschrijving: 'Jeugdbeleid, onderwijshuisvesting, leerplicht en kinderopvang.',
    gewicht: 0.8,
    functies: [
      f('Beleidsmedewerker jeugd', 10, 11),
      f('Leerplichtambtenaar', 9, 10),
      f('Beleidsmedewerker onderwijs', 10, 10),
    ],
    categorieen: ['Sociaal', 'Data'],
  },
  {
    naam: 'Maatschappelijke Ondersteuning',
    omschrijving: 'Beleid en inkoop voor Wmo, gezondheid en welzijn.',
    gewicht: 0.7,
    functies: [
      f('Beleidsmedewerker Wmo', 10, 11),
      f('Contractmanager zorg', 10, 11),
      f('Beleidsmedewerker gezondheid', 10, 10),
    ],
    categorieen: ['Sociaal', 'Financieel'],
  },
  {
    naam: 'Financiën',
    omschrijving: 'Begroting, P&C-cyclus, financiële administratie en control.',
    gewicht: 1,
    functies: [
      f('Financieel adviseur', 10, 11, 2),
      f('Medewerker financiële administratie', 7, 8, 2),
      f('Controller', 11, 12),
      f('Begrotingsmedewerker', 9, 9),
    ],
    categorieen: ['Financieel', 'Data'],
  },
  {
    naam: 'Belastingen',
    omschrijving: 'Lokale heffingen, WOZ-waardering en invordering.',
    gewicht: 0.8,
    functies: [
      f('Medewerker belastingen', 7, 8, 2),
      f('Taxateur WOZ', 9, 10),
      f('Medewerker invordering', 7, 7),
    ],
    categorieen: ['Financieel', 'Juridisch', 'Data'],
  },
  {
    naam: 'Informatievoorziening',
    omschrijving: 'Informatiebeheer, privacy, archief en datagedreven werken.',
    gewicht: 1,
    functies: [
      f('Informatieadviseur', 10, 11, 2),
      f('Medewerker documentaire informatievoorziening', 6, 7, 2),
      f('Privacy officer', 11, 11, 0.5),
      f('Data-analist', 10, 10),
    ],
    categorieen: ['Digitaal', 'Data', 'Juridisch'],
  },
  {
    naam: 'ICT en Digitale Dienstverlening',
    omschrijving: 'Werkplek, applicaties, servicedesk en online dienstverlening.',
    gewicht: 1,
    functies: [
      f('Applicatiebeheerder', 8, 9, 2),
      f('Systeembeheerder', 8, 9),
      f('Adviseur digitale dienstverlening', 10, 10),
      f('Servicedeskmedewerker', 6, 7),
    ],
    categorieen: ['Digitaal', 'Data'],
  },
  {
    naam: 'Openbare Ruimte',
    omschrijving: 'Beleid, beheer en onderhoud van wegen, groen, riolering en verlichting.',
    gewicht: 1,
    functies: [
      f('Beheerder openbare ruimte', 9, 10, 2),
      f('Beleidsmedewerker openbare ruimte', 10, 10),
      f('Projectleider civiel', 10, 11),
      f('Werkvoorbereider', 8, 9),
    ],
    categorieen: ['Ruimte', 'Projectmatig werken'],
  },
  {
    naam: 'Buitendienst',
    omschrijving: 'Dagelijks onderhoud van de openbare ruimte, begraafplaatsen en gladheidbestrijding.',
    gewicht: 1.6,
    functies: [
      f('Medewerker openbare ruimte', 4, 6, 4),
      f('Medewerker groen', 4, 5, 2),
      f('Voorman buitendienst', 7, 8),
    ],
    categorieen: ['Ruimte'],
  },
  {
    naam: 'Vastgoed en Projecten',
    omschrijving: 'Gemeentelijk vastgoed, grondzaken en grote projecten.',
    gewicht: 0.6,
    functies: [f('Projectleider', 11, 12), f('Adviseur vastgoed', 10, 11), f('Projectondersteuner', 7, 8)],
    categorieen: ['Projectmatig werken', 'Financieel', 'Ruimte'],
  },
  {
    naam: 'Duurzaamheid en Milieu',
    omschrijving: 'Energietransitie, klimaatadaptatie, milieu en afval.',
    gewicht: 0.6,
    functies: [
      f('Beleidsmedewerker duurzaamheid', 10, 11),
      f('Adviseur energietransitie', 11, 11),
      f('Medewerker milieu', 9, 9),
    ],
    categorieen: ['Ruimte', 'Projectmatig werken', 'Data'],
  },
  {
    naam: 'Personeel en Organisatie',
    omschrijving: 'Werving, ontwikkeling, salarisadministratie en organisatieadvies.',
    gewicht: 0.7,
    functies: [
      f('Adviseur P&O', 10, 10, 2),
      f('Salarisadministrateur', 7, 8),
      f('Medewerker P&O', 7, 8),
      f('Organisatieadviseur', 11, 11, 0.5),
    ],
    categorieen: ['Sociaal', 'Projectmatig werken', 'Juridisch'],
  },
  {
    naam: 'Juridische Zaken en Inkoop',
    omschrijving: 'Juridisch advies, bezwaar en beroep, aanbesteding en inkoop.',
    gewicht: 0.6,
    functies: [
      f('Jurist', 10, 11, 2),
      f('Inkoopadviseur', 10, 10),
      f('Juridisch adviseur bezwaar en beroep', 10, 11),
    ],
    categorieen: ['Juridisch', 'Financieel'],
  },
  {
    naam: 'Communicatie en Bestuursondersteuning',
    omschrijving: 'Communicatie, woordvoering, bestuursadvies en secretariaat.',
    gewicht: 0.8,
    functies: [
      f('Communicatieadviseur', 10, 11, 2),
      f('Bestuursadviseur', 11, 11),
      f('Managementassistent', 7, 8),
      f('Secretaresse', 6, 6),
    ],
    categorieen: ['Communicatie', 'Projectmatig werken'],
  },
];

/** Wijken used to name extra teams once an organisation outgrows the 21 names above. */
export const wijken = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Midden'] as const;

export const directieTeam = {
  naam: 'Directie',
  omschrijving: 'Gemeentesecretaris, directeur en teamleiders: sturing op de robuuste en de wendbare kant.',
} as const;

export const leidinggevendeFuncties = {
  gemeentesecretaris: f('Gemeentesecretaris / algemeen directeur', 16, 16),
  directeur: f('Directeur', 14, 15),
  teamleider: f('Teamleider', 11, 12),
} as const;

/** Categories leads usually bring: steering work rather than a specialism. */
export const leidinggevendeCategorieen: readonly ExpertiseCategorie[] = [
  'Projectmatig werken',
  'Communicatie',
  'Financieel',
];

export const expertiseCatalogus: Readonly<Record<ExpertiseCategorie, readonly string[]>> = {
  Juridisch: [
    'Omgevingsrecht',
    'Bestuursrecht (Awb)',
    'Privacy en AVG',
    'Aanbestedingsrecht',
    'Bezwaar en beroep',
  ],
  Ruimte: [
    'Omgevingswet',
    'Ruimtelijke ordening',
    'Stedenbouw',
    'Mobiliteit en verkeer',
    'Beheer openbare ruimte',
  ],
  Sociaal: ['Wmo', 'Jeugdhulp', 'Participatiewet', 'Schuldhulpverlening', 'Onderwijs en leerplicht'],
  Financieel: [
    'Begroting en P&C-cyclus',
    'Financiële administratie',
    'Lokale belastingen',
    'Subsidies',
    'Grondexploitatie',
  ],
  Digitaal: [
    'Applicatiebeheer',
    'Informatiebeveiliging',
    'Digitale dienstverlening',
    'Zaakgericht werken',
    'Common Ground',
  ],
  'Projectmatig werken': [
    'Projectmanagement',
    'Programmamanagement',
    'Procesregie',
    'Verandermanagement',
    'Scrum en agile werken',
  ],
  Communicatie: [
    'Woordvoering',
    'Participatie en inwonersbetrokkenheid',
    'Schrijven op B1-niveau',
    'Online communicatie',
    'Stakeholdermanagement',
  ],
  Data: ['Data-analyse', 'Datavisualisatie', 'GIS', 'Monitoring en evaluatie', 'Onderzoek en statistiek'],
};

/** Contract hours per week and how often they occur; the mix averages about 30 hours. */
export const contracturenVerdeling: readonly { uren: number; gewicht: number }[] = [
  { uren: 36, gewicht: 35 },
  { uren: 32, gewicht: 25 },
  { uren: 28, gewicht: 15 },
  { uren: 24, gewicht: 12 },
  { uren: 20, gewicht: 8 },
  { uren: 16, gewicht: 5 },
];

/**
 * The regular work of the demo municipality: the programme budget's policy goals, and for every
 * basisteam the result goals it works on, each serving a policy goal of its own subject. Kept as
 * data, apart from the loader, so the demo consistency test (demo-samenhang.int.test.ts) can check
 * the loaded demo against the same story.
 */

export type BeleidsdoelSleutel =
  | 'woningen'
  | 'vergunningen'
  | 'leefomgeving'
  | 'openbareRuimte'
  | 'klimaat'
  | 'jeugd'
  | 'schulden'
  | 'werk'
  | 'ondersteuning'
  | 'werkgever'
  | 'dienstverlening'
  | 'financien'
  | 'informatie';

export interface DemoBegrotingsprogramma {
  code: string;
  naam: string;
  beleidsdoelen: readonly { sleutel: BeleidsdoelSleutel; naam: string }[];
}

/** The programme budget: three programmes, each with the policy goals the teams' work serves. */
export const demoBegroting: readonly DemoBegrotingsprogramma[] = [
  {
    code: 'P1',
    naam: 'Wonen en leefomgeving',
    beleidsdoelen: [
      { sleutel: 'woningen', naam: 'Meer betaalbare woningen' },
      { sleutel: 'vergunningen', naam: 'Snellere vergunningverlening' },
      { sleutel: 'leefomgeving', naam: 'Een veilige leefomgeving waarin regels worden nageleefd' },
      { sleutel: 'openbareRuimte', naam: 'Een schone, hele en veilige openbare ruimte' },
      { sleutel: 'klimaat', naam: 'Een klimaatneutrale en klimaatbestendige gemeente' },
    ],
  },
  {
    code: 'P2',
    naam: 'Sociaal domein',
    beleidsdoelen: [
      { sleutel: 'jeugd', naam: 'Passende jeugdhulp dichtbij' },
      { sleutel: 'schulden', naam: 'Minder mensen met problematische schulden' },
      { sleutel: 'werk', naam: 'Meer inwoners aan het werk' },
      { sleutel: 'ondersteuning', naam: 'Langer zelfstandig thuis met passende ondersteuning' },
    ],
  },
  {
    code: 'P3',
    naam: 'Bedrijfsvoering',
    beleidsdoelen: [
      { sleutel: 'werkgever', naam: 'Een wendbare, aantrekkelijke werkgever' },
      { sleutel: 'dienstverlening', naam: 'Dienstverlening die inwoners waarderen' },
      { sleutel: 'financien', naam: 'Een sluitende en transparante begroting' },
      { sleutel: 'informatie', naam: 'Betrouwbare en veilige informatievoorziening' },
    ],
  },
];

export interface DemoDoel {
  titel: string;
  /** Share of the team's planned hours for the quarter. */
  aandeel: number;
  beleidsdoel: BeleidsdoelSleutel;
  indicator?: { naam: string; doelwaarde: number; eenheid: string };
}

const doel = (
  titel: string,
  aandeel: number,
  beleidsdoel: BeleidsdoelSleutel,
  indicator?: DemoDoel['indicator'],
): DemoDoel => ({ titel, aandeel, beleidsdoel, ...(indicator ? { indicator } : {}) });

/** Per basisteam (by the name of its template, see demo-catalogus.ts) its result goals, first first. */
export const demoTeamwerk: Readonly<Record<string, readonly DemoDoel[]>> = {
  Publiekszaken: [
    doel('Reisdocumenten binnen vijf werkdagen', 0.6, 'dienstverlening', {
      naam: 'Percentage binnen vijf werkdagen',
      doelwaarde: 95,
      eenheid: '%',
    }),
    doel('Kwaliteit van de basisregistratie personen op orde', 0.4, 'informatie'),
  ],
  Klantcontactcentrum: [
    doel('Klanttevredenheid boven de 7', 0.55, 'dienstverlening', {
      naam: 'Gemiddeld rapportcijfer',
      doelwaarde: 7.5,
      eenheid: 'cijfer',
    }),
    doel('Vier op de vijf vragen in het eerste contact beantwoord', 0.45, 'dienstverlening'),
  ],
  Vergunningen: [
    doel('Doorlooptijd aanvragen naar acht weken', 0.5, 'vergunningen', {
      naam: 'Percentage binnen de norm',
      doelwaarde: 90,
      eenheid: '%',
    }),
    doel('Achterstand vergunningdossiers wegwerken', 0.3, 'vergunningen'),
    doel('Werkwijze onder de Omgevingswet vastleggen', 0.2, 'vergunningen'),
  ],
  'Toezicht en Handhaving': [
    doel('Risicogericht toezicht op bouwwerken', 0.6, 'leefomgeving'),
    doel('Handhavingsverzoeken binnen de termijn beslist', 0.4, 'leefomgeving'),
  ],
  'Ruimtelijke Ontwikkeling': [
    doel('Woningbouwlocaties planologisch voorbereiden', 0.6, 'woningen'),
    doel('Eerste tranche van het omgevingsplan', 0.4, 'vergunningen'),
  ],
  'Wonen en Economie': [
    doel('Prestatieafspraken met de woningcorporatie', 0.5, 'woningen'),
    doel('Starterswoningen in de woningbouwprogrammering', 0.5, 'woningen'),
  ],
  'Sociaal Domein Toegang': [
    doel('Meldingen binnen vier weken afgehandeld', 0.6, 'ondersteuning', {
      naam: 'Percentage binnen vier weken',
      doelwaarde: 85,
      eenheid: '%',
    }),
    doel('Vroegsignalering van betalingsachterstanden', 0.4, 'schulden'),
  ],
  'Werk en Inkomen': [
    doel('Uitkeringen tijdig en rechtmatig verstrekt', 0.45, 'werk'),
    doel('Meer uitstroom naar betaald werk', 0.35, 'werk'),
    doel('Schuldhulp binnen drie weken gestart', 0.2, 'schulden'),
  ],
  'Jeugd en Onderwijs': [
    doel('Wachttijd jeugdhulp verkorten', 0.6, 'jeugd', {
      naam: 'Gemiddelde wachttijd',
      doelwaarde: 6,
      eenheid: 'weken',
    }),
    doel('Verzuim en thuiszitters terugdringen', 0.4, 'jeugd'),
  ],
  'Maatschappelijke Ondersteuning': [
    doel('Wmo-voorzieningen binnen de wettelijke termijn', 0.6, 'ondersteuning'),
    doel('Mantelzorgers beter ondersteunen', 0.4, 'ondersteuning'),
  ],
  Financiën: [
    doel('Begroting en jaarstukken op tijd en goedgekeurd', 0.6, 'financien'),
    doel('Rechtmatigheidsverantwoording opstellen', 0.4, 'financien'),
  ],
  Belastingen: [
    doel('Aanslagen gemeentelijke belastingen op tijd verzonden', 0.55, 'financien'),
    doel('WOZ-bezwaren binnen de termijn afgehandeld', 0.45, 'financien'),
  ],
  Informatievoorziening: [
    doel('Archief op orde voor de nieuwe Archiefwet', 0.55, 'informatie'),
    doel('Verwerkingsregister AVG actueel', 0.45, 'informatie'),
  ],
  'ICT en Digitale Dienstverlening': [
    doel('Werkplekken vervangen', 0.5, 'informatie'),
    doel('Meer producten digitaal aan te vragen', 0.5, 'dienstverlening'),
  ],
  'Openbare Ruimte': [
    doel('Beheerplan wegen uitvoeren', 0.5, 'openbareRuimte'),
    doel('Klimaatadaptatie in het rioleringsplan', 0.5, 'klimaat'),
  ],
  Buitendienst: [
    doel('Groenonderhoud op beeldkwaliteit B', 0.55, 'openbareRuimte'),
    doel('Meldingen openbare ruimte binnen vijf werkdagen opgelost', 0.45, 'openbareRuimte'),
  ],
  'Vastgoed en Projecten': [
    doel('Gemeentelijk vastgoed verduurzamen', 0.5, 'klimaat'),
    doel('Grondexploitaties actualiseren', 0.5, 'financien'),
  ],
  'Duurzaamheid en Milieu': [
    doel('Energieloket voor inwoners en ondernemers', 0.5, 'klimaat'),
    doel('Minder restafval per inwoner', 0.5, 'klimaat'),
  ],
  'Personeel en Organisatie': [
    doel('Verzuim onder de vijf procent', 0.5, 'werkgever', {
      naam: 'Verzuimpercentage',
      doelwaarde: 5,
      eenheid: '%',
    }),
    doel('Vacatures binnen drie maanden vervuld', 0.5, 'werkgever'),
  ],
  'Juridische Zaken en Inkoop': [
    doel('Bezwaren binnen de wettelijke termijn beslist', 0.55, 'dienstverlening'),
    doel('Inkoop rechtmatig en duurzaam', 0.45, 'financien'),
  ],
  'Communicatie en Bestuursondersteuning': [
    doel('Brieven in begrijpelijke taal (B1)', 0.5, 'dienstverlening'),
    doel('Collegestukken tijdig en zorgvuldig', 0.5, 'dienstverlening'),
  ],
};

/** The result goals of a team by its name; teams beyond the 21 ("Publiekszaken Noord") share their template's. */
export function teamwerkVan(teamnaam: string): readonly DemoDoel[] {
  const sjabloon = Object.keys(demoTeamwerk)
    .filter((naam) => teamnaam === naam || teamnaam.startsWith(`${naam} `))
    .sort((a, b) => b.length - a.length)[0];
  return sjabloon ? demoTeamwerk[sjabloon]! : [];
}

/**
 * The share of a team's productive capacity its result goals ask for in a quarter: as a
 * municipality's regular work does, most of it — between 75 % and 90 %, different per team and a
 * little per quarter — so the werkdruk heatmap (issue 14) shows real pressure, not "0 %".
 */
const werkdrukken = [0.9, 0.78, 0.85, 0.76, 0.82, 0.88, 0.8, 0.84, 0.75, 0.87, 0.83] as const;
export function werkdrukVan(teamIndex: number, kwartaalVerschuiving = 0): number {
  const n = werkdrukken.length;
  return werkdrukken[(((teamIndex + kwartaalVerschuiving) % n) + n) % n]!;
}

/**
 * The over-pressed teams (issue 14, item 7): by template name, the share of capacity their goals
 * ask for in the quarters around the demo's date (0 = this quarter, -1 the one before, …). Above 1
 * the team is over capacity: the werkdruksignaal turns red from 110 % and amber from 95 %, so the
 * directie's first page names these teams. Chosen where a municipality's pressure usually is:
 * permits (the Omgevingswet backlog), youth care waiting lists, the social domain's front door,
 * and the contact centre after a busy season.
 */
export const overbelasteTeams: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  Vergunningen: { [-3]: 0.96, [-2]: 1.05, [-1]: 1.12, 0: 1.18, 1: 1.1 },
  'Jeugd en Onderwijs': { [-4]: 1.1, [-1]: 0.98, 0: 1.14, 1: 1.2 },
  'Sociaal Domein Toegang': { [-1]: 1.08, 0: 1.12 },
  Klantcontactcentrum: { [-4]: 1.12, [-2]: 1.15, 0: 1.04 },
};

/** The share of capacity of a team's goals in the quarter `verschuiving` away from the demo's. */
export function vraagAandeel(teamnaam: string, teamIndex: number, verschuiving: number): number {
  return overbelasteTeams[teamnaam]?.[verschuiving] ?? werkdrukVan(teamIndex, verschuiving);
}

/**
 * The subject of every agile dossier in the demo, as words its texts use and no other dossier's
 * text may: the consistency test checks that a dossier's texts mention no other dossier's subject.
 */
export const dossierOnderwerpen: Readonly<Record<string, readonly string[]>> = {
  energie: ['energie', 'aardgas', 'warmte', 'stroomnet', 'netbeheer', 'zonne', 'wind', 'netcongestie'],
  jeugd: ['jeugd', 'kind', 'gezin', 'uithuisplaatsing', 'crisisplaats', 'school'],
};

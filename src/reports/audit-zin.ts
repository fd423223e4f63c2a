/**
 * The audit log in plain language: one record (route, object, result) becomes a sentence a
 * beheerder reads without knowing the API, e.g. "Yuna van Wijk stemde in met inzetverzoek
 * ‘Jeugdzorg Q1’ van Sophia Jacobs", and a link to the object's page in the web app. Pure: the
 * names come from one lookup by the caller (`ObjectNaam`, keyed by `objectSleutel`). The kinds of
 * events are one table (`GEBEURTENISSEN`); a route not in it gets a generic sentence from its
 * method, so no record is ever shown as a bare route.
 */
export interface AuditGebeurtenis {
  actor: string;
  actorNaam: string | null;
  actie: string;
  objectType: string | null;
  objectId: string | null;
  resultaat: 'gelukt' | 'geweigerd' | 'mislukt';
  aantalPersonen?: number | null;
}

/** What the lookup found of an object: its name, and for a request the person it concerns. */
export interface ObjectNaam {
  naam: string;
  van?: string | null;
}

export const objectSleutel = (type: string, id: string) => `${type}:${id}`;

/** `{object}` is the object as a phrase ("inzetverzoek ‘X’ van Y"); `{aantal}` the people a bulk read named. */
export const GEBEURTENISSEN: Readonly<Record<string, string>> = {
  'POST /sessies': 'logde in',
  'DELETE /sessies/huidig': 'logde uit',
  'DELETE /sessies': 'logde overal uit',
  'POST /sessies/huidig/totp-verificaties': 'voltooide de tweestapsverificatie',
  'POST /accounts/huidig/wachtwoorden': 'wijzigde het eigen wachtwoord',
  'GET /accounts/huidig/persoonsgegevens': 'bekeek de eigen persoonsgegevens',
  'POST /accounts': 'maakte {object} aan',
  'PATCH /accounts/{accountId}': 'wijzigde {object}',
  'GET /accounts/{accountId}': 'bekeek {object}',
  'GET /accounts': 'bekeek de lijst van accounts ({aantal})',
  'POST /accounts/{accountId}/wachtwoord-resets': 'zette het wachtwoord van {object} terug',
  'POST /accounts/{accountId}/totp-resets': 'zette de tweestapsverificatie van {object} terug',
  'GET /auditregels': 'bekeek het auditlog',
  'GET /auditregels/verificatie': 'controleerde de hashketen van het auditlog',
  'POST /medewerkers/{medewerkerId}/anonimiseringen': 'anonimiseerde {object}',
  'PATCH /instellingen': 'wijzigde de instellingen',
  'POST /medewerkers': 'nam {object} in dienst',
  'GET /medewerkers': 'bekeek de lijst van medewerkers ({aantal})',
  'GET /medewerkers/{medewerkerId}': 'bekeek de gegevens van {object}',
  'PATCH /medewerkers/{medewerkerId}': 'wijzigde de gegevens van {object}',
  'POST /medewerkers/{medewerkerId}/contracturen': 'legde nieuwe contracturen vast voor {object}',
  'POST /medewerkers/{medewerkerId}/teamlidmaatschappen': 'plaatste {object} in een team',
  'POST /medewerkers/{medewerkerId}/expertises': 'voegde een expertise toe aan {object}',
  'PUT /medewerkers/{medewerkerId}/afwezigheid/{week}': 'legde afwezigheid vast voor {object}',
  'POST /teams': 'maakte {object} aan',
  'PATCH /teams/{teamId}': 'wijzigde {object}',
  'POST /teams/{teamId}/leidinggevenden': 'legde een leidinggevende vast voor {object}',
  'PUT /teams/{teamId}/reservering': 'stelde de reservering van {object} in',
  'GET /teams/{teamId}/beschikbaarheid': 'bekeek de beschikbaarheid van {object} ({aantal})',
  'POST /opgaven': 'maakte {object} aan',
  'PATCH /opgaven/{opgaveId}': 'wijzigde {object}',
  'POST /opgaven/{opgaveId}/overgangen': 'zette {object} in een volgende fase',
  'PUT /opgaven/{opgaveId}/rolbepaling': 'legde de rolbepaling van {object} vast',
  'POST /opgaven/{opgaveId}/rolbepaling/bevestigingen': 'bevestigde de rolbepaling van {object}',
  'POST /bestuursopdrachten': 'maakte {object} aan',
  'PATCH /bestuursopdrachten/{bestuursopdrachtId}': 'wijzigde {object}',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/overgangen': 'zette {object} in een volgende fase',
  'POST /bestuursopdrachten/{bestuursopdrachtId}/besluiten': 'legde het collegebesluit over {object} vast',
  'POST /capaciteitsvragen/{capaciteitsvraagId}/inzetverzoeken': 'vroeg {object} aan',
  'GET /inzetverzoeken': 'bekeek de lijst van inzetverzoeken ({aantal})',
  'GET /inzetverzoeken/{inzetverzoekId}': 'bekeek {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/instemmingen': 'stemde in met {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/afwijzingen': 'wees {object} af',
  'POST /inzetverzoeken/{inzetverzoekId}/tegenvoorstellen': 'deed een tegenvoorstel op {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/aanvaardingen': 'aanvaardde het tegenvoorstel op {object}',
  'POST /inzetverzoeken/{inzetverzoekId}/intrekkingen': 'trok {object} in',
  'POST /verdeelvoorstellen': 'startte {object}',
  'POST /verdeelvoorstellen/{verdeelvoorstelId}/inzetverzoeken': 'zette {object} om in inzetverzoeken',
};

/** How an object type reads in a sentence. */
const SOORT_NAAM: Readonly<Record<string, string>> = {
  account: 'account',
  medewerker: 'medewerker',
  team: 'team',
  opgave: 'opgave',
  bestuursopdracht: 'bestuursopdracht',
  ambitie: 'bestuurlijke ambitie',
  inzetverzoek: 'inzetverzoek',
  capaciteitsvraag: 'capaciteitsvraag',
  resultaatdoel: 'resultaatdoel',
  programma: 'programma',
  expertise: 'expertise',
  verdeelvoorstel: 'verdeelvoorstel',
  teamlidmaatschap: 'teamlidmaatschap',
  leiderschap: 'leidinggevende',
};

/** People are named as themselves; things as their kind and title. */
const PERSONEN = new Set(['medewerker', 'account']);

/** Where an object lives in the web app (only for objects the lookup found). */
const PAGINA: Readonly<Record<string, (id: string) => string>> = {
  medewerker: (id) => `/medewerkers/${id}`,
  account: (id) => `/beheer/accounts/${id}`,
  team: (id) => `/teams/${id}`,
  opgave: (id) => `/wendbaar/opgaven/${id}`,
  bestuursopdracht: (id) => `/wendbaar/bestuursopdrachten/${id}`,
  ambitie: (id) => `/wendbaar/ambities/${id}`,
  resultaatdoel: (id) => `/resultaatdoelen/${id}`,
  inzetverzoek: () => '/inzetverzoeken',
  capaciteitsvraag: (id) => `/wendbaar/capaciteitsvragen/${id}/kandidaten`,
  verdeelvoorstel: (id) => `/wendbaar/verdeelvoorstellen/${id}`,
};

/** The generic verb of a route not in the table, by its method. */
const WERKWOORD: Readonly<Record<string, string>> = {
  GET: 'bekeek',
  POST: 'voegde iets toe aan',
  PUT: 'legde vast:',
  PATCH: 'wijzigde',
  DELETE: 'verwijderde iets van',
};

function objectFrase(r: AuditGebeurtenis, namen: ReadonlyMap<string, ObjectNaam>): string | null {
  if (!r.objectType) return null;
  const soort = SOORT_NAAM[r.objectType] ?? r.objectType;
  const gevonden = r.objectId ? namen.get(objectSleutel(r.objectType, r.objectId)) : undefined;
  if (!gevonden) return r.objectId ? `${soort} ${r.objectId}` : soort;
  if (PERSONEN.has(r.objectType)) return gevonden.naam;
  return `${soort} ‘${gevonden.naam}’${gevonden.van ? ` van ${gevonden.van}` : ''}`;
}

/** The route's resource in words, for a generic sentence without an object: `/teams/{teamId}/leden` → "teams › leden". */
function padFrase(actie: string): string {
  const pad = actie.split(' ')[1] ?? actie;
  return pad
    .split('/')
    .filter((deel) => deel && !deel.startsWith('{'))
    .join(' › ');
}

const aantalFrase = (n: number | null | undefined) =>
  n === null || n === undefined ? 'aantal personen onbekend' : n === 1 ? '1 persoon' : `${n} personen`;

export function beschrijfAuditregel(
  r: AuditGebeurtenis,
  namen: ReadonlyMap<string, ObjectNaam>,
): { omschrijving: string; link: string | null } {
  const wie = r.actorNaam ?? (r.actor === 'anoniem' ? 'Iemand zonder sessie' : r.actor);
  const object = objectFrase(r, namen);
  const sjabloon = GEBEURTENISSEN[r.actie];
  let wat: string;
  if (sjabloon) {
    wat = sjabloon
      .replace('{object}', object ?? 'een onbekend object')
      .replace('{aantal}', aantalFrase(r.aantalPersonen));
  } else {
    const methode = r.actie.split(' ')[0] ?? '';
    wat = `${WERKWOORD[methode] ?? 'deed iets met'} ${object ?? `‘${padFrase(r.actie)}’`}`;
  }
  const uitkomst =
    r.resultaat === 'geweigerd'
      ? ' (geweigerd: geen toegang)'
      : r.resultaat === 'mislukt'
        ? ' (mislukt)'
        : '';
  const gevonden = r.objectType && r.objectId ? namen.has(objectSleutel(r.objectType, r.objectId)) : false;
  const pagina = r.objectType ? PAGINA[r.objectType] : undefined;
  return {
    omschrijving: `${wie} ${wat}${uitkomst}`,
    link: gevonden && pagina && r.objectId ? pagina(r.objectId) : null,
  };
}

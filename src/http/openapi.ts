import type { OpenAPIV3 } from 'openapi-types';
import { POLICY } from '../access/policy';

export const API_VERSION = '1.12.0';

/** The problem+json schema as the NL API Design Rules linter allows it (extensions are described). */
const PROBLEM_SCHEMA: OpenAPIV3.SchemaObject = {
  type: 'object',
  description:
    'RFC 9457 problem details. Bij ongeldige invoer (400) staat daarnaast `invalidParams`: een lijst van { name, code, reason }, één per probleem; bij 412 `huidigeVersie`.',
  properties: {
    type: { type: 'string', description: 'URN van het soort probleem' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
  },
  required: ['status', 'title', 'detail'],
};

const TAGS: Record<string, string> = {
  Sessies: 'Inloggen, tweestapsverificatie en uitloggen',
  Accounts: 'Accounts en rollen (beheer)',
  Audit: 'Het auditlog (BIO2 8.15.01): zoeken, exporteren en de hashketen controleren',
  Privacy: 'AVG: inzage in eigen gegevens en anonimiseren na de bewaartermijn',
  Organisatie: 'Overzicht, organogram en zoeken',
  Teams: 'Directie en basisteams, hun leden en leidinggevenden',
  Medewerkers: 'Medewerkers en hun dienstverband',
  Contracturen: 'Contracturen per week, in de tijd',
  Teamlidmaatschappen: 'Bij welk team een medewerker hoort, in de tijd',
  'Expertises van medewerkers': 'Expertise, niveau en ambitie per medewerker',
  Expertises: 'De expertisecatalogus',
  Resultaatdoelen: "Begrotingsprogramma's, beleidsdoelen en de geprioriteerde resultaatdoelen van teams",
  Inzet: 'Geplande uren van medewerkers op resultaatdoelen, en de prioriteitslijn',
  Beschikbaarheid: 'Beschikbare uren: contracturen min feestdagen, afwezigheid en het niet-productieve deel',
  "Programma's": "Programma's die opgaven en bestuursopdrachten bundelen onder een programmaregisseur",
  Opgaven:
    'Strategische en complexe opgaven: signalering, verkenning, rolbepaling, aanpak, uitvoering, evaluatie',
  Capaciteitsvragen: 'Gevraagde uren van een expertise op een minimumniveau, per kwartaal',
  'Bestuurlijke ambities': 'Ambities uit coalitieakkoord en collegeprogramma, met hun opgaven en opdrachten',
  Bestuursopdrachten:
    'Van verkenning met het college tot besluit: bevroren versies, besluiten en het collegevoorstel',
  Portfolio: 'Het wendbare portfolio en de besluiten van het college',
  Verdeelvoorstellen: 'De beste verdeling van vrije uren en expertise over open capaciteitsvragen (HiGHS)',
  Inzetverzoeken:
    'Kandidaten voor een capaciteitsvraag, inzetverzoeken met instemming van de teamleider, en de teamreservering',
  Formatie: 'Formatieplaatsen per team, wie ze vervult, en bezetting, vacatures en boventalligheid per datum',
  Loonsom:
    'Salaristabellen, werkgeverslasten en loonsombudgetten, en de loonsom per medewerker, plaats, team en organisatie',
  "Scenario's":
    'Wat-als op de formatie: wijzigingen, vergelijking met de huidige formatie en met elkaar, opmerkingen en vaststelling door de directie',
  Voorstellen:
    'Het onderbouwd voorstel voor de P&C-cyclus: momentopnamen van een scenario met documentnummer, als DOCX en PDF',
  Pulsmeting:
    'De anonieme pulsmeting: rondes van P&O, één antwoord per medewerker, uitslagen alleen voor groepen van minstens vijf',
  Ontwikkeling:
    'Ontwikkelplannen van medewerkers en teams, leiderschapsontwikkeling, ontwikkelthema’s en het ontwikkelbudget met de kadernota-aanvraag',
  Gesprekken:
    'De gesprekscyclus: gesprekken met afspraken en eigen notities, alleen voor de medewerker, de leidinggevende (toen en nu) en P&O',
  Werkdruk:
    'Het werkdruksignaal per team en maand: capaciteit, pulsmeting, dossiers, vacatures en afwezigheid tegen hun drempels',
  Behoefte:
    'De vraag aan teams (resultaatdoelen, ingestemde inzet, open capaciteitsvragen) tegen hun beschikbaarheid, in uren, fte en euro',
  'Zo werken we':
    'De organisatiefilosofie als pagina’s met versies: geschiedenis, verschillen en archief; iedereen leest, directie en P&O schrijven',
  'OR-dossier':
    'Advies- en instemmingsaanvragen aan de ondernemingsraad (WOR art. 25 en 27) met de termijnen die eruit volgen, en overlegvergaderingen',
  Veranderprogramma:
    'Het veranderprogramma: fasen 0 tot en met 5, thema’s met trekker en transitieteam (hun uren zijn inzet), acties en mijlpalen',
  Evaluaties:
    'Evaluaties van een fase, een thema, de organisatie of een opgave: vragen, bevindingen en vervolgacties; een vastgestelde evaluatie blijft zoals ze was',
  Raadsbrieven:
    'Raadsinformatiebrieven van het college aan de raad: secties, een bevroren momentopname van de cijfers, vaststelling, verzending, DOCX en PDF',
  Beheer: 'Gegevensbeheer: een back-up van de draaiende server (beheerder)',
  Import:
    'Import uit het HR-systeem: bestand lezen, kolomkoppelingen, proefimport en doorvoeren (P&O en beheerder)',
};

/**
 * Operations that answer with a file: one fixed type, or (a list) the types its `formaat` chooses
 * between when those are not the csv/xlsx of BESTANDSTYPEN.
 */
const DOWNLOADS: Record<string, string | readonly string[]> = {
  getCollegevoorstel: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  getBackup: 'application/gzip',
  getRaadsbriefDocument: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
};

const FOUT_OMSCHRIJVING: Record<string, string> = {
  '400': 'Ongeldige invoer; alle problemen staan in invalidParams',
  '401': 'Niet ingelogd of sessie verlopen',
  '403': 'Geen toegang voor uw rol of buiten uw bereik, tweede stap nodig, of CSRF-token ontbreekt',
  '429': 'Te veel mislukte pogingen; zie Retry-After',
  '404': 'Niet gevonden',
  '409':
    'Conflict met de huidige toestand: het type zegt welk (urn:wendbaar:probleem:<soort>), de detail wat te doen',
  '412': 'Intussen door een ander gewijzigd (If-Match klopt niet meer)',
  '413': 'Verzoek te groot',
  '414': 'Adres te lang: een padparameter heeft hoogstens 100 tekens',
  '415': 'Alleen application/json',
  '428': 'If-Match ontbreekt',
  '500': 'Interne fout',
};

/** Operations without a path parameter that can still answer 404, with why. */
const OOK_404: Readonly<Record<string, string>> = {
  'GET /demo-accounts': 'Buiten demomodus bestaan de demo-accounts niet.',
};

function foutenVoor(
  method: string,
  relatief: string,
  heeftBody: boolean,
  publiek: boolean,
  versie: boolean,
): string[] {
  const codes = new Set(['400', '500']);
  const schrijft = method !== 'get';
  if (!publiek) codes.add('401').add('403');
  if (relatief.includes('{') || OOK_404[`${method.toUpperCase()} ${relatief}`]) codes.add('404');
  // Fastify refuses a path parameter over its maxParamLength (100) before routing.
  if (relatief.includes('{')) codes.add('414');
  if (heeftBody) codes.add('413').add('415');
  // Any write can meet a conflict with the current state (a step without a body too).
  if (schrijft) codes.add('409');
  // A write that declares no version may still check one that is sent (an absence week); without
  // the header where the resource already has a version, that is a 428.
  if (versie || method === 'put') codes.add('412').add('428');
  // Logging in, the second step and the password change are throttled per account and address.
  if (schrijft && (relatief === '/sessies' || relatief.startsWith('/sessies/'))) codes.add('401').add('429');
  return [...codes].sort();
}

/** The file types a `formaat` query parameter can ask for, besides JSON. */
const BESTANDSTYPEN: Record<string, { mime: string; schema: OpenAPIV3.SchemaObject }> = {
  csv: { mime: 'text/csv', schema: { type: 'string', description: 'CSV (UTF-8, puntkomma)' } },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    schema: { type: 'string', format: 'binary' },
  },
};

function formatenVan(op: OpenAPIV3.OperationObject): string[] {
  const p = (op.parameters ?? []).find(
    (x): x is OpenAPIV3.ParameterObject => !('$ref' in x) && x.in === 'query' && x.name === 'formaat',
  );
  const schema = p?.schema as OpenAPIV3.SchemaObject | undefined;
  return (schema?.enum ?? []).filter((f): f is string => typeof f === 'string' && f in BESTANDSTYPEN);
}

/**
 * Finishes the generated document: paths relative to the server `/api/v1`, the API-Version header on
 * every success, ETag where a resource is read or changed, and the problem+json responses each
 * operation can give, and the required If-Match exactly on the operations that declare a version
 * (`metVersie`: their policy keys, from versie.plugin.ts). Doing it here keeps route files to their
 * own schemas.
 */
export function finishOpenApi(
  doc: OpenAPIV3.Document,
  publiekeUrl: string | null = null,
  metVersie: ReadonlySet<string> = new Set(),
): OpenAPIV3.Document {
  const paths: OpenAPIV3.PathsObject = {};
  for (const [pad, item] of Object.entries(doc.paths ?? {})) {
    if (!pad.startsWith('/api/v1/') || !item) continue;
    const relatief = pad.slice('/api/v1'.length);
    for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const heeftBody = op.requestBody !== undefined;
      const responses: OpenAPIV3.ResponsesObject = {};
      for (const [code, resp] of Object.entries(op.responses ?? {})) {
        const r = resp as OpenAPIV3.ResponseObject;
        responses[code] = {
          ...r,
          description: r.description && r.description !== 'Default Response' ? r.description : 'Gelukt',
          headers: {
            ...r.headers,
            'API-Version': { $ref: '#/components/headers/API-Version' },
            ...(op.operationId && /^(get|create|update|add)/.test(op.operationId) && !code.startsWith('204')
              ? { ETag: { $ref: '#/components/headers/ETag' } }
              : {}),
          },
        };
      }
      const sleutel = `${method.toUpperCase()} ${relatief}`;
      const publiek = POLICY[sleutel]?.toegang === 'publiek';
      const versie = metVersie.has(sleutel);
      if (publiek) op.security = [];
      const codes = foutenVoor(method, relatief, heeftBody, publiek, versie);
      for (const code of codes) {
        responses[code] = { $ref: `#/components/responses/Fout${code}` };
      }
      const download = op.operationId ? DOWNLOADS[op.operationId] : undefined;
      if (download && responses['200']) {
        (responses['200'] as OpenAPIV3.ResponseObject).content = Object.fromEntries(
          [download].flat().map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        );
      }
      const gelukt = responses['200'] as OpenAPIV3.ResponseObject | undefined;
      const formaten = formatenVan(op);
      if (gelukt?.content && formaten.length > 0) {
        gelukt.content = {
          ...gelukt.content,
          ...Object.fromEntries(
            formaten.map((f) => [BESTANDSTYPEN[f]!.mime, { schema: BESTANDSTYPEN[f]!.schema }]),
          ),
        };
      }
      op.responses = responses;
      op.description ??= op.summary;
      if (versie) {
        op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/IfMatch' }];
      }
    }
    paths[relatief] = item;
  }
  const responses: Record<string, OpenAPIV3.ResponseObject> = {};
  for (const [code, omschrijving] of Object.entries(FOUT_OMSCHRIJVING)) {
    responses[`Fout${code}`] = {
      description: omschrijving,
      headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  const result: OpenAPIV3.Document = {
    ...doc,
    // Absolute and https where the public address is configured (NL API Design Rules); relative on a
    // developer's machine, so the docs page's "try it out" calls the server it came from.
    servers: [{ url: publiekeUrl ? `${publiekeUrl}/api/v1` : '/api/v1', description: 'Deze server' }],
    security: [{ sessie: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      ...doc.components,
      schemas: { ...doc.components?.schemas, Problem: PROBLEM_SCHEMA },
      headers: {
        'API-Version': {
          description: 'De volledige versie van de API (semver)',
          schema: { type: 'string', example: API_VERSION },
        },
        ETag: { description: 'Versie van de resource; stuur terug in If-Match', schema: { type: 'string' } },
      },
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'De ETag van de versie waarop de wijziging is gebaseerd',
          schema: { type: 'string' },
        },
      },
      responses,
      securitySchemes: {
        sessie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'wendbaar_sessie',
          description:
            'Sessiecookie na inloggen (POST /sessies). Wijzigingen sturen daarnaast de header X-CSRF-Token met het csrfToken van de sessie.',
        },
      },
    },
  };
  return withoutUnusedSchemas(result);
}

/** zod registers an input twin (`TeamInput`) of every named schema; drop the ones nothing uses. */
function withoutUnusedSchemas(doc: OpenAPIV3.Document): OpenAPIV3.Document {
  const schemas = { ...doc.components?.schemas };
  const rest = JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } });
  const verwijzing = (naam: string) => `"#/components/schemas/${naam}"`;
  // Repeat until nothing changes: an unused twin may be the only user of another twin.
  for (let verwijderd = true; verwijderd; ) {
    verwijderd = false;
    for (const naam of Object.keys(schemas)) {
      if (!naam.endsWith('Input')) continue;
      const elders = Object.entries(schemas).some(
        ([ander, s]) => ander !== naam && JSON.stringify(s).includes(verwijzing(naam)),
      );
      if (!rest.includes(verwijzing(naam)) && !elders) {
        delete schemas[naam];
        verwijderd = true;
      }
    }
  }
  return { ...doc, components: { ...doc.components, schemas } };
}

export const openApiInfo: OpenAPIV3.InfoObject = {
  title: 'Wendbaar API',
  version: API_VERSION,
  description:
    'Organisatie, capaciteit en opgaven voor gemeenten met een robuuste en een wendbare kant. Volgt de NL API Design Rules: problem+json, ETag/If-Match, paginering met _links.',
  contact: { name: 'Wendbaar', email: 'wendbaar@example.nl', url: 'https://wendbaar.example.nl' },
  license: {
    name: 'EUPL-1.2',
    url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
  },
};

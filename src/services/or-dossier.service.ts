import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagOrVerzoekZien,
  magOrReageren,
  magOrVerzoekAanmaken,
  magOrVerzoekBeheren,
  zietConcepten,
} from '../access/or-dossier';
import type {
  NieuwOrVerzoek,
  OrBesluit,
  OrDocument,
  OrIndiening,
  OrIntrekking,
  OrReactie,
  OrVervangendeToestemming,
  OrVerzoek,
  OrVerzoeken,
  OrVerzoekWijziging,
} from '../contract/or-dossier';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/or-dossier.repository';
import type { Database } from '../db/schema';
import { type IsoDatum, vandaag } from '../domain/datum';
import { magOvergaan, OvergangNietToegestaanError, volgendeStatussen } from '../domain/levenscyclus';
import {
  besluitProblemen,
  indieningsProblemen,
  OR_VERZOEK_GRAAF,
  type OrVerzoekStatus,
  reactieProblemen,
  statusNaReactie,
  watNu,
} from '../domain/or-dossier';
import {
  type AdviesUitkomst,
  type InstemmingUitkomst,
  orTermijnen,
  volgendeDatum,
} from '../domain/or-termijnen';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';

/**
 * The OR-dossier (issue 15, item 4). Every step is a transition of the graph in
 * src/domain/or-dossier.ts (409 naming what to do next), every date the law attaches is computed
 * by src/domain/or-termijnen.ts, every answer carries what the caller may do (`mag`).
 */

type Rij = repo.OrVerzoekRij;

const ADVIES: readonly string[] = ['positief', 'negatief', 'voorwaardelijk'];

function termijnStand(r: Rij) {
  return {
    soort: r.soort,
    ingetrokken: r.status === 'ingetrokken',
    reactieGevraagdVoor: r.reactie_gevraagd_voor,
    orGeinformeerdOp: r.or_geinformeerd_op,
    advies:
      r.reactie_uitkomst && ADVIES.includes(r.reactie_uitkomst)
        ? (r.reactie_uitkomst as AdviesUitkomst)
        : null,
    instemming:
      r.reactie_uitkomst && !ADVIES.includes(r.reactie_uitkomst)
        ? (r.reactie_uitkomst as InstemmingUitkomst)
        : null,
    besluit:
      r.besluit_datum && r.besluit_or_geinformeerd_op
        ? {
            datum: r.besluit_datum,
            orGeinformeerdOp: r.besluit_or_geinformeerd_op,
            volgtAdvies: r.besluit_volgt_advies ?? true,
          }
        : null,
    orZietAfVanOpschorting: r.or_ziet_af_van_opschorting,
    vervangendeToestemming:
      r.vervangende_toestemming_datum && r.vervangende_toestemming_kenmerk
        ? { datum: r.vervangende_toestemming_datum, kenmerk: r.vervangende_toestemming_kenmerk }
        : null,
  };
}

function view(r: Rij, g: Gebruiker, dag: IsoDatum): OrVerzoek {
  const graaf = OR_VERZOEK_GRAAF[r.soort];
  const t = orTermijnen(termijnStand(r));
  const directeur = magOrVerzoekBeheren(g);
  const stap = (naar: OrVerzoekStatus) => magOvergaan(graaf, r.status, naar);
  const u = t.uitvoerbaar;
  return {
    id: r.id,
    soort: r.soort,
    status: r.status,
    volgendeStatussen: [...volgendeStatussen(graaf, r.status)],
    onderwerp: r.onderwerp,
    aanleiding: r.aanleiding,
    voorgenomenBesluit: r.voorgenomen_besluit,
    personeleGevolgen: r.personele_gevolgen,
    documenten: (r.documenten as OrDocument[]) ?? [],
    reactieGevraagdVoor: r.reactie_gevraagd_voor,
    orGeinformeerdOp: r.or_geinformeerd_op,
    reactie:
      r.reactie_uitkomst && r.reactie_op
        ? { uitkomst: r.reactie_uitkomst, tekst: r.reactie_tekst, datum: r.reactie_op, door: r.reactie_door }
        : null,
    besluit:
      r.besluit_datum && r.besluit_or_geinformeerd_op
        ? {
            tekst: r.besluit_tekst ?? '',
            datum: r.besluit_datum,
            orGeinformeerdOp: r.besluit_or_geinformeerd_op,
            volgtAdvies: r.besluit_volgt_advies,
            door: r.besluit_door,
          }
        : null,
    orZietAfVanOpschorting: r.or_ziet_af_van_opschorting,
    vervangendeToestemming:
      r.vervangende_toestemming_datum && r.vervangende_toestemming_kenmerk
        ? { datum: r.vervangende_toestemming_datum, kenmerk: r.vervangende_toestemming_kenmerk }
        : null,
    intrekking: r.ingetrokken_op ? { datum: r.ingetrokken_op, reden: r.intrekking_reden } : null,
    termijnen: {
      ...t,
      uitvoerbaar: {
        soort: u.soort,
        vanaf: u.soort === 'uitvoerbaar' || u.soort === 'opgeschort' ? u.vanaf : null,
        grond: u.soort === 'uitvoerbaar' ? u.grond : null,
      },
    },
    volgendeDatum: volgendeDatum(
      t,
      { wachtOpReactie: r.status === 'ingediend' && r.soort !== 'informatie' },
      dag,
    ),
    aangemaaktDoor: r.aangemaakt_door,
    versie: r.versie,
    mag: {
      wijzigen: directeur && r.status === 'concept',
      indienen: directeur && stap('ingediend'),
      reageren: magOrReageren(g) && r.status === 'ingediend' && r.soort !== 'informatie',
      besluiten: directeur && stap('besluit-genomen'),
      intrekken: directeur && stap('ingetrokken'),
      afstandVanOpschorting: magOrReageren(g) && t.opschorting !== null && !t.opschorting.afgezien,
      vervangendeToestemming: directeur && magVervangendeToestemming(r),
    },
  };
}

/** Replacement permission is asked when the OR refused or did not give consent (art. 27 lid 4). */
function magVervangendeToestemming(r: Rij): boolean {
  return (
    r.soort === 'instemming' &&
    r.reactie_uitkomst !== 'gegeven' &&
    r.vervangende_toestemming_datum === null &&
    (r.status === 'instemming-geweigerd' || r.status === 'besluit-genomen' || r.status === 'ingediend')
  );
}

async function rijOfFout(db: Kysely<Database>, id: string): Promise<Rij> {
  const [r] = await repo.findOrVerzoeken(db, { id });
  if (!r) throw new NotFoundError('OR-verzoek', id);
  return r;
}

async function zichtbareRij(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Rij> {
  const r = await rijOfFout(db, id);
  assertMagOrVerzoekZien(g, r.status);
  return r;
}

/** The transition must be in the graph: otherwise a 409 that says what to do next. */
function controleerStap(r: Rij, naar: OrVerzoekStatus): void {
  const graaf = OR_VERZOEK_GRAAF[r.soort];
  if (magOvergaan(graaf, r.status, naar)) return;
  const fout = new OvergangNietToegestaanError(r.status, naar, volgendeStatussen(graaf, r.status));
  throw new ConflictError(`${fout.message} ${watNu(r.soort, r.status)}`, 'verkeerde-fase');
}

function controleerVersie(r: Rij, versie: number): void {
  if (r.versie !== versie) throw new StaleVersionError(r.versie);
}

/** Stores the change only while nobody else changed the verzoek in between (else 412). */
async function schrijf(
  db: Kysely<Database>,
  r: Rij,
  versie: number,
  w: Parameters<typeof repo.updateOrVerzoek>[3],
): Promise<void> {
  const gelukt = await withDbErrors(() => repo.updateOrVerzoek(db, r.id, { versie, status: r.status }, w));
  if (!gelukt) throw new StaleVersionError((await rijOfFout(db, r.id)).versie);
}

/** Typed references checked to exist, with the title they have now (frozen into the verzoek). */
async function documenten(
  db: Kysely<Database>,
  invoer: NonNullable<NieuwOrVerzoek['documenten']>,
): Promise<{ documenten: OrDocument[]; problemen: Probleem[] }> {
  const uit: OrDocument[] = [];
  const problemen: Probleem[] = [];
  for (const [i, d] of invoer.entries()) {
    if (d.soort === 'link') {
      uit.push({ soort: 'link', id: null, url: d.url, titel: d.titel });
      continue;
    }
    const titel = await repo.findDocumentTitel(db, d.soort, d.id);
    if (titel === undefined)
      problemen.push({
        veld: `documenten[${i}].id`,
        code: 'bestaat-niet',
        melding: `Er is geen ${d.soort} met dit id; kies een bestaand stuk.`,
      });
    else uit.push({ soort: d.soort, id: d.id, url: null, titel });
  }
  return { documenten: uit, problemen };
}

export async function listOrVerzoeken(
  db: Kysely<Database>,
  g: Gebruiker,
  nu = new Date(),
): Promise<OrVerzoeken> {
  const rijen = await repo.findOrVerzoeken(db, { zonderConcepten: !zietConcepten(g) });
  const dag = vandaag(nu);
  return { resultaten: rijen.map((r) => view(r, g, dag)), mag: { aanmaken: magOrVerzoekAanmaken(g) } };
}

export async function getOrVerzoek(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  nu = new Date(),
): Promise<OrVerzoek> {
  return view(await zichtbareRij(db, g, id), g, vandaag(nu));
}

export async function createOrVerzoek(
  db: Kysely<Database>,
  g: Gebruiker,
  i: NieuwOrVerzoek,
  nu = new Date(),
): Promise<OrVerzoek> {
  const d = await documenten(db, i.documenten ?? []);
  assertGeenProblemen(d.problemen);
  const id = await withDbErrors(() =>
    repo.insertOrVerzoek(db, {
      soort: i.soort,
      onderwerp: i.onderwerp,
      aanleiding: i.aanleiding ?? null,
      voorgenomen_besluit: i.voorgenomenBesluit ?? null,
      personele_gevolgen: i.personeleGevolgen ?? null,
      documenten: JSON.stringify(d.documenten),
      reactie_gevraagd_voor: i.reactieGevraagdVoor ?? null,
      aangemaakt_door: g.naam,
    }),
  );
  return getOrVerzoek(db, g, id, nu);
}

export async function updateOrVerzoek(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrVerzoekWijziging,
  nu = new Date(),
): Promise<OrVerzoek> {
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  if (r.status !== 'concept')
    throw new ConflictError(
      'Alleen een concept kan worden gewijzigd: dit verzoek ligt al bij de OR. Trek het in en maak een nieuw verzoek als de inhoud verandert.',
      'verkeerde-fase',
    );
  const d = i.documenten ? await documenten(db, i.documenten) : null;
  assertGeenProblemen(d?.problemen ?? []);
  await schrijf(db, r, versie, {
    ...(i.soort !== undefined && { soort: i.soort }),
    ...(i.onderwerp !== undefined && { onderwerp: i.onderwerp }),
    ...(i.aanleiding !== undefined && { aanleiding: i.aanleiding }),
    ...(i.voorgenomenBesluit !== undefined && { voorgenomen_besluit: i.voorgenomenBesluit }),
    ...(i.personeleGevolgen !== undefined && { personele_gevolgen: i.personeleGevolgen }),
    ...(i.reactieGevraagdVoor !== undefined && { reactie_gevraagd_voor: i.reactieGevraagdVoor }),
    ...(d && { documenten: JSON.stringify(d.documenten) }),
  });
  return getOrVerzoek(db, g, id, nu);
}

export async function dienIn(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrIndiening,
  nu = new Date(),
): Promise<OrVerzoek> {
  const dag = vandaag(nu);
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  controleerStap(r, 'ingediend');
  const op = i.orGeinformeerdOp ?? dag;
  const problemen = indieningsProblemen(
    {
      soort: r.soort,
      onderwerp: r.onderwerp,
      aanleiding: r.aanleiding,
      voorgenomenBesluit: r.voorgenomen_besluit,
      personeleGevolgen: r.personele_gevolgen,
      reactieGevraagdVoor: r.reactie_gevraagd_voor,
    },
    op,
  );
  if (op > dag)
    problemen.push({
      veld: 'orGeinformeerdOp',
      code: 'toekomst',
      melding: 'Leg de indiening vast op of na de dag dat de OR het verzoek kreeg.',
    });
  assertGeenProblemen(problemen);
  await schrijf(db, r, versie, { status: 'ingediend', or_geinformeerd_op: op });
  return getOrVerzoek(db, g, id, nu);
}

export async function reageer(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrReactie,
  nu = new Date(),
): Promise<OrVerzoek> {
  const dag = vandaag(nu);
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  if (r.status !== 'ingediend')
    throw new ConflictError(
      `De OR kan alleen reageren op een ingediend verzoek; dit verzoek is '${r.status}'. ${watNu(r.soort, r.status)}`,
      'verkeerde-fase',
    );
  if (r.soort === 'informatie')
    throw new ConflictError(
      'Dit is een informatieverzoek: daarop geeft de OR geen advies of instemming. Bespreek het in het overleg.',
      'verkeerde-fase',
    );
  const datum = i.datum ?? dag;
  assertGeenProblemen(reactieProblemen(r.soort, { ...i, datum }, r.or_geinformeerd_op, dag));
  const uitkomst = (r.soort === 'advies' ? i.advies : i.instemming) as AdviesUitkomst | InstemmingUitkomst;
  const naar = statusNaReactie(r.soort, uitkomst)!;
  controleerStap(r, naar);
  await schrijf(db, r, versie, {
    status: naar,
    reactie_uitkomst: uitkomst,
    reactie_tekst: i.tekst,
    reactie_op: datum,
    reactie_door: g.naam,
  });
  return getOrVerzoek(db, g, id, nu);
}

export async function besluit(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrBesluit,
  nu = new Date(),
): Promise<OrVerzoek> {
  const dag = vandaag(nu);
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  controleerStap(r, 'besluit-genomen');
  const orGeinformeerdOp = i.orGeinformeerdOp ?? i.datum;
  assertGeenProblemen(
    besluitProblemen(
      { datum: i.datum, orGeinformeerdOp, volgtAdvies: i.volgtAdvies },
      { soort: r.soort, ingediendOp: r.or_geinformeerd_op, reactieOp: r.reactie_op },
      dag,
    ),
  );
  await schrijf(db, r, versie, {
    status: 'besluit-genomen',
    besluit_tekst: i.tekst,
    besluit_datum: i.datum,
    besluit_or_geinformeerd_op: orGeinformeerdOp,
    besluit_volgt_advies: r.soort === 'advies' ? (i.volgtAdvies ?? null) : null,
    besluit_door: g.naam,
  });
  return getOrVerzoek(db, g, id, nu);
}

export async function trekIn(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrIntrekking,
  nu = new Date(),
): Promise<OrVerzoek> {
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  controleerStap(r, 'ingetrokken');
  await schrijf(db, r, versie, {
    status: 'ingetrokken',
    ingetrokken_op: vandaag(nu),
    intrekking_reden: i.reden,
  });
  return getOrVerzoek(db, g, id, nu);
}

/** The OR waives the art. 25 lid 6 suspension: the decision may be carried out at once. */
export async function zieAfVanOpschorting(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  nu = new Date(),
): Promise<OrVerzoek> {
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  const t = orTermijnen(termijnStand(r));
  if (!t.opschorting)
    throw new ConflictError(
      'Er loopt geen opschortingstermijn: die geldt pas als het besluit afwijkt van het advies van de OR.',
      'verkeerde-fase',
    );
  if (t.opschorting.afgezien)
    throw new ConflictError('De OR heeft al afgezien van de opschorting.', 'verkeerde-fase');
  await schrijf(db, r, versie, { or_ziet_af_van_opschorting: true });
  return getOrVerzoek(db, g, id, nu);
}

/** Art. 27 lid 4: the kantonrechter's replacement permission, with its date and reference. */
export async function legVervangendeToestemmingVast(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: OrVervangendeToestemming,
  nu = new Date(),
): Promise<OrVerzoek> {
  const dag = vandaag(nu);
  const r = await zichtbareRij(db, g, id);
  controleerVersie(r, versie);
  if (!magVervangendeToestemming(r))
    throw new ConflictError(
      r.soort !== 'instemming'
        ? 'Vervangende toestemming van de kantonrechter hoort alleen bij een instemmingsaanvraag.'
        : r.reactie_uitkomst === 'gegeven'
          ? 'De OR heeft ingestemd: vervangende toestemming is niet nodig.'
          : r.vervangende_toestemming_datum
            ? 'De vervangende toestemming is al vastgelegd.'
            : 'Dien het verzoek eerst in bij de OR; vervangende toestemming volgt op een weigering.',
      'verkeerde-fase',
    );
  const problemen: Probleem[] = [];
  if (i.datum > dag)
    problemen.push({
      veld: 'datum',
      code: 'toekomst',
      melding: 'Leg de toestemming vast als de kantonrechter die gaf.',
    });
  if (r.or_geinformeerd_op && i.datum < r.or_geinformeerd_op)
    problemen.push({
      veld: 'datum',
      code: 'te-vroeg',
      melding: 'De toestemming kan niet vóór de indiening bij de OR liggen.',
    });
  assertGeenProblemen(problemen);
  await schrijf(db, r, versie, {
    vervangende_toestemming_datum: i.datum,
    vervangende_toestemming_kenmerk: i.kenmerk,
  });
  return getOrVerzoek(db, g, id, nu);
}

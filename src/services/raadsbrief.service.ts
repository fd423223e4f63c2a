import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagRaadsbriefOpstellen,
  assertMagRaadsbriefZien,
  magRaadsbriefOpstellen,
  magRaadsbriefVaststellen,
  magRaadsbriefVerzenden,
  zietOnverzonden,
} from '../access/raadsbrief';
import type {
  NieuweRaadsbrief,
  Raadsbrief,
  RaadsbriefDetail,
  RaadsbriefVaststelling,
  RaadsbriefVerzending,
  RaadsbriefWijziging,
  Raadsbrieven,
} from '../contract/raadsbrief';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/raadsbrief.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { vandaag } from '../domain/datum';
import { magOvergaan, OvergangNietToegestaanError, volgendeStatussen } from '../domain/levenscyclus';
import {
  assertGeenProblemen,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
} from '../domain/probleem';
import {
  isBewerkbaar,
  magMomentopnameVernieuwen,
  momentopnameNummer,
  RAADSBRIEF_GRAAF,
  type RaadsbriefStatus,
  raadsbriefNummer,
  vaststellingsProblemen,
  verzendProblemen,
  watNu,
} from '../domain/raadsbrief';
import { raadsbriefDocx } from '../reports/raadsbrief-docx';
import {
  bestandHash,
  momentopnameHash,
  type RaadsbriefDocumentInvoer,
  type RaadsbriefMomentopnameInhoud,
} from '../reports/raadsbrief-inhoud';
import { raadsbriefPdf } from '../reports/raadsbrief-pdf';
import { neemMomentopname } from './raadsbrief-momentopname';

/**
 * The raadsbrief (issue 15, item 5; docs/raadsbrief.md). Every step is a transition of the graph in
 * src/domain/raadsbrief.ts (409 naming what to do next) on the letter's version (412 when stale).
 * The figures come from a frozen snapshot; the document is made from the sections and that snapshot
 * only, so it is the same on every download. Sending stores the DOCX and PDF bytes as sent, and the
 * database refuses any change to a sent letter.
 */

type Rij = repo.RaadsbriefRij;
type Formaat = 'docx' | 'pdf';

const href = (id: string) => `/api/v1/raadsbrieven/${id}`;

/** The year in the Netherlands (the number series runs per calendar year there). */
function jaarInNederland(t: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(t),
  );
}

function view(r: Rij, g: Gebruiker, documenten: { formaat: Formaat; sha256: string }[]): Raadsbrief {
  const opsteller = magRaadsbriefOpstellen(g);
  const stap = (naar: RaadsbriefStatus) => magOvergaan(RAADSBRIEF_GRAAF, r.status, naar);
  return {
    id: r.id,
    documentnummer: r.documentnummer,
    status: r.status,
    volgendeStatussen: [...volgendeStatussen(RAADSBRIEF_GRAAF, r.status)],
    onderwerp: r.onderwerp,
    aanleiding: r.aanleiding,
    kernboodschap: r.kernboodschap,
    toelichting: r.toelichting,
    vervolg: r.vervolg,
    bijlagen: r.bijlagen,
    portefeuillehouder: r.portefeuillehouder,
    datum: r.datum,
    momentopname:
      r.momentopname_id && r.momentopname_volgnummer !== null && r.momentopname_genomen_op
        ? {
            id: r.momentopname_id,
            nummer: momentopnameNummer(r.documentnummer, r.momentopname_volgnummer),
            genomenOp: new Date(r.momentopname_genomen_op).toISOString(),
            sha256: r.momentopname_sha256 ?? '',
            genomenDoor: r.momentopname_genomen_door ?? '',
          }
        : null,
    vastgesteld:
      r.vastgesteld_op && r.vastgesteld_door ? { op: r.vastgesteld_op, door: r.vastgesteld_door } : null,
    verzonden: r.verzonden_op && r.verzonden_door ? { op: r.verzonden_op, door: r.verzonden_door } : null,
    documenten: documenten.sort((a, b) => a.formaat.localeCompare(b.formaat)),
    aangemaaktDoor: r.aangemaakt_door_naam,
    versie: r.versie,
    mag: {
      wijzigen: opsteller && isBewerkbaar(r.status),
      momentopnameVernieuwen: opsteller && magMomentopnameVernieuwen(r.status),
      vaststellen: magRaadsbriefVaststellen(g) && stap('vastgesteld'),
      verzenden: magRaadsbriefVerzenden(g) && stap('verzonden'),
      downloaden: r.momentopname_id !== null,
    },
    _links: {
      self: { href: href(r.id) },
      docx: { href: `${href(r.id)}/document?formaat=docx` },
      pdf: { href: `${href(r.id)}/document?formaat=pdf` },
    },
  };
}

async function rijOfFout(db: Kysely<Database>, id: string): Promise<Rij> {
  const [r] = await repo.findRaadsbrieven(db, { id });
  if (!r) throw new NotFoundError('Raadsbrief', id);
  return r;
}

async function zichtbareRij(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Rij> {
  const r = await rijOfFout(db, id);
  assertMagRaadsbriefZien(g, r.status);
  return r;
}

function controleerStap(r: Rij, naar: RaadsbriefStatus): void {
  if (magOvergaan(RAADSBRIEF_GRAAF, r.status, naar)) return;
  const fout = new OvergangNietToegestaanError(r.status, naar, volgendeStatussen(RAADSBRIEF_GRAAF, r.status));
  throw new ConflictError(`${fout.message} ${watNu(r.status)}`, 'verkeerde-fase');
}

function controleerBewerkbaar(r: Rij): void {
  if (!isBewerkbaar(r.status)) throw new ConflictError(watNu(r.status), 'vastgelegd');
}

function controleerVersie(r: Rij, versie: number): void {
  if (r.versie !== versie) throw new StaleVersionError(r.versie);
}

async function schrijf(
  db: Kysely<Database>,
  r: Rij,
  versie: number,
  w: Parameters<typeof repo.updateRaadsbrief>[3],
): Promise<void> {
  const gelukt = await withDbErrors(() => repo.updateRaadsbrief(db, r.id, { versie, status: r.status }, w));
  if (!gelukt) throw new StaleVersionError((await rijOfFout(db, r.id)).versie);
}

/** Takes a snapshot now and points the letter to it; the caller holds the letter's row lock. */
async function legMomentopnameVast(
  trx: Kysely<Database>,
  g: Gebruiker,
  r: { id: string; documentnummer: string },
) {
  const nu = new Date();
  const inhoud = await neemMomentopname(trx, g, vandaag(nu));
  // As it will be read back: what the hash covers is exactly what is stored.
  const bevroren = JSON.parse(JSON.stringify(inhoud)) as RaadsbriefMomentopnameInhoud;
  return repo.insertMomentopname(trx, {
    raadsbrief_id: r.id,
    volgnummer: await repo.volgendMomentopnameVolgnummer(trx, r.id),
    genomen_op: nu.toISOString(),
    inhoud: bevroren,
    sha256: momentopnameHash(bevroren),
    genomen_door_naam: g.naam,
  });
}

async function metDocumenten(db: Kysely<Database>, g: Gebruiker, rijen: Rij[]): Promise<Raadsbrief[]> {
  const hashes = await repo.findDocumentHashes(
    db,
    rijen.filter((r) => r.status === 'verzonden').map((r) => r.id),
  );
  return rijen.map((r) =>
    view(
      r,
      g,
      hashes.filter((h) => h.raadsbrief_id === r.id).map((h) => ({ formaat: h.formaat, sha256: h.sha256 })),
    ),
  );
}

export async function listRaadsbrieven(db: Kysely<Database>, g: Gebruiker): Promise<Raadsbrieven> {
  const rijen = await repo.findRaadsbrieven(db, zietOnverzonden(g) ? {} : { status: ['verzonden'] });
  return { resultaten: await metDocumenten(db, g, rijen), mag: { aanmaken: magRaadsbriefOpstellen(g) } };
}

export async function getRaadsbrief(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
): Promise<RaadsbriefDetail> {
  const r = await zichtbareRij(db, g, id);
  const [brief] = await metDocumenten(db, g, [r]);
  const m = r.momentopname_id ? await repo.findMomentopname(db, r.momentopname_id) : undefined;
  return { ...brief!, inhoud: (m?.inhoud as RaadsbriefMomentopnameInhoud | undefined) ?? null };
}

/** A new concept with its first snapshot, so the preview shows the figures from the start. */
export async function createRaadsbrief(
  db: Kysely<Database>,
  g: Gebruiker,
  i: NieuweRaadsbrief,
): Promise<RaadsbriefDetail> {
  assertMagRaadsbriefOpstellen(g);
  const id = await inTransactie(db, async (trx) => {
    const jaar = jaarInNederland(new Date());
    const volgnummer = await repo.volgendVolgnummer(trx, jaar);
    const documentnummer = raadsbriefNummer(jaar, volgnummer);
    const briefId = await repo.insertRaadsbrief(trx, {
      documentnummer,
      jaar,
      volgnummer,
      onderwerp: i.onderwerp,
      aanleiding: i.aanleiding ?? '',
      kernboodschap: i.kernboodschap ?? '',
      toelichting: i.toelichting ?? '',
      vervolg: i.vervolg ?? '',
      bijlagen: i.bijlagen ?? '',
      portefeuillehouder: i.portefeuillehouder ?? '',
      datum: i.datum ?? null,
      aangemaakt_door: g.accountId,
      aangemaakt_door_naam: g.naam,
    });
    const momentopnameId = await legMomentopnameVast(trx, g, { id: briefId, documentnummer });
    await repo.updateRaadsbrief(
      trx,
      briefId,
      { versie: 1, status: 'concept' },
      { momentopname_id: momentopnameId },
    );
    return briefId;
  });
  return getRaadsbrief(db, g, id);
}

export async function updateRaadsbrief(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  w: RaadsbriefWijziging,
): Promise<RaadsbriefDetail> {
  assertMagRaadsbriefOpstellen(g);
  const r = await zichtbareRij(db, g, id);
  controleerBewerkbaar(r);
  controleerVersie(r, versie);
  await schrijf(db, r, versie, {
    onderwerp: w.onderwerp,
    aanleiding: w.aanleiding,
    kernboodschap: w.kernboodschap,
    toelichting: w.toelichting,
    vervolg: w.vervolg,
    bijlagen: w.bijlagen,
    portefeuillehouder: w.portefeuillehouder,
    datum: w.datum,
  });
  return getRaadsbrief(db, g, id);
}

/** A fresh snapshot while the letter is a concept; the earlier ones stay stored (append-only). */
export async function vernieuwMomentopname(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
): Promise<RaadsbriefDetail> {
  assertMagRaadsbriefOpstellen(g);
  await inTransactie(db, async (trx) => {
    if (!(await repo.lockRaadsbrief(trx, id))) throw new NotFoundError('Raadsbrief', id);
    const r = await rijOfFout(trx, id);
    if (!magMomentopnameVernieuwen(r.status)) throw new ConflictError(watNu(r.status), 'vastgelegd');
    controleerVersie(r, versie);
    const momentopnameId = await legMomentopnameVast(trx, g, r);
    await schrijf(trx, r, versie, { momentopname_id: momentopnameId });
  });
  return getRaadsbrief(db, g, id);
}

/** The college approves: 400 with every gap at once (sections, date, snapshot). */
export async function stelVast(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: RaadsbriefVaststelling,
): Promise<RaadsbriefDetail> {
  if (!magRaadsbriefVaststellen(g)) throw new ForbiddenError('Alleen het college stelt een raadsbrief vast.');
  const r = await zichtbareRij(db, g, id);
  controleerStap(r, 'vastgesteld');
  controleerVersie(r, versie);
  assertGeenProblemen(vaststellingsProblemen({ ...r, heeftMomentopname: r.momentopname_id !== null }));
  await schrijf(db, r, versie, {
    status: 'vastgesteld',
    vastgesteld_op: i.vastgesteldOp ?? vandaag(),
    vastgesteld_door: g.naam,
  });
  return getRaadsbrief(db, g, id);
}

/** What the document is made from: the sections and the snapshot, nothing else. */
async function documentInvoer(db: Kysely<Database>, r: Rij): Promise<RaadsbriefDocumentInvoer> {
  if (!r.momentopname_id || r.momentopname_volgnummer === null || !r.momentopname_genomen_op)
    throw new ConflictError('Deze brief heeft nog geen momentopname; maak er eerst een.', 'nog-niet-klaar');
  const m = (await repo.findMomentopname(db, r.momentopname_id))!;
  return {
    documentnummer: r.documentnummer,
    onderwerp: r.onderwerp,
    aanleiding: r.aanleiding,
    kernboodschap: r.kernboodschap,
    toelichting: r.toelichting,
    vervolg: r.vervolg,
    bijlagen: r.bijlagen,
    portefeuillehouder: r.portefeuillehouder,
    datum: r.datum,
    vastgesteld:
      r.vastgesteld_op && r.vastgesteld_door ? { op: r.vastgesteld_op, door: r.vastgesteld_door } : null,
    momentopname: {
      nummer: momentopnameNummer(r.documentnummer, r.momentopname_volgnummer),
      genomenOp: new Date(r.momentopname_genomen_op).toISOString(),
      sha256: m.sha256,
      inhoud: m.inhoud as RaadsbriefMomentopnameInhoud,
    },
  };
}

/** Makes the document from the stored sections and snapshot (what a concept or approved letter gives). */
export async function maakDocument(db: Kysely<Database>, r: Rij, formaat: Formaat): Promise<Buffer> {
  const invoer = await documentInvoer(db, r);
  return formaat === 'docx' ? raadsbriefDocx(invoer) : raadsbriefPdf(invoer);
}

/** Records sending: the DOCX and PDF are stored as sent, in the same transaction as the step. */
export async function verzend(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  i: RaadsbriefVerzending,
): Promise<RaadsbriefDetail> {
  if (!magRaadsbriefVerzenden(g))
    throw new ForbiddenError('De verzending leggen de directeur of het college vast.');
  await inTransactie(db, async (trx) => {
    if (!(await repo.lockRaadsbrief(trx, id))) throw new NotFoundError('Raadsbrief', id);
    const r = await zichtbareRij(trx, g, id);
    controleerStap(r, 'verzonden');
    controleerVersie(r, versie);
    const verzondenOp = i.verzondenOp ?? vandaag();
    assertGeenProblemen(verzendProblemen(r.vastgesteld_op ?? verzondenOp, verzondenOp));
    for (const formaat of ['docx', 'pdf'] as const) {
      const inhoud = await maakDocument(trx, r, formaat);
      await repo.insertDocument(trx, { raadsbrief_id: id, formaat, inhoud, sha256: bestandHash(inhoud) });
    }
    await schrijf(trx, r, versie, { status: 'verzonden', verzonden_op: verzondenOp, verzonden_door: g.naam });
  });
  return getRaadsbrief(db, g, id);
}

const TYPE: Record<Formaat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A sent letter exactly as sent (stored bytes); otherwise made from its sections and snapshot. */
export async function raadsbriefDocument(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  formaat: Formaat,
): Promise<{ bestandsnaam: string; type: string; inhoud: Buffer }> {
  const r = await zichtbareRij(db, g, id);
  const opgeslagen = r.status === 'verzonden' ? await repo.findDocument(db, id, formaat) : undefined;
  const inhoud = opgeslagen ? Buffer.from(opgeslagen.inhoud) : await maakDocument(db, r, formaat);
  const concept = r.status === 'verzonden' ? '' : `-${r.status}`;
  return { bestandsnaam: `${r.documentnummer}${concept}.${formaat}`, type: TYPE[formaat], inhoud };
}

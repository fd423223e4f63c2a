import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { assertMagNaarStatus, bestuursopdrachtMag } from '../access/dossier';
import type { Gebruiker } from '../access/gebruiker';
import type {
  Besluit,
  BesluitInLijst,
  BesluitInvoer,
  Bestuursopdracht,
  BestuursopdrachtInvoer,
  BestuursopdrachtSamenvatting,
  BestuursopdrachtVersie,
  BestuursopdrachtWijziging,
  Verschillen,
  VersieSamenvatting,
} from '../contract/bestuursopdracht';
import * as opdrachten from '../db/bestuursopdracht.repository';
import { withDbErrors } from '../db/db-errors';
import { insertDossierOvergang } from '../db/dossier-overgang.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import {
  ALLEEN_DOOR_BESLUIT,
  BESTUURSOPDRACHT_GRAAF,
  type BestuursopdrachtInhoud,
  type BestuursopdrachtStatus,
  canoniekeJson,
  indieningsProblemen,
  isBewerkbaar,
  LEGE_INHOUD,
  verkenningProblemen,
  verschillen,
} from '../domain/bestuursopdracht';
import { controleerOvergang, volgendeStatussen } from '../domain/levenscyclus';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { listCapaciteitsvragen } from './capaciteitsvraag.service';
import { overgangenVan } from './opgave.service';
import { bestaat } from './verwijzingen';

type Inhoud = Omit<BestuursopdrachtInhoud, 'titel'>;

/** A bestuursopdracht as the API answers it, before `mag` (what the caller may do) is added by metMag. */
type KortZonderMag = Omit<BestuursopdrachtSamenvatting, 'mag'>;
type OpdrachtZonderMag = Omit<Bestuursopdracht, 'mag'>;

const SECTIES = [
  'verkenning',
  'doelstellingen',
  'mijlpalen',
  'budget',
  'rollen',
  'verantwoording',
  'besluitvormingsproces',
] as const;

function leesInhoud(json: unknown): Inhoud {
  const i = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<Inhoud>;
  return { ...LEGE_INHOUD, ...i, verkenning: { ...LEGE_INHOUD.verkenning, ...i.verkenning } };
}

function kort(r: opdrachten.BestuursopdrachtRij): KortZonderMag {
  const inhoud = leesInhoud(r.inhoud);
  return {
    id: r.id,
    titel: r.titel,
    status: r.status,
    volgendeStatussen: [...volgendeStatussen(BESTUURSOPDRACHT_GRAAF, r.status)],
    bewerkbaar: isBewerkbaar(r.status),
    ambitie: r.ambitie_id ? { id: r.ambitie_id, titel: r.ambitie_titel ?? '' } : null,
    programma: r.programma_id ? { id: r.programma_id, naam: r.programma_naam ?? '' } : null,
    bestuurlijkOpdrachtgever: inhoud.rollen.bestuurlijkOpdrachtgever,
    ambtelijkOpdrachtgever: inhoud.rollen.ambtelijkOpdrachtgever,
    mijlpalen: inhoud.mijlpalen,
    /** The last submitted version: what a besluit is taken on while it is ter besluitvorming. */
    ingediendeVersie: r.laatste_versie ?? null,
    versie: r.versie,
  };
}

export async function listBestuursopdrachten(
  db: Kysely<Database>,
  status?: BestuursopdrachtStatus,
): Promise<KortZonderMag[]> {
  return (await opdrachten.findBestuursopdrachten(db, status ? { status } : {})).map(kort);
}

async function versiesVan(db: Kysely<Database>, id: string) {
  const [versies, besluiten] = await Promise.all([
    opdrachten.findBestuursopdrachtVersies(db, id),
    opdrachten.findBesluitenVanBestuursopdracht(db, id),
  ]);
  const besluitViews = besluiten.map(
    (b): Besluit => ({
      id: b.id,
      versie: b.versie_nummer,
      uitkomst: b.uitkomst,
      besluitnummer: b.besluitnummer,
      datum: b.datum,
      voorwaarden: b.voorwaarden,
    }),
  );
  return {
    versies: versies.map(
      (v): VersieSamenvatting => ({
        nummer: v.nummer,
        sha256: v.sha256,
        ingediendOp: new Date(v.ingediend_op).toISOString(),
        besluit: besluitViews.find((b) => b.versie === v.nummer) ?? null,
      }),
    ),
    besluiten: besluitViews,
  };
}

export async function getBestuursopdracht(db: Kysely<Database>, id: string): Promise<OpdrachtZonderMag> {
  const [r] = await opdrachten.findBestuursopdrachten(db, { id });
  if (!r) throw new NotFoundError('Bestuursopdracht', id);
  const [capaciteitsvragen, { versies, besluiten }, overgangen] = await Promise.all([
    listCapaciteitsvragen(db, { soort: 'bestuursopdracht', id }),
    versiesVan(db, id),
    overgangenVan(db, { bestuursopdracht_id: id }),
  ]);
  const inhoud = leesInhoud(r.inhoud);
  return {
    ...kort(r),
    verkenning: inhoud.verkenning,
    doelstellingen: inhoud.doelstellingen,
    mijlpalen: inhoud.mijlpalen,
    budget: inhoud.budget,
    rollen: inhoud.rollen,
    verantwoording: inhoud.verantwoording,
    besluitvormingsproces: inhoud.besluitvormingsproces,
    capaciteitsvragen,
    /** What still blocks submission (empty when it may go to the college). */
    ontbreektVoorIndiening: indieningsProblemen({ titel: r.titel, ...inhoud }, capaciteitsvragen.length),
    versies,
    besluiten,
    overgangen,
  };
}

async function controleer(db: Kysely<Database>, i: BestuursopdrachtWijziging) {
  const p: Probleem[] = [
    ...(await bestaat(
      db,
      'bestuurlijke_ambitie',
      i.ambitieId,
      'ambitieId',
      'Deze bestuurlijke ambitie bestaat niet.',
    )),
    ...(await bestaat(db, 'programma', i.programmaId, 'programmaId', 'Dit programma bestaat niet.')),
  ];
  for (const [n, b] of (i.budget ?? []).entries()) {
    p.push(
      ...(await bestaat(
        db,
        'begrotingsprogramma',
        b.begrotingsprogrammaId,
        `budget.${n}.begrotingsprogrammaId`,
        'Dit begrotingsprogramma bestaat niet.',
      )),
    );
  }
  for (const [n, t] of (i.rollen?.teams ?? []).entries()) {
    p.push(...(await bestaat(db, 'team', t.teamId, `rollen.teams.${n}.teamId`, 'Dit team bestaat niet.')));
  }
  assertGeenProblemen(p);
}

function nieuweInhoud(huidig: Inhoud, i: BestuursopdrachtWijziging): Inhoud {
  const uit: Inhoud = { ...huidig };
  for (const sectie of SECTIES) {
    if (i[sectie] !== undefined) (uit as Record<string, unknown>)[sectie] = i[sectie];
  }
  return uit;
}

export async function createBestuursopdracht(
  db: Kysely<Database>,
  i: BestuursopdrachtInvoer,
  accountId: string,
): Promise<OpdrachtZonderMag> {
  await controleer(db, i);
  const inhoud = nieuweInhoud(LEGE_INHOUD, i);
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const id = await opdrachten.insertBestuursopdracht(trx, {
        titel: i.titel.trim(),
        ambitie_id: i.ambitieId ?? null,
        programma_id: i.programmaId ?? null,
        inhoud: JSON.stringify(inhoud),
      });
      await insertDossierOvergang(trx, {
        bestuursopdracht_id: id,
        van: '',
        naar: 'concept',
        toelichting: null,
        account_id: accountId,
      });
      return id;
    }),
  );
  return getBestuursopdracht(db, id);
}

function assertBewerkbaar(status: BestuursopdrachtStatus) {
  if (!isBewerkbaar(status)) {
    throw new ConflictError(
      status === 'ter-besluitvorming'
        ? 'De bestuursopdracht ligt ter besluitvorming: de ingediende versie is bevroren. Trek haar in (terug naar verkend) om te wijzigen.'
        : `De bestuursopdracht is ${status}; de ingediende versies liggen vast. Zet haar terug naar 'verkend' om een nieuwe versie te maken.`,
      'vastgelegd',
    );
  }
}

/** Edits the working copy, section by section (a section given replaces the stored one). */
export async function updateBestuursopdracht(
  db: Kysely<Database>,
  id: string,
  versie: number,
  i: BestuursopdrachtWijziging,
): Promise<OpdrachtZonderMag> {
  const [r] = await opdrachten.findBestuursopdrachten(db, { id });
  if (!r) throw new NotFoundError('Bestuursopdracht', id);
  assertBewerkbaar(r.status);
  await controleer(db, i);
  const inhoud = nieuweInhoud(leesInhoud(r.inhoud), i);
  const bewaard = await withDbErrors(() =>
    opdrachten.updateBestuursopdrachtWerkkopie(db, id, versie, {
      ...(i.titel !== undefined ? { titel: i.titel.trim() } : {}),
      ...(i.ambitieId !== undefined ? { ambitie_id: i.ambitieId } : {}),
      ...(i.programmaId !== undefined ? { programma_id: i.programmaId } : {}),
      inhoud: JSON.stringify(inhoud),
    }),
  );
  if (!bewaard) {
    const nu = await getBestuursopdracht(db, id);
    assertBewerkbaar(nu.status);
    throw new StaleVersionError(nu.versie);
  }
  return getBestuursopdracht(db, id);
}

/** The content of a version: what the college reads and decides on, capacity demand included. */
function momentopname(b: OpdrachtZonderMag) {
  const inhoud: BestuursopdrachtInhoud & Record<string, unknown> = {
    titel: b.titel,
    ambitie: b.ambitie,
    programma: b.programma,
    verkenning: b.verkenning,
    doelstellingen: b.doelstellingen,
    mijlpalen: b.mijlpalen,
    budget: b.budget,
    rollen: b.rollen,
    verantwoording: b.verantwoording,
    besluitvormingsproces: b.besluitvormingsproces,
    capaciteitsvragen: b.capaciteitsvragen.map((c) => ({
      expertise: c.expertise,
      minimumNiveau: c.minimumNiveau,
      team: c.team,
      periode: c.periode,
      uren: c.uren,
      toelichting: c.toelichting,
    })),
  };
  return canoniekeJson(inhoud);
}

/**
 * A step of the lifecycle. To "ter-besluitvorming" it checks every mandatory field and freezes the
 * working copy as the next immutable version, in the same transaction as the step; the states a
 * college decision leads to are reached only through a besluit.
 */
export async function zetBestuursopdrachtStap(
  db: Kysely<Database>,
  id: string,
  naar: BestuursopdrachtStatus,
  toelichting: string | null | undefined,
  door: Handelende,
  versie?: number,
): Promise<OpdrachtZonderMag> {
  // Who may take a dossier into which state is the policy's STAPPEN (403 before anything else).
  assertMagNaarStatus(door.rollen, 'bestuursopdracht', naar);
  const { accountId } = door;
  const b = await getBestuursopdracht(db, id);
  if (versie !== undefined && versie !== b.versie) throw new StaleVersionError(b.versie);
  controleerOvergang(BESTUURSOPDRACHT_GRAAF, b.status, naar);
  if (ALLEEN_DOOR_BESLUIT.includes(naar)) {
    throw new ConflictError(
      `'${naar}' volgt alleen uit een besluit van het college: leg het besluit vast (POST /bestuursopdrachten/${id}/besluiten).`,
      'verkeerde-fase',
    );
  }
  if (naar === 'verkend' && b.status === 'concept') {
    assertGeenProblemen(verkenningProblemen(b));
  }
  if (naar === 'ter-besluitvorming') assertGeenProblemen(b.ontbreektVoorIndiening);
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const gezet = await opdrachten.updateBestuursopdrachtStatus(
        trx,
        id,
        { status: b.status, versie: b.versie },
        naar,
      );
      if (!gezet) {
        throw new ConflictError(
          'De bestuursopdracht is intussen gewijzigd. Laad haar opnieuw en probeer het nog eens.',
          'intussen-gewijzigd',
        );
      }
      if (naar === 'ter-besluitvorming') {
        const tekst = momentopname(b);
        const nummer = (b.versies.at(-1)?.nummer ?? 0) + 1;
        await opdrachten.insertBestuursopdrachtVersie(trx, {
          bestuursopdracht_id: id,
          nummer,
          inhoud: tekst,
          sha256: createHash('sha256').update(tekst).digest('hex'),
          account_id: accountId,
        });
      }
      await insertDossierOvergang(trx, {
        bestuursopdracht_id: id,
        van: b.status,
        naar,
        toelichting: toelichting?.trim() || null,
        account_id: accountId,
      });
    }),
  );
  return getBestuursopdracht(db, id);
}

/** The college decides on exactly the version that was submitted and is waiting for it. */
export async function neemBesluit(
  db: Kysely<Database>,
  id: string,
  i: BesluitInvoer,
  accountId: string,
): Promise<OpdrachtZonderMag> {
  const b = await getBestuursopdracht(db, id);
  const ingediend = b.versies.at(-1);
  if (b.status !== 'ter-besluitvorming' || !ingediend) {
    throw new ConflictError(
      `Er ligt geen versie van deze bestuursopdracht ter besluitvorming (de status is '${b.status}').`,
      'verkeerde-fase',
    );
  }
  if (i.versie !== ingediend.nummer) {
    throw new ConflictError(
      b.versies.some((v) => v.nummer === i.versie)
        ? `Versie ${i.versie} is niet de versie die ter besluitvorming ligt; dat is versie ${ingediend.nummer}.`
        : `Versie ${i.versie} is nooit ingediend; ter besluitvorming ligt versie ${ingediend.nummer}.`,
      'verkeerde-versie',
    );
  }
  if (i.uitkomst === 'gewijzigd-vastgesteld' && !i.voorwaarden?.trim()) {
    throw new ValidationError([
      {
        veld: 'voorwaarden',
        code: 'verplicht',
        melding: 'Beschrijf de wijzigingen waarmee het college vaststelt.',
      },
    ]);
  }
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const gezet = await opdrachten.updateBestuursopdrachtStatus(
        trx,
        id,
        { status: 'ter-besluitvorming' },
        i.uitkomst,
      );
      if (!gezet) throw new ConflictError('Over deze versie is intussen al besloten.', 'intussen-gewijzigd');
      await opdrachten.insertBesluit(trx, {
        bestuursopdracht_id: id,
        versie_nummer: i.versie,
        uitkomst: i.uitkomst,
        besluitnummer: i.besluitnummer.trim(),
        datum: i.datum,
        voorwaarden: i.voorwaarden?.trim() || null,
        account_id: accountId,
      });
      await insertDossierOvergang(trx, {
        bestuursopdracht_id: id,
        van: 'ter-besluitvorming',
        naar: i.uitkomst,
        toelichting: `Besluit ${i.besluitnummer.trim()} over versie ${i.versie}`,
        account_id: accountId,
      });
    }),
  );
  return getBestuursopdracht(db, id);
}

/** A frozen version exactly as submitted: its bytes, its hash and the besluit on it. */
export async function getVersie(
  db: Kysely<Database>,
  id: string,
  nummer: number,
): Promise<BestuursopdrachtVersie> {
  const v = await opdrachten.findBestuursopdrachtVersie(db, id, nummer);
  if (!v) throw new NotFoundError('Versie', `${id}/${nummer}`);
  const besluit = await opdrachten.findBesluitOpVersie(db, id, nummer);
  return {
    nummer: v.nummer,
    sha256: v.sha256,
    ingediendOp: new Date(v.ingediend_op).toISOString(),
    tekst: v.inhoud,
    inhoud: JSON.parse(v.inhoud) as Record<string, unknown>,
    besluit: besluit
      ? {
          id: besluit.id,
          versie: besluit.versie_nummer,
          uitkomst: besluit.uitkomst,
          besluitnummer: besluit.besluitnummer,
          datum: besluit.datum,
          voorwaarden: besluit.voorwaarden,
        }
      : null,
  };
}

/** What changed from one version to another; "concept" compares with the current working copy. */
export async function getVerschillen(
  db: Kysely<Database>,
  id: string,
  van: number,
  naar: number | 'concept',
): Promise<Verschillen> {
  const oud = await getVersie(db, id, van);
  const nieuw =
    naar === 'concept'
      ? (JSON.parse(momentopname(await getBestuursopdracht(db, id))) as Record<string, unknown>)
      : (await getVersie(db, id, naar)).inhoud;
  return { van, naar, verschillen: verschillen(oud.inhoud, nieuw) };
}

/** Every besluit, newest first, for the college's overview. */
export async function listBesluiten(db: Kysely<Database>): Promise<BesluitInLijst[]> {
  const r = await opdrachten.findBesluiten(db);
  return r.map(
    (x): BesluitInLijst => ({
      id: x.id,
      bestuursopdracht: { id: x.bestuursopdracht_id, titel: x.titel },
      versie: x.versie_nummer,
      uitkomst: x.uitkomst,
      besluitnummer: x.besluitnummer,
      datum: x.datum,
      voorwaarden: x.voorwaarden,
    }),
  );
}

/**
 * The collegevoorstel of a version (by default the last one submitted, or the working copy when
 * none was), with the names of programmes and teams looked up.
 */
export async function collegevoorstel(db: Kysely<Database>, id: string, versieNummer?: number) {
  const b = await getBestuursopdracht(db, id);
  const nummer = versieNummer ?? b.versies.at(-1)?.nummer;
  const versie = nummer !== undefined ? await getVersie(db, id, nummer) : null;
  const s = (versie ? versie.inhoud : JSON.parse(momentopname(b))) as unknown as BestuursopdrachtInhoud & {
    ambitie: { titel: string } | null;
    programma: { naam: string } | null;
    capaciteitsvragen: {
      expertise: { naam: string };
      minimumNiveau: number;
      team: { naam: string } | null;
      periode: string;
      uren: number;
      toelichting: string | null;
    }[];
  };
  const programmaIds = s.budget.map((x) => x.begrotingsprogrammaId);
  const teamIds = s.rollen.teams.map((t) => t.teamId);
  const [programmas, teams] = await Promise.all([
    opdrachten.findBegrotingsprogrammaNamen(db, programmaIds),
    opdrachten.findTeamNamen(db, teamIds),
  ]);
  const programmaNaam = (pid: string) => {
    const p = programmas.find((x) => x.id === pid);
    return p ? `${p.code} ${p.naam} (${p.begrotingsjaar})` : pid;
  };
  return {
    bestandsnaam: `collegevoorstel-${
      b.titel
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'bestuursopdracht'
    }${versie ? `-v${versie.nummer}` : '-concept'}.docx`,
    invoer: {
      titel: s.titel,
      versie: versie
        ? { nummer: versie.nummer, ingediendOp: versie.ingediendOp, sha256: versie.sha256 }
        : null,
      status: b.status,
      ambitie: s.ambitie?.titel ?? null,
      programma: s.programma?.naam ?? null,
      verkenning: s.verkenning,
      doelstellingen: s.doelstellingen,
      mijlpalen: s.mijlpalen,
      capaciteitsvragen: s.capaciteitsvragen.map((c) => ({
        expertise: c.expertise.naam,
        minimumNiveau: c.minimumNiveau,
        team: c.team?.naam ?? null,
        periode: c.periode,
        uren: c.uren,
        toelichting: c.toelichting,
      })),
      budget: s.budget.map((x) => ({
        begrotingsprogramma: programmaNaam(x.begrotingsprogrammaId),
        bedrag: x.bedrag,
        toelichting: x.toelichting,
      })),
      rollen: {
        bestuurlijkOpdrachtgever: s.rollen.bestuurlijkOpdrachtgever,
        ambtelijkOpdrachtgever: s.rollen.ambtelijkOpdrachtgever,
        opdrachtnemer: s.rollen.opdrachtnemer,
        teams: s.rollen.teams.map((t) => ({
          team: teams.find((x) => x.id === t.teamId)?.naam ?? t.teamId,
          rol: t.rol,
        })),
      },
      verantwoording: s.verantwoording,
      besluitvormingsproces: s.besluitvormingsproces,
      besluit: versie?.besluit ?? null,
    },
  };
}

/** Who takes a step: their account (recorded with it) and roles (the policy's STAPPEN). */
export type Handelende = Pick<Gebruiker, 'accountId' | 'rollen'>;

type Beller = Pick<Gebruiker, 'rollen' | 'totpNodig' | 'totpVoldaan'>;

/** A bestuursopdracht as the API answers it to this caller: with what they may do with it now (`mag`). */
export function metMag(g: Beller, b: OpdrachtZonderMag): Bestuursopdracht;
export function metMag(g: Beller, b: KortZonderMag): BestuursopdrachtSamenvatting;
export function metMag(g: Beller, b: KortZonderMag): BestuursopdrachtSamenvatting {
  return { ...b, mag: bestuursopdrachtMag(g, b.status) };
}

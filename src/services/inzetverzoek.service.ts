import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertIsDeBeslisser,
  assertMagInzetverzoekZien,
  type InzetverzoekDoel,
  inzetGevolgenZicht,
  inzetverzoekMag,
} from '../access/inzetverzoek';
import type {
  Inzetverzoek,
  InzetverzoekFilter,
  InzetverzoekGevolgen,
  InzetverzoekInvoer,
  InzetverzoekStatistiek,
  TegenvoorstelInvoer,
} from '../contract/inzetverzoek';
import { findDossierStatusVanVraag } from '../db/capaciteitsvraag.repository';
import { withDbErrors } from '../db/db-errors';
import { heeftInzetOpVraag, insertWendbareInzet } from '../db/inzet.repository';
import * as repo from '../db/inzetverzoek.repository';
import { findContracturen, findTeamlidmaatschappen, lockMedewerker } from '../db/medewerker.repository';
import type { Paginering, Sortering } from '../db/query-helpers';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import { gevolgenVoorMedewerker, gevolgenVoorTeam } from '../domain/inzet-gevolgen';
import { geldendInWeek, toetsInzet } from '../domain/inzet-toets';
import { type InzetverzoekStatus, OPEN_STATUSSEN, wachtdagen } from '../domain/inzetverzoek';
import { INZETVERZOEK_STAPPEN, type InzetverzoekStap } from '../domain/inzetverzoek-stappen';
import { isoWeek } from '../domain/kalender';
import { OvergangNietToegestaanError } from '../domain/levenscyclus';
import { volledigeNaam } from '../domain/medewerker';
import {
  assertGeenProblemen,
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { bereik } from './beschikbaarheid.service';
import { getCapaciteitsvraag } from './capaciteitsvraag.service';
import { medewerkerRuimte, teamRuimte } from './inzetruimte.service';

const formatUren = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x);

/** What of a request decides who may see it and act on it (src/access/inzetverzoek.ts). */
function doelVan(r: repo.InzetverzoekRij): InzetverzoekDoel {
  return {
    teamId: r.team_id,
    teamNaam: r.team_naam,
    medewerkerId: r.medewerker_id,
    status: r.status,
    aangevraagdDoorAccountId: r.aangevraagd_door ?? null,
  };
}

const isOpen = (s: InzetverzoekStatus) => (OPEN_STATUSSEN as readonly InzetverzoekStatus[]).includes(s);

/**
 * What consent would do to each open request of `rijen` (issue 17, "approving blind"): the hours on
 * the table (a counter-proposal once made), the person's free hours in those weeks and the team's
 * share for robust work, before and after — each part only for a caller who may see it. The figures
 * are the grids' own (inzetruimte.service), read once for all requests over the weeks they span.
 */
async function gevolgenVan(
  db: Kysely<Database>,
  rijen: readonly repo.InzetverzoekRij[],
  g: Gebruiker,
): Promise<Map<string, InzetverzoekGevolgen>> {
  const uit = new Map<string, InzetverzoekGevolgen>();
  const items = rijen
    .filter((r) => isOpen(r.status))
    .map((r) => {
      const tegen =
        r.status === 'tegenvoorstel' && r.tegen_van && r.tegen_tot && r.tegen_uren_per_week !== null;
      return {
        r,
        vanWeek: isoWeek(tegen ? r.tegen_van! : r.van),
        totWeek: isoWeek(tegen ? r.tegen_tot! : r.tot),
        urenPerWeek: Number(tegen ? r.tegen_uren_per_week : r.uren_per_week),
        zicht: inzetGevolgenZicht(g, doelVan(r)),
      };
    });
  if (items.length === 0) return uit;
  // ISO week keys (YYYY-Www) sort as text.
  const vanWeek = items.map((i) => i.vanWeek).sort()[0]!;
  const totWeek = items
    .map((i) => i.totWeek)
    .sort()
    .at(-1)!;
  const [ruimte, teams] = await Promise.all([
    medewerkerRuimte(
      db,
      [...new Set(items.filter((i) => i.zicht.medewerker).map((i) => i.r.medewerker_id))],
      vanWeek,
      totWeek,
    ),
    teamRuimte(db, [...new Set(items.filter((i) => i.zicht.team).map((i) => i.r.team_id))], vanWeek, totWeek),
  ]);
  for (const i of items) {
    const binnen = (w: { week: string }) => w.week >= i.vanWeek && w.week <= i.totWeek;
    const m = i.zicht.medewerker ? ruimte.get(i.r.medewerker_id) : undefined;
    const t = i.zicht.team ? teams.get(i.r.team_id) : undefined;
    const weken = bereik('week', i.vanWeek, i.totWeek).perioden.length;
    uit.set(i.r.id, {
      vanWeek: i.vanWeek,
      totWeek: i.totWeek,
      urenPerWeek: i.urenPerWeek,
      uren: Math.round(i.urenPerWeek * weken * 100) / 100,
      medewerker: m ? gevolgenVoorMedewerker(m.weken.filter(binnen), i.urenPerWeek) : null,
      team: t ? gevolgenVoorTeam(t.weken.filter(binnen), t.reservering, i.urenPerWeek) : null,
    });
  }
  return uit;
}

/** The request as the API answers it, with what this caller may do with it now (`mag`). */
function view(
  r: repo.InzetverzoekRij,
  g: Gebruiker,
  gevolgen: InzetverzoekGevolgen | null = null,
): Inzetverzoek {
  return {
    id: r.id,
    status: r.status,
    capaciteitsvraag: {
      id: r.capaciteitsvraag_id,
      expertise: r.expertise_naam,
      minimumNiveau: r.minimum_niveau,
      periode: r.periode,
      dossier: r.opgave_id
        ? { soort: 'opgave', id: r.opgave_id, titel: r.opgave_titel ?? '' }
        : {
            soort: 'bestuursopdracht',
            id: r.bestuursopdracht_id ?? '',
            titel: r.bestuursopdracht_titel ?? '',
          },
    },
    medewerker: { id: r.medewerker_id, naam: volledigeNaam(r) },
    team: { id: r.team_id, naam: r.team_naam },
    vanWeek: isoWeek(r.van),
    totWeek: isoWeek(r.tot),
    urenPerWeek: Number(r.uren_per_week),
    toelichting: r.toelichting,
    reden: r.reden,
    tegenvoorstel:
      r.tegen_van && r.tegen_tot && r.tegen_uren_per_week !== null
        ? {
            vanWeek: isoWeek(r.tegen_van),
            totWeek: isoWeek(r.tegen_tot),
            urenPerWeek: Number(r.tegen_uren_per_week),
          }
        : null,
    reserveringOverschreden: r.reservering_overschreden,
    overschrijdingReden: r.overschrijding_reden,
    bovenBeschikbaar: r.boven_beschikbaar,
    aangevraagdDoor: r.aangevraagd_door_naam ?? null,
    // The account, not the name, says whose request it is: two people can share a name.
    aangevraagdDoorAccountId: r.aangevraagd_door ?? null,
    aangevraagdOp: new Date(r.aangevraagd_op).toISOString(),
    beslistDoor: r.beslist_door_naam ?? null,
    beslistOp: r.beslist_op ? new Date(r.beslist_op).toISOString() : null,
    wachtdagen: wachtdagen(
      new Date(r.aangevraagd_op),
      r.beslist_op ? new Date(r.beslist_op) : null,
      new Date(),
    ),
    gevolgen,
    versie: r.versie,
    mag: inzetverzoekMag(g, doelVan(r)),
  };
}

async function findOfFout(db: Kysely<Database>, id: string) {
  const r = await repo.findInzetverzoek(db, id);
  if (!r) throw new NotFoundError('Inzetverzoek', id);
  return r;
}

/** One request, for those it concerns (the asker, the teamleider, the medewerker) and those who staff. */
export async function getInzetverzoek(db: Kysely<Database>, id: string, g: Gebruiker): Promise<Inzetverzoek> {
  const r = await findOfFout(db, id);
  assertMagInzetverzoekZien(g, doelVan(r));
  return view(r, g, (await gevolgenVan(db, [r], g)).get(r.id) ?? null);
}

/**
 * Requests a caller may see: programmaregisseurs and the directie all of them, a teamleider those
 * for their own teams, a medewerker their own. A page at a time in the order asked for, with the total.
 */
export async function listInzetverzoeken(
  db: Kysely<Database>,
  g: Gebruiker,
  filter: InzetverzoekFilter,
  sortering: Sortering<'aangevraagdOp'>,
  pagina: Paginering,
): Promise<{ rijen: Inzetverzoek[]; aantal: number }> {
  const alles = g.rollen.some((r) => r === 'directeur' || r === 'programmaregisseur' || r === 'po');
  const { rijen, aantal } = await repo.findInzetverzoeken(
    db,
    filter,
    alles
      ? { alles: true }
      : {
          alles: false,
          teamIds: g.rollen.includes('teamleider') ? g.teamIds : [],
          medewerkerId: g.medewerkerId ?? null,
        },
    sortering.richting,
    pagina,
  );
  const gevolgen = await gevolgenVan(db, rijen, g);
  return { rijen: rijen.map((r) => view(r, g, gevolgen.get(r.id) ?? null)), aantal };
}

/** A dossier is staffed once it may be worked on: an opgave not closed, a decided bestuursopdracht. */
async function assertDossierKanInzet(db: Kysely<Database>, vraagId: string) {
  const d = await findDossierStatusVanVraag(db, vraagId);
  if (!d) throw new NotFoundError('Capaciteitsvraag', vraagId);
  if (d.opgave_status === 'afgerond')
    throw new ConflictError(
      'Deze opgave is afgerond; er wordt geen inzet meer gevraagd.',
      'dossier-afgerond',
    );
  if (
    d.opdracht_status &&
    !['vastgesteld', 'gewijzigd-vastgesteld', 'in-uitvoering'].includes(d.opdracht_status)
  ) {
    throw new ConflictError(
      `Vraag inzet aan zodra het college de bestuursopdracht heeft vastgesteld; nu is ze '${d.opdracht_status}'.`,
      'verkeerde-fase',
    );
  }
}

/**
 * The medewerker, locked for the rest of the transaction, must be in service, under contract hours
 * in every week and in a basisteam in the first week: that team is asked.
 */
async function controleerMedewerker(
  db: Kysely<Database>,
  medewerkerId: string,
  van: string,
  tot: string,
  perioden: { sleutel: string; van: string }[],
): Promise<{ teamId: string | null; problemen: Probleem[] }> {
  const m = await lockMedewerker(db, medewerkerId);
  if (!m)
    return {
      teamId: null,
      problemen: [{ veld: 'medewerkerId', code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' }],
    };
  const [contracturen, lidmaatschappen] = await Promise.all([
    findContracturen(db, m.id),
    findTeamlidmaatschappen(db, m.id),
  ]);
  const problemen = toetsInzet({
    dienstverband: m,
    contracturen,
    lidmaatschappen,
    van,
    tot,
    weken: perioden,
    team: { soort: 'basisteam' },
  });
  return { teamId: geldendInWeek(lidmaatschappen, perioden[0]!)?.team_id ?? null, problemen };
}

/**
 * Asks the teamleider of the medewerker's basisteam for hours on a capaciteitsvraag. The checks and
 * the insert are one transaction under the medewerker's row lock, the lock zetInzet and every change
 * to the medewerker's history take: what was checked (employment, contract hours, team, free hours)
 * cannot change before the request is recorded, and two requests for one person queue up.
 */
export async function vraagInzetAan(
  db: Kysely<Database>,
  vraagId: string,
  i: InzetverzoekInvoer,
  g: Gebruiker,
  scenarioId?: string,
): Promise<Inzetverzoek> {
  const id = await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const vraag = await getCapaciteitsvraag(trx, vraagId);
      await assertDossierKanInzet(trx, vraagId);
      const { van, tot, perioden } = bereik('week', i.vanWeek, i.totWeek);
      const { teamId, problemen } = await controleerMedewerker(trx, i.medewerkerId, van, tot, perioden);
      if (problemen.length === 0) {
        const niveau = await repo.findExpertiseNiveau(trx, i.medewerkerId, vraag.expertise.id);
        if (niveau === undefined || niveau < vraag.minimumNiveau) {
          problemen.push({
            veld: 'medewerkerId',
            code: 'niveau-te-laag',
            melding: `Gevraagd is ${vraag.expertise.naam} op niveau ${vraag.minimumNiveau}; deze medewerker heeft ${niveau !== undefined ? `niveau ${niveau}` : 'die expertise niet'}.`,
          });
        }
      }
      if (i.overschrijdReservering && !i.overschrijdingReden?.trim()) {
        problemen.push({
          veld: 'overschrijdingReden',
          code: 'verplicht',
          melding: 'Geef een reden om de reservering van het team te overschrijden.',
        });
      }
      assertGeenProblemen(problemen);
      const [ruimte, teams] = await Promise.all([
        medewerkerRuimte(trx, [i.medewerkerId], i.vanWeek, i.totWeek),
        teamRuimte(trx, [teamId!], i.vanWeek, i.totWeek),
      ]);
      const vrij = ruimte.get(i.medewerkerId)!.minVrij;
      const team = teams.get(teamId!)!;
      const overschreden = i.urenPerWeek > team.minRuimte + 1e-9;
      if (overschreden && !i.overschrijdReservering) {
        throw new ConflictError(
          `Dit verzoek past niet in de reservering van het team (${Math.round(team.reservering * 100)}% voor robuust werk): ` +
            `naast de reservering is er in de krapste week nog ${formatUren(Math.max(0, team.minRuimte))} u/week. ` +
            'Vraag minder uren, of overschrijd de reservering bewust en geef de reden op (overschrijdReservering met overschrijdingReden).',
          'teamreservering',
        );
      }
      return repo.insertInzetverzoek(trx, {
        capaciteitsvraag_id: vraagId,
        medewerker_id: i.medewerkerId,
        team_id: teamId!,
        van,
        tot,
        uren_per_week: i.urenPerWeek,
        toelichting: i.toelichting?.trim() || null,
        reservering_overschreden: overschreden,
        overschrijding_reden: overschreden ? (i.overschrijdingReden?.trim() ?? null) : null,
        boven_beschikbaar: i.urenPerWeek > vrij + 1e-9,
        scenario_id: scenarioId ?? null,
        aangevraagd_door: g.accountId,
      });
    }),
  );
  return getInzetverzoek(db, id, g);
}

/**
 * One step on a request (INZETVERZOEK_STAPPEN): taken by the one it belongs to (403 for anyone
 * else, src/access/inzetverzoek.ts), on the version the caller read (412), from a state the step
 * starts in (409), and recorded with whoever took it.
 */
async function stap(
  db: Kysely<Database>,
  id: string,
  welke: InzetverzoekStap,
  g: Gebruiker,
  versie: number | undefined,
  extra: (trx: Kysely<Database>, huidig: Inzetverzoek) => Promise<repo.InzetverzoekWijziging>,
) {
  const rij = await findOfFout(db, id);
  const doel = doelVan(rij);
  assertIsDeBeslisser(g, doel, welke);
  const huidig = view(rij, g);
  if (versie !== undefined && versie !== huidig.versie) throw new StaleVersionError(huidig.versie);
  const { naar, van } = INZETVERZOEK_STAPPEN[welke];
  if (!(van as readonly InzetverzoekStatus[]).includes(huidig.status)) {
    const mogelijk = Object.values(INZETVERZOEK_STAPPEN)
      .filter((s) => (s.van as readonly InzetverzoekStatus[]).includes(huidig.status))
      .map((s) => s.naar);
    throw new OvergangNietToegestaanError(huidig.status, naar, [...new Set(mogelijk)]);
  }
  await withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const velden = await extra(trx, huidig);
      // Every step changes the status and raises the versie, so the versie read above still
      // matching means nobody decided in between.
      const r = await updateMetVersie(trx, 'inzetverzoek', id, huidig.versie, {
        ...velden,
        status: naar,
        beslist_door: g.accountId,
        beslist_op: new Date(),
      });
      if (!r)
        throw new ConflictError(
          'Over dit verzoek is intussen al beslist. Laad het opnieuw.',
          'intussen-gewijzigd',
        );
    }),
  );
  return getInzetverzoek(db, id, g);
}

/** The inzet that consent creates: agile hours on the capaciteitsvraag, visible in both grids at once. */
async function maakInzet(
  trx: Kysely<Database>,
  v: Inzetverzoek,
  vanWeek: string,
  totWeek: string,
  uren: number,
) {
  const { van, tot } = bereik('week', vanWeek, totWeek);
  if (await heeftInzetOpVraag(trx, v.medewerker.id, v.capaciteitsvraag.id, van, tot)) {
    throw new ConflictError(
      `${v.medewerker.naam} staat in die weken al ingepland op deze capaciteitsvraag. Vraag aansluitende weken aan of pas de bestaande inzet aan.`,
      'overlap',
    );
  }
  await insertWendbareInzet(trx, {
    medewerkerId: v.medewerker.id,
    capaciteitsvraagId: v.capaciteitsvraag.id,
    inzetverzoekId: v.id,
    van,
    tot,
    urenPerWeek: uren,
  });
}

export const stemIn = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'instemmen', g, versie, async (trx, v) => {
    await maakInzet(trx, v, v.vanWeek, v.totWeek, v.urenPerWeek);
    return {};
  });

export const wijsAf = (db: Kysely<Database>, id: string, reden: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'afwijzen', g, versie, async () => ({ reden: reden.trim() }));

export async function stelTegenvoor(
  db: Kysely<Database>,
  id: string,
  t: TegenvoorstelInvoer,
  g: Gebruiker,
  versie?: number,
) {
  const { van, tot } = bereik('week', t.vanWeek, t.totWeek);
  return stap(db, id, 'tegenvoorstellen', g, versie, async () => ({
    tegen_van: van,
    tegen_tot: tot,
    tegen_uren_per_week: t.urenPerWeek,
    reden: t.reden?.trim() || null,
  }));
}

export const aanvaardTegenvoorstel = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'aanvaarden', g, versie, async (trx, v) => {
    if (!v.tegenvoorstel)
      throw new ConflictError('Er ligt geen tegenvoorstel om te aanvaarden.', 'verkeerde-fase');
    await maakInzet(trx, v, v.tegenvoorstel.vanWeek, v.tegenvoorstel.totWeek, v.tegenvoorstel.urenPerWeek);
    return {};
  });

export const trekIn = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'intrekken', g, versie, async () => ({}));

/** Per team: how many requests, how they ended, and how long they waited — for the directie. */
export async function inzetverzoekStatistiek(db: Kysely<Database>): Promise<InzetverzoekStatistiek[]> {
  const rijen = await repo.inzetverzoekStatistiek(db, OPEN_STATUSSEN);
  return rijen.map(
    (x): InzetverzoekStatistiek => ({
      team: { id: x.team_id, naam: x.naam },
      aantal: x.aantal,
      ingestemd: x.ingestemd,
      afgewezen: x.afgewezen,
      open: x.open,
      gemiddeldeWachtdagen: x.gemiddelde_wachtdagen ?? 0,
    }),
  );
}

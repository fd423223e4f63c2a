import { type Kysely, sql } from 'kysely';
import { type Gebruiker, magTeamPlannen } from '../access/gebruiker';
import { withDbErrors } from '../db/db-errors';
import { findContracturen, findTeamlidmaatschappen } from '../db/medewerker.repository';
import { offset, type Paginering, type Sortering, telRijen } from '../db/query-helpers';
import type { Database } from '../db/schema';
import { plusDagen } from '../domain/datum';
import { INZETVERZOEK_GRAAF, type InzetverzoekStatus, wachtdagen } from '../domain/inzetverzoek';
import { isoWeek } from '../domain/kalender';
import { controleerOvergang } from '../domain/levenscyclus';
import { volledigeNaam } from '../domain/medewerker';
import { geldendOp } from '../domain/periode';
import {
  assertGeenProblemen,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import { bereik } from './beschikbaarheid.service';
import { getCapaciteitsvraag } from './capaciteitsvraag.service';
import { medewerkerRuimte, teamRuimte } from './inzetruimte.service';

const formatUren = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x);

export interface VerzoekInvoer {
  medewerkerId: string;
  urenPerWeek: number;
  vanWeek: string;
  totWeek: string;
  toelichting?: string | null | undefined;
  /** Explicitly ask past the team's reservering for robust work (audited, with a reason). */
  overschrijdReservering?: boolean | undefined;
  overschrijdingReden?: string | null | undefined;
}

function basis(db: Kysely<Database>) {
  return db
    .selectFrom('inzetverzoek as v')
    .innerJoin('capaciteitsvraag as c', 'c.id', 'v.capaciteitsvraag_id')
    .innerJoin('expertise as e', 'e.id', 'c.expertise_id')
    .innerJoin('medewerker as m', 'm.id', 'v.medewerker_id')
    .innerJoin('team as t', 't.id', 'v.team_id')
    .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
    .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
    .leftJoin('account as aa', 'aa.id', 'v.aangevraagd_door')
    .leftJoin('account as ab', 'ab.id', 'v.beslist_door')
    .selectAll('v')
    .select([
      'e.naam as expertise_naam',
      'c.minimum_niveau',
      'c.periode',
      'c.opgave_id',
      'c.bestuursopdracht_id',
      'o.titel as opgave_titel',
      'b.titel as bestuursopdracht_titel',
      'm.voornaam',
      'm.tussenvoegsel',
      'm.achternaam',
      't.naam as team_naam',
      'aa.naam as aangevraagd_door_naam',
      'ab.naam as beslist_door_naam',
    ])
    .orderBy('v.aangevraagd_op', 'desc');
}

type Rij = Awaited<ReturnType<ReturnType<typeof basis>['execute']>>[number];

function view(r: Rij) {
  return {
    id: r.id,
    status: r.status,
    capaciteitsvraag: {
      id: r.capaciteitsvraag_id,
      expertise: r.expertise_naam,
      minimumNiveau: r.minimum_niveau,
      periode: r.periode,
      dossier: r.opgave_id
        ? { soort: 'opgave' as const, id: r.opgave_id, titel: r.opgave_titel ?? '' }
        : {
            soort: 'bestuursopdracht' as const,
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
    versie: r.versie,
  };
}

export type InzetverzoekView = ReturnType<typeof view>;

export async function getInzetverzoek(db: Kysely<Database>, id: string, g?: Gebruiker) {
  const r = await basis(db).where('v.id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('Inzetverzoek', id);
  if (g) assertMagZien(g, r.team_id, r.medewerker_id);
  return view(r);
}

function assertMagZien(g: Gebruiker, teamId: string, medewerkerId: string) {
  if (g.rollen.some((r) => r === 'directeur' || r === 'programmaregisseur' || r === 'po')) return;
  if (g.rollen.includes('teamleider') && g.teamIds.includes(teamId)) return;
  if (g.medewerkerId === medewerkerId) return;
  throw new ForbiddenError(
    'Dit inzetverzoek is voor de aanvrager, de teamleider van het team en de medewerker zelf.',
  );
}

/**
 * Requests a caller may see: programmaregisseurs and the directie all of them, a teamleider those
 * for their own teams, a medewerker their own. A page at a time in the order asked for, with the total.
 */
export async function listInzetverzoeken(
  db: Kysely<Database>,
  g: Gebruiker,
  filter: {
    status?: InzetverzoekStatus | undefined;
    teamId?: string | undefined;
    capaciteitsvraagId?: string | undefined;
    medewerkerId?: string | undefined;
    aangevraagdDoor?: string | undefined;
  },
  sortering: Sortering<'aangevraagdOp'>,
  pagina: Paginering,
): Promise<{ rijen: InzetverzoekView[]; aantal: number }> {
  let q = basis(db).clearOrderBy().orderBy('v.aangevraagd_op', sortering.richting);
  if (filter.status) q = q.where('v.status', '=', filter.status);
  if (filter.aangevraagdDoor) q = q.where('v.aangevraagd_door', '=', filter.aangevraagdDoor);
  if (filter.teamId) q = q.where('v.team_id', '=', filter.teamId);
  if (filter.capaciteitsvraagId) q = q.where('v.capaciteitsvraag_id', '=', filter.capaciteitsvraagId);
  if (filter.medewerkerId) q = q.where('v.medewerker_id', '=', filter.medewerkerId);
  const alles = g.rollen.some((r) => r === 'directeur' || r === 'programmaregisseur' || r === 'po');
  if (!alles) {
    const teams = g.rollen.includes('teamleider') ? g.teamIds : [];
    q = q.where((eb) =>
      eb.or([
        ...(teams.length > 0 ? [eb('v.team_id', 'in', teams)] : []),
        eb('v.medewerker_id', '=', g.medewerkerId ?? '00000000-0000-0000-0000-000000000000'),
      ]),
    );
  }
  const [rijen, aantal] = await Promise.all([
    q.orderBy('v.id').limit(pagina.paginaGrootte).offset(offset(pagina)).execute(),
    telRijen(q.clearOrderBy()),
  ]);
  return { rijen: rijen.map(view), aantal };
}

/** A dossier is staffed once it may be worked on: an opgave not closed, a decided bestuursopdracht. */
async function assertDossierKanInzet(db: Kysely<Database>, vraagId: string) {
  const d = await db
    .selectFrom('capaciteitsvraag as c')
    .leftJoin('opgave as o', 'o.id', 'c.opgave_id')
    .leftJoin('bestuursopdracht as b', 'b.id', 'c.bestuursopdracht_id')
    .select(['o.status as opgave_status', 'b.status as opdracht_status'])
    .where('c.id', '=', vraagId)
    .executeTakeFirst();
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

/** The basisteam of a medewerker in the first week, and every week inside their employment. */
async function controleerMedewerker(
  db: Kysely<Database>,
  medewerkerId: string,
  van: string,
  tot: string,
  perioden: { sleutel: string; van: string }[],
): Promise<{ teamId: string | null; problemen: Probleem[] }> {
  const m = await db
    .selectFrom('medewerker')
    .select(['id', 'in_dienst', 'uit_dienst'])
    .where('id', '=', medewerkerId)
    .executeTakeFirst();
  if (!m)
    return {
      teamId: null,
      problemen: [{ veld: 'medewerkerId', code: 'bestaat-niet', melding: 'Deze medewerker bestaat niet.' }],
    };
  const problemen: Probleem[] = [];
  if (van < m.in_dienst)
    problemen.push({
      veld: 'vanWeek',
      code: 'voor-in-dienst',
      melding: `De medewerker is pas in dienst vanaf ${m.in_dienst}.`,
    });
  if (m.uit_dienst !== null && tot > m.uit_dienst)
    problemen.push({
      veld: 'totWeek',
      code: 'na-uit-dienst',
      melding: `De medewerker is uit dienst per ${m.uit_dienst}.`,
    });
  const [contracten, lidmaatschappen] = await Promise.all([
    findContracturen(db, m.id),
    findTeamlidmaatschappen(db, m.id),
  ]);
  const zonder = perioden.find(
    (p) => !geldendOp(contracten, p.van) && !geldendOp(contracten, plusDagen(p.van, 4)),
  );
  if (zonder && problemen.length === 0)
    problemen.push({
      veld: 'vanWeek',
      code: 'geen-contract',
      melding: `In week ${zonder.sleutel} gelden geen contracturen.`,
    });
  const eerste = perioden[0]!;
  const team = geldendOp(lidmaatschappen, eerste.van) ?? geldendOp(lidmaatschappen, plusDagen(eerste.van, 4));
  if (!team && problemen.length === 0)
    problemen.push({
      veld: 'medewerkerId',
      code: 'geen-team',
      melding: `De medewerker hoort in week ${eerste.sleutel} bij geen basisteam.`,
    });
  return { teamId: team?.team_id ?? null, problemen };
}

export async function vraagInzetAan(
  db: Kysely<Database>,
  vraagId: string,
  i: VerzoekInvoer,
  g: Gebruiker,
  scenarioId?: string,
) {
  const vraag = await getCapaciteitsvraag(db, vraagId);
  await assertDossierKanInzet(db, vraagId);
  const { van, tot, perioden } = bereik('week', i.vanWeek, i.totWeek);
  const { teamId, problemen } = await controleerMedewerker(db, i.medewerkerId, van, tot, perioden);
  if (problemen.length === 0) {
    const ex = await db
      .selectFrom('medewerker_expertise')
      .select(['niveau'])
      .where('medewerker_id', '=', i.medewerkerId)
      .where('expertise_id', '=', vraag.expertise.id)
      .executeTakeFirst();
    if (!ex || ex.niveau < vraag.minimumNiveau) {
      problemen.push({
        veld: 'medewerkerId',
        code: 'niveau-te-laag',
        melding: `Gevraagd is ${vraag.expertise.naam} op niveau ${vraag.minimumNiveau}; deze medewerker heeft ${ex ? `niveau ${ex.niveau}` : 'die expertise niet'}.`,
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
    medewerkerRuimte(db, [i.medewerkerId], i.vanWeek, i.totWeek),
    teamRuimte(db, [teamId!], i.vanWeek, i.totWeek),
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
  const { id } = await withDbErrors(() =>
    db
      .insertInto('inzetverzoek')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return getInzetverzoek(db, id);
}

async function stap(
  db: Kysely<Database>,
  id: string,
  naar: InzetverzoekStatus,
  g: Gebruiker,
  wie: 'teamleider' | 'aanvrager',
  versie: number | undefined,
  extra: (trx: Kysely<Database>, huidig: InzetverzoekView) => Promise<Record<string, unknown>>,
) {
  const huidig = await getInzetverzoek(db, id);
  if (wie === 'teamleider' && !magTeamPlannen(g, huidig.team.id)) {
    throw new ForbiddenError(
      `Over dit verzoek beslist de teamleider van ${huidig.team.naam}, of de directie.`,
    );
  }
  if (versie !== undefined && versie !== huidig.versie) throw new StaleVersionError(huidig.versie);
  controleerOvergang(INZETVERZOEK_GRAAF, huidig.status, naar);
  await withDbErrors(() =>
    db.transaction().execute(async (trx) => {
      const velden = await extra(trx, huidig);
      const r = await trx
        .updateTable('inzetverzoek')
        .set({
          ...velden,
          status: naar,
          versie: huidig.versie + 1,
          beslist_door: g.accountId,
          beslist_op: new Date(),
        })
        .where('id', '=', id)
        .where('status', '=', huidig.status)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0)
        throw new ConflictError(
          'Over dit verzoek is intussen al beslist. Laad het opnieuw.',
          'intussen-gewijzigd',
        );
    }),
  );
  return getInzetverzoek(db, id);
}

/** The inzet that consent creates: agile hours on the capaciteitsvraag, visible in both grids at once. */
async function maakInzet(
  trx: Kysely<Database>,
  v: InzetverzoekView,
  vanWeek: string,
  totWeek: string,
  uren: number,
) {
  const { van, tot } = bereik('week', vanWeek, totWeek);
  const overlap = await trx
    .selectFrom('inzet')
    .select('id')
    .where('medewerker_id', '=', v.medewerker.id)
    .where('capaciteitsvraag_id', '=', v.capaciteitsvraag.id)
    .where('van', '<=', tot)
    .where('tot', '>=', van)
    .executeTakeFirst();
  if (overlap) {
    throw new ConflictError(
      `${v.medewerker.naam} staat in die weken al ingepland op deze capaciteitsvraag. Vraag aansluitende weken aan of pas de bestaande inzet aan.`,
      'overlap',
    );
  }
  await trx
    .insertInto('inzet')
    .values({
      medewerker_id: v.medewerker.id,
      soort: 'wendbaar',
      resultaatdoel_id: null,
      capaciteitsvraag_id: v.capaciteitsvraag.id,
      inzetverzoek_id: v.id,
      van,
      tot,
      uren_per_week: uren,
    })
    .execute();
}

export const stemIn = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'ingestemd', g, 'teamleider', versie, async (trx, v) => {
    await maakInzet(trx, v, v.vanWeek, v.totWeek, v.urenPerWeek);
    return {};
  });

export const wijsAf = (db: Kysely<Database>, id: string, reden: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'afgewezen', g, 'teamleider', versie, async () => ({ reden: reden.trim() }));

export async function stelTegenvoor(
  db: Kysely<Database>,
  id: string,
  t: { urenPerWeek: number; vanWeek: string; totWeek: string; reden?: string | null | undefined },
  g: Gebruiker,
  versie?: number,
) {
  const { van, tot } = bereik('week', t.vanWeek, t.totWeek);
  return stap(db, id, 'tegenvoorstel', g, 'teamleider', versie, async () => ({
    tegen_van: van,
    tegen_tot: tot,
    tegen_uren_per_week: t.urenPerWeek,
    reden: t.reden?.trim() || null,
  }));
}

export const aanvaardTegenvoorstel = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'ingestemd', g, 'aanvrager', versie, async (trx, v) => {
    if (!v.tegenvoorstel)
      throw new ConflictError('Er ligt geen tegenvoorstel om te aanvaarden.', 'verkeerde-fase');
    await maakInzet(trx, v, v.tegenvoorstel.vanWeek, v.tegenvoorstel.totWeek, v.tegenvoorstel.urenPerWeek);
    return {};
  });

export const trekIn = (db: Kysely<Database>, id: string, g: Gebruiker, versie?: number) =>
  stap(db, id, 'ingetrokken', g, 'aanvrager', versie, async () => ({}));

/** Per team: how many requests, how they ended, and how long they waited — for the directie. */
export async function inzetverzoekStatistiek(db: Kysely<Database>) {
  const r = await sql<{
    team_id: string;
    naam: string;
    aantal: number;
    ingestemd: number;
    afgewezen: number;
    open: number;
    gemiddelde_wachtdagen: number | null;
  }>`
    select t.id as team_id, t.naam,
           count(*)::int as aantal,
           count(*) filter (where v.status = 'ingestemd')::int as ingestemd,
           count(*) filter (where v.status = 'afgewezen')::int as afgewezen,
           count(*) filter (where v.status in ('aangevraagd', 'tegenvoorstel'))::int as open,
           round((avg(extract(epoch from (coalesce(v.beslist_op, now()) - v.aangevraagd_op)) / 86400))::numeric, 1)::float8
             as gemiddelde_wachtdagen
      from inzetverzoek v join team t on t.id = v.team_id
     where v.status <> 'ingetrokken'
     group by t.id, t.naam
     order by t.naam`.execute(db);
  return r.rows.map((x) => ({
    team: { id: x.team_id, naam: x.naam },
    aantal: x.aantal,
    ingestemd: x.ingestemd,
    afgewezen: x.afgewezen,
    open: x.open,
    gemiddeldeWachtdagen: x.gemiddelde_wachtdagen ?? 0,
  }));
}

import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  ImportBestand,
  ImportBestandInvoer,
  ImportInvoer,
  ImportKoppeling,
  ImportKoppelingWijziging,
  ImportRapport,
  ImportVerwerking,
  ImportWijziging,
  NieuweImportKoppeling,
} from '../contract/import';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/import.repository';
import { endLeiderschap, endLeiderschapVanTeam } from '../db/leiderschap.repository';
import { endAllFacts, endContracturen, endTeamlidmaatschap, reopenFacts } from '../db/medewerker.repository';
import { findTerugwerkendeDagen } from '../db/medewerker-historie.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { vandaag } from '../domain/datum';
import { planFormatieplaatsen } from '../domain/import-formatie';
import {
  type ImportPlan,
  type ImportStand,
  ouderEerst,
  planMedewerkersStappen,
  planTeams,
} from '../domain/import-plan';
import {
  formatieSleutel,
  type ImportProbleem,
  leesFormatieplaatsRijenStappen,
  leesMedewerkerRijenStappen,
  leesTeamRijenStappen,
} from '../domain/import-rijen';
import { doorloop, type Stappen } from '../domain/import-stappen';
import type { RuweTabel } from '../domain/import-tabel';
import { type ImportSoort, type Koppeling, stelKoppelingVoor, VELDEN } from '../domain/import-velden';
import { laatsteTeamdag } from '../domain/leiderschap';
import {
  ConflictError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
  ValidationError,
} from '../domain/probleem';
import { STANDAARD_TERUGWERKENDE_DAGEN } from '../domain/terugwerkend';
import { leesBestand, OnleesbaarBestand } from '../import/lees-bestand';

/**
 * Import from the HR system (issue 16): read the file (src/import), give its columns meaning
 * (src/domain/import-rijen.ts), plan against the whole current state read at once
 * (src/domain/import-plan.ts) and, on commit, carry out exactly that plan in the request's one
 * transaction. A dry run and a commit take the same path up to the plan; the commit is refused (409)
 * while the plan holds any problem, so nothing is ever half imported.
 */

interface GelezenBestand {
  bestandsnaam: string;
  sha256: string;
  soort: ImportSoort;
  tabel: RuweTabel;
}

async function leesInvoer(invoer: {
  bestandsnaam: string;
  inhoud: string;
  soort: ImportSoort;
}): Promise<GelezenBestand> {
  const bytes = Buffer.from(invoer.inhoud, 'base64');
  if (bytes.length === 0)
    throw new ValidationError([{ veld: 'inhoud', code: 'leeg', melding: 'Het bestand is leeg.' }]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const tabel = await leesBestand(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      invoer.bestandsnaam,
    );
    return { bestandsnaam: invoer.bestandsnaam.trim(), sha256, soort: invoer.soort, tabel };
  } catch (e) {
    if (e instanceof OnleesbaarBestand)
      throw new ValidationError([{ veld: 'inhoud', code: 'onleesbaar', melding: e.message }]);
    throw e;
  }
}

const celTekst = (c: unknown): string =>
  c === null || c === undefined
    ? ''
    : typeof c === 'object'
      ? 'datum' in c
        ? String((c as { datum: string }).datum)
        : String((c as { formule: string }).formule)
      : String(c);

/** What the file holds: its header, a few rows, and the suggested mapping. Nothing is read from the database. */
export async function leesImportBestand(invoer: ImportBestandInvoer): Promise<ImportBestand> {
  const b = await leesInvoer(invoer);
  return {
    bestandsnaam: b.bestandsnaam,
    sha256: b.sha256,
    soort: b.soort,
    bron: {
      soort: b.tabel.bron.soort,
      codering: b.tabel.bron.codering ?? null,
      scheidingsteken: b.tabel.bron.scheidingsteken ?? null,
    },
    koppen: b.tabel.koppen,
    aantalRijen: b.tabel.rijen.length,
    voorbeeld: b.tabel.rijen.slice(0, 5).map((r) => b.tabel.koppen.map((_, i) => celTekst(r.cellen[i]))),
    voorgesteldeKoppeling: stelKoppelingVoor(b.soort, b.tabel.koppen) as Record<string, string>,
    velden: [...VELDEN[b.soort]],
  };
}

/** The mapping must name fields of this soort and columns of this file, and map the key. */
function controleerKoppeling(
  soort: ImportSoort,
  koppeling: Record<string, string>,
  koppen: string[],
): Probleem[] {
  const velden = VELDEN[soort];
  const problemen: Probleem[] = [];
  for (const [veld, kop] of Object.entries(koppeling)) {
    if (!velden.some((v) => v.veld === veld))
      problemen.push({
        veld: `koppeling.${veld}`,
        code: 'onbekend-veld',
        melding: `"${veld}" is geen veld van een ${soort}-import.`,
      });
    else if (kop !== '' && !koppen.includes(kop))
      problemen.push({
        veld: `koppeling.${veld}`,
        code: 'onbekende-kolom',
        melding: `Het bestand heeft geen kolom "${kop}".`,
      });
  }
  for (const v of velden)
    if (v.verplicht && !koppeling[v.veld])
      problemen.push({
        veld: `koppeling.${v.veld}`,
        code: 'verplicht',
        melding: `Koppel een kolom aan "${v.label}"; dat veld is verplicht.`,
      });
  return problemen;
}

interface Gepland {
  bestand: GelezenBestand;
  koppeling: Record<string, string>;
  peildatum: string;
  volledig: boolean;
  aantalRijen: number;
  plan: ImportPlan;
}

/** The phases of a dry run, as the progress of a background dry run names them. */
export type ImportFase = 'lezen' | 'controleren' | 'ophalen' | 'vergelijken';

/**
 * How planImport runs its long steps: at once (the default: a synchronous dry run, the commit, the
 * CLI), or in slices that report progress and let the server answer the poll in between
 * (src/services/import-proef.service.ts).
 */
export interface ImportLoper {
  fase(fase: ImportFase, totaal: number): void;
  stappen<T>(stappen: Stappen<T>, fase: ImportFase, totaal: number): Promise<T>;
}

const inEens: ImportLoper = { fase: () => undefined, stappen: async (s) => doorloop(s) };

/** The key of every row, bad ones too: with `volledig`, a row with a problem is still in the file. */
function sleutelsVan(soort: ImportSoort, tabel: RuweTabel, koppeling: Record<string, string>): Set<string> {
  const kolom = (veld: string) => tabel.koppen.indexOf(koppeling[veld] ?? '');
  const cel = (r: RuweTabel['rijen'][number], i: number) => celTekst(r.cellen[i]).trim();
  if (soort === 'formatieplaatsen') {
    const [team, functie, schaal] = [kolom('team'), kolom('functie'), kolom('schaal')];
    return new Set(
      tabel.rijen.map((r) =>
        formatieSleutel(cel(r, team), cel(r, functie), cel(r, schaal).replace(/^schaal\s*/i, '')),
      ),
    );
  }
  const i = kolom(soort === 'medewerkers' ? 'personeelsnummer' : 'naam');
  return new Set(
    tabel.rijen.map((r) => (soort === 'medewerkers' ? cel(r, i) : cel(r, i).toLocaleLowerCase('nl'))),
  );
}

/** The current state a medewerkers or teams file is planned against, read at once. */
async function importStand(db: Kysely<Database>, loper: ImportLoper): Promise<ImportStand> {
  loper.fase('ophalen', 0);
  const [stand, dagen] = await Promise.all([repo.findImportStand(db), findTerugwerkendeDagen(db)]);
  return { ...stand, terugwerkendeDagen: dagen ?? STANDAARD_TERUGWERKENDE_DAGEN };
}

/** Reads, maps and plans: the one path of both the dry run and the commit. */
export async function planImport(
  db: Kysely<Database>,
  invoer: ImportInvoer,
  loper: ImportLoper = inEens,
): Promise<Gepland> {
  loper.fase('lezen', 0);
  const bestand = await leesInvoer(invoer);
  const koppeling = Object.fromEntries(
    Object.entries(
      invoer.koppeling ?? (stelKoppelingVoor(invoer.soort, bestand.tabel.koppen) as Record<string, string>),
    ).filter(([, kop]) => kop !== ''),
  );
  const fouten = controleerKoppeling(invoer.soort, koppeling, bestand.tabel.koppen);
  if (fouten.length > 0) throw new ValidationError(fouten);
  const peildatum = invoer.peildatum ?? vandaag();
  const volledig = invoer.volledig ?? false;
  const totaal = bestand.tabel.rijen.length;
  const opties = {
    peildatum,
    vandaag: vandaag(),
    volledig,
    sleutelsInBestand: sleutelsVan(invoer.soort, bestand.tabel, koppeling),
    ...(invoer.reden ? { reden: invoer.reden } : {}),
  };
  const k = koppeling as Koppeling;
  let plan: ImportPlan;
  let rijProblemen: ImportProbleem[];
  if (invoer.soort === 'formatieplaatsen') {
    const { rijen, problemen } = await loper.stappen(
      leesFormatieplaatsRijenStappen(bestand.tabel, k),
      'controleren',
      totaal,
    );
    rijProblemen = problemen;
    loper.fase('ophalen', 0);
    const [stand, dagen] = await Promise.all([
      repo.findFormatieStand(db, peildatum),
      findTerugwerkendeDagen(db),
    ]);
    loper.fase('vergelijken', rijen.length);
    plan = planFormatieplaatsen(
      { ...stand, terugwerkendeDagen: dagen ?? STANDAARD_TERUGWERKENDE_DAGEN },
      rijen,
      opties,
    );
  } else if (invoer.soort === 'medewerkers') {
    const { rijen, problemen } = await loper.stappen(
      leesMedewerkerRijenStappen(bestand.tabel, k),
      'controleren',
      totaal,
    );
    rijProblemen = problemen;
    const stand = await importStand(db, loper);
    plan = await loper.stappen(planMedewerkersStappen(stand, rijen, opties), 'vergelijken', rijen.length);
  } else {
    const { rijen, problemen } = await loper.stappen(
      leesTeamRijenStappen(bestand.tabel, k),
      'controleren',
      totaal,
    );
    rijProblemen = problemen;
    plan = planTeams(await importStand(db, loper), rijen, opties);
  }
  const problemen = [...rijProblemen, ...plan.problemen].sort(
    (a, b) => (a.rij ?? Number.MAX_SAFE_INTEGER) - (b.rij ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    bestand,
    koppeling,
    peildatum,
    volledig,
    aantalRijen: totaal,
    plan: { ...plan, problemen },
  };
}

export function rapport(g: Gepland, id: string | null): ImportRapport {
  const { plan } = g;
  const wijzigingen: ImportWijziging[] = [
    ...plan.teams.map((t) => ({
      soort: t.soort,
      rij: t.rij,
      sleutel: t.naam,
      naam: t.naam,
      ingangsdatum: t.opheffen ?? null,
      velden: t.wijzigingen,
    })),
    ...plan.medewerkers.map((m) => ({
      soort: m.soort,
      rij: m.rij,
      sleutel: m.personeelsnummer,
      naam: m.naam,
      ingangsdatum: m.ingangsdatum,
      velden: m.wijzigingen,
    })),
    ...plan.formatieplaatsen.map((f) => ({
      soort: f.soort,
      rij: f.rij,
      sleutel: f.naam,
      naam: f.naam,
      ingangsdatum: f.ingangsdatum,
      velden: f.wijzigingen,
    })),
  ];
  const tel = (s: string) => wijzigingen.filter((w) => w.soort === s).length;
  const aantallen = {
    rijen: g.aantalRijen,
    nieuw: tel('nieuw'),
    gewijzigd: tel('gewijzigd'),
    beeindigd: tel('beeindigd'),
    ongewijzigd: plan.ongewijzigd,
    problemen: plan.problemen.length,
  };
  const samenvatting =
    plan.problemen.length > 0
      ? `Het bestand heeft ${plan.problemen.length} ${plan.problemen.length === 1 ? 'probleem' : 'problemen'}; er wordt niets gewijzigd. Verbeter het bestand of de koppeling en doe de proefimport opnieuw.`
      : wijzigingen.length === 0
        ? 'Geen wijzigingen: alles in het bestand staat al zo in Wendbaar.'
        : id
          ? `Doorgevoerd: ${aantallen.nieuw} nieuw, ${aantallen.gewijzigd} gewijzigd, ${aantallen.beeindigd} beëindigd.`
          : `Klaar om door te voeren: ${aantallen.nieuw} nieuw, ${aantallen.gewijzigd} gewijzigd, ${aantallen.beeindigd} beëindigd, ${aantallen.ongewijzigd} ongewijzigd.`;
  return {
    id,
    bestandsnaam: g.bestand.bestandsnaam,
    sha256: g.bestand.sha256,
    soort: g.bestand.soort,
    peildatum: g.peildatum,
    volledig: g.volledig,
    doorgevoerd: id !== null,
    koppeling: g.koppeling,
    aantallen,
    problemen: plan.problemen,
    waarschuwingen: plan.waarschuwingen,
    wijzigingen,
    samenvatting,
  };
}

/** The dry run: the report of what the commit would do. Writes nothing. */
export async function proefImport(db: Kysely<Database>, invoer: ImportInvoer): Promise<ImportRapport> {
  return rapport(await planImport(db, invoer), null);
}

/**
 * The commit: plans again inside the transaction (the state may have changed since the dry run) and
 * carries out the plan, all or nothing. Refused (409) while there is any problem.
 */
export async function voerImportDoor(
  db: Kysely<Database>,
  accountId: string | null,
  invoer: ImportInvoer,
): Promise<ImportRapport> {
  return withDbErrors(() =>
    inTransactie(db, async (trx) => {
      const gepland = await planImport(trx, invoer);
      const n = gepland.plan.problemen.length;
      if (n > 0)
        throw new ConflictError(
          `Het bestand heeft ${n} ${n === 1 ? 'probleem' : 'problemen'}; er is niets gewijzigd. Doe eerst een proefimport (POST /import-proeven), verbeter wat het rapport noemt en voer daarna opnieuw door.`,
        );
      await voerPlanUit(trx, gepland.plan);
      const voorlopig = rapport(gepland, null);
      const { id } = await repo.insertVerwerking(trx, {
        bestandsnaam: gepland.bestand.bestandsnaam,
        sha256: gepland.bestand.sha256,
        soort: gepland.bestand.soort,
        peildatum: gepland.peildatum,
        volledig: gepland.volledig,
        aantallen: voorlopig.aantallen,
        door_account_id: accountId,
      });
      return rapport(gepland, id);
    }),
  );
}

/** Carries out a plan without problems. Leadership ends go first, so a successor never overlaps. */
export async function voerPlanUit(db: Kysely<Database>, plan: ImportPlan): Promise<void> {
  // Formatieplaatsen: new places in batches, then each change (fte, end) on its place.
  await repo.insertFormatieplaatsRijen(
    db,
    plan.formatieplaatsen.flatMap((f) => {
      if (!f.nieuw) return [];
      const { teamId, ...velden } = f.nieuw;
      return [{ ...velden, team_id: teamId }];
    }),
  );
  for (const f of plan.formatieplaatsen)
    if (f.set && f.plaatsId && Object.keys(f.set).length > 0)
      await repo.updateFormatieplaatsVelden(db, f.plaatsId, f.set);
  if (plan.medewerkers.length === 0 && plan.teams.length === 0) return;

  // Teams: parents before children, by name (a parent may be new in the same file).
  const teamIds = new Map<string, string>();
  const stand = await repo.findImportStand(db);
  for (const t of stand.teams) if (t.opgeheven_op === null) teamIds.set(t.naam.toLocaleLowerCase('nl'), t.id);
  const ouderId = (naam: string | null | undefined) =>
    naam ? (teamIds.get(naam.toLocaleLowerCase('nl')) ?? null) : null;
  for (const n of ouderEerst(plan.teams.flatMap((t) => (t.nieuw ? [t.nieuw] : [])))) {
    const id = await repo.insertTeamRij(db, {
      naam: n.naam,
      soort: n.soort,
      parent_id: ouderId(n.parentNaam),
      omschrijving: n.omschrijving,
    });
    teamIds.set(n.naam.toLocaleLowerCase('nl'), id);
  }
  for (const t of plan.teams) {
    if (t.set && t.teamId) {
      await repo.updateTeamVelden(db, t.teamId, {
        ...(t.set.parentNaam !== undefined ? { parent_id: ouderId(t.set.parentNaam) } : {}),
        ...(t.set.omschrijving !== undefined ? { omschrijving: t.set.omschrijving } : {}),
      });
    }
    if (t.opheffen && t.teamId) {
      await repo.updateTeamVelden(db, t.teamId, { opgeheven_op: t.opheffen });
      await endLeiderschapVanTeam(db, t.teamId, laatsteTeamdag(t.opheffen)!);
    }
  }

  // Medewerkers: leadership ends first, then new people in batches, then the changes one by one.
  for (const m of plan.medewerkers)
    for (const e of m.leiding?.beeindig ?? []) await endLeiderschap(db, e.id, e.einddatum);
  const nieuw = plan.medewerkers.flatMap((m) => (m.nieuw ? [{ nr: m.personeelsnummer, ...m.nieuw }] : []));
  if (nieuw.length > 0) {
    const ids = await repo.insertMedewerkers(
      db,
      nieuw.map((n) => ({
        personeelsnummer: n.nr,
        voornaam: n.voornaam,
        tussenvoegsel: n.tussenvoegsel,
        achternaam: n.achternaam,
        e_mail: n.e_mail,
        functie: n.functie,
        schaal: n.schaal,
        trede: n.trede,
        in_dienst: n.in_dienst,
        uit_dienst: n.uit_dienst,
      })),
    );
    const feit = (n: (typeof nieuw)[number]) => ({
      medewerker_id: ids.get(n.nr)!,
      ingangsdatum: n.in_dienst,
      einddatum: n.uit_dienst,
    });
    await repo.insertTeamlidmaatschappen(
      db,
      nieuw.map((n) => ({ ...feit(n), team_id: n.teamId })),
    );
    await repo.insertContracturenRijen(
      db,
      nieuw.map((n) => ({ ...feit(n), uren_per_week: n.uren })),
    );
    await repo.insertLeiderschappen(
      db,
      nieuw.flatMap((n) =>
        n.leiding ? [{ ...feit(n), team_id: n.leiding.teamId, rol: n.leiding.rol }] : [],
      ),
    );
  }
  const uitDienstNu = new Map(stand.medewerkers.map((x) => [x.id, x.uit_dienst]));
  for (const m of plan.medewerkers) {
    if (m.nieuw || !m.medewerkerId) continue;
    const id = m.medewerkerId;
    const set = { ...m.set, ...(m.uitDienst ? { uit_dienst: m.uitDienst.nieuw } : {}) };
    if (Object.keys(set).length > 0 || m.team || m.contracturen || m.leiding)
      await repo.updatePersoon(db, id, set);
    if (m.uitDienst) {
      if (m.uitDienst.oud) await reopenFacts(db, id, m.uitDienst.oud, m.uitDienst.nieuw);
      if (m.uitDienst.nieuw) await endAllFacts(db, id, m.uitDienst.nieuw);
    }
    const einde = m.uitDienst ? m.uitDienst.nieuw : (uitDienstNu.get(id) ?? null);
    if (m.team) {
      if (m.team.vervang) await repo.vervangTeam(db, m.team.vervang, m.team.waarde);
      else {
        if (m.team.beeindig) await endTeamlidmaatschap(db, m.team.beeindig.id, m.team.beeindig.einddatum);
        await repo.insertTeamlidmaatschappen(db, [
          { medewerker_id: id, team_id: m.team.waarde, ingangsdatum: m.team.vanaf, einddatum: einde },
        ]);
      }
    }
    if (m.contracturen) {
      if (m.contracturen.vervang) await repo.vervangUren(db, m.contracturen.vervang, m.contracturen.waarde);
      else {
        if (m.contracturen.beeindig)
          await endContracturen(db, m.contracturen.beeindig.id, m.contracturen.beeindig.einddatum);
        await repo.insertContracturenRijen(db, [
          {
            medewerker_id: id,
            uren_per_week: m.contracturen.waarde,
            ingangsdatum: m.contracturen.vanaf,
            einddatum: einde,
          },
        ]);
      }
    }
    if (m.leiding?.nieuw) {
      await repo.insertLeiderschappen(db, [
        {
          medewerker_id: id,
          team_id: m.leiding.nieuw.teamId,
          rol: m.leiding.nieuw.rol,
          ingangsdatum: m.leiding.nieuw.vanaf,
          einddatum: einde,
        },
      ]);
    }
  }
}

export async function listVerwerkingen(db: Kysely<Database>): Promise<{ resultaten: ImportVerwerking[] }> {
  const rijen = await repo.findVerwerkingen(db, 50);
  return {
    resultaten: rijen.map((r) => ({
      id: r.id,
      bestandsnaam: r.bestandsnaam,
      sha256: r.sha256,
      soort: r.soort,
      peildatum: r.peildatum,
      volledig: r.volledig,
      aantallen: r.aantallen,
      verwerktOp: new Date(r.verwerkt_op).toISOString(),
    })),
  };
}

// --- koppelingen ---------------------------------------------------------------------------------

type KoppelingRij = NonNullable<Awaited<ReturnType<typeof repo.findKoppeling>>>;
const koppelingView = (r: KoppelingRij): ImportKoppeling => ({
  id: r.id,
  naam: r.naam,
  soort: r.soort,
  velden: r.velden,
  versie: r.versie,
});

function veldProblemen(soort: ImportSoort, velden: Record<string, string>): Probleem[] {
  return Object.keys(velden)
    .filter((v) => !VELDEN[soort].some((x) => x.veld === v))
    .map((v) => ({
      veld: `velden.${v}`,
      code: 'onbekend-veld',
      melding: `"${v}" is geen veld van een ${soort}-import.`,
    }));
}

export async function listKoppelingen(db: Kysely<Database>): Promise<{ resultaten: ImportKoppeling[] }> {
  return { resultaten: (await repo.findKoppelingen(db)).map(koppelingView) };
}

export async function getKoppeling(db: Kysely<Database>, id: string): Promise<ImportKoppeling> {
  const r = await repo.findKoppeling(db, id);
  if (!r) throw new NotFoundError('Importkoppeling', id);
  return koppelingView(r);
}

/** A mapping by name (the CLI's --koppeling). */
export async function getKoppelingOpNaam(
  db: Kysely<Database>,
  naam: string,
): Promise<ImportKoppeling | undefined> {
  const r = await repo.findKoppelingOpNaam(db, naam);
  return r ? koppelingView(r) : undefined;
}

export async function maakKoppeling(
  db: Kysely<Database>,
  invoer: NieuweImportKoppeling,
): Promise<ImportKoppeling> {
  const fouten = veldProblemen(invoer.soort, invoer.velden);
  if (fouten.length > 0) throw new ValidationError(fouten);
  if (await repo.findKoppelingOpNaam(db, invoer.naam))
    throw new ConflictError(
      `Er is al een koppeling met de naam "${invoer.naam}". Kies een andere naam of wijzig die koppeling.`,
      'bestaat-al',
    );
  return koppelingView(await withDbErrors(() => repo.insertKoppeling(db, invoer)));
}

export async function wijzigKoppeling(
  db: Kysely<Database>,
  id: string,
  versie: number,
  w: ImportKoppelingWijziging,
): Promise<ImportKoppeling> {
  const huidig = await repo.findKoppeling(db, id);
  if (!huidig) throw new NotFoundError('Importkoppeling', id);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  if (w.velden) {
    const fouten = veldProblemen(huidig.soort, w.velden);
    if (fouten.length > 0) throw new ValidationError(fouten);
  }
  if (w.naam !== undefined) {
    const ander = await repo.findKoppelingOpNaam(db, w.naam);
    if (ander && ander.id !== id)
      throw new ConflictError(`Er is al een koppeling met de naam "${w.naam}".`, 'bestaat-al');
  }
  const r = await withDbErrors(() => repo.updateKoppeling(db, id, versie, w));
  if (!r) throw new StaleVersionError(huidig.versie);
  return getKoppeling(db, id);
}

export async function verwijderKoppeling(db: Kysely<Database>, id: string, versie: number): Promise<void> {
  const huidig = await repo.findKoppeling(db, id);
  if (!huidig) throw new NotFoundError('Importkoppeling', id);
  if (huidig.versie !== versie) throw new StaleVersionError(huidig.versie);
  await repo.deleteKoppeling(db, id);
}

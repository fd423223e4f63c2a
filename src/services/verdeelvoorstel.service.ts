import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type {
  Omgezet,
  VerdeelParameters,
  VerdeelResultaat,
  Verdeelvoorstel,
  VerdeelvoorstelSamenvatting,
} from '../contract/verdeelvoorstel';
import { findInzetverzoekenVanScenario } from '../db/inzetverzoek.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import * as repo from '../db/verdeelvoorstel.repository';
import { type IsoDatum, laatste, plusDagen, vandaag } from '../domain/datum';
import { OPEN_STATUSSEN, STAANDE_STATUSSEN } from '../domain/inzetverzoek';
import { isoWeek, periodeVan, wekenVanKwartaal } from '../domain/kalender';
import { volledigeNaam } from '../domain/medewerker';
import { assertGeenProblemen, ConflictError, NotFoundError, ValidationError } from '../domain/probleem';
import { instantieInStappen, rondAfInStappen, stappenAfgerond } from '../domain/verdeel-stappen';
import {
  doelwaarde,
  type Geschiktheid,
  type Knelpunt,
  knelpunten,
  onvervuld,
  type PlanWeken,
  passendheid,
  planWeken,
  type VerdeelInstantie,
  verdeelStand,
  wekenVanaf,
} from '../domain/verdeling';
import { verdeelInWorker } from '../planning/verdeel-in-worker';
import type { VerdeelUitkomst } from '../planning/verdeel-model';
import { getInstellingen } from './beschikbaarheid.service';
import { medewerkerRuimte, teamRuimte } from './inzetruimte.service';
import { vraagInzetAan } from './inzetverzoek.service';

const formatUren = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x);

interface Namen {
  medewerkers: Map<string, { naam: string; teamId: string; teamNaam: string; vrij?: number }>;
  vragen: Map<
    string,
    {
      expertiseId: string;
      expertise: string;
      minimumNiveau: number;
      prioriteit: number;
      dossier: { soort: 'opgave' | 'bestuursopdracht'; id: string; titel: string };
    }
  >;
  overgeslagen: { vraagId: string; reden: string }[];
}

/**
 * The verdeel-instance of a quarter from live data, over its weeks not yet passed on `vandaag`: the
 * open capaciteitsvragen (their demand per week less the hours a week already asked or consented in
 * requests that reach into those weeks), everyone holding the expertise at the minimum, their smallest
 * weekly free hours, their teams' smallest weekly room beside the reservering, and the agile dossiers
 * they carry; every bound in the organisation's steps of hours. Read only; nothing changes.
 */
export async function bouwInstantie(
  db: Kysely<Database>,
  p: VerdeelParameters,
  opties: { vandaag: IsoDatum; stap: number },
): Promise<{ inst: VerdeelInstantie; namen: Namen; plan: PlanWeken }> {
  const plan = planWeken(p.periode, opties.vandaag);
  if (!plan) {
    throw new ValidationError([
      {
        veld: 'periode',
        code: 'voorbij',
        melding: `${p.periode} is voorbij: er valt niets meer te plannen. Kies het huidige kwartaal (${isoWeek(opties.vandaag)} valt erin) of een later.`,
      },
    ]);
  }
  const kwartaal = periodeVan('kwartaal', p.periode);
  // The demand is a rate: a vraag of 120 h over the quarter's 14 weeks asks 8,57 h in every week, also
  // in the weeks that remain; the weeks gone are not made up by asking more in the rest.
  const { weken } = wekenVanKwartaal(p.periode);
  const { vanWeek, totWeek } = plan;
  const maandag = periodeVan('week', vanWeek).van;
  const q = { van: laatste(maandag, kwartaal.van) ?? kwartaal.van, tot: kwartaal.tot };
  const vragen = await repo.findVerdeelVragen(db, {
    periode: p.periode,
    ids: p.capaciteitsvraagIds,
    staandeStatussen: STAANDE_STATUSSEN,
    vanaf: q.van,
  });
  // Asked for by id: each must exist in this period, or the proposal would silently answer less.
  const gevonden = new Set(vragen.map((v) => v.id));
  assertGeenProblemen(
    (p.capaciteitsvraagIds ?? []).flatMap((id, i) =>
      gevonden.has(id)
        ? []
        : [
            {
              veld: `capaciteitsvraagIds.${i}`,
              code: 'onbekend',
              melding: `Capaciteitsvraag ${id} bestaat niet of valt niet in ${p.periode}.`,
            },
          ],
    ),
  );
  const namen: Namen = { medewerkers: new Map(), vragen: new Map(), overgeslagen: [] };
  const open = vragen.filter((v) => {
    const werkbaar = v.opgave_id
      ? v.dossier_status !== 'afgerond'
      : ['vastgesteld', 'gewijzigd-vastgesteld', 'in-uitvoering'].includes(v.dossier_status);
    if (!werkbaar) {
      namen.overgeslagen.push({
        vraagId: v.id,
        reden: v.opgave_id
          ? 'de opgave is afgerond'
          : `de bestuursopdracht is nog niet vastgesteld (${v.dossier_status})`,
      });
      return false;
    }
    // Less than half a step still open is nothing a planner can ask for.
    return stappenAfgerond(v.uren / weken - v.al_gevraagd, opties.stap) > 0;
  });
  for (const v of open) {
    namen.vragen.set(v.id, {
      expertiseId: v.expertise_id,
      expertise: v.expertise,
      minimumNiveau: v.minimum_niveau,
      prioriteit: v.prioriteit,
      dossier: v.opgave_id
        ? { soort: 'opgave', id: v.opgave_id, titel: v.titel }
        : { soort: 'bestuursopdracht', id: v.bestuursopdracht_id ?? '', titel: v.titel },
    });
  }
  const expertiseIds = [...new Set(open.map((v) => v.expertise_id))];
  const mensen = await repo.findExpertisehouders(db, expertiseIds, q.van, q.tot);
  const medewerkerIds = [...new Set(mensen.map((m) => m.medewerker_id))];
  const teamIds = [...new Set(mensen.map((m) => m.team_id))];
  const [ruimte, teams, dossiers] = await Promise.all([
    medewerkerRuimte(db, medewerkerIds, vanWeek, totWeek),
    teamRuimte(db, teamIds, vanWeek, totWeek),
    repo.findWendbareDossiers(db, medewerkerIds, q.van, q.tot, OPEN_STATUSSEN),
  ]);
  const dossiersVan = new Map<string, string[]>();
  for (const d of dossiers)
    dossiersVan.set(d.medewerker_id, [...(dossiersVan.get(d.medewerker_id) ?? []), d.dossier]);
  for (const m of mensen) {
    namen.medewerkers.set(m.medewerker_id, {
      naam: volledigeNaam(m),
      teamId: m.team_id,
      teamNaam: m.team_naam,
    });
  }
  const geschiktheden: Geschiktheid[] = [];
  for (const v of open) {
    for (const m of mensen) {
      if (m.expertise_id === v.expertise_id && m.niveau >= v.minimum_niveau) {
        geschiktheden.push({
          medewerkerId: m.medewerker_id,
          vraagId: v.id,
          niveau: m.niveau,
          ambitie: m.ambitie,
        });
      }
    }
  }
  for (const id of medewerkerIds) namen.medewerkers.get(id)!.vrij = Math.max(0, ruimte.get(id)?.minVrij ?? 0);
  const inst: VerdeelInstantie = {
    medewerkers: medewerkerIds.map((id) => ({
      id,
      teamId: namen.medewerkers.get(id)!.teamId,
      vrij: Math.max(0, ruimte.get(id)?.minVrij ?? 0),
      dossiers: dossiersVan.get(id) ?? [],
    })),
    vragen: open.map((v) => ({
      id: v.id,
      dossierId: v.opgave_id ?? v.bestuursopdracht_id ?? '',
      expertiseId: v.expertise_id,
      minimumNiveau: v.minimum_niveau,
      urenPerWeek: Math.round((v.uren / weken - v.al_gevraagd) * 100) / 100,
      prioriteit: v.prioriteit,
    })),
    teams: teamIds.map((id) => ({ id, ruimte: Math.max(0, teams.get(id)?.minRuimte ?? 0) })),
    geschiktheden,
    maxDossiers: p.maxDossiers ?? 3,
    minimumUren: p.minimumUren ?? 4,
  };
  return { inst: instantieInStappen(inst, opties.stap), namen, plan };
}

/**
 * The solver's plan in the organisation's steps (largest remainder, src/domain/verdeel-stappen.ts),
 * with its objective and gap recomputed. The greedy plan on the stepped instance is in steps by
 * itself; should rounding ever leave less than it, the greedy plan is the proposal.
 */
function inStappen(inst: VerdeelInstantie, u: VerdeelUitkomst, stap: number): VerdeelUitkomst {
  const afgerond = rondAfInStappen(inst, u.toewijzingen, stap);
  const waarde = doelwaarde(inst, afgerond);
  const gretigBeter = u.gretig.doelwaarde > waarde + 1e-9;
  const toewijzingen = gretigBeter ? rondAfInStappen(inst, u.gretig.toewijzingen, stap) : afgerond;
  const doel = gretigBeter ? doelwaarde(inst, toewijzingen) : waarde;
  return {
    ...u,
    toewijzingen,
    doelwaarde: doel,
    gap: u.grens > 0 ? Math.max(0, (u.grens - doel) / u.grens) : 0,
  };
}

const KNELPUNT_TEKST: Record<Knelpunt, (e: string, n: number, geschikt: number) => string> = {
  'geen-expertise': (e, n) => `Niemand heeft ${e} op niveau ${n} of hoger.`,
  'geen-vrije-uren': (e, _n, g) =>
    `De ${g} mensen met ${e} op dit niveau hebben deze periode geen vrije uren.`,
  reservering: (e) =>
    `Wie ${e} heeft, zit in teams waarvan de reservering voor robuust werk geen ruimte laat.`,
  dossierlimiet: (e) => `Wie ${e} heeft en tijd heeft, werkt al aan het maximale aantal wendbare dossiers.`,
  'elders-ingezet': (e) =>
    `De vrije uren van wie ${e} heeft, gaan naar vragen met meer prioriteit of betere passendheid.`,
};

/** The proposal as people read it: each line with its reason, and the demand left open with what binds. */
function leesbaar(
  inst: VerdeelInstantie,
  namen: Namen,
  u: VerdeelUitkomst,
  plan: PlanWeken,
  stap: number,
): VerdeelResultaat {
  const mw = new Map(inst.medewerkers.map((m) => [m.id, m]));
  const g = new Map(inst.geschiktheden.map((x) => [`${x.medewerkerId}|${x.vraagId}`, x]));
  const regels = u.toewijzingen.map((t, index) => {
    const v = namen.vragen.get(t.vraagId)!;
    const m = namen.medewerkers.get(t.medewerkerId)!;
    const x = g.get(`${t.medewerkerId}|${t.vraagId}`)!;
    // The free hours as they are, not down to a step: the reason shows what the person has.
    const vrij = m.vrij ?? mw.get(t.medewerkerId)!.vrij;
    const al = mw.get(t.medewerkerId)!.dossiers.includes(v.dossier.id);
    return {
      index,
      medewerker: { id: t.medewerkerId, naam: m.naam },
      team: { id: m.teamId, naam: m.teamNaam },
      capaciteitsvraag: {
        id: t.vraagId,
        expertise: v.expertise,
        dossier: v.dossier,
        prioriteit: v.prioriteit,
      },
      urenPerWeek: t.urenPerWeek,
      reden: [
        `niveau ${x.niveau} (gevraagd ${v.minimumNiveau})`,
        `${formatUren(vrij)} u/week vrij`,
        ...(x.ambitie ? ['wil groeien'] : []),
        ...(al ? ['werkt al aan dit dossier'] : []),
        `prioriteit ${v.prioriteit}`,
      ].join(', '),
      passendheid: passendheid(x.niveau, v.minimumNiveau, x.ambitie),
    };
  });
  const perExpertise = new Map<string, string>();
  for (const v of namen.vragen.values()) perExpertise.set(v.expertiseId, v.expertise);
  return {
    regels,
    onvervuld: onvervuld(inst, u.toewijzingen).map((o) => ({
      expertise: { id: o.expertiseId, naam: perExpertise.get(o.expertiseId) ?? o.expertiseId },
      urenPerWeek: o.urenPerWeek,
    })),
    knelpunten: knelpunten(inst, u.toewijzingen).map((k) => {
      const v = namen.vragen.get(k.vraagId)!;
      return {
        capaciteitsvraag: { id: k.vraagId, expertise: v.expertise, dossier: v.dossier },
        openPerWeek: k.open,
        knelpunt: k.knelpunt,
        uitleg: KNELPUNT_TEKST[k.knelpunt](v.expertise, v.minimumNiveau, k.geschikt),
      };
    }),
    overgeslagen: namen.overgeslagen,
    vanWeek: plan.vanWeek,
    totWeek: plan.totWeek,
    weken: plan.weken,
    voorbij: plan.voorbij,
    stapUren: stap,
    doelwaarde: Math.round(u.doelwaarde * 100) / 100,
    grens: Math.round(u.grens * 100) / 100,
    gap: u.gap,
    gretig: Math.round(u.gretig.doelwaarde * 100) / 100,
    status: u.status,
    seconden: Math.round(u.seconden * 100) / 100,
    paren: u.paren,
  };
}

/**
 * Starts a verdeelvoorstel: records a scenario and solves in a worker thread in the background; the
 * answer comes at once with the scenario's id. Live data stays untouched.
 */
export async function startVerdeelvoorstel(
  db: Kysely<Database>,
  p: VerdeelParameters,
  g: Gebruiker,
  nu: Date = new Date(),
): Promise<Verdeelvoorstel> {
  const stap = (await getInstellingen(db)).verdeelStapUren;
  const { inst, namen, plan } = await bouwInstantie(db, p, { vandaag: vandaag(nu), stap });
  const id = await repo.insertScenario(db, {
    periode: p.periode,
    parameters: p,
    aangemaaktDoor: g.accountId,
  });
  let laatste = 0;
  void verdeelInWorker(inst, { tijdslimietSeconden: p.tijdslimietSeconden ?? 20, gap: 0.001 }, (v) => {
    // At most once a second: the progress is for a person watching, not a log.
    if (Date.now() - laatste < 1000) return;
    laatste = Date.now();
    void repo.zetVoortgang(db, id, v).catch(() => undefined);
  })
    .then((u) => repo.zetKlaar(db, id, leesbaar(inst, namen, inStappen(inst, u, stap), plan, stap)))
    .catch((error: unknown) =>
      repo.zetMislukt(db, id, error instanceof Error ? error.message : String(error)).catch(() => undefined),
    );
  return getVerdeelvoorstel(db, id);
}

/** A request that still stands: a line with one may not be asked again (declined or withdrawn may). */
const LOPEND: ReadonlySet<string> = new Set(STAANDE_STATUSSEN);

/** The time a scenario may take before one still "rekent" must have been cut off by a restart. */
function isVerweesd(status: string, aangemaaktOp: Date | string, parameters: VerdeelParameters) {
  const limiet = ((parameters.tijdslimietSeconden ?? 20) + 120) * 1000;
  return status === 'rekent' && Date.now() - new Date(aangemaaktOp).getTime() > limiet;
}
const VERWEESD = 'De berekening is onderbroken (de server is herstart). Start haar opnieuw.';
const lees = (x: unknown) => (typeof x === 'string' ? JSON.parse(x) : x);

export async function getVerdeelvoorstel(db: Kysely<Database>, id: string): Promise<Verdeelvoorstel> {
  const s = await repo.findScenario(db, id);
  if (!s) throw new NotFoundError('Verdeelvoorstel', id);
  const parameters = lees(s.parameters) as VerdeelParameters;
  const verweesd = isVerweesd(s.status, s.aangemaakt_op, parameters);
  const opgeslagen = (lees(s.resultaat) ?? null) as VerdeelResultaat | null;
  const resultaat = opgeslagen && metPlanning(s.periode, opgeslagen);
  // Lines already turned into requests, so that they are shown as such and not asked twice.
  const verzoeken = resultaat ? await findInzetverzoekenVanScenario(db, id) : [];
  const verzoekVan = new Map(
    verzoeken.map((v) => [`${v.capaciteitsvraag_id}|${v.medewerker_id}`, { id: v.id, status: v.status }]),
  );
  return {
    id: s.id,
    periode: s.periode,
    status: verweesd ? 'mislukt' : s.status,
    parameters,
    voortgang: (lees(s.voortgang) ?? null) as Record<string, number | null> | null,
    resultaat: resultaat && {
      ...resultaat,
      stand: verdeelStand(
        resultaat.regels.map((r) => r.urenPerWeek),
        resultaat.onvervuld.map((o) => o.urenPerWeek),
      ),
      regels: resultaat.regels.map((r) => ({
        ...r,
        inzetverzoek: verzoekVan.get(`${r.capaciteitsvraag.id}|${r.medewerker.id}`) ?? null,
      })),
    },
    fout: verweesd ? VERWEESD : s.fout,
    aangemaaktOp: new Date(s.aangemaakt_op).toISOString(),
    klaarOp: s.klaar_op ? new Date(s.klaar_op).toISOString() : null,
  };
}

/**
 * A result stored before proposals planned from the current week and in steps holds neither: it
 * planned the whole quarter, in hundredths of an hour.
 */
function metPlanning(periode: string, r: VerdeelResultaat): VerdeelResultaat {
  if (r.vanWeek && r.totWeek) return r;
  const { vanWeek, totWeek, weken } = wekenVanKwartaal(periode);
  return { ...r, vanWeek, totWeek, weken, voorbij: 0, stapUren: 0.01 };
}

/** The last 50 scenarios, each summed up in the database (lines, hours, objective) without its lines. */
export async function listVerdeelvoorstellen(db: Kysely<Database>): Promise<VerdeelvoorstelSamenvatting[]> {
  const rijen = await repo.findScenarioSamenvattingen(db, 50);
  return rijen.map((s): VerdeelvoorstelSamenvatting => {
    const parameters = lees(s.parameters) as VerdeelParameters;
    const verweesd = isVerweesd(s.status, s.aangemaakt_op, parameters);
    return {
      id: s.id,
      periode: s.periode,
      status: verweesd ? 'mislukt' : s.status,
      parameters,
      fout: verweesd ? VERWEESD : s.fout,
      aangemaaktOp: new Date(s.aangemaakt_op).toISOString(),
      klaarOp: s.klaar_op ? new Date(s.klaar_op).toISOString() : null,
      samenvatting:
        s.regels === null
          ? null
          : {
              regels: Number(s.regels),
              urenPerWeek: Math.round(Number(s.uren_per_week) * 100) / 100,
              doelwaarde: Number(s.doelwaarde),
              gap: Number(s.gap),
              gretig: Number(s.gretig),
            },
    };
  });
}

/**
 * Turns chosen lines of a finished proposal into inzetverzoeken, all or none: if any line no longer
 * fits (someone changed hours, a team its reservering), nothing is created and the answer says which.
 */
export async function zetOmInVerzoeken(
  db: Kysely<Database>,
  id: string,
  regelIndices: number[],
  g: Gebruiker,
  nu: Date = new Date(),
): Promise<Omgezet> {
  const s = await getVerdeelvoorstel(db, id);
  if (s.status !== 'klaar' || !s.resultaat) {
    throw new ConflictError(`Het verdeelvoorstel is nog niet klaar (${s.status}).`, 'nog-niet-klaar');
  }
  const onbekend = regelIndices.filter((i) => !s.resultaat!.regels[i]);
  if (onbekend.length > 0) {
    throw new ValidationError(
      onbekend.map((i) => ({
        veld: 'regels',
        code: 'bestaat-niet',
        melding: `Regel ${i} staat niet in het voorstel.`,
      })),
    );
  }
  // Never a request for a week that is gone: a proposal made earlier is clipped to this week on.
  const voorstel = { vanWeek: s.resultaat.vanWeek, totWeek: s.resultaat.totWeek };
  const weken = wekenVanaf(voorstel, vandaag(nu));
  if (!weken) {
    throw new ConflictError(
      `De weken van dit voorstel (${voorstel.vanWeek} tot en met ${voorstel.totWeek}) zijn voorbij. Er zijn geen verzoeken gemaakt; bereken een voorstel voor het huidige of een later kwartaal.`,
      'voorbij',
    );
  }
  const ingekort = weken.vanWeek !== voorstel.vanWeek;
  const laatsteVoorbij = isoWeek(plusDagen(periodeVan('week', weken.vanWeek).van, -7));
  const melding = ingekort
    ? `De verzoeken lopen van ${weken.vanWeek} tot en met ${weken.totWeek}: ${
        voorstel.vanWeek === laatsteVoorbij
          ? `week ${laatsteVoorbij} is`
          : `de weken ${voorstel.vanWeek} tot en met ${laatsteVoorbij} zijn`
      } voorbij en niet aangevraagd.`
    : null;
  const alGevraagd = [...new Set(regelIndices)].filter((i) => {
    const v = s.resultaat!.regels[i]!.inzetverzoek;
    return v !== null && LOPEND.has(v.status);
  });
  if (alGevraagd.length > 0) {
    throw new ConflictError(
      `${alGevraagd
        .map((i) => {
          const r = s.resultaat!.regels[i]!;
          return `Regel ${i + 1} (${r.medewerker.naam}) is al omgezet in een inzetverzoek (${r.inzetverzoek!.status})`;
        })
        .join('; ')}. Er zijn geen verzoeken gemaakt; kies alleen regels die nog niet zijn aangevraagd.`,
      'al-aangevraagd',
    );
  }
  const { vanWeek, totWeek } = weken;
  const gemaakt = await inTransactie(db, async (trx) => {
    const gemaakt = [];
    for (const i of [...new Set(regelIndices)]) {
      const r = s.resultaat!.regels[i]!;
      try {
        gemaakt.push(
          await vraagInzetAan(
            trx,
            r.capaciteitsvraag.id,
            {
              medewerkerId: r.medewerker.id,
              urenPerWeek: r.urenPerWeek,
              vanWeek,
              totWeek,
              toelichting: `Uit verdeelvoorstel: ${r.reden}`,
            },
            g,
            id,
          ),
        );
      } catch (error) {
        throw new ConflictError(
          `Regel ${i + 1} (${r.medewerker.naam}, ${formatUren(r.urenPerWeek)} u/week ${r.capaciteitsvraag.expertise}) past niet meer: ${
            error instanceof Error ? error.message : String(error)
          } Er zijn geen verzoeken gemaakt; bereken het voorstel opnieuw of kies andere regels.`,
          'past-niet-meer',
        );
      }
    }
    return gemaakt;
  });
  return {
    aangemaakt: gemaakt.length,
    inzetverzoekIds: gemaakt.map((v) => v.id),
    vanWeek,
    totWeek,
    ingekort,
    melding,
  };
}

import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagVoorstelMaken,
  assertMagVoorstelZien,
  magVoorstelMaken,
  magVoorstelTekstenWijzigen,
} from '../access/voorstel';
import type { BehoefteCelView, BehoefteRij } from '../contract/behoefte';
import type { ScenarioVergelijking } from '../contract/scenario';
import type { Voorstel, VoorstelLijst } from '../contract/voorstel';
import { getInstellingen } from '../db/beschikbaarheid.repository';
import * as scenarioRepo from '../db/scenario.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import * as repo from '../db/voorstel.repository';
import { behoeftePeriode } from '../domain/behoefte';
import { NotFoundError, type Probleem, ValidationError } from '../domain/probleem';
import { voorstelDocx, voorstelPdf } from '../reports/onderbouwd-voorstel';
import {
  type BehoefteCijfers,
  type FinancieelJaar,
  snapshotHash,
  type VoorstelBehoefteRij,
  type VoorstelSnapshot,
} from '../reports/onderbouwd-voorstel-inhoud';
import { organisatieBehoefteZonderBereik } from './behoefte.service';
import { leesVoorstelteksten, vergelijkMetHuidig, voorstelWijzigingen } from './scenario.service';

/**
 * The onderbouwd voorstel (issue 13, item 6; docs/voorstel.md). Making one freezes everything the
 * document shows into a snapshot (`VoorstelSnapshot`), in one transaction with its document number
 * and its audit record; every download makes the document again from that stored snapshot, so it is
 * the same file byte for byte however the formatie, the texts or the salary tables change later.
 */

/**
 * Printed while the setting `organisatienaam` is not set (PATCH /instellingen): a plain word rather
 * than another organisation's name on a document for the raad.
 */
export const STANDAARD_ORGANISATIENAAM = 'Gemeente';

/** The name the snapshot records for the vragen without a team (they count in the organisation). */
const ZONDER_TEAM = 'Vragen zonder team';

const href = (id: string) => `/api/v1/voorstellen/${id}`;

function view(r: repo.VoorstelRij): Voorstel {
  return {
    id: r.id,
    scenarioId: r.scenario_id,
    documentnummer: r.documentnummer,
    gegenereerdOp: new Date(r.gegenereerd_op).toISOString(),
    sha256: r.sha256,
    aangemaaktDoor: r.aangemaakt_door_naam,
    _links: {
      self: { href: href(r.id) },
      docx: { href: `${href(r.id)}/document?formaat=docx` },
      pdf: { href: `${href(r.id)}/document?formaat=pdf` },
    },
  };
}

/** The year in the Netherlands (the number series runs per calendar year there). */
function jaarInNederland(t: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(t),
  );
}

const cijfers = (c: BehoefteCijfers): BehoefteCijfers => ({
  resultaatdoelen: c.resultaatdoelen,
  inzet: c.inzet,
  capaciteitsvragen: c.capaciteitsvragen,
  vraag: c.vraag,
  beschikbaar: c.beschikbaar,
  tekort: c.tekort,
});
const cel = (c: BehoefteCelView) => ({ fte: cijfers(c.fte), euro: c.euro === null ? null : cijfers(c.euro) });
const behoefteRij = (naam: string, r: BehoefteRij): VoorstelBehoefteRij => ({
  team: naam,
  perioden: r.cellen.map((c) => ({ periode: c.periode, ...cel(c) })),
  totaal: cel(r.totaal),
});

type Kolom = ScenarioVergelijking['kolommen'][number];
type Loonsomjaar = Kolom['totaal']['loonsom'][number];

function financieelJaren(jaren: number[], huidig: Loonsomjaar[], scenario: Loonsomjaar[]): FinancieelJaar[] {
  return jaren.map((jaar) => {
    const h = huidig.find((x) => x.jaar === jaar);
    const s = scenario.find((x) => x.jaar === jaar);
    return {
      jaar,
      huidig: h?.totaal ?? 0,
      scenario: s?.totaal ?? 0,
      budget: s?.budget ?? null,
      ruimte: s?.ruimte ?? null,
    };
  });
}

/** The meerjarenraming: the live formatie against the scenario, per team and for the organisation. */
function financieel(v: ScenarioVergelijking): VoorstelSnapshot['financieel'] {
  const huidig = v.kolommen[0]!;
  const scenario = v.kolommen[1]!;
  const teams = new Map<string, string>();
  for (const t of [...huidig.teams, ...scenario.teams]) teams.set(t.teamId, t.naam);
  return {
    jaren: v.jaren,
    teams: [...teams.entries()]
      .sort(([, a], [, b]) => a.localeCompare(b, 'nl'))
      .map(([teamId, naam]) => ({
        team: naam,
        jaren: financieelJaren(
          v.jaren,
          huidig.teams.find((t) => t.teamId === teamId)?.loonsom ?? [],
          scenario.teams.find((t) => t.teamId === teamId)?.loonsom ?? [],
        ),
      })),
    organisatie: financieelJaren(v.jaren, huidig.totaal.loonsom, scenario.totaal.loonsom),
  };
}

/**
 * Freezes a voorstel of the scenario now: 400 listing each required text that is missing, 409 for a
 * rejected scenario. The scenario row is locked meanwhile, so its texts and wijzigingen cannot change
 * between reading them and storing the snapshot.
 */
export async function maakVoorstel(
  db: Kysely<Database>,
  g: Gebruiker,
  scenarioId: string,
): Promise<Voorstel> {
  const id = await inTransactie(db, async (trx) => {
    if (!(await scenarioRepo.lockScenario(trx, scenarioId))) throw new NotFoundError('Scenario', scenarioId);
    const s = (await scenarioRepo.findScenario(trx, scenarioId))!;
    assertMagVoorstelMaken(g, s.status);
    const teksten = leesVoorstelteksten(s.voorstelteksten);
    const problemen: Probleem[] = [];
    if (!teksten.aanleiding) {
      problemen.push({
        veld: 'voorstelteksten.aanleiding',
        code: 'verplicht',
        melding: 'Beschrijf de aanleiding voordat u het voorstel vastlegt.',
      });
    }
    if (!teksten.gevraagdBesluit) {
      problemen.push({
        veld: 'voorstelteksten.gevraagdBesluit',
        code: 'verplicht',
        melding: 'Formuleer het gevraagde besluit voordat u het voorstel vastlegt.',
      });
    }
    if (problemen.length > 0) throw new ValidationError(problemen);

    const nu = new Date();
    const jaar = jaarInNederland(nu);
    const volgnummer = await repo.volgendVolgnummer(trx, jaar);
    const documentnummer = `WB-${jaar}-${String(volgnummer).padStart(4, '0')}`;
    const periode = behoeftePeriode(s.peildatum);
    const [behoefte, vergelijking, w, organisatienaam] = await Promise.all([
      organisatieBehoefteZonderBereik(trx, { per: 'kwartaal', ...periode }),
      vergelijkMetHuidig(trx, g, scenarioId, {}),
      voorstelWijzigingen(trx, s),
      getInstellingen(trx).then((i) => i.organisatienaam),
    ]);
    const o = teksten.ontwikkelbudget;
    const snapshot: VoorstelSnapshot = {
      documentnummer,
      gegenereerdOp: nu.toISOString(),
      organisatie: organisatienaam ?? STANDAARD_ORGANISATIENAAM,
      scenario: {
        naam: s.naam,
        status: s.status,
        peildatum: s.peildatum,
        besluit:
          s.status === 'vastgesteld' && s.besluit_kenmerk && s.besluitdatum
            ? { kenmerk: s.besluit_kenmerk, datum: s.besluitdatum }
            : null,
      },
      teksten: {
        aanleiding: teksten.aanleiding ?? '',
        toelichtingBehoefte: teksten.toelichtingBehoefte ?? '',
        risicos: teksten.risicos ?? '',
        gevraagdBesluit: teksten.gevraagdBesluit ?? '',
      },
      behoefte: {
        per: behoefte.per,
        van: behoefte.van,
        tot: behoefte.tot,
        teams: [
          ...behoefte.teams.map((r) => behoefteRij(r.team?.naam ?? '', r)),
          ...(behoefte.zonderTeam ? [behoefteRij(ZONDER_TEAM, behoefte.zonderTeam)] : []),
        ],
        organisatie: cel(behoefte.totaal),
      },
      wijzigingen: w.wijzigingen,
      budgetwijzigingen: w.budgetwijzigingen,
      financieel: financieel(vergelijking),
      ontwikkelbudget: o
        ? {
            bedrag: o.bedrag,
            begrotingsjaar: o.begrotingsjaar,
            karakter: o.karakter,
            bestedingen: o.bestedingen.map((b) => ({ omschrijving: b.omschrijving, bedrag: b.bedrag })),
            onderbouwing: o.onderbouwing,
          }
        : null,
    };
    // As it will be read back: what the hash covers is exactly what is stored.
    const bevroren = JSON.parse(JSON.stringify(snapshot)) as VoorstelSnapshot;
    return repo.insertVoorstel(trx, {
      scenario_id: scenarioId,
      documentnummer,
      jaar,
      volgnummer,
      gegenereerd_op: bevroren.gegenereerdOp,
      snapshot: bevroren,
      sha256: snapshotHash(bevroren),
      aangemaakt_door: g.accountId,
      aangemaakt_door_naam: g.naam,
    });
  });
  return getVoorstel(db, g, id);
}

async function bestaand(db: Kysely<Database>, g: Gebruiker, id: string): Promise<repo.VoorstelRij> {
  const r = await repo.findVoorstel(db, id);
  if (!r) throw new NotFoundError('Voorstel', id);
  assertMagVoorstelZien(g, r.scenario_status);
  return r;
}

export async function getVoorstel(db: Kysely<Database>, g: Gebruiker, id: string): Promise<Voorstel> {
  return view(await bestaand(db, g, id));
}

export async function lijstVoorstellen(
  db: Kysely<Database>,
  g: Gebruiker,
  scenarioId: string,
): Promise<VoorstelLijst> {
  const s = await scenarioRepo.findScenario(db, scenarioId);
  if (!s) throw new NotFoundError('Scenario', scenarioId);
  assertMagVoorstelZien(g, s.status);
  return {
    resultaten: (await repo.findVoorstellen(db, scenarioId)).map(view),
    mag: { maken: magVoorstelMaken(g, s.status), tekstenWijzigen: magVoorstelTekstenWijzigen(g, s.status) },
  };
}

/** The document, made from the stored snapshot: the same bytes on every download. */
export async function voorstelDocument(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  formaat: 'docx' | 'pdf',
): Promise<{ bestandsnaam: string; type: string; inhoud: Buffer }> {
  const r = await bestaand(db, g, id);
  const snapshot = (await repo.findSnapshot(db, id)) as VoorstelSnapshot;
  return formaat === 'docx'
    ? {
        bestandsnaam: `${r.documentnummer}.docx`,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        inhoud: await voorstelDocx(snapshot),
      }
    : {
        bestandsnaam: `${r.documentnummer}.pdf`,
        type: 'application/pdf',
        inhoud: await voorstelPdf(snapshot),
      };
}

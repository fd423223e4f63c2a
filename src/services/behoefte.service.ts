import type { Kysely } from 'kysely';
import { assertMagTeamBehoefteZien, magAlleBehoefteZien, magTeamBehoefteZien } from '../access/behoefte';
import type { Gebruiker } from '../access/gebruiker';
import type {
  BehoefteCelView,
  BehoefteQuery,
  BehoefteRij,
  OrganisatieBehoefte,
  TeamBehoefte,
} from '../contract/behoefte';
import { findOpenCapaciteitsvragen, type OpenVraagRij } from '../db/behoefte.queries';
import { findTeamRollup, getInstellingen } from '../db/beschikbaarheid.repository';
import { findStaandeVerzoeken, type StaandVerzoekRij } from '../db/capaciteitsvraag.repository';
import type { Database } from '../db/schema';
import { findActieveBasisteams, findTeamRow } from '../db/team.repository';
import {
  type BehoefteCel,
  type Bronuren,
  behoefteCel,
  betaaldePerioden,
  fteInJaar,
  kostenPerFte,
  PERIODEN_PER_JAAR,
  periodeTotaal,
  telOp,
  urenPerFte,
  werkdagen,
} from '../domain/behoefte';
import { dekking } from '../domain/capaciteitsvraag-dekking';
import { vandaag } from '../domain/datum';
import { feestdagenTussen } from '../domain/feestdagen';
import { type Kalenderperiode, periodenTussen, periodeVan, sleutelVan } from '../domain/kalender';
import { type Cent, naarEuro } from '../domain/loonsom';
import { NotFoundError } from '../domain/probleem';
import { bereik, feestdagenRond } from './beschikbaarheid.service';
import { plaatsenMetLoonsom } from './loonsom.service';

type Per = BehoefteQuery['per'];

/** The months asked for (validated as the capacity views do), as months or the quarters they touch. */
function perioden(q: BehoefteQuery) {
  const van = q.van ?? `${vandaag().slice(0, 4)}-01`;
  const tot = q.tot ?? `${van.slice(0, 4)}-12`;
  const maanden = bereik('maand', van, tot);
  const lijst = q.per === 'maand' ? maanden.perioden : periodenTussen('kwartaal', maanden.van, maanden.tot);
  return { van, tot, lijst, eerste: lijst[0]!.van, laatste: lijst.at(-1)!.tot };
}

interface Kosten {
  perFte: Cent | null;
  bron: 'team' | 'organisatie' | null;
}

/**
 * The average yearly cost per FTE of every team with formatie and of the organisation, per year:
 * the loonsom (src/services/loonsom.service.ts) ÷ the FTE it pays for.
 */
async function kostenPerJaar(db: Kysely<Database>, jaren: number[]) {
  const { berekend, plaatsingen } = await plaatsenMetLoonsom(db, jaren);
  const perPlaats = new Map<string, typeof plaatsingen>();
  for (const p of plaatsingen)
    perPlaats.set(p.formatieplaats_id, [...(perPlaats.get(p.formatieplaats_id) ?? []), p]);
  const som = new Map<string, { loonsom: Cent; fte: number }>();
  const tel = (sleutel: string, loonsom: Cent, fte: number) => {
    const s = som.get(sleutel) ?? { loonsom: 0, fte: 0 };
    som.set(sleutel, { loonsom: s.loonsom + loonsom, fte: s.fte + fte });
  };
  for (const { plaats, loonsom } of berekend) {
    const betaald = betaaldePerioden({
      id: plaats.id,
      teamId: plaats.team_id,
      salarisschaal: plaats.salarisschaal,
      fte: Number(plaats.fte),
      ingangsdatum: plaats.ingangsdatum,
      einddatum: plaats.einddatum,
      plaatsingen: (perPlaats.get(plaats.id) ?? []).map((x) => ({
        medewerkerId: x.medewerker_id,
        schaal: String(x.schaal),
        trede: x.trede,
        fte: Number(x.fte),
        ingangsdatum: x.ingangsdatum,
        einddatum: x.einddatum,
      })),
    });
    for (const j of loonsom.jaren) {
      const fte = fteInJaar(betaald, j.jaar);
      tel(`${plaats.team_id}|${j.jaar}`, j.totaal, fte);
      tel(`|${j.jaar}`, j.totaal, fte);
    }
  }
  const organisatie = (jaar: number): Kosten => {
    const org = som.get(`|${jaar}`);
    const gemiddeld = org ? kostenPerFte(org.loonsom, org.fte) : null;
    return gemiddeld === null ? { perFte: null, bron: null } : { perFte: gemiddeld, bron: 'organisatie' };
  };
  const team = (teamId: string, jaar: number): Kosten => {
    const t = som.get(`${teamId}|${jaar}`);
    const eigen = t ? kostenPerFte(t.loonsom, t.fte) : null;
    return eigen !== null ? { perFte: eigen, bron: 'team' } : organisatie(jaar);
  };
  return { team, organisatie };
}

/** For a caller that needs the FTE only: no loonsom is computed, every euro figure is null. */
const GEEN_KOSTEN = {
  team: (): Kosten => ({ perFte: null, bron: null }),
  organisatie: (): Kosten => ({ perFte: null, bron: null }),
};

const staand = (v: StaandVerzoekRij) => ({
  status: v.status as 'aangevraagd' | 'tegenvoorstel' | 'ingestemd',
  van: v.van,
  tot: v.tot,
  urenPerWeek: Number(v.uren_per_week),
  tegenvoorstel:
    v.tegen_van && v.tegen_tot && v.tegen_uren_per_week !== null
      ? { van: v.tegen_van, tot: v.tegen_tot, urenPerWeek: Number(v.tegen_uren_per_week) }
      : null,
});

interface OpenVraag {
  rij: OpenVraagRij;
  ingestemd: number;
  open: number;
}

/** Open hours: asked less what consent already covers (that hour is in the inzet), never below 0. */
async function openVragen(
  db: Kysely<Database>,
  kwartalen: string[],
  teamIds?: string[],
): Promise<OpenVraag[]> {
  const rijen = await findOpenCapaciteitsvragen(db, kwartalen, teamIds);
  const verzoeken = await findStaandeVerzoeken(
    db,
    rijen.map((r) => r.id),
    ['ingestemd'],
  );
  return rijen
    .map((rij) => {
      const d = dekking(
        Number(rij.uren),
        verzoeken.filter((v) => v.capaciteitsvraag_id === rij.id).map(staand),
      );
      return {
        rij,
        ingestemd: d.ingestemd,
        open: Math.max(0, Math.round((d.gevraagd - d.ingestemd) * 100) / 100),
      };
    })
    .filter((v) => v.open > 0);
}

/**
 * The open hours of vragen in a period: a quarter's vraag spread evenly over its three months, as
 * the resultaatdoelen are (src/db/beschikbaarheid.repository.ts, findTeamRollup).
 */
function vraagUrenIn(vragen: readonly OpenVraag[], p: Kalenderperiode): number {
  let som = 0;
  for (const v of vragen) {
    const q = periodeVan('kwartaal', v.rij.periode);
    for (const maand of periodenTussen('maand', q.van, q.tot)) {
      if (maand.van >= p.van && maand.tot <= p.tot) som += v.open / 3;
    }
  }
  return som;
}

const euroCijfers = (c: BehoefteCel['euro']) =>
  c === null ? null : (Object.fromEntries(Object.entries(c).map(([k, v]) => [k, naarEuro(v)])) as typeof c);

type Bronnen = BehoefteCelView['bronnen'];

function celView(periode: string, fteUren: number, c: BehoefteCel, bronnen: Bronnen): BehoefteCelView {
  return {
    periode,
    urenPerFte: Math.round(fteUren * 100) / 100,
    uren: c.uren,
    fte: c.fte,
    euro: euroCijfers(c.euro),
    bronnen,
  };
}

/** The web app's pages each figure comes from. */
function links(per: Per, van: string, tot: string) {
  const query = `van=${van}&tot=${tot}&per=${per}`;
  return {
    team: (teamId: string, p: { van: string; sleutel: string }, kosten: Kosten, totaal: boolean): Bronnen => {
      const jaar = p.van.slice(0, 4);
      const periode = totaal ? jaar : sleutelVan('kwartaal', p.van);
      return {
        resultaatdoelen: `/teams/${teamId}/resultaatdoelen?periode=${periode}`,
        inzet: '/inzetverzoeken?status=ingestemd',
        capaciteitsvragen: `/teams/${teamId}/behoefte?${query}#capaciteitsvragen`,
        beschikbaar: `/teams/${teamId}/capaciteit?per=${per}&periode=${periode}`,
        kosten:
          kosten.bron === 'team'
            ? `/teams/${teamId}/formatie#formatie-loonsom`
            : kosten.bron === 'organisatie'
              ? '/organisatie/formatie#org-loonsom'
              : null,
      };
    },
    zonderTeam: (kosten: Kosten): Bronnen => ({
      resultaatdoelen: null,
      inzet: null,
      capaciteitsvragen: `/organisatie/behoefte?${query}#capaciteitsvragen`,
      beschikbaar: null,
      kosten: kosten.bron ? '/organisatie/formatie#org-loonsom' : null,
    }),
    organisatie: (p: { van: string }): Bronnen => ({
      resultaatdoelen: `/organisatie/capaciteit?jaar=${p.van.slice(0, 4)}`,
      inzet: '/wendbaar/inzet-per-team',
      capaciteitsvragen: `/organisatie/behoefte?${query}#capaciteitsvragen`,
      beschikbaar: `/organisatie/capaciteit?jaar=${p.van.slice(0, 4)}`,
      kosten: '/organisatie/formatie#org-loonsom',
    }),
  };
}

interface Berekening {
  per: Per;
  van: string;
  tot: string;
  perioden: Kalenderperiode[];
  fteUren: number[];
  rijen: { rij: BehoefteRij; cellen: BehoefteCel[]; totaal: BehoefteCel }[];
  kosten: Awaited<ReturnType<typeof kostenPerJaar>>;
  zonderTeam: { rij: BehoefteRij; cellen: BehoefteCel[]; totaal: BehoefteCel } | null;
  links: ReturnType<typeof links>;
}

/** Every team of `teams` × every period, and (for the organisation) the vragen without a team. */
async function bereken(
  db: Kysely<Database>,
  q: BehoefteQuery,
  teams: { id: string; naam: string }[],
  organisatie: boolean,
  metKosten = true,
): Promise<Berekening> {
  const r = perioden(q);
  const instellingen = await getInstellingen(db);
  const feestdagen = new Set(feestdagenTussen(r.eerste, r.laatste, instellingen));
  const fteUren = r.lijst.map((p) => urenPerFte(werkdagen(p.van, p.tot, feestdagen)));
  const jaren = [...new Set(r.lijst.map((p) => Number(p.van.slice(0, 4))))];
  const kwartalen = periodenTussen('kwartaal', r.eerste, r.laatste).map((p) => p.sleutel);
  const teamIds = teams.map((t) => t.id);
  const [rollup, vragen, kosten] = await Promise.all([
    teams.length === 0
      ? []
      : findTeamRollup(db, {
          perioden: r.lijst,
          metVraag: true,
          feestdagen: feestdagenRond(r.eerste, r.laatste, instellingen),
          nietProductiefAandeel: instellingen.nietProductiefAandeel,
          teamIds,
        }),
    openVragen(db, kwartalen, organisatie ? undefined : teamIds),
    metKosten ? kostenPerJaar(db, jaren) : GEEN_KOSTEN,
  ]);
  const som = new Map(
    rollup.filter((x) => x.team_id && x.periode).map((x) => [`${x.team_id}|${x.periode}`, x]),
  );
  const l = links(q.per, r.van, r.tot);
  const perJaar = PERIODEN_PER_JAAR[q.per];
  const eigen = new Set(teamIds);

  const maakRij = (
    team: { id: string; naam: string } | null,
    vragenVan: OpenVraag[],
    kostenVan: (jaar: number) => Kosten,
    bronnen: (p: { van: string; sleutel: string }, k: Kosten, totaal: boolean) => Bronnen,
  ) => {
    const cellen = r.lijst.map((p, i) => {
      const x = team ? som.get(`${team.id}|${p.sleutel}`) : undefined;
      const bron: Bronuren = {
        resultaatdoelen: Number(x?.vraag ?? 0),
        inzet: Number(x?.wendbaar ?? 0),
        capaciteitsvragen: vraagUrenIn(vragenVan, p),
        beschikbaar: Number(x?.beschikbaar ?? 0),
      };
      return behoefteCel(bron, {
        fteUren: fteUren[i]!,
        kostenPerFte: kostenVan(Number(p.van.slice(0, 4))).perFte,
        perJaar,
      });
    });
    const totaal = periodeTotaal(cellen, fteUren);
    const eersteJaar = kostenVan(jaren[0]!);
    const rij: BehoefteRij = {
      team,
      kosten: jaren.map((jaar) => {
        const k = kostenVan(jaar);
        return {
          jaar,
          perFte: k.perFte === null ? null : naarEuro(k.perFte),
          bron: k.bron,
          href:
            k.bron === 'team' && team
              ? `/teams/${team.id}/formatie#formatie-loonsom`
              : '/organisatie/formatie#org-loonsom',
        };
      }),
      cellen: r.lijst.map((p, i) =>
        celView(p.sleutel, fteUren[i]!, cellen[i]!, bronnen(p, kostenVan(Number(p.van.slice(0, 4))), false)),
      ),
      totaal: celView(
        'totaal',
        fteUren.reduce((s, x) => s + x, 0),
        totaal,
        bronnen({ van: r.eerste, sleutel: 'totaal' }, eersteJaar, true),
      ),
      openVragen: vragenVan.map((v) => {
        const dossier = v.rij.opgave_id
          ? { soort: 'opgave' as const, id: v.rij.opgave_id, titel: v.rij.titel }
          : { soort: 'bestuursopdracht' as const, id: v.rij.bestuursopdracht_id ?? '', titel: v.rij.titel };
        return {
          id: v.rij.id,
          periode: v.rij.periode,
          expertise: v.rij.expertise,
          gevraagd: Number(v.rij.uren),
          ingestemd: v.ingestemd,
          open: v.open,
          dossier,
          href: `/wendbaar/${dossier.soort === 'opgave' ? 'opgaven' : 'bestuursopdrachten'}/${dossier.id}`,
        };
      }),
    };
    return { rij, cellen, totaal };
  };

  const rijen = teams.map((t) =>
    maakRij(
      t,
      vragen.filter((v) => v.rij.team_id === t.id),
      (jaar) => kosten.team(t.id, jaar),
      (p, k, totaal) => l.team(t.id, p, k, totaal),
    ),
  );
  const los = vragen.filter((v) => v.rij.team_id === null || !eigen.has(v.rij.team_id));
  const zonderTeam =
    organisatie && los.length > 0 ? maakRij(null, los, kosten.organisatie, (_p, k) => l.zonderTeam(k)) : null;
  return {
    per: q.per,
    van: r.eerste,
    tot: r.laatste,
    perioden: r.lijst,
    fteUren,
    rijen,
    kosten,
    zonderTeam,
    links: l,
  };
}

/** One team's need against its capacity: P&O, the directie and the team's own teamleider. */
export async function teamBehoefte(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  q: BehoefteQuery,
): Promise<TeamBehoefte> {
  const team = await findTeamRow(db, teamId);
  if (!team) throw new NotFoundError('Team', teamId);
  assertMagTeamBehoefteZien(g, teamId);
  const b = await bereken(db, q, [{ id: team.id, naam: team.naam }], false);
  return { per: b.per, van: b.van, tot: b.tot, perioden: b.perioden, rij: b.rijen[0]!.rij };
}

/**
 * The organisation: every active basisteam, the vragen without a team, and the totals, which are
 * exactly the sum of all of them. The rows only for who may see each team; the totals for all who
 * may call the route (the OR sees the organisation's figures, no team's).
 */
export async function organisatieBehoefte(
  db: Kysely<Database>,
  g: Gebruiker,
  q: BehoefteQuery,
): Promise<OrganisatieBehoefte> {
  const alles = await organisatieBehoefteZonderBereik(db, q);
  return {
    ...alles,
    teams: alles.teams.filter((rij) => rij.team && magTeamBehoefteZien(g, rij.team.id)),
    zonderTeam: magAlleBehoefteZien(g) ? alles.zonderTeam : null,
  };
}

/**
 * The organisation's behoefte with every team and the vragen without a team, for no caller in
 * particular: for a service that has checked reach itself (the onderbouwd voorstel, which P&O and the
 * directie freeze). Never answer it to a caller as it is.
 */
/**
 * Per basisteam, the demand and the availability in FTE over the periods, without the euro (no
 * loonsom computed): the scenario comparison's capacity gap. Reach is the caller's, as above.
 */
export async function behoefteFtePerTeamZonderBereik(
  db: Kysely<Database>,
  q: BehoefteQuery,
): Promise<{ teams: { teamId: string; vraag: number; beschikbaar: number }[]; zonderTeamVraag: number }> {
  const r = perioden(q);
  const teams = await findActieveBasisteams(db, r.eerste);
  const b = await bereken(db, q, teams, true, false);
  return {
    teams: b.rijen.map((x, i) => ({
      teamId: teams[i]!.id,
      vraag: x.rij.totaal.fte.vraag,
      beschikbaar: x.rij.totaal.fte.beschikbaar,
    })),
    zonderTeamVraag: b.zonderTeam?.rij.totaal.fte.vraag ?? 0,
  };
}

export async function organisatieBehoefteZonderBereik(
  db: Kysely<Database>,
  q: BehoefteQuery,
): Promise<OrganisatieBehoefte> {
  const r = perioden(q);
  const teams = await findActieveBasisteams(db, r.eerste);
  const b = await bereken(db, q, teams, true);
  const alle = [...b.rijen, ...(b.zonderTeam ? [b.zonderTeam] : [])];
  const totalen = b.perioden.map((p, i) =>
    celView(p.sleutel, b.fteUren[i]!, telOp(alle.map((x) => x.cellen[i]!)), b.links.organisatie(p)),
  );
  const totaal = celView(
    'totaal',
    b.fteUren.reduce((s, x) => s + x, 0),
    telOp(alle.map((x) => x.totaal)),
    b.links.organisatie({ van: b.van }),
  );
  const jaren = [...new Set(b.perioden.map((p) => Number(p.van.slice(0, 4))))];
  return {
    per: b.per,
    van: b.van,
    tot: b.tot,
    perioden: b.perioden,
    teams: b.rijen.map((x) => x.rij),
    zonderTeam: b.zonderTeam?.rij ?? null,
    totalen,
    totaal,
    kosten: jaren.map((jaar) => {
      const k = b.kosten.organisatie(jaar);
      return {
        jaar,
        perFte: k.perFte === null ? null : naarEuro(k.perFte),
        bron: k.bron,
        href: '/organisatie/formatie#org-loonsom',
      };
    }),
  };
}

import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { pulsTeamZicht } from '../access/puls';
import { assertMagTeamWerkdrukZien, magKleineGroepenWerkdrukZien, werkdrukTeams } from '../access/werkdruk';
import type { OrganisatieWerkdruk, TeamWerkdruk, WerkdrukQuery } from '../contract/werkdruk';
import type { Database } from '../db/schema';
import { findActieveBasisteams, findTeamRow } from '../db/team.repository';
import * as q from '../db/werkdruk.queries';
import * as capaciteitRepo from '../db/werkdruk-capaciteit.repository';
import { vandaag } from '../domain/datum';
import { NotFoundError } from '../domain/probleem';
import { bepaalPublicatie, MIN_GROEPSGROOTTE } from '../domain/puls-anonimiteit';
import {
  afwezigheidVerhouding,
  beoordeel,
  capaciteitsBelasting,
  type DeelMeting,
  leesDrempels,
  type WerkdrukDeel,
  type WerkdrukDrempels,
  type WerkdrukNiveau,
  type WerkdrukOordeel,
} from '../domain/werkdruk';
import { bereik, feestdagenRond } from './beschikbaarheid.service';

/** A part with the words that say what its value rests on, or why it is unknown. */
type Meting = DeelMeting & { toelichting: string | null };

export interface TeamMaandSignaal extends WerkdrukOordeel {
  maand: string;
  /** Only when asked for (`toelichting`). */
  toelichtingen?: Map<WerkdrukDeel, string | null>;
}

export interface WerkdrukBerekening {
  maanden: string[];
  teams: { teamId: string; naam: string; maanden: TeamMaandSignaal[] }[];
  drempels: WerkdrukDrempels;
}

/** 'YYYY-MM' as a count of months, so months are array indexes. */
const maandNummer = (maand: string): number => Number(maand.slice(0, 4)) * 12 + Number(maand.slice(5, 7)) - 1;

const maandPlus = (maand: string, n: number): string => {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const t = j * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};

/** The months asked, by default the twelve up to this month; a field problem for nonsense. */
export function werkdrukMaanden(query: WerkdrukQuery, nu: string = vandaag()) {
  const tot = query.tot ?? nu.slice(0, 7);
  const van = query.van ?? (/^\d{4}-\d{2}$/.test(tot) ? maandPlus(tot, -11) : tot);
  return bereik('maand', van, tot);
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The signal of the teams × months: every part for all teams in one query each (the capacity part
 * as the organisation heatmap's rollup gives it, kept per team and month), then the domain's rule
 * per cell.
 */
export async function berekenWerkdruk(
  db: Kysely<Database>,
  query: WerkdrukQuery,
  teamIds: readonly string[] | undefined,
  /** The teams whose pulse figures the caller may see (src/access/puls.ts); the others' part is unknown. */
  pulsZicht: 'alle' | readonly string[],
  /**
   * toelichting: with the words per part (a team's own werkdruk); the heatmap and the home need only
   * the values. kleineGroepen: false hides the parts resting on fewer than MIN_GROEPSGROOTTE people
   * (absence, dossiers per person) — for who sees aggregates only (the OR, src/access/werkdruk.ts).
   */
  opties: { toelichting?: boolean; kleineGroepen?: boolean } = {},
): Promise<WerkdrukBerekening> {
  const b = werkdrukMaanden(query);
  const maanden = b.perioden.map((p) => p.sleutel);
  const bereikMaanden: q.MaandBereik = { van: b.van, tot: b.tot, ...(teamIds ? { teamIds } : {}) };
  const teams = await findActieveBasisteams(db, b.van);
  const verbergKlein = opties.kleineGroepen === false;
  const [capaciteit, puls, dossiers, vacatures, afwezigheid, drempelInstelling, grootte] = await Promise.all([
    // The capacity part from the kept team × month table (migration 0026), brought up to date
    // in the same snapshot; figures equal to the rollup's (src/db/werkdruk-capaciteit.repository.ts).
    capaciteitRepo.teamCapaciteitPerMaand(db, {
      maanden: b.perioden,
      teamIds: teamIds ?? teams.map((t) => t.id),
      instellingen: (i) => ({
        feestdagen: feestdagenRond(b.van, b.tot, i),
        nietProductiefAandeel: i.nietProductiefAandeel,
      }),
    }),
    q.findPulsWerkdruk(db, bereikMaanden, MIN_GROEPSGROOTTE),
    q.findDossiersPerPersoon(db, bereikMaanden),
    q.findVacatures(db, bereikMaanden),
    // Twelve months before the first, for the usual level of absence.
    q.findAfwezigheidPerMaand(db, { ...bereikMaanden, van: `${maandPlus(maanden[0]!, -12)}-01` }),
    q.findWerkdrukDrempelsInstelling(db),
    verbergKlein ? q.findTeamGrootte(db, bereikMaanden) : Promise.resolve([]),
  ]);
  const drempels = leesDrempels(drempelInstelling);
  // Per team one array by month index, not a map keyed by strings per cell: the heatmap of a large
  // organisation has ~16,000 cells, and string keys and lookups per cell cost more than the queries.
  const eerste = maandNummer(maanden[0]!);
  const n = maanden.length;
  const perTeam = <T>(
    rijen: readonly T[],
    teamVan: (r: T) => string | null,
    maandVan: (r: T) => string | null,
    // Month indexes from `vanaf` (0 = the first month shown); `lengte` slots per team.
    vanaf: number,
    lengte: number,
  ) => {
    const uit = new Map<string, (T | undefined)[]>();
    for (const r of rijen) {
      const team = teamVan(r);
      const maand = maandVan(r);
      if (!team || !maand) continue;
      const i = maandNummer(maand) - eerste - vanaf;
      if (i < 0 || i >= lengte) continue;
      const rij = uit.get(team) ?? new Array<T | undefined>(lengte);
      rij[i] = r;
      uit.set(team, rij);
    }
    return uit;
  };
  const cap = perTeam(
    capaciteit.rijen,
    (r) => r.team_id,
    (r) => r.periode,
    0,
    n,
  );
  const dos = perTeam(
    dossiers,
    (r) => r.team_id,
    (r) => r.maand,
    0,
    n,
  );
  const vac = perTeam(
    vacatures,
    (r) => r.team_id,
    (r) => r.maand,
    0,
    n,
  );
  const leden = perTeam(
    grootte,
    (r) => r.team_id,
    (r) => r.maand,
    0,
    n,
  );
  // Absence from twelve months before the first: index k + 12 is month k, k .. k + 11 the year before.
  const afw = perTeam(
    afwezigheid,
    (r) => r.team_id,
    (r) => r.maand,
    -12,
    n + 12,
  );
  // The pulse part only from what the pulsmeting itself publishes: per round its publication rule
  // (teams apart with five or more answers, the rest merged into "overig" until that is safe), and
  // only for the teams the caller may see pulse figures of. A team merged into "overig" is never
  // shown here either, or "overig" minus that team would give away a small group.
  const perRonde = new Map<string, q.PulsRondeScore[]>();
  for (const p of puls) {
    const lijst = perRonde.get(p.ronde_id);
    if (lijst) lijst.push(p);
    else perRonde.set(p.ronde_id, [p]);
  }
  const zichtbaar = pulsZicht === 'alle' ? null : new Set(pulsZicht);
  const pulsVan = new Map<string, q.PulsRondeScore[]>();
  for (const groepen of perRonde.values()) {
    const apart = new Set(
      bepaalPublicatie(groepen.map((g) => ({ sleutel: g.team_id, aantal: g.antwoorden }))).apart,
    );
    for (const p of groepen) {
      if (p.team_id === null || !apart.has(p.team_id) || p.gemiddelde === null) continue;
      if (zichtbaar && !zichtbaar.has(p.team_id)) continue;
      const lijst = pulsVan.get(p.team_id);
      if (lijst) lijst.push(p);
      else pulsVan.set(p.team_id, [p]);
    }
  }
  for (const lijst of pulsVan.values()) lijst.sort((a, c) => a.gesloten_op.localeCompare(c.gesloten_op));
  const eindes = b.perioden.map((p) => p.tot);
  const gekozen = teamIds ? teams.filter((t) => teamIds.includes(t.id)) : teams;

  const metingen = (teamId: string, k: number): Meting[] => {
    const c = cap.get(teamId)?.[k];
    const capaciteit = Number(c?.beschikbaar ?? 0);
    const vraag = Number(c?.vraag ?? 0);
    const ingezet = Number(c?.robuust ?? 0) + Number(c?.wendbaar ?? 0);
    // The latest closed round up to the month's end, among those with enough answers.
    const ronde = (pulsVan.get(teamId) ?? []).filter((p) => p.gesloten_op <= eindes[k]!).at(-1);
    const v = vac.get(teamId)?.[k];
    const a = afw.get(teamId);
    // Summed in month order from zero, as a reduce over the twelve months would.
    let som = 0;
    for (let i = 0; i < 12; i++) som += a?.[k + i]?.waarde ?? 0;
    const gemiddeld = som / 12;
    const dezeMaand = a?.[k + 12]?.waarde ?? 0;
    const d = dos.get(teamId)?.[k];
    // For the OR: a part resting on fewer than five people is not shown (it would show them).
    const afwKlein = verbergKlein && (leden.get(teamId)?.[k]?.leden ?? 0) < MIN_GROEPSGROOTTE;
    const dosKlein = verbergKlein && d !== undefined && d.personen < MIN_GROEPSGROOTTE;
    const delen: Meting[] = [
      { deel: 'capaciteit', waarde: capaciteitsBelasting(capaciteit, vraag, ingezet), toelichting: null },
      {
        deel: 'puls',
        waarde: ronde?.gemiddelde != null ? Math.round(ronde.gemiddelde * 100) / 100 : null,
        toelichting: null,
      },
      { deel: 'dossiers', waarde: dosKlein ? null : r1(d?.waarde ?? 0), toelichting: null },
      {
        deel: 'vacatures',
        waarde: v && v.formatie_fte > 0 ? Math.round((v.vacature_fte / v.formatie_fte) * 1000) / 1000 : null,
        toelichting: null,
      },
      {
        deel: 'afwezigheid',
        waarde: afwKlein ? null : afwezigheidVerhouding(dezeMaand, gemiddeld > 0 ? gemiddeld : null),
        toelichting: null,
      },
    ];
    // The words only where they are shown (a team's own werkdruk): the heatmap shows colours.
    if (!opties.toelichting) return delen;
    delen[0]!.toelichting =
      capaciteit > 0
        ? `Vraag ${Math.round(vraag)} u, ingezet ${Math.round(ingezet)} u, capaciteit ${Math.round(capaciteit)} u`
        : 'Geen capaciteit in deze maand';
    delen[1]!.toelichting = ronde
      ? `Pulsmeting gesloten op ${ronde.gesloten_op}, ${ronde.antwoorden} antwoorden`
      : zichtbaar && !zichtbaar.has(teamId)
        ? 'De pulsmeting per team is voor uw rol niet zichtbaar'
        : `Geen gesloten pulsmeting waarin dit team apart telt (minstens ${MIN_GROEPSGROOTTE} antwoorden)`;
    delen[2]!.toelichting = dosKlein
      ? `Niet getoond: rust op minder dan ${MIN_GROEPSGROOTTE} personen (privacy)`
      : d
        ? 'Gemiddeld per teamlid dat aan dossiers werkt'
        : 'Geen wendbare inzet in deze maand';
    delen[3]!.toelichting =
      v && v.formatie_fte > 0
        ? `${r1(v.vacature_fte)} van ${r1(v.formatie_fte)} fte vacant`
        : 'Geen formatie vastgelegd';
    delen[4]!.toelichting = afwKlein
      ? `Niet getoond: het team telt minder dan ${MIN_GROEPSGROOTTE} personen (privacy)`
      : gemiddeld > 0
        ? `${Math.round(dezeMaand)} u afwezig, gewoonlijk ${Math.round(gemiddeld)} u per maand`
        : 'Geen afwezigheid in de twaalf maanden ervoor om mee te vergelijken';
    return delen;
  };

  return {
    maanden,
    drempels,
    teams: gekozen.map((t) => ({
      teamId: t.id,
      naam: t.naam,
      maanden: maanden.map((maand, k) => {
        const m = metingen(t.id, k);
        return {
          maand,
          ...beoordeel(m, drempels),
          ...(opties.toelichting ? { toelichtingen: new Map(m.map((x) => [x.deel, x.toelichting])) } : {}),
        };
      }),
    })),
  };
}

/** `GET /organisatie/werkdruk`: the heatmap, all teams or the caller's own with the organisation's colours. */
export async function organisatieWerkdruk(
  db: Kysely<Database>,
  g: Gebruiker,
  query: WerkdrukQuery,
): Promise<OrganisatieWerkdruk> {
  const reik = werkdrukTeams(g);
  const w = await berekenWerkdruk(db, query, undefined, pulsTeamZicht(g), {
    kleineGroepen: magKleineGroepenWerkdrukZien(g),
  });
  const organisatie = w.maanden.map((maand, i) => {
    const tel: Record<WerkdrukNiveau, number> = { groen: 0, oranje: 0, rood: 0, onbekend: 0 };
    for (const t of w.teams) tel[t.maanden[i]!.niveau] += 1;
    return { maand, ...tel };
  });
  return {
    maanden: w.maanden,
    alleTeams: reik === 'alle',
    drempels: w.drempels,
    organisatie,
    teams: w.teams
      .filter((t) => reik === 'alle' || reik.includes(t.teamId))
      .map((t) => ({
        teamId: t.teamId,
        naam: t.naam,
        pad: `/teams/${t.teamId}/werkdruk`,
        cellen: t.maanden.map((m) => ({ maand: m.maand, niveau: m.niveau, redenen: m.redenen })),
      })),
  };
}

/** `GET /teams/{id}/werkdruk`: every part per month with its value, thresholds and colour. */
export async function teamWerkdruk(
  db: Kysely<Database>,
  g: Gebruiker,
  teamId: string,
  query: WerkdrukQuery,
): Promise<TeamWerkdruk> {
  const team = await findTeamRow(db, teamId);
  if (!team) throw new NotFoundError('Team', teamId);
  assertMagTeamWerkdrukZien(g, teamId);
  const w = await berekenWerkdruk(db, query, [teamId], pulsTeamZicht(g), {
    toelichting: true,
    kleineGroepen: magKleineGroepenWerkdrukZien(g),
  });
  const maanden = w.teams[0]?.maanden ?? [];
  return {
    teamId,
    naam: team.naam,
    maanden: maanden.map((m) => ({
      maand: m.maand,
      niveau: m.niveau,
      redenen: m.redenen,
      delen: m.delen.map((d) => ({ ...d, toelichting: m.toelichtingen?.get(d.deel) ?? null })),
    })),
  };
}

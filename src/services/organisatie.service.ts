import type { Kysely } from 'kysely';
import { type Gebruiker, magPersoonsgegevensZien, magPersoonssignalenZien } from '../access/gebruiker';
import type { Organisatieoverzicht, Organogram, Zoekresultaten } from '../contract/organisatie';
import { findLeiderschap } from '../db/leiderschap.repository';
import * as organisatie from '../db/organisatie.repository';
import type { Database } from '../db/schema';
import * as signaalQueries from '../db/signalen.queries';
import { fteVanUren } from '../domain/contracturen';
import { plusDagen, vandaag } from '../domain/datum';
import { volledigeNaam } from '../domain/medewerker';
import { geldendOp } from '../domain/periode';
import {
  horizonTot,
  inzetNaEinde,
  leiderschapsgaten,
  lidmaatschapsgaten,
  type Stuk,
} from '../domain/signalen';

const OMSCHRIJVING = {
  inDienst: (d: string | null) => `Treedt in dienst${d ? ` als ${d}` : ''}`,
  uitDienst: () => 'Treedt uit dienst',
  teamwissel: (d: string | null) => `Gaat naar ${d ?? 'een ander team'}`,
  contractwijziging: (d: string | null) =>
    `Nieuwe contracturen: ${d ? Number(d).toLocaleString('nl-NL') : '?'} uur per week`,
} as const;

/** The overview as the caller may see it: the figures for everyone, named people only for some. */
export async function getOverzicht(db: Kysely<Database>, g: Gebruiker): Promise<Organisatieoverzicht> {
  const overzicht = await volledigOverzicht(db);
  const signalen = { ...overzicht.signalen, ...zichtbareSignalen(overzicht.komend, g) };
  if (magPersoonssignalenZien(g)) return { ...overzicht.basis, signalen, persoonsgegevensVerborgen: false };
  // Named changes about colleagues are personal data: others see the figures only.
  return {
    ...overzicht.basis,
    openWijzigingen: [],
    signalen: { ...signalen, medewerkersZonderTeam: [] },
    persoonsgegevensVerborgen: true,
  };
}

type Signalen = Organisatieoverzicht['signalen'];
type Lidmaatschapsgat = Signalen['lidmaatschapsgaten'][number];
type Leiderschapsgat = Signalen['leiderschapsgaten'][number];
type InzetNaEinde = Signalen['inzetNaEinde'][number];

/** Every signal ahead, named, with the team each person belongs to for the reach check. */
interface KomendeSignalen {
  horizon: { van: string; tot: string };
  lidmaatschapsgaten: (Lidmaatschapsgat & { teamId: string | null })[];
  leiderschapsgaten: Leiderschapsgat[];
  inzetNaEinde: (InzetNaEinde & { teamId: string | null })[];
}

const MAX_GENOEMD = 100;

/**
 * The signals ahead as the caller may see them. Each person is named only to whom may see their
 * personnel data (directie and P&O, the teamleider of their team, themselves); the counts cover
 * everyone. A team without a teamleider is about the team, so every role sees it, as it sees
 * today's teams without one; who leaves it is named under the same rule.
 */
function zichtbareSignalen(k: KomendeSignalen, g: Gebruiker) {
  const mag = (medewerkerId: string, teamId: string | null) =>
    magPersoonssignalenZien(g) || magPersoonsgegevensZien(g, { medewerkerId, teamId });
  return {
    horizon: k.horizon,
    lidmaatschapsgaten: k.lidmaatschapsgaten
      .filter((x) => mag(x.medewerkerId, x.teamId))
      .slice(0, MAX_GENOEMD)
      .map(({ teamId: _, ...x }) => x),
    aantalLidmaatschapsgaten: k.lidmaatschapsgaten.length,
    leiderschapsgaten: k.leiderschapsgaten.map((x) => ({
      ...x,
      vertrekkendeTeamleiders: x.vertrekkendeTeamleiders.filter((l) => mag(l.medewerkerId, x.teamId)),
    })),
    inzetNaEinde: k.inzetNaEinde
      .filter((x) => mag(x.medewerkerId, x.teamId))
      .slice(0, MAX_GENOEMD)
      .map(({ teamId: _, ...x }) => x),
    aantalInzetNaEinde: k.inzetNaEinde.length,
  };
}

const opDatum =
  <T>(datum: (x: T) => string, naam: (x: T) => string) =>
  (a: T, b: T) =>
    datum(a) < datum(b) ? -1 : datum(a) > datum(b) ? 1 : naam(a).localeCompare(naam(b), 'nl');

/**
 * Gaps in membership and leadership and inzet after an end, from today through the horizon
 * (today's gaps included, with the day they began).
 */
async function komendeSignalen(db: Kysely<Database>, peildatum: string): Promise<KomendeSignalen> {
  const horizon = { van: peildatum, tot: horizonTot(peildatum) };
  const [zonderTeam, leiding, naEinde] = await Promise.all([
    signaalQueries.findKandidatenZonderTeam(db, horizon.van, horizon.tot),
    signaalQueries.findBasisteamsMetTeamleiders(db, horizon.van),
    signaalQueries.findKandidatenInzetNaEinde(db, horizon.van, horizon.tot),
  ]);
  const personen = [...new Set([...zonderTeam, ...naEinde].map((m) => m.id))];
  const [leden, contracten, inzet] = await Promise.all([
    signaalQueries.findLidmaatschappen(db, personen),
    signaalQueries.findContracten(
      db,
      naEinde.map((m) => m.id),
    ),
    signaalQueries.findInzetMetWerk(
      db,
      naEinde.map((m) => m.id),
      horizon.van,
    ),
  ]);
  const van = <T extends { medewerker_id: string }>(rijen: T[], id: string) =>
    rijen.filter((r) => r.medewerker_id === id);
  const dienst = (m: signaalQueries.PersoonRij) => ({ inDienst: m.in_dienst, uitDienst: m.uit_dienst });

  const lidmaatschapsgatenLijst = zonderTeam.flatMap((m) => {
    const eigen = van(leden, m.id);
    return lidmaatschapsgaten(dienst(m), eigen, horizon).map((gat: Stuk) => {
      const vorig = geldendOp(eigen, plusDagen(gat.vanaf, -1));
      return {
        medewerkerId: m.id,
        naam: volledigeNaam(m),
        vanaf: gat.vanaf,
        tot: gat.tot,
        vorigTeam: vorig ? { id: vorig.team_id, naam: vorig.team_naam } : null,
        teamId: vorig?.team_id ?? null,
      };
    });
  });

  const leiderschapsgatenLijst = leiding.teams.flatMap((t) => {
    const leiders = leiding.leiders.filter((l) => l.team_id === t.id);
    return leiderschapsgaten({ vanaf: t.begin, tot: t.einde }, leiders, horizon).map((gat) => ({
      teamId: t.id,
      teamnaam: t.naam,
      vanaf: gat.vanaf,
      tot: gat.tot,
      vertrekkendeTeamleiders: gat.vertrekkend.map((l) => ({
        medewerkerId: l.medewerker_id,
        naam: volledigeNaam(l),
      })),
    }));
  });

  const inzetNaEindeLijst = naEinde.flatMap((m) => {
    const runs = van(inzet, m.id).map((i) => ({ ...i, urenPerWeek: i.uren_per_week }));
    return inzetNaEinde(dienst(m), van(contracten, m.id), runs, horizon).map((e) => ({
      medewerkerId: m.id,
      naam: volledigeNaam(m),
      soort: e.soort,
      einddatum: e.einddatum,
      uren: e.uren,
      inzet: e.inzet.map((i) => ({
        soort: i.soort,
        werk:
          i.werk_soort && i.werk_id
            ? { soort: i.werk_soort, id: i.werk_id, titel: i.werk_titel ?? '' }
            : null,
        van: i.vanaf,
        tot: i.totEnMet,
        urenPerWeek: i.urenPerWeek,
        uren: i.uren,
      })),
      teamId: geldendOp(van(leden, m.id), e.einddatum)?.team_id ?? null,
    }));
  });

  return {
    horizon,
    lidmaatschapsgaten: lidmaatschapsgatenLijst.sort(
      opDatum(
        (x) => x.vanaf,
        (x) => x.naam,
      ),
    ),
    leiderschapsgaten: leiderschapsgatenLijst.sort(
      opDatum(
        (x) => x.vanaf,
        (x) => x.teamnaam,
      ),
    ),
    inzetNaEinde: inzetNaEindeLijst.sort(
      opDatum(
        (x) => x.einddatum,
        (x) => x.naam,
      ),
    ),
  };
}

/** Key figures, teams, open changes and signals, named people included. */
async function volledigOverzicht(db: Kysely<Database>): Promise<{
  basis: Omit<Organisatieoverzicht, 'persoonsgegevensVerborgen' | 'signalen'>;
  signalen: Pick<Signalen, 'teamsZonderTeamleider' | 'medewerkersZonderTeam' | 'aantalMedewerkersZonderTeam'>;
  komend: KomendeSignalen;
}> {
  const peildatum = vandaag();
  const [teams, leiders, wijzigingen, zonderLeider, zonderTeam, komend] = await Promise.all([
    organisatie.findActieveTeamsMetBezetting(db, peildatum),
    findLeiderschap(db, { peildatum }),
    organisatie.findOpenWijzigingen(db, peildatum, 50),
    organisatie.findTeamsZonderTeamleider(db, peildatum),
    organisatie.findMedewerkersZonderTeam(db, peildatum),
    komendeSignalen(db, peildatum),
  ]);
  const aantalMedewerkers = teams.reduce((s, t) => s + Number(t.aantal), 0) + zonderTeam.aantal;
  const uren = teams.reduce((s, t) => s + Number(t.uren), 0);
  const basis = {
    peildatum,
    aantalTeams: teams.length,
    aantalBasisteams: teams.filter((t) => t.soort === 'basisteam').length,
    aantalMedewerkers,
    fte: fteVanUren(uren),
    teams: teams.map((t) => ({
      id: t.id,
      naam: t.naam,
      soort: t.soort,
      aantalMedewerkers: Number(t.aantal),
      fte: fteVanUren(Number(t.uren)),
      teamleiders: leiders
        .filter((l) => l.team_id === t.id)
        .map((l) => ({ medewerkerId: l.medewerker_id, naam: volledigeNaam(l) })),
    })),
    openWijzigingen: wijzigingen.map((w) => ({
      soort: w.soort,
      datum: w.datum,
      medewerkerId: w.medewerker_id,
      naam: volledigeNaam(w),
      omschrijving: OMSCHRIJVING[w.soort](w.detail),
    })),
  };
  const signalen = {
    teamsZonderTeamleider: zonderLeider,
    medewerkersZonderTeam: zonderTeam.rijen.map((m) => ({ id: m.id, naam: volledigeNaam(m) })),
    aantalMedewerkersZonderTeam: zonderTeam.aantal,
  };
  return { basis, signalen, komend };
}

/** Directie → teamleiders → basisteams, as in force today. */
export async function getOrganogram(db: Kysely<Database>): Promise<Organogram> {
  const peildatum = vandaag();
  const [teams, leiders] = await Promise.all([
    organisatie.findActieveTeamsMetBezetting(db, peildatum),
    findLeiderschap(db, { peildatum }),
  ]);
  const teamInfo = (t: organisatie.TeamBezetting) => ({
    id: t.id,
    naam: t.naam,
    aantalMedewerkers: Number(t.aantal),
    fte: fteVanUren(Number(t.uren)),
  });
  const directie = teams
    .filter((t) => t.soort === 'directie')
    .map((t) => ({
      id: t.id,
      naam: t.naam,
      directeuren: leiders
        .filter((l) => l.team_id === t.id && l.rol === 'directeur')
        .sort((a, b) => Number(b.gemeentesecretaris) - Number(a.gemeentesecretaris))
        .map((l) => ({
          medewerkerId: l.medewerker_id,
          naam: volledigeNaam(l),
          gemeentesecretaris: l.gemeentesecretaris,
        })),
    }));
  const perLeider = new Map<
    string,
    { medewerkerId: string; naam: string; teams: ReturnType<typeof teamInfo>[] }
  >();
  const geleid = new Set<string>();
  for (const l of leiders.filter((x) => x.rol === 'teamleider')) {
    const team = teams.find((t) => t.id === l.team_id);
    if (!team) continue;
    geleid.add(team.id);
    const item = perLeider.get(l.medewerker_id) ?? {
      medewerkerId: l.medewerker_id,
      naam: volledigeNaam(l),
      teams: [],
    };
    item.teams.push(teamInfo(team));
    perLeider.set(l.medewerker_id, item);
  }
  const teamleiders = [...perLeider.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  for (const t of teamleiders) t.teams.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return {
    directie,
    teamleiders,
    teamsZonderTeamleider: teams.filter((t) => t.soort === 'basisteam' && !geleid.has(t.id)).map(teamInfo),
  };
}

/** At most `limiet` hits per group: ten for the search box, every hit for an export. */
export async function searchAll(
  db: Kysely<Database>,
  zoekterm: string,
  limiet = 10,
): Promise<Zoekresultaten> {
  return organisatie.search(db, zoekterm.trim(), vandaag(), limiet);
}

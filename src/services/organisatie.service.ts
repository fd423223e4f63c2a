import type { Kysely } from 'kysely';
import { type Gebruiker, magPersoonssignalenZien } from '../access/gebruiker';
import type { Organisatieoverzicht, Organogram, Zoekresultaten } from '../contract/organisatie';
import { findLeiderschap } from '../db/leiderschap.repository';
import * as organisatie from '../db/organisatie.repository';
import type { Database } from '../db/schema';
import { fteVanUren } from '../domain/contracturen';
import { vandaag } from '../domain/datum';
import { volledigeNaam } from '../domain/medewerker';

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
  if (magPersoonssignalenZien(g)) return { ...overzicht, persoonsgegevensVerborgen: false };
  // Named changes about colleagues are personal data: others see the figures only.
  return {
    ...overzicht,
    openWijzigingen: [],
    signalen: { ...overzicht.signalen, medewerkersZonderTeam: [] },
    persoonsgegevensVerborgen: true,
  };
}

/** Key figures, teams, open changes and signals, named people included. */
async function volledigOverzicht(
  db: Kysely<Database>,
): Promise<Omit<Organisatieoverzicht, 'persoonsgegevensVerborgen'>> {
  const peildatum = vandaag();
  const [teams, leiders, wijzigingen, zonderLeider, zonderTeam] = await Promise.all([
    organisatie.findActieveTeamsMetBezetting(db, peildatum),
    findLeiderschap(db, { peildatum }),
    organisatie.findOpenWijzigingen(db, peildatum, 50),
    organisatie.findTeamsZonderTeamleider(db, peildatum),
    organisatie.findMedewerkersZonderTeam(db, peildatum),
  ]);
  const aantalMedewerkers = teams.reduce((s, t) => s + Number(t.aantal), 0) + zonderTeam.aantal;
  const uren = teams.reduce((s, t) => s + Number(t.uren), 0);
  return {
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
    signalen: {
      teamsZonderTeamleider: zonderLeider,
      medewerkersZonderTeam: zonderTeam.rijen.map((m) => ({ id: m.id, naam: volledigeNaam(m) })),
      aantalMedewerkersZonderTeam: zonderTeam.aantal,
    },
  };
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

export async function searchAll(db: Kysely<Database>, zoekterm: string): Promise<Zoekresultaten> {
  return organisatie.search(db, zoekterm.trim(), vandaag(), 10);
}
